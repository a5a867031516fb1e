// A letterhead row run on into one line with the kind's word first and another column's label
// after it (`SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Styrelsen Sida 4 (20) Folkets hus, Ekby`, as a
// sharing site titles a document): the title is the kind's word; it was the whole row. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const title = (first: string) =>
  parseText(text(first, '', 'Plats Folkets hus, Ekby', 'Beslutande Anna Lind (S), ordförande', '', '§ 4 Val av justerare', 'Styrelsen utser Per Holm att justera protokollet.')).documents[0]?.title;

describe('the kind’s word before another column’s label', () => {
  it('is the title, without the row run on after it', () => {
    expect(title('SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Styrelsen Sida 4 (20) Folkets hus, Ekby')).toBe('SAMMANTRÄDESPROTOKOLL');
    expect(title('PROTOKOLL Datum 2024-03-12 Styrelsen')).toBe('PROTOKOLL');
    expect(title('Protokoll nr 3 Sida 1 av 6 Styrelsen')).toBe('Protokoll nr 3');
  });

  it('keeps a title whose next words are no label', () => {
    expect(title('Protokoll fört vid styrelsens sammanträde')).toBe('Protokoll fört vid styrelsens sammanträde');
  });
});
