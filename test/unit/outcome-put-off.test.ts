// A § (or a point of notes) put off to a later meeting in other words than `bordläggs`: `Ärendet skjuts upp till
// nästa sammanträde`, `Slutsats: Frågan tas upp igen i oktober` — tabled, not approved (deciding anything else is
// approved; putting the question off decides nothing of it). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a question put off in plain words', () => {
  it('is tabled in minutes and in notes', () => {
    const minutes = meetingDoc(
      text(
        'PROTOKOLL',
        'Styrelsen 2024-05-14',
        '',
        '§ 4 Lokalfrågan',
        'Styrelsen beslutar att ärendet skjuts upp till nästa sammanträde.',
        '',
        '§ 5 Budget 2025',
        'Styrelsen beslutar att godkänna budgeten.',
      ),
    );
    expect(minutes.items.map((i) => [i.number, i.outcome])).toEqual([
      [4, 'tabled'],
      // (guard: a decision of the case itself stays approved)
      [5, 'approved'],
    ]);
    const notes = meetingDoc(
      text('Minnesanteckningar', 'Samordningsförbundet Norrdal, styrelsemöte', 'Datum: 2024-03-05', '', '1. Lokalfrågan', 'Slutsats: Frågan tas upp igen i oktober.'),
    );
    expect(notes.items[0]!.outcome).toBe('tabled');
  });
});
