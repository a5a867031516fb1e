// A kommunfullmäktige's front page with a narrow label column: `Närvarande, ej` /
// `tjänstgörande` / `ersättare` over three lines beside the names, and adjusters named with
// the one who stands in for them (`A och B med C som ersättare`). Every name, place and
// date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'KOMMUNFULLMÄKTIGE    Sammanträdesdatum 2024-11-19                 1 (32)',
    '',
    'Tid och plats       Stadshuset, sessionssalen kl. 18.30-21.45',
    'Beslutande          Se förteckning bilaga 1',
    'Närvarande, ej      Mikael Torstensson (S)',
    'tjänstgörande       Leif Nordgren (S)',
    'ersättare           Jan Ekvall (M)',
    'Övriga närvarande   Karin Sjödin, sekr',
    '',
    'Utses att justera   Linnea Hagström och Maria Falk med Amir Haddad som ersättare',
    '',
    '§ 120 Val av justerare',
    'Fullmäktige utser Linnea Hagström och Maria Falk att justera protokollet.',
  ),
);

describe('labels wrapped in a narrow column', () => {
  it('reads a heading cut over three lines of its column as one heading over the names beside it', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Mikael Torstensson', 'deputy', 'S'],
      ['Leif Nordgren', 'deputy', 'S'],
      ['Jan Ekvall', 'deputy', 'M'],
      ['Karin Sjödin', 'other', null],
    ]);
  });

  it('names the adjusters, not the one who stands in for them', () => {
    expect(doc.signatures?.adjusters).toEqual(['Linnea Hagström', 'Maria Falk']);
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
      'Utses att justera   Linnea Hagström (S)',
      '',
      'Justeringens',
      'plats och tid       Stadskansliet 2024-11-26, kl 16.00',
      '',
      '§ 120 Val av justerare',
      'Fullmäktige utser Linnea Hagström att justera protokollet.',
    ),
  );
  it('leaves the meeting’s day to the heading and the adjusting’s to the adjusting', () => {
    expect(wrapped.meeting).toMatchObject({ date: '2024-11-19', startTime: '18:00', endTime: '21:20' });
    expect(wrapped.signatures?.adjustedOn).toBe('2024-11-26');
  });
});
