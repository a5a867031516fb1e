// The page's counter printed beside the last signer's name (`Per Ås      Sida 3 av 3`, or one
// space apart): no part of the name, and no reason to drop the signatures. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signers: string[]): string =>
  text(
    'Samordningsförbundet Norrby', 'PROTOKOLL', 'Styrelsemöte 2023-03-14', '', 'Ledamöter', 'Anna Ek (S), ordförande', 'Per Ås (M)', '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Mötets avslutande', 'Ordföranden avslutade mötet.', '',
    'Vid protokollet', 'Maria Berg', '', ...signers,
  );

describe('a page counter beside a signer', () => {
  it('is cut from the name after a column gap', () => {
    expect(meetingDoc(minutes('Justerare', 'Per Ås                         Sida 3 av 3')).signatures).toMatchObject({ secretary: ['Maria Berg'], adjusters: ['Per Ås'] });
  });

  it('is cut from the name one space after it', () => {
    expect(meetingDoc(minutes('Justerare', 'Per Ås Sida 3 (3)')).signatures).toMatchObject({ secretary: ['Maria Berg'], adjusters: ['Per Ås'] });
  });

  it('is cut from a row of names', () => {
    expect(meetingDoc(minutes('Ordförande           Justerare', 'Anna Ek              Per Ås             Sida 3 av 3')).signatures).toMatchObject({
      chair: ['Anna Ek'],
      adjusters: ['Per Ås'],
    });
  });
});
