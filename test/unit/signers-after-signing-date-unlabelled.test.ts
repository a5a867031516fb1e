// An Åland front page flattened onto one line signs in a grid with no role under the names: `Underskrifter`, the
// signing place and its date, then the chair's name, a chair for some §§ after it where there was one, and the
// secretary's last, before `Protokolljustering` and its own place and date. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (signers: string) =>
  meetingDoc(
    text(
      'NORRVIKS KOMMUN SAMMANTRÄDESPROTOKOLL Organ Sammanträdesdatum Nr Kommunfullmäktige 9.4.2025 3 Sammanträdestid Sammanträdesplats Beslutande kl. 19:00 20:30. Kommunkansliet Strand Alf, ordförande, Wik Karin, vice ordförande, Mård Leif, Holm Tea, sekreterare.',
      `Paragrafer 14 20 Underskrifter Norrvik den 9 april 2025 ${signers} Protokolljustering Norrvik den 9 april 2025 Protokollet framlagt till påseende Karin Wik Leif Mård Kommunkansliet i Norrvik den 11 april 2025 Utdragets riktighet bestyrker Norrvik den / 20_ Tea Holm`,
      '',
      '14 SAMMANTRÄDETS KONSTITUERANDE',
      'Kommunfullmäktige konstaterar att sammanträdet är lagligt och beslutfört.',
    ),
  );

describe('signers after the signing place and date, with no labels', () => {
  it('reads the first name as the chair and the last as the secretary', () => {
    const doc = minutes('Alf Strand Tea Holm');
    expect(doc.signatures).toMatchObject({ chair: ['Alf Strand'], secretary: ['Tea Holm'] });
  });

  it('reads a name between them as a chair for some §§', () => {
    const doc = minutes('Alf Strand Karin Wik Tea Holm');
    expect(doc.signatures).toMatchObject({ chair: ['Alf Strand', 'Karin Wik'], secretary: ['Tea Holm'] });
  });
});
