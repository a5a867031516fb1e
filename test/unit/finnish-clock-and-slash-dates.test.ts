// Swedish-language Finnish minutes: the hour after Finnish's `klo` (`klo 9.00`, `klo 9.00–11.30`)
// and a date written day first with slashes (`05/06/2024`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { findDates, findTimes } from '../../src/text/dates.js';
import { meetingDoc, text } from './helpers.js';

describe('klo and day-first slashed dates', () => {
  it('reads the hour after klo, alone or as a range', () => {
    expect(findTimes('Tid 5.6.2024 klo 9.00').map((t) => [t.start, t.end])).toEqual([['09:00', null]]);
    expect(findTimes('klo 13.15 – klo 15.40').map((t) => [t.start, t.end])).toEqual([['13:15', '15:40']]);
  });

  it('reads 05/06/2024 as the fifth of June', () => {
    expect(findDates('Datum 05/06/2024').map((d) => d.iso)).toEqual(['2024-06-05']);
    expect(findDates('den 3/11 kl 18').map((d) => [d.day, d.month, d.iso])).toEqual([[3, 11, null]]);
  });

  it('dates and times a meeting so written', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Socialnämnden', 'Tid: 05/06/2024 klo 9.00', 'Plats: Stadshuset, Kustby', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'),
    );
    expect([doc.meeting!.date, doc.meeting!.startTime, doc.meeting!.endTime]).toEqual(['2024-06-05', '09:00', null]);
  });
});
