// Signers under a `Justerandes signatur` heading with their role in a bracket after the name
// (`Anna Holm (ordförande)` / `Bo Ek (justerare)`), after the last §. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a role in a bracket after the signer', () => {
  const s = meetingDoc(
    text('PROTOKOLL', 'Förbundsstyrelsen', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', 'Justerandes signatur', '', 'Anna Holm (ordförande)', 'Bo Ek (justerare)'),
  ).signatures;

  it('gives each signer that role', () => {
    expect(s?.chair).toEqual(['Anna Holm']);
    expect(s?.adjusters).toEqual(['Bo Ek']);
  });

  it('is no signer when the bracket holds a party', () => {
    const d = meetingDoc(text('PROTOKOLL', 'Förbundsstyrelsen', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', 'Anna Holm (S)'));
    expect(d.signatures).toBeNull();
  });
});
