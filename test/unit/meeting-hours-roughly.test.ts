// The meeting's hours with an end said roughly: `Tid: 2019-02-05, 13.00 - ca 15.00` (no `kl`, after the date) and
// `kl 13.00–cirka 15.00`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const hours = (line: string) => {
  const m = meetingDoc(['PROTOKOLL', 'Kommunstyrelsen', line, 'Plats: Kommunhuset', '', '§ 1 Mötets öppnande', 'Ordförande hälsade välkommen.'].join('\n')).meeting;
  return [m?.date, m?.startTime, m?.endTime];
};

describe('a meeting end said roughly', () => {
  it('reads `ca` after a bare start', () => {
    expect(hours('Tid: 2019-02-05, 13.00 - ca 15.00')).toEqual(['2019-02-05', '13:00', '15:00']);
  });

  it('reads `cirka` after `kl`', () => {
    expect(hours('Tid: 2019-02-05 kl 13.00–cirka 15.00')).toEqual(['2019-02-05', '13:00', '15:00']);
  });
});
