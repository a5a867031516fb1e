// Notes that write when the meeting began with `börjar`/`startar` (`Mötet börjar: Kl 11.55`, `Mötet startade
// kl. 9.10`): the meeting's opening hour, as `Mötet öppnas kl. …` is; no decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notes = (opening: string) =>
  meetingDoc(
    text(
      'Minnesanteckningar', 'Styrgruppen', 'Datum: 2025-03-12', '',
      '1. Mötets öppnande', opening, 'Lisa hälsade alla välkomna.', '',
      '2. Insatser', 'Gruppen går igenom läget i insatserna.', '',
      '3. Mötets avslutande', 'Mötet avslutas: Kl 13.10',
    ),
  );

describe('the hour the meeting began at', () => {
  it('`Mötet börjar: Kl 11.55`', () => {
    const doc = notes('Mötet börjar: Kl 11.55');
    expect(doc.meeting).toMatchObject({ startTime: '11:55', endTime: '13:10' });
    expect(doc.items[0]!.decisions).toEqual([]);
  });

  it('`Mötet startade kl. 9.10`', () => {
    expect(notes('Mötet startade kl. 9.10.').meeting).toMatchObject({ startTime: '09:10' });
  });

  it('a project that starts at an hour is no meeting (guard)', () => {
    expect(notes('Projektet startar kl. 10.00 i morgon.').meeting).toMatchObject({ startTime: null });
  });
});
