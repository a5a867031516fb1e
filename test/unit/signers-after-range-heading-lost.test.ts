// Åland minutes whose grid of signers lost its `Underskrifter` heading in the transcript: the §§ held, then the place
// and day the minutes were signed and the signers' names, the chair's first and the secretary's last, run on after
// the range (`Paragrafer 30-41 Norrvik den 3 mars 2026 Agnes Holm Oskar Berg Lovisa Strand`), the adjusting's row
// after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (grid: string): string =>
  text(
    `1 NORRVIKS KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen 3.3.2026 4 Sammanträdestid Sammanträdesplats Beslutande Frånvarande Övriga närvarande 3.3.2026 kl. 17:00 19.00. Kommunkansliet Holm Agnes, ordförande, Sund Petter, Lind Maja, Berg Oskar, vice ordförande, ordförande under 33, Dahl Frida, Ek Viktor, kommundirektör, Strand Lovisa, kommunsekreterare, sekreterare. ${grid} Protokollet framlagt till påseende Kommunkansliet i Norrvik den 5 mars 2026 Kommunsekreterare Utdragets riktighet bestyrker Norrvik / 202_ Lovisa Strand`,
    '',
    '2 § 30 SAMMANTRÄDETS KONSTITUERANDE Sammanträdet konstaterades lagligt sammankallat och beslutfört.',
    '',
    '3 § 31 ANMÄLNINGSÄRENDEN Anmälningsärendena antecknades för kännedom.',
  );

describe('signers after the §§ held, their heading lost', () => {
  it('the chairs first and the secretary last, after the place and day of signing', () => {
    const doc = meetingDoc(minutes('Paragrafer 30-41 Norrvik den 3 mars 2026 Agnes Holm Oskar Berg Lovisa Strand Protokolljustering Norrvik den 3 mars 2026 Maja Lind Frida Dahl'));
    expect(doc.signatures).toMatchObject({ chair: ['Agnes Holm', 'Oskar Berg'], secretary: ['Lovisa Strand'], adjusters: ['Maja Lind', 'Frida Dahl'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 30, to: 41 });
  });

  it('with no range before them', () => {
    const doc = meetingDoc(minutes('Paragrafer Norrvik den 3 mars 2026 Agnes Holm Lovisa Strand Protokolljustering Norrvik den 3 mars 2026 Maja Lind Frida Dahl'));
    expect(doc.signatures).toMatchObject({ chair: ['Agnes Holm'], secretary: ['Lovisa Strand'], adjusters: ['Maja Lind', 'Frida Dahl'] });
  });

  it('the secretary’s name strayed into the adjusting’s row: the list says who is the secretary, and the two after sign as adjusters', () => {
    const doc = meetingDoc(minutes('Paragrafer 30-41 Norrvik den 3 mars 2026 Agnes Holm Protokolljustering Norrvik den 3 mars 2026 Lovisa Strand Maja Lind Frida Dahl'));
    expect(doc.signatures).toMatchObject({ chair: ['Agnes Holm'], secretary: ['Lovisa Strand'], adjusters: ['Maja Lind', 'Frida Dahl'] });
  });

  it('a range alone is the §§ held, and a sentence after the place and day names nobody (the list’s secretary is the secretary)', () => {
    const doc = meetingDoc(minutes('Paragrafer 30-41 Protokolljustering Norrvik den 3 mars 2026 Maja Lind Frida Dahl'));
    // (no signer names a secretary: the list's `Strand Lovisa, kommunsekreterare, sekreterare` is, as the list writes her)
    expect(doc.signatures).toMatchObject({ chair: [], secretary: ['Strand Lovisa'], adjusters: ['Maja Lind', 'Frida Dahl'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 30, to: 41 });
  });
});
