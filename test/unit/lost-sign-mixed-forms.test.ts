// Minutes whose text lost the § sign of some headings and kept it on others (`§ 31 Dnr KS
// 2024/14` on one page, `32 Dnr KS 2024/124` on the next, as a transcript restores the sign
// only where it can): both are the document's own way of writing a heading, and every § is
// read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('headings with their § kept and lost in the same minutes', () => {
  it('reads them all', () => {
    const doc = meetingDoc(
      [
        'SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsens arbetsutskott', 'Sammanträdesdatum 2024-03-05', '',
        'Beslutande ledamöter', 'Jon Sahl (S), ordförande', 'Ida Strand (C)', '',
        '\f§ 31 Dnr KS 2024/14', 'Information', 'Kommunchefen informerar om läget.', '',
        '32 Dnr KS 2024/124', 'Årsredovisning för Ekby kommun 2023', 'Arbetsutskottet föreslår kommunstyrelsen att godkänna årsredovisningen.', '',
        '33 Dnr KS 2023/484', 'Svar på medborgarförslag om bussar', 'Arbetsutskottet beslutar att avslå medborgarförslaget.', '',
      ].join('\n'),
    );
    expect(doc.items.map((it) => [it.number, it.caseNumber])).toEqual([
      [31, 'KS 2024/14'],
      [32, 'KS 2024/124'],
      [33, 'KS 2023/484'],
    ]);
    expect(item(doc, 31).text).toBe('Kommunchefen informerar om läget.');
  });
});
