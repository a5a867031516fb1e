// A notice signed at its end with the role after the name and no comma (`Hanna Lind
// Ordförande`), and signers one a line (`Hanna Lind, ordförande` over `Per Sten, sekreterare`):
// each signer with the role beside them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notice = (...closing: string[]): string =>
  text(
    'KALLELSE', '', 'Kultur- och fritidsnämnden kallas till sammanträde', '',
    'Tid: 2024-05-06 kl. 13.00', 'Plats: Kulturhuset, Ekbacken', '',
    'Ärenden', '1. Val av justerare', '2. Ekonomisk uppföljning', '3. Övriga frågor', '',
    'Välkomna!', '', ...closing,
  );

describe('a notice’s signers on its last lines', () => {
  it('reads `Name Role` with no comma', () => {
    const doc = meetingDoc(notice('Hanna Lind Ordförande'));
    expect(doc.kind).toBe('notice');
    expect(doc.signatures).toMatchObject({ chair: ['Hanna Lind'], secretary: [], adjusters: [] });
  });

  it('reads each of the signers written one a line', () => {
    const doc = meetingDoc(notice('Hanna Lind, ordförande', 'Per Sten, sekreterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Hanna Lind'], secretary: ['Per Sten'], adjusters: [] });
  });
});
