// The hours of a break or of a gathering beside the meeting (`Ajournering kl. 12.00-13.00`, `Gruppmöten 09:00 10:00`),
// written in the place-and-time value, are not the meeting's: where the transcript lost the meeting's own hours
// (`Kommunhuset kl Ajournering …`) the meeting has none, and where they stand the meeting keeps them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const hours = (placeAndTime: string): [string | null, string | null] => {
  const m = meetingDoc(
    text('Sammanträdesprotokoll', 'Kommunstyrelsen', placeAndTime, 'Beslutande Eva Lund (S), ordförande', '', '§ 1 Val av justerare', 'Per Ås utses.'),
  ).meeting;
  return [m?.startTime ?? null, m?.endTime ?? null];
};

describe('hours of a break (r49)', () => {
  it('are not the meeting hours the transcript lost', () => {
    expect(hours('Plats och tid Kommunhuset kl Ajournering kl. 12.00-13.00')).toEqual([null, null]);
    expect(hours('Plats och tid Kommunhuset, tisdag den 4 mars 2029 kl Ajournering 12.00-13.00')).toEqual([null, null]);
    expect(hours('Plats och tid Net City, Ekby Torsdag den 1 juni 2028 :00 Gruppmöten 09:00 10:00')).toEqual([null, null]);
  });

  it('leave the meeting hours that stand before or after them', () => {
    expect(hours('Plats och tid Kommunhuset kl. 08:45-14:52 Ajournering för kaffe kl. 10:15-10:35')).toEqual(['08:45', '14:52']);
    expect(hours('Plats och tid Kommunhuset, Gruppmöten 09:00-10:00 Sammanträde 10:00-12:00')).toEqual(['10:00', '12:00']);
  });
});
