// Minutes and notes that number nothing and write each point's heading at the start of its
// paragraph, the text run on after it on the same line (`Mötets öppnande Britta Ek hälsar alla
// välkomna …`, `Ekonomi Kassören redovisar …`), or after a column gap: each such paragraph is a
// point without a number, its heading the title and the sentence its text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = (kind: string): string[] => [kind, 'Styrelsen för Föreningen Lillån', 'Datum: 2025-03-08', 'Plats: Klubbstugan, Lillån', ''];

describe('unnumbered headings run on with their text', () => {
  it('reads each paragraph as a point: the heading its title, the sentence its text', () => {
    const doc = meetingDoc(
      text(
        ...front('PROTOKOLL'),
        'Mötets öppnande Britta Borg hälsar alla välkomna och förklarar mötet öppnat.',
        '',
        'Val av justerare Styrelsen väljer Anna Ek att justera protokollet.',
        '',
        'Ekonomi Kassören redovisar det ekonomiska läget. Styrelsen beslutar att godkänna',
        'rapporten.',
        '',
        'Sommarläger Lägret hålls i juli vid sjön.',
        '',
        'Mötets avslutande Ordföranden avslutar mötet.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [null, 'Mötets öppnande', 'Britta Borg hälsar alla välkomna och förklarar mötet öppnat.'],
      [null, 'Val av justerare', 'Styrelsen väljer Anna Ek att justera protokollet.'],
      [null, 'Ekonomi', 'Kassören redovisar det ekonomiska läget. Styrelsen beslutar att godkänna rapporten.'],
      [null, 'Sommarläger', 'Lägret hålls i juli vid sjön.'],
      [null, 'Mötets avslutande', 'Ordföranden avslutar mötet.'],
    ]);
    expect(doc.items[2]!.decisions.map((d) => d.text)).toEqual(['Styrelsen beslutar att godkänna rapporten.']);
  });

  it('reads the heading in a column of its own, the text wrapped under the text column', () => {
    const doc = meetingDoc(
      text(
        ...front('MINNESANTECKNINGAR'),
        'Mötets öppnande        Lena Holm hälsade alla välkomna och öppnade mötet.',
        '',
        'Ekonomi                Ove Strand redovisade utfallet för januari. Kostnaderna',
        '                       ligger under budget.',
        '',
        'Insatser               Maria Ek berättade om läget i insatsen Vägen vidare.',
        '',
        'Nästa möte             Nästa möte hålls den 5 april.',
      ),
    );
    expect(doc.items.map((i) => [i.title, i.text])).toEqual([
      ['Mötets öppnande', 'Lena Holm hälsade alla välkomna och öppnade mötet.'],
      ['Ekonomi', 'Ove Strand redovisade utfallet för januari. Kostnaderna ligger under budget.'],
      ['Insatser', 'Maria Ek berättade om läget i insatsen Vägen vidare.'],
      ['Nästa möte', 'Nästa möte hålls den 5 april.'],
    ]);
  });

  it('reads no points from paragraphs of sentences that open no meeting', () => {
    const doc = meetingDoc(
      text(
        ...front('MINNESANTECKNINGAR'),
        'Anna Ek redovisade läget i projektet. Tolv deltagare är inskrivna.',
        '',
        'Styrelsen beslutar att Per Lund får uppdraget att ordna lägret.',
        '',
        'Kassören Eva Holm visade utfallet för januari.',
        '',
        'Nästa möte hålls den 5 april.',
      ),
    );
    expect(doc.items).toEqual([]);
  });
});
