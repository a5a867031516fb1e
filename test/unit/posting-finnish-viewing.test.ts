// Swedish-language Finnish minutes: `Till påseende, ort och tid   Tisdagen den 21.6.2016 på
// kommunkansliet`, the day the adjusted minutes are laid out for all to see (the anslag's day), after
// the two `Protokolljusterare` rows. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signatures = (...rows: string[]) =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL',
      'Kommunfullmäktige',
      '',
      'Sammanträdestid     Onsdagen den 15.6.2016 kl. 18:00-19.36',
      'Sammanträdesplats   Strandby, konferensutrymmet',
      'Beslutande          Ahlberg Anders',
      '                    Björkman Curt',
      ...rows,
      '',
      '19 §',
      'Laglighet och beslutförhet',
      'Fullmäktige konstaterar sammanträdets lagliga sammankallande samt beslutförhet.',
    ),
  ).signatures;

describe('`Till påseende, ort och tid`', () => {
  it('gives the day the minutes are laid out, and ends the adjuster before it', () => {
    const s = signatures(
      'Protokolljusterare Ahlberg Anders',
      'Protokolljusterare Björkman Curt Till påseende, ort och tid Tisdagen den 21.6.2016 på kommunkansliet i Strandby',
    );
    expect(s?.adjusters).toEqual(['Ahlberg Anders', 'Björkman Curt']);
    expect(s?.posted?.from).toBe('2016-06-21');
  });

  it('reads the label on a row of its own', () => {
    const s = signatures('Protokolljusterare  Ahlberg Anders', '', 'Till påseende, ort och tid   Tisdagen den 21.6.2016 på kommunkansliet i Strandby');
    expect(s?.posted?.from).toBe('2016-06-21');
  });
});
