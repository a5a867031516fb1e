// Points whose heading carries the hour they were held (`1. Mötets öppnande kl. 13.00`,
// `§ 1 Mötets öppnande 19:02`, `Mötets avslutande, klockan 15.10`, `Studiebesök (kl. 10.30)`), as
// notes, associations and förbund write them: the hour is no word of the title; an opening or
// closing point's hour is the meeting's where the header gives none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const notes = meetingDoc(
  [
    'MINNESANTECKNINGAR',
    'Styrgruppen för Samverkan Älvdal',
    'Datum: 2024-05-14',
    '',
    '1. Mötets öppnande kl. 13.00',
    'Ordföranden hälsade välkommen.',
    '',
    '2. Studiebesök på Ekbacken (kl. 13.30)',
    'Gruppen besökte boendet.',
    '',
    '3. Mötets avslutande, klockan 15.10',
    'Ordföranden tackade alla.',
    '',
  ].join('\n'),
);

const minutes = meetingDoc(
  ['PROTOKOLL', 'Styrelsen för Föreningen Björkvik', 'Datum: 2024-03-02', '', '§ 1 Mötets öppnande 19:02', 'Ordföranden hälsade alla välkomna.', '', '§ 2 Budget 2024.10', 'Budgeten fastställs.', '', '§ 3 Mötets avslutande 20.45', 'Ordföranden tackade för visat intresse.', ''].join('\n'),
);

describe('an hour after a point’s title', () => {
  it('is no part of the title', () => {
    expect(notes.items.map((it) => it.title)).toEqual(['Mötets öppnande', 'Studiebesök på Ekbacken', 'Mötets avslutande']);
    expect(minutes.items.map((it) => it.title)).toEqual(['Mötets öppnande', 'Budget 2024.10', 'Mötets avslutande']);
  });

  it('gives the meeting its hours from the opening and closing points', () => {
    expect([notes.meeting?.startTime, notes.meeting?.endTime]).toEqual(['13:00', '15:10']);
    expect([minutes.meeting?.startTime, minutes.meeting?.endTime]).toEqual(['19:02', '20:45']);
  });
});
