// `Underskrifter   Godby den 18 oktober 2017` / `Roger Höglund, ordförande   Erik Brunström, sekr`: the signatures'
// heading, the place and day of signing under it perhaps, then each signer's name with the role after a comma (in full
// or cut short), in a row beside or under the heading, as Swedish-language Finnish front pages print them. Each name is
// that role's signer, not a name for the nearest list. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (...signing: string[]) =>
  meetingDoc(
    text(
      'FINSTRAND KOMMUN           KOMMUNSTYRELSEN           SAMMANTRÄDESPROTOKOLL Nr 11/17',
      '',
      'Tid                  onsdag den 18 oktober 2017 kl 16:00-19:45',
      'Plats                Godby daghem',
      '',
      'Närvarande           Ledamöter:',
      '                     Höglund Roger, ordf.',
      '                     Björkman Torbjörn, viceordf.',
      '',
      ...signing,
      '',
      'Protokolljustering   Godby den 20 oktober 2017',
      '',
      '                     Kristian Eriksson                  Inger Rosenberg',
      '                     Protokolljusterare                 Protokolljusterare',
      '',
      '135 § SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET',
      'Sammanträdet konstaterades lagligt.',
    ),
  );

describe('signers with their roles after a comma, beside the signatures’ heading', () => {
  it('on the heading’s line', () => {
    expect(doc('Underskrifter        Roger Höglund, ordförande          Erik Brunström, sekreterare').signatures).toMatchObject({
      chair: ['Roger Höglund'], secretary: ['Erik Brunström'], adjusters: ['Kristian Eriksson', 'Inger Rosenberg'],
    });
  });

  it('under the place and day of signing, a role cut short', () => {
    expect(doc('Underskrifter        Godby den 18 oktober 2017', '', '                     Roger Höglund, ordförande          Erik Brunström, sekr').signatures).toMatchObject({
      chair: ['Roger Höglund'], secretary: ['Erik Brunström'], adjusters: ['Kristian Eriksson', 'Inger Rosenberg'], adjustedOn: '2017-10-20',
    });
  });
});
