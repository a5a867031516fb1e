// The value of `Justeringens plats och tid` left empty in a flattened front page, so that the
// anslag block's sentence after it became its value (`Protokollet är justerat. … Datum när anslaget
// sätts upp 2013-06-20`): a date under a label of its own is no day of adjustment. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a date under another label in the value of the adjustment\'s', () => {
  it('is no day of adjustment', () => {
    const s = meetingDoc(
      text(
        'Sida 1 (36) Plats och tid. Rådhuset, Ekby kl. 08:45-14:52',
        'Beslutande',
        'Ledamöter Kjell Hed (S), Kajsa Ezel (S) och Pär Johns (FP).',
        'Justering',
        'Justerande',
        'Plats och tid Pär Johns (FP)',
        'Paragrafer 163-184',
        'Underskrifter',
        'Sekreterare',
        'Ordförande',
        'Justerande Linda Matt Kjell Hed (S) Pär Johns (FP)',
        '',
        'ANSLAG/BEVIS Protokollet är justerat. Justeringen tillkännages genom anslag i tre veckor. Organ Kommunstyrelsen Datum när anslaget sätts upp 2013-06-20 Datum när anslaget tas ner 2013-07-12',
        'Förvaringsplats för protokollet',
        'Underskrift Kommunstyrelsens kansli Linda Matt',
        '',
        '§ 163 Information från bostadsbolaget',
        'Kommunstyrelsen beslutar att lägga informationen till handlingarna.',
      ),
    ).signatures;
    expect(s?.adjustedOn ?? null).toBeNull();
    expect(s?.posted).toEqual({ from: '2013-06-20', to: '2013-07-12' });
  });
});
