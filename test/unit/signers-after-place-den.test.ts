// A Swedish-language Finnish front page as a web transcript runs it on: the signatures' heading and the adjusting's
// label stacked first, then each signer after the signing place and a `den` left for the date to be written by hand,
// the role after the name, and a second role after the first (`föredragande, sekreterare`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (signatures: string) =>
  meetingDoc(
    text(
      'NORRVIKS KOMMUN PROTOKOLL Kommunstyrelsen Tid och plats 9 april 2025 klockan 18.00 Plats: Kommunkansliet Beslutande Alf Strömberg, ordf X Karin Wik X Leif Mård X',
      `Paragrafer Underskrifter ${signatures} Protokollet framlagt till påseende Karin Wik Leif Mård Norrvik kommunkansli den`,
      '',
      '48 SAMMANTRÄDETS KONSTITUERANDE',
      'Kommunstyrelsen konstaterar att sammanträdet är lagligt och beslutfört.',
    ),
  );

describe('signers after the signing place and `den`, their roles after the name', () => {
  it('reads the chair and the secretary after the stacked labels', () => {
    const doc = minutes('Protokolljustering Norrvik, den Alf Strömberg, ordförande Norrvik, den Tea Holm, föredragande, sekreterare');
    expect(doc.signatures).toMatchObject({ chair: ['Alf Strömberg'], secretary: ['Tea Holm'] });
  });

  it('reads them with the place and `den` before the first name only', () => {
    const doc = minutes('Norrvik den Alf Strömberg, ordförande Tea Holm, sekreterare');
    expect(doc.signatures).toMatchObject({ chair: ['Alf Strömberg'], secretary: ['Tea Holm'] });
  });
});
