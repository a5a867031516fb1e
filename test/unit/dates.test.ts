// Dates and clock times as minutes write them (SCHEMA.md, Meeting.date/startTime/endTime).
import { describe, expect, it } from 'vitest';
import { findDates, findTimes, isValidDate, toIso, withYear } from '../../src/text/dates.js';

const iso = (s: string): (string | null)[] => findDates(s).map((d) => d.iso);

describe('findDates', () => {
  it.each<[string, string]>([
    ['Fredag 27 mars 2020', '2020-03-27'],
    ['Dag Fredag 27 mars 2020, klockan 09.30 – 11.30', '2020-03-27'],
    ['Torsdag 22 mars 2018,', '2018-03-22'],
    ['torsdagen den 31 maj 2023', '2023-05-31'],
    ['onsdagen den 15:e mars 2023', '2023-03-15'],
    ['3:e maj 2023', '2023-05-03'],
    ['1:a april 2023', '2023-04-01'],
    ['2020-10-30', '2020-10-30'],
    ['Styrelsens sammanträde 2020-11-27, klockan 08.30 – 12.00', '2020-11-27'],
    ['2023-3-5', '2023-03-05'],
    ['2023.03.15', '2023-03-15'],
    ['15 okt 2022', '2022-10-15'],
    ['15 okt. 2022', '2022-10-15'],
    ['15 MARS 2023', '2023-03-15'],
    ['29 februari 2024', '2024-02-29'],
    ['230531', '2023-05-31'],
    ['20230315', '2023-03-15'],
  ])('%j is %s', (input, expected) => {
    expect(iso(input)).toEqual([expected]);
  });

  it('reads a day and month whose year is written elsewhere, and says so', () => {
    const [hit] = findDates('Tisdagen den 26 november kl. 9:00–12:00');
    expect(hit).toMatchObject({ iso: null, year: null, month: 11, day: 26, spelledOut: true, index: 0 });
    expect(withYear(hit!, 2024)).toBe('2024-11-26');
    expect(findDates('den 3 maj')[0]).toMatchObject({ iso: null, year: null, month: 5, day: 3 });
  });

  it('marks a compact `230531` as compact and a weekday date as spelled out', () => {
    expect(findDates('Datum: 230531')[0]).toMatchObject({ iso: '2023-05-31', compact: true, index: 7, length: 6 });
    expect(findDates('2020-10-30')[0]).toMatchObject({ compact: false, spelledOut: false });
    expect(findDates('Fredag 27 mars 2020')[0]).toMatchObject({ spelledOut: true, length: 19 });
  });

  it.each<[string, number, number, number]>([
    ['31 juni 2023', 2023, 6, 31],
    ['29 februari 2023', 2023, 2, 29],
    ['2023-02-30', 2023, 2, 30],
  ])('%j does not exist: no iso, but the parts are kept', (input, year, month, day) => {
    expect(findDates(input)).toEqual([expect.objectContaining({ iso: null, year, month, day })]);
  });

  it('finds every date of a line in order', () => {
    expect(iso('Anslaget under tiden 2024-11-28 – 2024-12-19')).toEqual(['2024-11-28', '2024-12-19']);
    expect(iso('Sammanträdesdatum: 2020-10-30 Justeringsdatum: 2020-11-26')).toEqual(['2020-10-30', '2020-11-26']);
  });

  it.each(['tel 0701234567', 'Mars 2023', '08.30-12.00', 'Budget 2025–2027', '§ 52–58', 'Dnr 2023/15', 'kl. 13.00'])('%j holds no date', (input) => {
    expect(findDates(input)).toEqual([]);
  });
});

describe('isValidDate / toIso', () => {
  it('knows the calendar', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2023, 6, 31)).toBe(false);
    expect(isValidDate(2023, 13, 1)).toBe(false);
    expect(isValidDate(2023, 12, 0)).toBe(false);
    expect(toIso(2023, 5, 3)).toBe('2023-05-03');
    expect(toIso(2023, 6, 31)).toBeNull();
  });

  it('counts the days of every month of 1900–2199 as the calendar does (1900 and 2100 have no 29 February)', () => {
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2100, 2, 29)).toBe(false);
    for (let y = 1900; y <= 2199; y++) {
      for (let m = 1; m <= 12; m++) {
        const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect([isValidDate(y, m, days), isValidDate(y, m, days + 1)]).toEqual([true, false]);
      }
    }
  });
});

describe('findTimes', () => {
  it.each<[string, string, string | null]>([
    ['klockan 09.30 – 11.30', '09:30', '11:30'],
    ['kl. 9:00–12:00', '09:00', '12:00'],
    ['Tid 09.00 – 11.00', '09:00', '11:00'],
    ['Tid: 13.00-16.00', '13:00', '16:00'],
    ['Tid: 09:00 – 12:00', '09:00', '12:00'],
    ['Tid kl. 13.00–15.00', '13:00', '15:00'],
    ['klockan 12.00 – 16.00, inklusive lunch och eftermiddagskaffe', '12:00', '16:00'],
    ['Sveagatan 8 i Umeå samt via distansteknik, klockan 8.30-12.00', '08:30', '12:00'],
    ['kl 13–15', '13:00', '15:00'],
    ['kl. 09.00 - kl. 12.00', '09:00', '12:00'],
    ['kl. 8.30 - 16.00 (lunch 12-13)', '08:30', '16:00'],
    ['kl. 13.00', '13:00', null],
    ['kl. 8:30', '08:30', null],
    ['klockan 15', '15:00', null],
  ])('%j is %s–%s', (input, start, end) => {
    expect(findTimes(input)[0]).toMatchObject({ start, end });
  });

  it('reads an unlabelled range only when asked to', () => {
    expect(findTimes('08.30-12.00')).toEqual([]);
    expect(findTimes('08.30-12.00', true)).toEqual([{ start: '08:30', end: '12:00', index: 0, length: 11 }]);
    expect(findTimes('13:00 – 15:30', true)[0]).toMatchObject({ start: '13:00', end: '15:30' });
  });

  it('spans the whole of a labelled range whose end has a dash for its point, so nothing of it is left for the place', () => {
    const text = 'Rådhuset, sal B, kl. 08.30-12-20';
    const [hit] = findTimes(text);
    expect(hit).toMatchObject({ start: '08:30', end: '12:20', typo: '08.30-12-20' });
    expect(text.slice(hit!.index, hit!.index + hit!.length)).toBe('kl. 08.30-12-20');
  });

  it.each(['tid 2 år', 'kl. 24.00', 'Budget 2025–2027', '§ 52–58', '2020-10-30', 'Tid för reflektion'])('%j holds no time', (input) => {
    expect(findTimes(input)).toEqual([]);
  });
});
