// A front page whose time label stands over its value, the value one clock time alone
// (`Klockan` / `18:00`, `Tid` / `13.30`): the meeting starts then, and no end is guessed.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (label: string, value: string): string =>
  text(
    'PROTOKOLL',
    'Styrelsen för Samordningsförbundet Norra Lien',
    '',
    'Datum',
    '2021-11-18',
    label,
    value,
    'Plats',
    'Kommunhuset, Lidby',
    '',
    'Beslutande',
    'Greta Sund (S), ordförande',
    'Olof Berg (M)',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden förklarade mötet öppnat.',
  );

describe('one clock time under the time label', () => {
  it('reads `Klockan` over `18:00` as the start', () => {
    const m = meetingDoc(page('Klockan', '18:00')).meeting!;
    expect([m.date, m.startTime, m.endTime, m.location]).toEqual(['2021-11-18', '18:00', null, 'Kommunhuset, Lidby']);
  });

  it('reads `Tid` over `13.30` and over `kl 9.05` as the start', () => {
    expect(meetingDoc(page('Tid', '13.30')).meeting!.startTime).toBe('13:30');
    expect(meetingDoc(page('Tid', 'kl 9.05')).meeting!.startTime).toBe('09:05');
  });

  it('still reads a range under the label as start and end', () => {
    const m = meetingDoc(page('Klockan', '18.00–20.15')).meeting!;
    expect([m.startTime, m.endTime]).toEqual(['18:00', '20:15']);
  });
});
