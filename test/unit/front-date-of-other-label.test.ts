// A front page's date that another label claims is not the meeting's, as the header's own dates are not
// (`Dates labelled as justering or anslag never count`): a `Datum` label whose day a web page lost takes the
// next line as its value, a sentence on the adjusting's day; a Finnish template's signing block puts `Tid` and
// `Tid och plats` under `PROTOKOLLET HAR` / `JUSTERATS` and `… VARIT FRAMLAGT TILL PÅSEENDE`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

describe('a front-page date another label claims', () => {
  it('is not the meeting day where the value names the adjusting before it', () => {
    const r = parseText(
      text(
        'Sammanträde 2024-03-05',
        '',
        'Datum',
        'Klockan',
        '18:00',
        'Plats',
        'Ekebysalen i Norrby',
        '',
        '1 Ordföranden hälsar välkommen.',
        '',
        '2 Förslag på justerare Anna Berg och Olle Lund, ersättare Eva Sten, tid och plats för justering: måndagen den 11 mars kl. 15.30 på kommunkontoret.',
        '',
        '4 Inlämnande av motioner.',
        '',
        '5 Ny taxa för bygglov.',
        '',
        '§14 Frågestund',
        '',
        'Kommunstyrelsens ordförande besvarar två frågor från förra mötet.',
        '',
        '1. På Per Ekmans fråga om busskuren meddelas att den nu står på plats.',
        '',
        '2. På Lisa Holms fråga om torget svarar ordföranden att arbetet börjar i vår.',
        '',
        '§15 Inlämnande av motioner',
        '',
        'Beslut',
        '',
        'Motionerna överlämnas till kommunstyrelsen för beredning.',
        '',
        'Ärendet',
        '',
        '1. Per Ekman föreslår i en motion inlämnad den 15 februari 2024 att busskuren flyttas.',
      ),
    );
    for (const d of r.documents) {
      expect(d.meeting?.date).toBe('2024-03-05');
      expect(d.meeting?.startTime).toBe('18:00');
    }
  });

  it('is not the meeting day under the adjusting or posting words of a signing block', () => {
    const r = parseText(
      text(
        'SAMMANTRÄDESTID: 05.03.2024 kl. 18:00 – 20:00 SAMMANTRÄDESPLATS: Stadshuset, sessionssalen NÄRVARANDE',
        '',
        'MEDLEMMAR:',
        '',
        'Anna Berg Olle Lund Eva Sten',
        '',
        'ÄRENDEN: §§ 1 - 2',
        '',
        'UNDERSKRIFT Ordförande',
        '',
        'Anna Berg',
        '',
        'Protokollförare',
        '',
        'Per Ek PROTOKOLLET HAR',
        '',
        'JUSTERATS',
        '',
        'Tid 8.3.2024',
        '',
        'Olle Lund Eva Sten PROTOKOLLET HAR',
        '',
        'VARIT FRAMLAGT TILL PÅSEENDE',
        '',
        'Tid och plats 8.3.2024 Stadshuset i Ekeby',
        '',
        '§ 1 Budget 2025',
        '',
        'Styrelsen fastställer budgeten.',
      ),
    );
    const m = r.documents[0]!.meeting;
    expect(m?.date).toBe('2024-03-05');
    expect(m?.startTime).toBe('18:00');
    expect(m?.location).toBe('Stadshuset, sessionssalen');
  });
});
