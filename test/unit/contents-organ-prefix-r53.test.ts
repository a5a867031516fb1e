// A contents list run on in one line that writes the organ's letters before every entry's number (`FHR 29 Godkännande
// av dagordningen FHR 30 …`, `Vn 3 Val av justerare Vn 4 Ärendelista …`): the letters head the next entry, no
// title ends with them; and an entry titled with an agenda's word after them is an entry, no heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const titles = (doc: ReturnType<typeof meetingDoc>): unknown[] => doc.items.map((i) => [i.number, i.title]);

describe('the organ’s letters before every entry of a contents list', () => {
  it('end no entry’s title', () => {
    const doc = meetingDoc(
      [
        'Transkript',
        '',
        '1 Lidby kommun SAMMANTRÄDESPROTOKOLL Miljörådet Sida 12 Sammanträdesdatum Plats och tid Kommunhuset, Lidby, tisdag 8 april 2025, kl Beslutande Hanna Öst (C) Leif Björk (M) Utses att justera Leif Björk (M) Underskrifter Sekreterare Ordförande Justerande Paragrafer nr Organ Miljörådet',
        '',
        '2 13 Innehållsförteckning MR 14 Godkännande av dagordningen MR 15 Ny avfallsplan för kommunen MR 16 Bidrag till föreningar MR 17 Information MR 18 Meddelanden MR 19 Övriga frågor Justerandes sign Utdragsbestyrkande',
        '',
        '3 14 MR 14 Godkännande av dagordning Dagordningen godkänns. Justerandes sign Utdragsbestyrkande',
      ].join('\n'),
    );
    expect(titles(doc)).toEqual([
      [14, 'Godkännande av dagordningen'],
      [15, 'Ny avfallsplan för kommunen'],
      [16, 'Bidrag till föreningar'],
      [17, 'Information'],
      [18, 'Meddelanden'],
      [19, 'Övriga frågor'],
    ]);
  });

  it('written as the lexicon writes them end none either, and an entry titled `Ärendelista` is one', () => {
    const doc = meetingDoc(
      [
        'Transkript',
        '',
        '1 SAMMANTRÄDESPROTOKOLL Valnämnden Sammanträdesdatum 2025-03-04 Plats och tid Stadshuset kl 13.00-14.00 Paragrafer 5-8',
        '',
        '2 Innehållsförteckning Vn 5 Val av justerare Vn 6 Ärendelista Vn 7 Lokaler för förtidsröstning Vn 8 Övriga frågor',
      ].join('\n'),
    );
    expect(titles(doc)).toEqual([
      [5, 'Val av justerare'],
      [6, 'Ärendelista'],
      [7, 'Lokaler för förtidsröstning'],
      [8, 'Övriga frågor'],
    ]);
  });

  it('a title’s own last word, in capitals, stays where not every entry has it', () => {
    const doc = meetingDoc(
      'Protokoll Kommunstyrelsen 2025-01-14 Innehåll 1 Val av justerare 2 Avtal med NÅHD 3 Budget för IT 4 Övriga frågor',
    );
    expect(titles(doc)).toEqual([
      [1, 'Val av justerare'],
      [2, 'Avtal med NÅHD'],
      [3, 'Budget för IT'],
      [4, 'Övriga frågor'],
    ]);
  });
});
