// A title page's letterhead flattened onto one line, the organ or organisation beside the kind's
// word (`Protokoll Socialnämnden Östby kommun`, `Socialnämnden Protokoll`, `ÖSTBY KOMMUN Protokoll 1(14)`):
// the title is the kind's word and its number, as in the letterhead's own column. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutesUnder = (first: string): string =>
  [
    first,
    'Sammanträdesdatum 2023-05-16',
    'Plats och tid Kommunhuset, kl. 13.00-15.00',
    'Beslutande Maria Holm (S), ordförande',
    'Per Lind (M)',
    '',
    '§ 21 Val av justerare',
    'Per Lind utses att justera protokollet.',
    '',
    '§ 22 Budget',
    'Nämnden godkänner budgeten.',
  ].join('\n');

describe('a letterhead row flattened onto one line', () => {
  it.each([
    ['Protokoll Socialnämnden Östby kommun', 'Protokoll', null],
    ['PROTOKOLL Barn- och utbildningsnämnden', 'PROTOKOLL', null],
    ['Protokoll 4/2023 Socialnämnden', 'Protokoll 4/2023', '4/2023'],
    ['Socialnämnden Protokoll', 'Protokoll', null],
    ['ÖSTBY KOMMUN Protokoll 1(14)', 'Protokoll', null],
  ])('%s → title %s', (first, title, number) => {
    const doc = meetingDoc(minutesUnder(first));
    expect([doc.kind, doc.title, doc.meeting?.number]).toEqual(['minutes', title, number]);
  });

  it('a heading that says what the minutes are keeps its words', () => {
    expect(meetingDoc(minutesUnder('Protokoll från styrelsemöte 2023-05-16')).title).toBe('Protokoll från styrelsemöte 2023-05-16');
    expect(meetingDoc(minutesUnder('Protokoll styrelsemöte')).title).toBe('Protokoll styrelsemöte');
  });
});
