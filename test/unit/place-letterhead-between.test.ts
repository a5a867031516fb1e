// The letterhead printed between the place's label and its value (`Plats och tid` / `NORRVIK KOMMUN` / `Ekhuset, kl
// 18.00`, a table flattened with the page's head in its cell): the organisation's name alone on its line is none of the
// place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const locationOf = (...lines: string[]): string | null =>
  parseText(text('Miljönämnden', 'SAMMANTRÄDESPROTOKOLL', 'Sammanträdesdatum 2021-05-18', ...lines, 'Beslutande', 'Sara Lind, ordförande', '', '§ 1 Val av justerare', 'Olle Berg utsågs att justera.')).documents[0]!.meeting!.location;

describe('a letterhead line before the place', () => {
  it('drops a municipality in capitals', () => {
    expect(locationOf('Plats och tid', 'NORRVIK KOMMUN', 'Ekhuset, kl 18.00')).toBe('Ekhuset');
  });
  it('drops a region', () => {
    expect(locationOf('Plats och tid', 'Region Norrvik', 'Regionens hus, sal 2, kl 18.00')).toBe('Regionens hus, sal 2');
  });
  it('keeps a place alone on its line', () => {
    expect(locationOf('Plats och tid', 'Ekhuset, kl 18.00')).toBe('Ekhuset');
  });
});
