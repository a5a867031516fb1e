// Signatures written name first, the role word under each name, in groups opened by a label
// that heads them (`Justeras`, `Vid anteckningarna`), as flattened notes and notices print
// them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const NOTES = text(
  'MINNESANTECKNINGAR',
  'Samordningsförbundet Kustbygd, beredningsgruppen',
  'Datum: 2024-03-05',
  '',
  'Närvarande',
  'Hanna Vik, Försäkringskassan',
  'Johan Ek, Arbetsförmedlingen',
  '',
  '1. Mötets öppnande',
  'Mötet öppnas.',
  '',
  '2. Lägesrapport',
  'Informationen noteras.',
  '',
);

describe('signatures with the name before its role', () => {
  it('under `Justeras`, each name takes the role under it, not the heading', () => {
    const doc = meetingDoc(
      NOTES + text('Vid anteckningarna', '', 'Per Lind', 'Sekreterare', '', 'Justeras', '', 'Anna Berg', 'Ordförande', '', 'Hanna Vik', 'Justerare'),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Berg'], secretary: ['Per Lind'], adjusters: ['Hanna Vik'] });
  });

  it('a label over its name is still read as before (`Justeras` / `Olof Strand`, then `Ordförande` / `Anna Berg`)', () => {
    const doc = meetingDoc(NOTES + text('Justeras', '', 'Olof Strand', '', 'Ordförande', '', 'Anna Berg'));
    expect(doc.signatures).toMatchObject({ chair: ['Anna Berg'], adjusters: ['Olof Strand'] });
  });
});
