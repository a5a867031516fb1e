// A signer read from a line that writes the party after the name (`Maria Lund (S), ordförande` on a short front page
// over the anslag/bevis block): the signer's name without the party, as every person's name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a signer’s party after the name', () => {
  it('is no part of the signer’s name', () => {
    const doc = meetingDoc(
      text(
        'Protokoll', 'Valnämnden', 'Sammanträdesdatum 2023-09-12', 'Beslutande', 'Tove Sund (KD), ordförande', 'ANSLAG/BEVIS',
        'Datum för anslags uppsättande / nedtagande     2023-09-18 / 2023-10-10', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Budget', 'Nämnden godkänner budgeten.',
      ),
    );
    expect(doc.signatures?.chair).toEqual(['Tove Sund']);
    expect(doc.signatures?.posted).toEqual({ from: '2023-09-18', to: '2023-10-10' });
  });
});
