// A front page flattened onto one line by a web archive, whose list of officials gives each
// the paragraphs they attended after their position (`… Lars Öhman, ekonomichef § 41 Vera
// Strand, planarkitekt § 40 …`), and whose last line ends in the page's counter
// (`Ordförande Tove Lindell 1(12)`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc } from './helpers.js';

const PAGE =
  'PROTOKOLL Miljönämnden Sammanträdesdatum: 2023-05-09 Plats och tid Sessionssalen, Stadshuset, kl. 13:00-15:10 ' +
  'Beslutande Tove Lindell (S), ordförande Rune Ask (M) Pia Wendt (C) Ola Grahn (V) Närvarande ersättare Siri Holt (L) ' +
  'Övriga närvarande Lars Öhman, ekonomichef § 41 Vera Strand, planarkitekt § 40 Nils Bäck, miljöchef § 42 ' +
  'Utses att justera Rune Ask Justeringens plats och tid Stadshuset, 2023-05-11 kl. 10:00 Paragrafer §§ 39 - 44 ' +
  'Underskrifter Sekreterare Frida Nyholm Ordförande Tove Lindell 1(12)';

describe('a flattened front page with officials and the paragraphs they attended', () => {
  it('keeps a § after an official’s position on the list’s line, not as an item heading', () => {
    const texts = linesOf(PAGE).map((l) => l.text).filter((t) => t !== '');
    expect(texts.some((t) => /^§ 4[012]\b/u.test(t))).toBe(false);
    expect(texts).toContain('Övriga närvarande Lars Öhman, ekonomichef § 41 Vera Strand, planarkitekt § 40 Nils Bäck, miljöchef § 42');
    expect(texts).toContain('Utses att justera Rune Ask');
  });

  it('reads the signers and the adjusting date after that list, the page counter cut off the last name', () => {
    const doc = meetingDoc(PAGE);
    expect(doc.items).toEqual([]);
    expect(doc.signatures).toMatchObject({ chair: ['Tove Lindell'], secretary: ['Frida Nyholm'], adjusters: ['Rune Ask'], adjustedOn: '2023-05-11' });
    expect(doc.meeting?.paragraphs).toEqual({ from: 39, to: 44 });
  });

  it('still cuts the first § after the last official of a list: a heading with its title', () => {
    const texts = linesOf(
      'PROTOKOLL Styrelsen Sammanträdesdatum: 2024-02-01 Plats och tid Förbundets kansli kl. 09:00-11:00 Beslutande Anna Rydberg (S), ordförande ' +
        'Övriga närvarande Karl Unger, förbundschef § 1 Val av justerare Till justerare utses Anna Rydberg. § 2 Godkännande av dagordning Dagordningen godkänns.',
    )
      .map((l) => l.text)
      .filter((t) => t !== '');
    expect(texts).toContain('§ 1 Val av justerare Till justerare utses Anna Rydberg.');
    expect(texts.some((t) => t.startsWith('§ 2 Godkännande av dagordning'))).toBe(true);
  });

  it('keeps a § after a position that is the lexicon’s word itself (`ekonom`, `controller`), not a compound of it', () => {
    const texts = linesOf(
      'PROTOKOLL Styrelsen Sammanträdesdatum: 2022-03-10 Plats och tid Kommunhuset kl. 09.00-11.30 Beslutande Anna Holm (S), ordförande ' +
        'Övriga deltagare Lena Dahl, förbundschef § 1-5 Tomas Ek, ekonom § 3 Maria Weber, controller § 4 Utses att justera Anna Holm',
    )
      .map((l) => l.text)
      .filter((t) => t !== '');
    expect(texts.some((t) => /^§ [34]\b/u.test(t))).toBe(false);
    expect(texts).toContain('Utses att justera Anna Holm');
  });
});
