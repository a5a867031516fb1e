// Dates and hours met in sweep 8 over notices and notes of federations: a compact date in
// the meeting's own line with its hours after it (not among the first lines), and a range
// of whole hours after a meeting word. Invented texts in the same layouts.
import { describe, expect, it } from 'vitest';
import { findDates, findTimes } from '../../src/text/dates.js';
import { meetingDoc } from './helpers.js';

const COMPACT_DATE_WITH_HOURS = [
  'Kallelse till styrelsemöte',
  'Samordningsförbundet Ådalen',
  '',
  'Ledamöter och ersättare kallas härmed till',
  'Styrelsemötet 210527 kl. 9.00–11.30',
  'Plats: Förbundets kontor, Storgatan 3',
  '',
  'Föredragningslista',
  '1. Mötets öppnande',
  '2. Val av justerare',
].join('\n');

const WHOLE_HOURS = [
  'Minnesanteckningar beredningsgrupp',
  'Samordningsförbundet Söderslätt',
  'Datum: 2022-11-08, möte 13-17',
  'Plats: Arbetsförmedlingen, Söderby',
  '',
  '1. Föregående anteckningar',
  'Gicks igenom och lades till handlingarna.',
  '2. Aktuellt från parterna',
  'Rutinerna gicks igenom.',
].join('\n');

describe('a compact date on the meeting line', () => {
  it('dates the meeting when its hours follow it', () => {
    const m = meetingDoc(COMPACT_DATE_WITH_HOURS).meeting!;
    expect(m.date).toBe('2021-05-27');
    expect([m.startTime, m.endTime]).toEqual(['09:00', '11:30']);
  });
});

describe('whole hours after a meeting word', () => {
  it('reads `möte 13-17` as the meeting hours', () => {
    const m = meetingDoc(WHOLE_HOURS).meeting!;
    expect([m.startTime, m.endTime]).toEqual(['13:00', '17:00']);
  });

  it('reads a time label with whole hours, an end with minutes', () => {
    expect(findTimes('Tid: 13–16.30').map((t) => [t.start, t.end])).toEqual([['13:00', '16:30']]);
  });

  it('leaves two days, counts and early numbers alone', () => {
    expect(findTimes('möte 13-14 juni')).toEqual([]);
    expect(findTimes('möte 10-12 gånger per år')).toEqual([]);
    expect(findTimes('möte 2-3 per termin')).toEqual([]);
  });
});

describe('a day and month with a slash and no year', () => {
  const NOTICE = [
    'Kallelse styrelsemöte 2021',
    'Samordningsförbundet Höglandet',
    '',
    'Tid: torsdag 27/5 kl. 13.00-15.00',
    'Plats: Teams',
    '',
    'Dagordning',
    '1. Mötets öppnande',
    '2. Val av justerare',
  ].join('\n');

  it('dates the meeting with the year written elsewhere', () => {
    expect(meetingDoc(NOTICE).meeting?.date).toBe('2021-05-27');
  });

  it('trusts a bare `2/3` no more than a compact date', () => {
    expect(findDates('2/3 av ledamöterna').map((d) => [d.spelledOut, d.compact])).toEqual([[false, true]]);
    expect(findDates('KS 2021/123')).toEqual([]);
  });
});
