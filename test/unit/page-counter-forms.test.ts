// Page counters in the forms other templates print: `Sidan 2(30)`, `Sidan 2 av 30`, `Blad 3`,
// `Blad 3 (12)`, `Sida 2 [36]`, `Sid 2/30`, `s. 4 (9)`, alone on a line or at the end of a
// running head. They are page furniture, never a title's, a body's or a value's text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc } from './helpers.js';

const FORMS = ['Sidan 2(30)', 'Sidan 2 av 30', 'SIDAN 2 (30)', 'Blad 3', 'Blad 3 (12)', 'Sida 2 [36]', 'Sid 2/30', 's. 4 (9)'];

describe('a page counter alone on a line', () => {
  for (const form of FORMS) {
    it(`drops \`${form}\``, () => {
      const texts = linesOf(`Styrelsen beslutar att godkänna budgeten för nästa år.\n${form}\nÄrendet är därmed avslutat.`).map((l) => l.text);
      expect(texts).not.toContain(form);
      expect(texts.join(' ')).toContain('Ärendet är därmed avslutat.');
    });
  }

  it('keeps a sentence that names a page', () => {
    const texts = linesOf('Se bilagan.\nBlad 3 beskriver bygget\nÄrendet är avslutat.').map((l) => l.text);
    expect(texts.join(' ')).toContain('Blad 3 beskriver bygget');
  });
});

const minutes = (head: (n: number) => string): string => [
  head(1),
  'Plats och tid: Stadshuset, Ekvik, kl. 13.00–15.00',
  'Beslutande: Anna Lindqvist (S), ordförande, Bo Ek (M)',
  'Sekreterare: Cecilia Berg',
  '',
  '§ 1 Mötets öppnande',
  'Ordföranden öppnar mötet.',
  '\f' + head(2),
  '§ 2 Budget för 2025',
  'Styrelsen beslutar att godkänna budgeten.',
  '\f' + head(3),
  '§ 3 Nästa möte',
  'Nästa möte hålls i maj.',
  '',
].join('\n');

describe('a page counter at the end of a running head', () => {
  for (const [name, counter] of [
    ['Sidan n(3)', (n: number) => `Sidan ${n}(3)`],
    ['Sidan n av 3', (n: number) => `Sidan ${n} av 3`],
    ['Blad n (3)', (n: number) => `Blad ${n} (3)`],
    ['Sida n [3]', (n: number) => `Sida ${n} [3]`],
  ] as const) {
    it(`reads the items' titles and bodies without \`${name}\``, () => {
      const doc = meetingDoc(minutes((n) => `Samordningsförbundet Ekvik Protokoll 2024-03-12 ${counter(n)}`));
      expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Budget för 2025', 'Nästa möte']);
      expect(JSON.stringify(doc.items)).not.toMatch(/Sidan|Blad|\[3\]/);
      expect(doc.meeting?.date).toBe('2024-03-12');
    });
  }
});
