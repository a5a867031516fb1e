// A front page whose label column was flattened before its values (`Plats och tid för
// sammanträdet Beslutande Ej beslutande Övriga deltagare` and then everything they label, on
// one transcript line): the place ends at the day and the hours instead of taking the
// lists after them, and the municipality's letterhead in capitals run on after the
// signers' names is the municipality's alone. Every text is invented.
import { describe, expect, it } from 'vitest';
import { findPublicBody } from '../../src/parse/meeting/organisation.js';
import { meetingDoc, text } from './helpers.js';

const FLATTENED = text(
  '1 1 (12) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Ekeby kommunhus, rum Ugglan, ' +
    'onsdag den 14 mars 2018, kl Ajournering kl Lena Ekholm, s, ordförande Otto Brander, m, vice ordförande ' +
    'Sara Lindmark, s Pia Gren, c, ersätter Ove Stål, c Nils Fager, kommunchef Tora Vinge, kommunsekreterare ' +
    'Justeringens plats Ekeby kommunhus, måndag den 19 mars 2018 kl och tid Paragrafer Underskrifter Sekreterare ' +
    'Ordförande Justerande Tora Vinge Lena Ekholm Sara Lindmark EKEBY KOMMUN ANSLAG/BEVIS Protokollet är justerat. ' +
    'Justeringen har tillkännagivits genom anslag Organ Datum för anslags uppsättande Förvaringsplats för protokollet Ekeby kommunhus',
  '',
  '2 12 Budget för 2019',
  'Kommunstyrelsen beslutar att fastställa budgeten.',
);

describe('a front page whose labels were flattened before their values', () => {
  it('takes the place up to the day and the hours, not the lists after them', () => {
    const doc = meetingDoc(FLATTENED);
    expect(doc.meeting?.location).toBe('Ekeby kommunhus, rum Ugglan');
    expect(doc.meeting?.date).toBe('2018-03-14');
  });

  it('reads the letterhead in capitals after the signers as the municipality alone', () => {
    expect(meetingDoc(FLATTENED).meeting?.organisation).toBe('Ekeby kommun');
    expect(findPublicBody('Justerande Tora Vinge Sara Lindmark EKEBY KOMMUN ANSLAG/BEVIS')?.name).toBe('Ekeby kommun');
    // (a two-word name in the same case stays whole; a title in capitals before a name in mixed case is no part of it)
    expect(findPublicBody('Protokoll ÖSTRA DALBY KOMMUN')?.name).toBe('Östra Dalby kommun');
    expect(findPublicBody('Kontakt: VD Lilla Ekeby kommun')?.name).toBe('Lilla Ekeby kommun');
  });

  it('keeps a room written after the hours, with one comma where the day and the hours stood', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Styrelsen',
        '',
        'Plats och tid: Stadshuset, 2024-05-02 kl. 13.00-15.00, sal 4',
        '',
        'Beslutande',
        'Stina Fors (S), ordförande',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.meeting?.location).toBe('Stadshuset, sal 4');
    expect(doc.meeting?.startTime).toBe('13:00');
  });

  it('takes the place from the row of values after both labels, not from a page of a § paired with it', () => {
    const doc = meetingDoc(
      text(
        '1 PROTOKOLL Direktionen för Regionförbundet Dalarö län Ekeby konferens, Ekeby Direktionen',
        '',
        '2 2 INNEHÅLLSFÖRTECKNING 12 Delårsbokslut januari till april Sammanträdesplan Hållbara resor Anmälan av delegationsbeslut Övriga anmälningsärenden... 9',
        '',
        '3 3 Plats och tid: Beslutande: Ekeby konferens, Ekeby Torsdag den 4 maj 2006 Lena Holm (s), ordförande Per Åker (m) Eva Lund (c) ' +
          'Icke tjänstgörande ersättare Gun Holmberg (m) Sekreterare: Närvarande tjänstemän Utses att justera: Karin Fors föredragande Per Åker',
        '',
        '4 4 12 Delårsbokslut januari till april (Dnr 88/2006) Förbundet har under perioden genomfört en omfattande omorganisation av ' +
          'sina verksamheter och redovisar ett överskott för perioden.',
      ),
    );
    // (the place stands in the row of values after both labels, before the members)
    expect(doc.meeting?.location).toBe('Ekeby konferens, Ekeby');
    expect(doc.meeting?.date).toBe('2006-05-04');
  });
});
