// A kungörelse's or an agenda page's sentence that names the place before the day (`Kommunfullmäktige sammanträder i
// Älvsalen, måndag 16 mars …`, `Sammanträde med nyvalda fullmäktige i sessionssalen, Rådhuset, …, tisdagen den 3
// november …`); and `Sammanträdet öppnas`, a point's title, or `Sammanträde med …`, a sentence, is no label whose value
// is the meeting's place and time. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const meetingOf = (...lines: string[]): { date: string | null; startTime: string | null; location: string | null } => {
  const m = meetingDoc(text(...lines)).meeting;
  return { date: m?.date ?? null, startTime: m?.startTime ?? null, location: m?.location ?? null };
};
const POINTS = ['', 'Ärenden', '1. Val av justerare', '2. Allmänhetens frågestund', '3. Motion om cykelvägar'];

describe('the place before the day (r49)', () => {
  it('is read from a kungörelse sentence', () => {
    expect(meetingOf('KUNGÖRELSE', '', 'Kommunfullmäktige sammanträder i Biblioteket, Ekby, måndag 16 mars 2026 klockan 19.', ...POINTS)).toEqual({
      date: '2026-03-16',
      startTime: '19:00',
      location: 'Biblioteket, Ekby',
    });
  });

  it('is read from a sentence under the label word `Sammanträde`', () => {
    expect(
      meetingOf('2026-11-03 Fullmäktiges dagordning', '', 'REGIONFULLMÄKTIGE', '', 'Sammanträde med nyvalda regionfullmäktige för Region Ekby i sessionssalen, Rådhuset, Storgatan 2, Ekby, tisdagen den 3 november 2026 kl 10.00.', ...POINTS),
    ).toEqual({ date: '2026-11-03', startTime: '10:00', location: 'sessionssalen, Rådhuset, Storgatan 2, Ekby' });
  });

  it('is not the organ the sentence names', () => {
    expect(meetingOf('KALLELSE', '', 'Kallelse till sammanträde i kommunstyrelsen, tisdagen den 2 maj 2026 kl 18.30.', ...POINTS).location).toBeNull();
  });

  it('is not the verb of a point `Sammanträdet öppnas`', () => {
    expect(meetingOf('FÖREDRAGNINGSLISTA', 'Regionfullmäktige', 'Tisdagen den 19 juni 2026 klockan 10.00', 'Sammanträdet öppnas', '2 Närvaro', '3 Val av justerare', '4 Information').location).toBeNull();
  });
});
