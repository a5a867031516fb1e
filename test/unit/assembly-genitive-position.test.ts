// The officers of the assembly that elects a board, listed among those present at the board's meeting
// (`Jonas Vik, förbundsstämmans ordförande`, `årsmötets ordförande`): the assembly's genitive belongs to the
// position, as an organ's does (organ-genitive-positions.test.ts), not a bare `ordförande` with the assembly
// left over as a note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const rows = (...others: string[]) =>
  meetingDoc(
    text(
      'FÖRBUNDSSTYRELSEN PROTOKOLL Nr 4', 'Tid Tisdagen den 3 maj 2022 kl 13.00', 'Plats Förbundskansliet', '',
      'Ledamöter', 'Sven Rask, ordförande', 'Per Holm', '',
      'Övriga närvarande', ...others, '',
      '§ 12 Sammanträdets laglighet och beslutförhet', 'Sammanträdet konstaterades lagligt.',
    ),
  ).participants.map((p) => [p.name, p.role, p.position, p.note]);

describe("an assembly's genitive before a position", () => {
  it('keeps a federation assembly’s officers whole, one to a line', () => {
    const r = rows('Jonas Vik, förbundsstämmans ordförande', 'Maja Lind, förbundsstämmans viceordförande', 'Rolf Åberg, förbundsdirektör');
    expect(r).toContainEqual(['Jonas Vik', 'other', 'förbundsstämmans ordförande', null]);
    expect(r).toContainEqual(['Maja Lind', 'other', 'förbundsstämmans viceordförande', null]);
    expect(r).toContainEqual(['Rolf Åberg', 'other', 'förbundsdirektör', null]);
  });

  it('keeps an annual meeting’s chair whole, run on in one line', () => {
    const r = rows('Greta Falk, årsmötets ordförande Olle Sand, föreningsstämmans sekreterare');
    expect(r).toContainEqual(['Greta Falk', 'other', 'årsmötets ordförande', null]);
    expect(r).toContainEqual(['Olle Sand', 'other', 'föreningsstämmans sekreterare', null]);
  });

  it('leaves the plain position of a member as it was', () => {
    expect(rows('Rolf Åberg, förbundsdirektör')).toContainEqual(['Sven Rask', 'member', 'ordförande', null]);
  });
});
