// A meeting's place written after its day and hours with its preposition (`Tid och plats
// Tisdagen den 21 januari 2014, klockan 08.30-12.30, i Tallrummet`, `Kommunhuset, i Lindrummet`,
// `kl. 18.00 på Folkets hus`): the place without the `i` / `på` the day and hours leave at its
// start. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 1 Val av justerare', 'Mona Alm utses att justera.'];
const place = (row: string): string | null | undefined =>
  meetingDoc(text('Socialnämnden                                   2014-01-21', '', row, '', 'Beslutande             Mona Alm (C)', ...ITEMS)).meeting?.location;

describe('a place after the day and the hours, with its preposition', () => {
  it('drops `i` left at the start once the day and hours are gone', () => {
    expect(place('Tid och plats          Tisdagen den 21 januari 2014, klockan 08.30-12.30, i Tallrummet')).toBe('Tallrummet');
  });

  it('drops `i` after a comma, and `på` at the start', () => {
    expect(place('Plats och tid          Kommunhuset, i Lindrummet, kl. 13:00-16:10')).toBe('Kommunhuset, Lindrummet');
    expect(place('Plats och tid          kl. 18.00-20.00 på Folkets hus, Ekby')).toBe('Folkets hus, Ekby');
  });

  it('keeps `i` inside a name', () => {
    expect(place('Plats och tid          Församlingshemmet i Norrby, kl. 13:00-16:10')).toBe('Församlingshemmet i Norrby');
  });
});
