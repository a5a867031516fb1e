// A header without labels whose place stands on the line under the day and hours
// (`Onsdagen den 12 mars 2025, kl. 13.15 – 15.45` / `Sammanträdesrummet Ekan, Stadshuset`):
// that line is the place when it names a building, a room or a call. A list's first entry or
// the organ under the day is none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (under: string) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Kommunstyrelsen', 'Onsdagen den 12 mars 2025, kl. 13.15 – 15.45', under, '',
      'Beslutande', 'Okke Sand (S), ordförande', 'Lisa Dahl (M)', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
    ),
  );

describe('a place on the line under the day and hours', () => {
  it('is the meeting’s place', () => {
    expect(minutes('Sammanträdesrummet Ekan, Stadshuset').meeting).toMatchObject({ location: 'Sammanträdesrummet Ekan, Stadshuset', startTime: '13:15', endTime: '15:45' });
    expect(minutes('Teams').meeting?.location).toBe('Teams');
  });

  it('is not a name or a sentence', () => {
    expect(minutes('Okke Sand (S), ordförande').meeting?.location).toBeNull();
    expect(minutes('Mötet hölls i huset.').meeting?.location).toBeNull();
  });
});
