// One label over two signers on one line, one of them with their own role after the name
// (`Justeras: Anna Holm, ordförande, och Bo Ek`): the chair signs as chair, the other as the
// label says. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signed = (...tail: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Förbundsstyrelsen', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', ...tail)).signatures;

describe('a role after a name under a shared label', () => {
  it('gives that signer their own role', () => {
    const s = signed('Vid protokollet: Gustav Lind', 'Justeras: Anna Holm, ordförande, och Bo Ek');
    expect(s?.chair).toEqual(['Anna Holm']);
    expect(s?.adjusters).toEqual(['Bo Ek']);
    expect(s?.secretary).toEqual(['Gustav Lind']);
  });

  it('reads the next signer run on after a role with no `och` between (a page flattened onto one line)', () => {
    const s = signed('Vid protokollet Gustav Lind Justeras Anna Holm, ordförande Bo Ek');
    expect(s?.chair).toEqual(['Anna Holm']);
    expect(s?.adjusters).toEqual(['Bo Ek']);
    const t = signed('Vid protokollet: Gustav Lind', 'Justeras: Bo Ek, justerare Anna Holm, ordförande');
    expect([t?.chair, t?.adjusters]).toEqual([['Anna Holm'], ['Bo Ek']]);
  });

  it('keeps the label for a name followed by its organisation', () => {
    const s = signed('Vid protokollet: Gustav Lind', 'Justeras: Anna Holm, Östby kommun, och Bo Ek');
    expect(s?.adjusters).toEqual(['Anna Holm', 'Bo Ek']);
  });
});
