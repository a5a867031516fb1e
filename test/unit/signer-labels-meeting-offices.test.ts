// Signer labels that name the meeting's offices (`Mötessekreterare Karin Alm`,
// `Protokollsekreterare`), as associations and förbund write them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (signers: string): string => `PROTOKOLL
Styrelsen, Samordningsförbundet Östby
Sammanträdesdatum 2024-02-20

Närvarande: Anna Ek, Bo Lind, Eva Sund

§ 1 Budget
Styrelsen beslutar att godkänna budgeten.

${signers}
`;

describe('signer labels of the meeting offices', () => {
  it.each(['Mötessekreterare', 'Protokollsekreterare'])('reads `%s NAME` as the secretary', (label) => {
    const s = meetingDoc(minutes(`${label} Karin Alm\nMötesordförande Anna Ek\nJusteringsperson Bo Lind`)).signatures;
    expect(s).toMatchObject({ chair: ['Anna Ek'], secretary: ['Karin Alm'], adjusters: ['Bo Lind'] });
  });
});
