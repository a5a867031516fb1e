// A board's record headed only by the meeting and its day (`Styrelsemöte 2021-03-14`, no
// kind word, no date label), numbered points under it that decide (`Styrelsen beslutar …`):
// the record of a meeting, its points read, not a text of no meeting. It elects its adjuster (`Styrelsen väljer … som
// justerare`), so it is the minutes (round 56: a held meeting's record that names who adjusts it); without the election,
// its notes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

const TEXT = [
  'Styrelsemöte 2021-03-14',
  '',
  ' 1. Mötets öppnande 19:02',
  ' 2. Val av justerare',
  '  Styrelsen väljer Mona Rask som justerare.',
  ' 3. Godkännande av dagordning',
  '  Styrelsen godkänner dagordningen.',
  ' 4. Ekonomi',
  '  Kassören redovisar att föreningen har 12 400 kr på kontot.',
  '  Styrelsen beslutar att köpa in nya bord.',
  ' 5. Övriga frågor',
  '  Inga övriga frågor.',
  ' 6. Mötets avslutande 20:41',
  '',
].join('\n');

describe('a record headed by the meeting and its day', () => {
  it('is the meeting’s minutes, with its points', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.kind).toBe('minutes');
    expect(doc.meeting?.date).toBe('2021-03-14');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.items.slice(1, 5).map((i) => i.title)).toEqual(['Val av justerare', 'Godkännande av dagordning', 'Ekonomi', 'Övriga frågor']);
  });

  // (round 58: where no point elects an adjuster, a point that decides a matter still makes the record the minutes)
  it('is the meeting’s notes where no point elects an adjuster nor decides more than the agenda and putting a question off', () => {
    const doc = meetingDoc(TEXT.replace('Styrelsen väljer Mona Rask som justerare.', 'Ingen justerare behövs.').replace('Styrelsen beslutar att köpa in nya bord.', 'Frågan om nya bord bordläggs.'));
    expect(doc.kind).toBe('notes');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('is the meeting’s minutes where no point elects an adjuster but one decides a matter', () => {
    expect(meetingDoc(TEXT.replace('Styrelsen väljer Mona Rask som justerare.', 'Ingen justerare behövs.')).kind).toBe('minutes');
  });

  // (round 57: an invitation that calls the meeting in its prose, with its day, is the meeting's notice: detect/called-in-prose.ts)
  it('reads an invitation that names the meeting and its day in a sentence, no points, as its notice', () => {
    const docs = parseText('Inbjudan\n\nÅrsmötet hålls 2021-03-14 i bygdegården. Välkomna!\n').documents;
    expect(docs.map((d) => [d.kind, d.title, d.meeting?.date])).toEqual([['notice', 'Inbjudan', '2021-03-14']]);
  });

  it('leaves a text of no meeting to come alone (`Årsmötet hölls …`, no points)', () => {
    const docs = parseText('Tillbakablick\n\nÅrsmötet hölls 2021-03-14 i bygdegården. Tack alla som kom!\n').documents;
    expect(docs.map((d) => d.kind)).toEqual(['other']);
  });
});
