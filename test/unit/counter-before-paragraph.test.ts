// Minutes flattened page by page, each page a line that opens with its counter before the §
// that heads it (`2 (4) § 61 Val av justerare …`, `Sida 3 (4) § 62 …`, a short last page
// `4 (4) § 63 Meddelanden`), and §§ whose heading runs on with the case number and the text
// (`§ 62 Budgetuppföljning Dnr SN 2023/55 Förvaltningen redovisar …`,
// `§ 64 Bidrag till föreningar (Dnr 2023/60) Föreningarna har …`). The counter starts a page and
// the § is read; the title ends before the case number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const doc = meetingDoc(
  [
    'PROTOKOLL 1 (5)',
    'Kultur- och fritidsnämnden',
    'Sammanträdesdatum 2023-10-04',
    'Plats och tid Medborgarhuset kl 17.00-19.00',
    'Beslutande Vera Holm (C), ordförande',
    'Nils Berg (M)',
    '2 (5) § 61 Val av justerare Nils Berg utses att justera protokollet.',
    'Sida 3 (5) § 62 Budgetuppföljning september Dnr KFN 2023/55 Förvaltningen redovisar utfallet. Nämnden beslutar att godkänna uppföljningen.',
    '4 (5) § 63 Meddelanden',
    'Meddelandena läggs till handlingarna.',
    '5 (5) § 64 Bidrag till föreningar (Dnr 2023/60) Föreningarna har sökt bidrag för hösten. Nämnden beslutar att bevilja bidragen.',
    '',
  ].join('\n'),
);

describe('a page counter before the § that opens the page', () => {
  it('reads every § with its title', () => {
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [61, 'Val av justerare'],
      [62, 'Budgetuppföljning september'],
      [63, 'Meddelanden'],
      [64, 'Bidrag till föreningar'],
    ]);
  });

  it('reads the case number run on after the title, labelled or in brackets, and the text after it', () => {
    expect(doc.items.map((it) => it.caseNumber)).toEqual([null, 'KFN 2023/55', null, '2023/60']);
    expect(doc.items[1]!.text).toBe('Förvaltningen redovisar utfallet. Nämnden beslutar att godkänna uppföljningen.');
    expect(doc.items[3]!.decisions.map((d) => d.text)).toEqual(['Nämnden beslutar att bevilja bidragen.']);
  });
});
