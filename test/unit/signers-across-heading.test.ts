// A transcript's front page on one line whose adjusters' label stands before the signatures' heading
// and the grid's labels (`Justering Justerare Underskrifter Sekreterare Ordförande Justerande`), and
// then one name for each of the four labels: the first name is the adjuster's row's, not a second
// adjuster run on after the last. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('signers’ labels on both sides of the signatures’ heading', () => {
  it('take one name each, in order', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen Sammanträdesdatum 2011-03-16 1 (12)',
        '',
        '1 (12) Tid Onsdagen den 16 mars 2011 kl 09.00-12.00 Plats Beslutande Ledamöter Tjänstgörande ersättare Gula huset, Norrby Karin Ståhl, (c) ordförande Olle Frid (m) Rut Hage (s) Nils Berg (s) Mona Ek (s) ersättare för Ida Lund (s) Tjänstemän Jan Ström, Lena Vik Justering Justerare Underskrifter Sekreterare Ordförande Justerande Rut Hage Lena Vik Karin Ståhl (c) Rut Hage (s) Paragrafer 20-31',
        '',
        '2 (12) § 20 Fastställande av dagordning Dagordningen fastställs.',
        '',
        '3 (12) § 21 Ekonomi Redovisningen läggs till handlingarna.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Karin Ståhl'], secretary: ['Lena Vik'], adjusters: ['Rut Hage'] });
    expect(doc.participants.map((p) => p.name)).toEqual(['Karin Ståhl', 'Olle Frid', 'Rut Hage', 'Nils Berg', 'Mona Ek', 'Jan Ström', 'Lena Vik']);
  });
});
