// `Underskrifter   Kvarnby den 8 november 2023` / `Håkan Westerholm, ordförande   Erik Ekblad, sekr`: the signatures'
// heading, the place and day of signing under it perhaps, then each signer's name with the role after a comma (in full
// or cut short), in a row beside or under the heading, as Swedish-language Finnish front pages print them. Each name is
// that role's signer, not a name for the nearest list. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (...signing: string[]) =>
  meetingDoc(
    text(
      'NORRSTRAND KOMMUN           KOMMUNSTYRELSEN           SAMMANTRÄDESPROTOKOLL Nr 12/23',
      '',
      'Tid                  onsdag den 8 november 2023 kl 16:00-18:30',
      'Plats                Kvarnby skola',
      '',
      'Närvarande           Ledamöter:',
      '                     Westerholm Håkan, ordf.',
      '                     Kullberg Torsten, viceordf.',
      '',
      ...signing,
      '',
      'Protokolljustering   Kvarnby den 10 november 2023',
      '',
      '                     Kristian Holmlund                  Inger Sjöberg',
      '                     Protokolljusterare                 Protokolljusterare',
      '',
      '141 § SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET',
      'Sammanträdet konstaterades lagligt.',
    ),
  );

describe('signers with their roles after a comma, beside the signatures’ heading', () => {
  it('on the heading’s line', () => {
    expect(doc('Underskrifter        Håkan Westerholm, ordförande          Erik Ekblad, sekreterare').signatures).toMatchObject({
      chair: ['Håkan Westerholm'], secretary: ['Erik Ekblad'], adjusters: ['Kristian Holmlund', 'Inger Sjöberg'],
    });
  });

  it('under the place and day of signing, a role cut short', () => {
    expect(doc('Underskrifter        Kvarnby den 8 november 2023', '', '                     Håkan Westerholm, ordförande          Erik Ekblad, sekr').signatures).toMatchObject({
      chair: ['Håkan Westerholm'], secretary: ['Erik Ekblad'], adjusters: ['Kristian Holmlund', 'Inger Sjöberg'], adjustedOn: '2023-11-10',
    });
  });
});
