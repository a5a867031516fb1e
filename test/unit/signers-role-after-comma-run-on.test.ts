// `Underskrifter Tallby den 4 maj 2016 Sune Vall, ordförande Åsa Grip, sekr`: a web transcript runs a Swedish-language
// Finnish front page on one line, so the signatures' heading, the place and day of signing and each signer's name with
// the role after a comma stand in one text, one space apart. Each name is that role's signer. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (signing: string): string =>
  [
    'Transkript',
    '',
    `1 TALLBY KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 5/16 Tid onsdag den 4 maj 2016 kl 17:00-19:10 Plats Kommungården Ledamöter: Vall Sune, ordf. Grip Åsa Lind Per Övriga närvarande Berg Ola, ekonomichef ${signing} Protokollet framlagt till påseende Tallby den 9 maj 2016`,
    '',
    '2 TALLBY KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL § 61 Sammanträdets laglighet och beslutförhet Sammanträdet konstateras lagligen sammankallat och beslutfört.',
    '',
    '3 TALLBY KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL § 62 Budgetuppföljning Kommunstyrelsen antecknar uppföljningen för kännedom.',
    '',
  ].join('\n');

describe('signers with their roles after a comma, run on after the signatures’ heading', () => {
  it('after the place and day of signing', () => {
    expect(meetingDoc(page('Underskrifter Tallby den 4 maj 2016 Sune Vall, ordförande Åsa Grip, sekr')).signatures).toMatchObject({
      chair: ['Sune Vall'], secretary: ['Åsa Grip'],
    });
  });

  it('right after the heading, the roles written out', () => {
    expect(meetingDoc(page('Underskrifter Sune Vall, ordförande Ola Berg, sekreterare')).signatures).toMatchObject({
      chair: ['Sune Vall'], secretary: ['Ola Berg'],
    });
  });

  it('reads no signer from a single name with a position', () => {
    const s = meetingDoc(page('Underskrifter Tallby den 4 maj 2016 Sune Vall, ordförande')).signatures;
    expect(s?.secretary ?? []).toEqual([]);
  });
});
