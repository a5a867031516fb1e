// The sentence that says who adjusted the minutes, after the last § of minutes whose front page
// named the secretary: the role's word before each name (`av ordförande Eva Lind och justerare Per
// Ström den 18 mars 2025`), the sentence wrapped over two lines. It fills the roles no label did,
// gives the day, and leaves the last §'s text; a sentence that names nobody stays. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...end: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Samordningsförbundet Ravnå, styrelsen', 'Datum: 2025-03-12', 'Sekreterare: Anna Borg', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
      '§ 2 Mötets avslutande', 'Ordföranden tackade och avslutade mötet.', '',
      ...end,
    ),
  );

describe('the adjusting sentence beside a secretary under a label', () => {
  it('reads the role before each name and a day written out, and leaves the last §', () => {
    const doc = minutes('Protokollet har justerats digitalt av ordförande Eva Lind och justerare Per Ström den 18 mars 2025.');
    expect(doc.signatures).toMatchObject({ chair: ['Eva Lind'], secretary: ['Anna Borg'], adjusters: ['Per Ström'], adjustedOn: '2025-03-18' });
    expect(doc.items[1]!.text).toBe('Ordföranden tackade och avslutade mötet.');
  });

  it('takes the sentence wrapped over two lines, the anslag after it', () => {
    const doc = minutes('Protokollet har justerats elektroniskt av Eva Lind (ordförande) och', 'Per Ström (justerare) 2025-03-19.', '', 'Anslaget under tiden 2025-03-20 – 2025-04-11');
    expect(doc.signatures).toMatchObject({ chair: ['Eva Lind'], adjusters: ['Per Ström'], adjustedOn: '2025-03-19', posted: { from: '2025-03-20', to: '2025-04-11' } });
    expect(doc.items[1]!.text).toBe('Ordföranden tackade och avslutade mötet.');
  });

  it('leaves a sentence that names nobody in the § text', () => {
    const doc = minutes('Protokollet justerades av ordföranden, se ovan.');
    expect(doc.items[1]!.text).toContain('se ovan');
    expect(doc.signatures!.chair).toEqual([]);
  });
});
