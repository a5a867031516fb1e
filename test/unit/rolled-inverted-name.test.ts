// An Åland roll with its marks before the names (`x` came, `-` stayed away), each name written surname, comma, given name
// (`x Erland, Maja`, `x Sand, Boel, ekonomichef`): each piece names one person, whatever the lexicon knows of the two
// words; neither two people named by given names alone, nor a name and an organisation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { joinRolledName } from '../../src/parse/participants/leading-marks.js';
import { meetingDoc, text } from './helpers.js';

describe('a piece of a roll cut at its marks', () => {
  it('joins the surname and the given name its first comma parts', () => {
    expect(joinRolledName('Erland, Maja')).toBe('Erland Maja');
    expect(joinRolledName('Sand, Boel, ekonomichef')).toBe('Sand Boel, ekonomichef');
    expect(joinRolledName('Holm-Berg, Ann-Sofi, ordförande')).toBe('Holm-Berg Ann-Sofi, ordförande');
    // (a piece written given name first, or a position after the name: as it is)
    expect(joinRolledName('Maja Erland, ordförande')).toBe('Maja Erland, ordförande');
    expect(joinRolledName('Holm Stig, ordförande')).toBe('Holm Stig, ordförande');
  });

  it('reads each as one person', () => {
    const t = text(
      '1 VÄSTERVIKS KOMMUN PROTOKOLL Sammanträdesdatum Nr KOMMUNFULLMÄKTIGE 5/25 Sammanträdestid Torsdag kl 19:00 Beslutande, sammanträdesrummet x Holm, Stig, ordförande x Erland, Maja - Dahl, Ove x Lind, Tea Övriga närvarande x Rask, Ulf, kommundirektör x Sand, Boel, ekonomichef Paragrafer Underskrifter Ordförande Sekreterare Stig Holm',
      '',
      '2 12 Konstatera laglighet och beslutförhet Beslut: Sammanträdet konstateras lagligen sammankallat.',
    );
    const people = meetingDoc(t).participants.map((p) => [p.name, p.role, p.organisation, p.position]);
    expect(people).toEqual([
      ['Holm Stig', 'member', null, 'ordförande'],
      ['Erland Maja', 'member', null, null],
      ['Dahl Ove', 'absent', null, null],
      ['Lind Tea', 'member', null, null],
      ['Rask Ulf', 'other', null, 'kommundirektör'],
      ['Sand Boel', 'other', null, 'ekonomichef'],
    ]);
  });
});
