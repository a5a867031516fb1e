// A meeting's hours written as a range in words, `mellan kl 13.00 och 15.30`, `mellan klockan 9 och 12`: both ends
// are read, as `kl 13.00–15.30` is. An adjournment written so on a line of its own changes neither. Every text is invented.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/text/dates.js';
import { meetingDoc, text } from './helpers.js';

describe('a clock range in words', () => {
  it('gives the start and the end', () => {
    expect(findTimes('tisdagen den 5 mars 2024 mellan kl 13.00 och 15.30').map((h) => [h.start, h.end])).toEqual([['13:00', '15:30']]);
    expect(findTimes('mellan klockan 9 och kl. 12').map((h) => [h.start, h.end])).toEqual([['09:00', '12:00']]);
  });

  it("gives the meeting's hours", () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrvik', '', 'Tid: Tisdagen den 5 mars 2024 mellan kl 13.00 och 15.30', 'Plats: Kommunhuset, Norrvik', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'));
    expect([doc.meeting?.startTime, doc.meeting?.endTime, doc.meeting?.location]).toEqual(['13:00', '15:30', 'Kommunhuset, Norrvik']);
  });

  it('leaves the hours alone where an adjournment is written so', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen', '', 'Plats och tid: Kommunhuset, Norrvik, 2024-03-05 kl 13.00-16.00', 'Ajournering mellan kl 14.10 och 14.25', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'));
    expect([doc.meeting?.startTime, doc.meeting?.endTime]).toEqual(['13:00', '16:00']);
  });
});
