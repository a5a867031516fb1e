// A notice signed on one line, each name with its role after a slash and the two pairs' column gap flattened
// (`Maja Holm / Ordförande   Sten Dahl / Sekreterare` read as `… / Ordförande Sten Dahl / Sekreterare`): the role closes
// the names before it and the next name opens after it; the secretary never becomes the chair. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notice = (last: string): string =>
  text('KALLELSE', 'Styrelsen för Samordningsförbundet Ekedal kallas till sammanträde', 'Tid: onsdagen den 9 mars 2022 kl. 13.00', 'Plats: Kansliet, Ekeby', '', '1. Mötets öppnande', '2. Val av justerare', '3. Budget 2023', '', last);
const signersOf = (t: string) => parseText(t).documents[0]!.signatures!;

describe('notice signers after slashes on one line', () => {
  it('reads each name with the role after its slash', () => {
    const s = signersOf(notice('Maja Holm / Ordförande   Sten Dahl / Sekreterare'));
    expect(s.chair).toEqual(['Maja Holm']);
    expect(s.secretary).toEqual(['Sten Dahl']);
  });
  it('reads the roles in lower case, the secretary first', () => {
    const s = signersOf(notice('Sten Dahl / sekreterare Maja Holm / ordförande'));
    expect(s.secretary).toEqual(['Sten Dahl']);
    expect(s.chair).toEqual(['Maja Holm']);
  });
});
