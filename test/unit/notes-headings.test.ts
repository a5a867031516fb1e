// Notes (minnesanteckningar) that number nothing but head each subject with a short line of its
// own, the text or bullets under it: each heading a point without a number. Only where three
// headings or more stand so, and never the front page's labels or the note-taker's line.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('notes whose subjects are unnumbered headings', () => {
  it('a heading with its text right under it', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar',
        'Beredningsgruppen, Samordningsförbundet Östra Myrlandet',
        'Datum: 2024-10-08',
        'Närvarande: Lisa Ek, Olle Strand',
        '',
        'Välkommen och presentation',
        'Lisa hälsade alla välkomna.',
        '',
        'Uppföljning av insatser',
        'Olle redovisade läget i projekten.',
        'Insatsen Steget har fyllt sina platser.',
        '',
        'Nästa möte',
        'Bestämdes till 12 november.',
        '',
        'Vid anteckningarna',
        'Lisa Ek',
      ),
    );
    expect(doc.kind).toBe('notes');
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [null, 'Välkommen och presentation', 'Lisa hälsade alla välkomna.'],
      [null, 'Uppföljning av insatser', 'Olle redovisade läget i projekten. Insatsen Steget har fyllt sina platser.'],
      [null, 'Nästa möte', 'Bestämdes till 12 november.'],
    ]);
    expect(doc.participants.map((p) => p.name)).toEqual(['Lisa Ek', 'Olle Strand']);
  });

  it('a heading over a blank line and bullets that end like sentences', () => {
    const doc = meetingDoc(
      text(
        'Mötesanteckningar',
        'Arbetsgruppen för Östra Myrlandet',
        '',
        'Tid och plats: Teamsmöte 2024-03-03 kl. 15.00–15.40.',
        '',
        'Närvarande',
        'Lisa Ek',
        'Olle Strand',
        'Maja Berg',
        '',
        'Inför vårträffen',
        '',
        '• Vi beslöt att Lisa bokar lokalen.',
        '• Vi beslöt att Olle skickar inbjudan.',
        '',
        'Ekonomi',
        '',
        '• Maja redovisade utfallet för februari.',
        '',
        'Övrigt',
        '',
        '• Inget övrigt.',
      ),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Inför vårträffen', 'Ekonomi', 'Övrigt']);
    expect(doc.participants.map((p) => p.name)).toEqual(['Lisa Ek', 'Olle Strand', 'Maja Berg']);
  });

  it('notes of prose paragraphs, or two headings, have no points', () => {
    const prose = meetingDoc(
      text('Minnesanteckningar', 'Datum: 2024-10-08', '', 'Lisa hälsade alla välkomna till mötet.', '', 'Olle redovisade läget i projekten.', '', 'Nästa möte bestämdes till 12 november.'),
    );
    expect(prose.items).toEqual([]);
    const two = meetingDoc(text('Minnesanteckningar', 'Datum: 2024-10-08', '', 'Ekonomi', 'Utfallet redovisades.', '', 'Övrigt', 'Inget övrigt.'));
    expect(two.items).toEqual([]);
  });
});

describe('minutes whose points are unnumbered headings', () => {
  const minutes = (first: string) =>
    meetingDoc(
      text(
        'Protokoll',
        'Styrelsemöte 12 mars 2024',
        'Plats: Föreningens kansli, Myrby',
        '',
        'Närvarande: Lisa Ek, Olle Strand, Maja Berg',
        '',
        first,
        'Lisa Ek hälsade alla välkomna och förklarade mötet öppnat.',
        '',
        'Val av justerare',
        'Olle Strand valdes att justera protokollet.',
        '',
        'Budget 2025',
        'Styrelsen beslutade att godkänna budgeten.',
        '',
        'Mötets avslutande',
        'Ordföranden avslutade mötet.',
        '',
        'Vid protokollet',
        'Maja Berg',
      ),
    );

  it('are read where the first heading opens the meeting (`Mötets öppnande`)', () => {
    const doc = minutes('Mötets öppnande');
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Mötets öppnande'],
      [null, 'Val av justerare'],
      [null, 'Budget 2025'],
      [null, 'Mötets avslutande'],
    ]);
    expect(doc.signatures?.secretary).toEqual(['Maja Berg']);
  });

  it('are not read where the first heading is no opening formality', () => {
    expect(minutes('Välkommen hit').items).toEqual([]);
  });
});
