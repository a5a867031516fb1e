// A transcript's page number before the document's own bare counter (`2 2 av 9`), where the page's text runs on
// after it without a running header (a roll continued from the page before: `2 2 av 9 Jonas Kvist, operativ chef …`):
// the counter is page furniture, and the first person after it is read as the list's next entry. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc } from './helpers.js';

const text = [
  'Direktionen Sammanträdesprotokoll',
  'Transkript',
  '1 Direktionen Sammanträdesprotokoll Plats och tid: Brandstation Ekby, kl. 13:00 Beslutande: Karl Berg (S), ordförande Lisa Holm (M) Övriga: Ulf Sand, förbundsdirektör Mikael Strand, kanslichef',
  '',
  '2 2 av 9 Jonas Kvist, operativ chef Lena Fors, chefsekonom Utses att justera: Lisa Holm Sekreterare: Pia Lind',
  '',
  '3 § 1 Val av justerare',
  'Lisa Holm utses.',
  '',
].join('\n');

describe('a bare counter after a transcript page number', () => {
  it('is dropped from the page text', () => {
    const texts = linesOf(text).map((l) => l.text);
    expect(texts.some((t) => t.startsWith('Jonas Kvist, operativ chef'))).toBe(true);
    expect(texts.some((t) => t.includes('2 av 9'))).toBe(false);
  });

  it('leaves the continued roll whole, each position with its person', () => {
    const people = meetingDoc(text).participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position]);
    expect(people).toEqual([
      ['Ulf Sand', 'förbundsdirektör'],
      ['Mikael Strand', 'kanslichef'],
      ['Jonas Kvist', 'operativ chef'],
      ['Lena Fors', 'chefsekonom'],
    ]);
  });

  it('keeps two different numbers and a count in a sentence', () => {
    const texts = linesOf('Styrelsen beslutar.\n2 3 av 9 ledamöter röstade ja.\n').map((l) => l.text);
    expect(texts.join(' ')).toContain('3 av 9 ledamöter');
  });
});
