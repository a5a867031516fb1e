// `Justeras: Anna Ek (ordförande) och Per Ås`: the chair among the signers after one label, her
// role in a bracket after her name. She signs as chair; the other adjusts. Every text is invented.
import { describe, expect, it } from 'vitest';
import { minutesSignedWith } from './helpers.js';

const signers = (...rows: string[]) => minutesSignedWith(...rows).signatures;

describe('a bracketed role after a name under a signer\'s label', () => {
  it('makes that signer the chair', () => {
    const s = signers('Vid protokollet: Bo Lind', '', 'Justeras: Anna Ek (ordförande) och Per Ås');
    expect(s?.chair).toEqual(['Anna Ek']);
    expect(s?.adjusters).toEqual(['Per Ås']);
    expect(s?.secretary).toEqual(['Bo Lind']);
  });

  it('reads the role abbreviated', () => {
    const s = signers('Justeras: Anna Ek (ordf.) och Per Ås');
    expect(s?.chair).toEqual(['Anna Ek']);
    expect(s?.adjusters).toEqual(['Per Ås']);
  });

  it('keeps a party in the bracket no role', () => {
    const s = signers('Justeras: Anna Ek (S) och Per Ås (M)');
    expect(s?.chair).toEqual([]);
    expect(s?.adjusters).toEqual(['Anna Ek', 'Per Ås']);
  });
});
