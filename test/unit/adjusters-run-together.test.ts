// `Justeras` over the names of those who adjust, printed on one line one space apart (`Tove Lind
// Per Holm`, the columns of a signature grid flattened): two signers, not one name of four words.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signatures = (...signers: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen', 'Sammanträdesdatum 2025-03-14', 'Plats och tid Kommunhuset, Ekby, kl. 09.00-11.30',
      'Beslutande Tove Lind (S)', 'Per Holm (M)', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', ...signers,
    ),
  ).signatures;

describe('adjusters run together under `Justeras`', () => {
  it('are two signers', () => {
    const s = signatures('Vid protokollet', 'Ulla Ek', 'Justeras', 'Tove Lind Per Holm');
    expect([s?.secretary, s?.adjusters]).toEqual([['Ulla Ek'], ['Tove Lind', 'Per Holm']]);
  });

  it('keeps one name of three words whole (guard)', () => {
    const s = signatures('Vid protokollet', 'Ulla Ek', 'Justeras', 'Tove Maria Lind');
    expect(s?.adjusters).toEqual(['Tove Maria Lind']);
  });
});
