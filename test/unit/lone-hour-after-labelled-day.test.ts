// A `Tid:` or `Datum:` label whose day is followed by one hour and no `kl` (`Tid: 2026-05-07 13.00`), on a
// line of its own or on a notice a web archive ran onto one line before its first point: the hour is the
// meeting's start. A lone hour after a day with no label stays unread. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const meeting = (t: string) => meetingDoc(t).meeting;

describe('one hour right after a labelled day', () => {
  it('is the start on a line of its own', () => {
    expect(meeting(text('KALLELSE', 'Kultur- och fritidsnämnden', 'Tid: 2026-09-14 13.30', 'Plats: Biblioteket, sal Linden', '', '1. Val av justerare', '2. Budget'))).toMatchObject({
      date: '2026-09-14',
      startTime: '13:30',
      endTime: null,
      location: 'Biblioteket, sal Linden',
    });
    expect(meeting(text('KALLELSE', 'Kultur- och fritidsnämnden', 'Datum: 14 september 2026, 08:15', 'Plats: Biblioteket', '', '1. Val av justerare'))).toMatchObject({ date: '2026-09-14', startTime: '08:15' });
  });

  it('is the start on a one-line notice, its points kept', () => {
    const doc = meetingDoc(text('KALLELSE Kultur- och fritidsnämnden Tid: 2026-09-14 13.30 Plats: Biblioteket, sal Linden 1. Val av justerare 2. Budget 2027 3. Övriga frågor'));
    expect(doc.meeting).toMatchObject({ date: '2026-09-14', startTime: '13:30', location: 'Biblioteket, sal Linden' });
    expect(doc.items.map((i) => i.title)).toEqual(['Val av justerare', 'Budget 2027', 'Övriga frågor']);
  });

  it('is the start with the first point right after it', () => {
    const doc = meetingDoc(text('KALLELSE Kultur- och fritidsnämnden Plats: Biblioteket Tid: 2026-09-14 13.30 1. Val av justerare 2. Budget 2027'));
    expect(doc.meeting).toMatchObject({ date: '2026-09-14', startTime: '13:30', location: 'Biblioteket' });
    expect(doc.items.map((i) => i.title)).toEqual(['Val av justerare', 'Budget 2027']);
  });
});
