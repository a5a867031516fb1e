// Hours whose digits a web archive's transcript lost (`Henån :00-20:45`, `kl :00 12:00`, `09:30-11 :`) are no part of the
// place: the time reader does not see a time in what is left of them, and the place kept the fragment and what followed
// it. The place ends before such a fragment; one that opens the value goes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const placeOf = (...head: string[]) =>
  meetingDoc(text(...head, '', '§ 1 Val av justerare', 'Eva Ek utses att justera protokollet.', '', '§ 2 Dagordning', 'Dagordningen godkänns.')).meeting?.location;

describe('a place beside hours whose digits were lost', () => {
  it('ends before the minutes left of the opening hour', () => {
    expect(placeOf('Kommunfullmäktige Sammanträdesprotokoll', 'Plats och tid Kulturhuset Lyktan, Norrvik :00-20:45 Övriga deltagande Bo Lind, utvecklingschef')).toBe('Kulturhuset Lyktan, Norrvik');
  });

  it('ends before the hours and the schedule after them', () => {
    expect(placeOf('Förbundsstyrelsen Protokoll', 'Plats och tid: Stadshuset, Norrvik Torsdag den 1 juni 2006 :00 12:00 Gruppmöten 09:00 10:00', 'Beslutande: Eva Ek (s), ordförande')).toBe('Stadshuset, Norrvik');
  });

  it('drops the fragment that opens the value', () => {
    expect(placeOf('Protokoll för Förbundsdirektionens sammanträde', 'Tid: Datum: Plats: 09:30-11 : Stora salen, Region Norrland', 'Närvarande ledamöter: Eva Ek (S)')).toBe('Stora salen, Region Norrland');
  });

  it('keeps a place with whole hours as before (guard)', () => {
    expect(placeOf('Protokoll Styrelsen', 'Plats och tid Kommunhuset, Norrvik kl 13:00-15:00')).toBe('Kommunhuset, Norrvik');
  });
});
