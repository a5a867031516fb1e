// Minutes that end with their signers on one row, each name with its role in a bracket after
// it, the columns apart (`Anna Ek (ordförande)     Bo Lind (justerare)     Karin Alm
// (sekreterare)`), and the same one signer a line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (signers: string): string => `PROTOKOLL
Kommunstyrelsen, Östby kommun
Sammanträdesdatum 2024-02-20

Beslutande: Anna Ek (S), ordförande, Bo Lind (M), Eva Sund (C)

§ 1 Budget
Kommunstyrelsen beslutar att godkänna budgeten.

${signers}
`;

describe('signers with bracketed roles', () => {
  it('reads a row of them in columns', () => {
    const s = meetingDoc(minutes('Anna Ek (ordförande)       Bo Lind (justerare)       Karin Alm (sekreterare)')).signatures;
    expect(s).toMatchObject({ chair: ['Anna Ek'], adjusters: ['Bo Lind'], secretary: ['Karin Alm'] });
  });

  it('still reads them one a line', () => {
    const s = meetingDoc(minutes('Anna Ek (ordförande)\nBo Lind (justerare)\nKarin Alm (sekreterare)')).signatures;
    expect(s).toMatchObject({ chair: ['Anna Ek'], adjusters: ['Bo Lind'], secretary: ['Karin Alm'] });
  });

  it('takes no row whose column is no signer', () => {
    expect(meetingDoc(minutes('Anna Ek (ordförande)       Kommunhuset (sal B)')).signatures).toBeNull();
  });
});
