// The hours with a comma for the point after their label (`kl 9,30 – 12,00`, `Tid: 13,15-15,00`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/text/dates.js';
import { meetingDoc, text } from './helpers.js';

describe('hours written with a comma', () => {
  it('reads both ends after `kl`', () => {
    const doc = meetingDoc(
      text('Samordningsförbundet Norrby', 'PROTOKOLL', 'Styrelsemöte', '', 'Datum: 2023-03-14', 'Tid: kl 9,30 – 12,00', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'),
    );
    expect([doc.meeting!.startTime, doc.meeting!.endTime]).toEqual(['09:30', '12:00']);
  });

  it('reads them after `Tid`, and not a comma with a space after it', () => {
    expect(findTimes('Tid: 13,15-15,00').map((t) => [t.start, t.end])).toEqual([['13:15', '15:00']]);
    expect(findTimes('kl 9, 10 deltagare').map((t) => [t.start, t.end])).toEqual([['09:00', null]]);
  });
});
