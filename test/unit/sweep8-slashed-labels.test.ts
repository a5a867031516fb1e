// Sweep 8: front-page labels that pair their words with a slash (`Plats/tid:`, `Plats/tid för
// justering:`). The place label alone matched, so the location read `/tid …` and the
// adjustment's date was lost. Invented text.
import { describe, expect, it } from 'vitest';
import { labelAt } from '../../src/text/labels.js';
import { meetingDoc } from './helpers.js';

describe('labels written with a slash', () => {
  it('are whole labels', () => {
    expect(labelAt('Plats/tid: Stadshuset')?.field).toBe('placeAndTime');
    expect(labelAt('Plats/tid för justering: Skolkontoret')?.field).toBe('adjustedAt');
  });

  it('give the meeting its place and the minutes their adjustment date', () => {
    const doc = meetingDoc([
      'Sammanträdesprotokoll',
      'Skolnämnd Västra',
      '',
      'Plats/tid: Byskolans matsal, Lilla Ek, 2013-09-19 kl 18:30-21:10',
      '',
      'Ledamöter: Lund Astrid (M)',
      'Ek Per (M)',
      '',
      'Utses att justera: Tord Berg (S)',
      'Paragrafer: 61-63',
      'Plats/tid för justering: Skolkontoret, torsdag 26 september 2013 kl 15:00.',
      '',
      '§ 61',
      'Val av justerare',
      'Till att justera dagens protokoll utses Tord Berg (S).',
    ].join('\n'));
    expect(doc.meeting).toMatchObject({ location: 'Byskolans matsal, Lilla Ek', date: '2013-09-19', startTime: '18:30', endTime: '21:10' });
    expect(doc.signatures?.adjustedOn).toBe('2013-09-26');
  });
});
