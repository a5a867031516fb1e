// Minutes titled with the organ's genitive before the kind's word (`Direktionens protokoll 14 mars
// 2024`, `Socialnämndens kallelse`), and flattened pages whose running header repeats that title
// with its page counter cut off. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const FRONT = ['Plats: Brandstationen, Lövby', 'Tid: 13.00-15.00', '', 'Närvarande ledamöter', 'Olof Strand (S), ordförande', 'Maria Lind (M)', ''];

describe("an organ's genitive before the kind's word", () => {
  it('titles the minutes', () => {
    const doc = meetingDoc(['Direktionens protokoll 14 mars 2024', '', 'Räddningstjänstförbundet Östra Bergslag', '', ...FRONT, '§ 1 Budget 2025', 'Direktionen beslutar att fastställa budgeten.'].join('\n'));
    expect(doc.kind).toBe('minutes');
    expect(doc.title).toBe('Direktionens protokoll 14 mars 2024');
  });

  it('titles a notice', () => {
    const doc = meetingDoc(['Barn- och utbildningsnämndens kallelse', '', ...FRONT, '1. Budget 2025', '2. Skolskjutsar', '3. Övriga frågor'].join('\n'));
    expect(doc.kind).toBe('notice');
    expect(doc.title).toBe('Barn- och utbildningsnämndens kallelse');
  });

  it('is no text of a § where a flattened page repeats it at its top', () => {
    const doc = meetingDoc(
      [
        'Direktionens protokoll 14 mars 2024 Räddningstjänstförbundet Östra Bergslag Plats: Brandstationen, Lövby Tid: 13.00-15.00 Närvarande ledamöter Olof Strand (S), ordförande Maria Lind (M) § 1 Mötets öppnande Ordföranden öppnar mötet. § 2 Val av justerare Maria Lind väljs att justera protokollet.',
        '\fDirektionens protokoll 14 mars 2024 2 (2) § 3 Budget 2025 Direktionen beslutar att fastställa budgeten.',
      ].join('\n'),
    );
    expect(item(doc, 2).text).toBe('Maria Lind väljs att justera protokollet.');
    expect(item(doc, 3).title).toBe('Budget 2025');
  });
});
