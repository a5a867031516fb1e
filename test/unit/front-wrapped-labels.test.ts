// A kommunfullmäktige's front page with a narrow label column: `Närvarande, ej` /
// `tjänstgörande` / `ersättare` over three lines beside the names, and adjusters named with
// the one who stands in for them (`A och B med C som ersättare`). Every name, place and
// date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'KOMMUNFULLMÄKTIGE    Sammanträdesdatum 2024-11-19                 1 (40)',
    '',
    'Tid och plats       Stadshuset, sessionssalen kl. 18.00-21.15',
    'Beslutande          Se förteckning bilaga 1',
    'Närvarande, ej      Anders Rappe (S)',
    'tjänstgörande       Sten Kjellby (S)',
    'ersättare           Hans Hoffby (M)',
    'Övriga närvarande   Ulla Andersby, sekr',
    '',
    'Utses att justera   Sara Ejnby och Viveca Dahlby med Fatima Boström som ersättare',
    '',
    '§ 120 Val av justerare',
    'Fullmäktige utser Sara Ejnby och Viveca Dahlby att justera protokollet.',
  ),
);

describe('labels wrapped in a narrow column', () => {
  it('reads a heading cut over three lines of its column as one heading over the names beside it', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Anders Rappe', 'deputy', 'S'],
      ['Sten Kjellby', 'deputy', 'S'],
      ['Hans Hoffby', 'deputy', 'M'],
      ['Ulla Andersby', 'other', null],
    ]);
  });

  it('names the adjusters, not the one who stands in for them', () => {
    expect(doc.signatures?.adjusters).toEqual(['Sara Ejnby', 'Viveca Dahlby']);
  });
});

// The adjusting's label wrapped in the same narrow column (`Justeringens` / `plats och tid
// Kansliet 2024-11-26, kl 16.00`): the date under it is the adjusting's, not the meeting's.
describe('the adjusting’s place-and-time label cut over two lines', () => {
  const wrapped = meetingDoc(
    text(
      'Kommunfullmäktige 2024-11-19 1(28)',
      '',
      'Plats och tid       Stadshuset, sessionssalen, kl 18.00-21.20',
      '',
      'Beslutande          Enligt förteckning',
      '',
      'Utses att justera   Sara Ejnby (S)',
      '',
      'Justeringens',
      'plats och tid       Stadskansliet 2024-11-26, kl 16.00',
      '',
      '§ 120 Val av justerare',
      'Fullmäktige utser Sara Ejnby att justera protokollet.',
    ),
  );
  it('leaves the meeting’s day to the heading and the adjusting’s to the adjusting', () => {
    expect(wrapped.meeting).toMatchObject({ date: '2024-11-19', startTime: '18:00', endTime: '21:20' });
    expect(wrapped.signatures?.adjustedOn).toBe('2024-11-26');
  });
});
