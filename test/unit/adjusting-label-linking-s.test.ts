// `Protokollsjustering   Pederby 12.3.2014`, the label of the day and place of adjustment written with the linking `s`
// of `protokollsjusterare` (as `Protokolljustering` is written without it), in Swedish-language Finnish minutes: its day is
// the day of adjustment. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('`Protokollsjustering` beside its place and day', () => {
  it('gives the day of adjustment', () => {
    const doc = meetingDoc(
      text(
        'PEDERBY KOMMUN                 Kommunstyrelsen                PROTOKOLL',
        '',
        'Sammanträdestid:     Måndagen den 10 mars 2014, kl 16.30-19.00',
        'Sammanträdesplats:   Kommungården, Bennby',
        '',
        'Beslutande           Sandberg, Henrik             ordf.',
        '                     Lindfors, Ralf               viceordf.',
        '                     Back, Eivor',
        '',
        'Underskrifter        Henrik Sandberg              Gunnel Löv',
        '                     ordförande                   sekreterare',
        '',
        'Protokollsjustering  Pederby 12.3.2014',
        '',
        '                     Eivor Back                   Ralf Lindfors',
        '',
        '58 § Sammanträdets öppnande',
        'Kommunstyrelsens ordförande öppnade sammanträdet.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Henrik Sandberg'], secretary: ['Gunnel Löv'], adjusters: ['Eivor Back', 'Ralf Lindfors'], adjustedOn: '2014-03-12' });
  });
});
