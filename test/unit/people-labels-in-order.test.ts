// A front page flattened so that a row of labels of people (a signer's, a list's, the adjusters')
// stands before their values, each in the labels' order (`Sekreterare: Närvarande tjänstemän Utses
// att justera: Eva Holm föredragande Bo Lund`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (row: string) =>
  meetingDoc(
    text(
      'Protokoll',
      'Kommunförbundet Västerå förbundsstyrelse',
      `Plats och tid: Beslutande: Stadshuset, Ekby Tisdagen den 3 mars 2015 kl 09:00 12:00 Anna Ek (s), ordförande Bo Lund (m) Cecilia Ås (s) Dan Berg (c) ${row}`,
      '',
      '§ 1 Val av justerare',
      'Bo Lund utses att justera protokollet.',
    ),
  );

describe('labels of people before their values in one line', () => {
  it('pairs each label with the value at its place, an official\'s word the list\'s cell', () => {
    const doc = page('Sekreterare: Närvarande tjänstemän Utses att justera: Eva Holm föredragande Bo Lund');
    expect(doc.signatures?.secretary).toEqual(['Eva Holm']);
    expect(doc.signatures?.adjusters).toEqual(['Bo Lund']);
  });

  it('leaves a list\'s label over a name alone to the pairing by kind', () => {
    const doc = page('Ordinarie Utses att justera: Gustav Rönn Bo Lund');
    expect(doc.signatures?.adjusters).toContain('Bo Lund');
    expect(doc.signatures?.adjusters).toContain('Gustav Rönn');
  });
});
