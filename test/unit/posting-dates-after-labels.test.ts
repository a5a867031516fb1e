// A front page whose text came out of its PDF as a stream (pdftotext without -layout): the anslag
// block's labels and its dates stand apart, `Datum för` / `anslags uppsättande` broken over two
// lines and the dates further down, among other labels. The two posting dates are the block's
// dates that are not the meeting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const streamed = (...block: string[]) =>
  meetingDoc(
    text(
      'EKBY KOMMUN',
      'Miljönämnden',
      '',
      'Protokoll',
      '',
      'Sammanträdesdatum',
      '',
      '2019-02-04',
      '',
      'Plats och tid',
      '',
      'Kommunhuset måndagen den 4 februari 2019',
      'kl 13.00-15.00',
      '',
      'Beslutande',
      '',
      'Stina Holm (c), ordförande',
      'Olle Berg (m)',
      '',
      'Utses att justera',
      '',
      'Olle Berg',
      '',
      'Underskrifter',
      '',
      'Sekreterare',
      '',
      '.................................................................................',
      'Maja Lind',
      '',
      'Ordförande',
      '',
      '.................................................................................',
      'Stina Holm',
      '',
      ...block,
      '',
      'MN § 1',
      '',
      'Val av justerare',
      'Nämnden beslutar att utse Olle Berg att justera protokollet.',
    ),
  ).signatures;

describe('posting dates standing apart from their labels', () => {
  it('reads the two dates of the block that are not the meeting\'s', () => {
    const s = streamed(
      'ANSLAG/BEVIS',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
      '',
      'Nämnd / styrelse',
      '',
      'Miljönämnden',
      '',
      'Sammanträdesdatum',
      '',
      '2019-02-04',
      '',
      'Datum för',
      'anslags uppsättande',
      '',
      '1-8',
      '',
      'Sekreterare',
      '',
      'Datum för',
      '',
      '2019-02-07',
      '',
      'anslags nedtagande',
      '',
      'Förvaringsplats',
      'för protokollet',
      '',
      'Miljökontoret, Ekby',
      '',
      'Underskrift',
      '',
      '.................................................................................',
      '',
      '2019-03-01',
    );
    expect(s?.posted).toEqual({ from: '2019-02-07', to: '2019-03-01' });
    expect(s?.storedAt).toBe('Miljökontoret, Ekby');
  });

  it('reads the take-down date apart from its label where the first stands under its own', () => {
    const s = streamed(
      'ANSLAG/BEVIS',
      'Sammanträdesdatum',
      '',
      '2019-02-04',
      '',
      'Datum för',
      'anslags uppsättande',
      '',
      '2019-02-07',
      '',
      'Datum för',
      'anslags nedtagande',
      '',
      'Förvaringsplats',
      'för protokollet',
      '',
      'Miljökontoret, Ekby',
      '',
      'Underskrift',
      '',
      '2019-03-01',
    );
    expect(s?.posted).toEqual({ from: '2019-02-07', to: '2019-03-01' });
  });

  it('reads none where the block\'s dates were never filled in', () => {
    const s = streamed(
      'ANSLAG/BEVIS',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
      '',
      'Sammanträdesdatum',
      '',
      '2019-02-04',
      '',
      'Datum för',
      'anslags uppsättande',
      '',
      'Datum för',
      'anslags nedtagande',
      '',
      'Förvaringsplats',
      'för protokollet',
      '',
      'Miljökontoret, Ekby',
    );
    expect(s?.posted ?? null).toBeNull();
  });
});
