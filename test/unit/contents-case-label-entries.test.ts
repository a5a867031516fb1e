// A contents list flattened onto one line whose § numbers a transcript lost but the first, each entry opening with its
// case's label and number (`Ärendelista` / `114 Dnr KS 2018/12 Information Dnr KS 2018/253 Beslut …`): the labels part
// the entries, numbered on from the first, the minutes' items where their §§ are not on the page (the list is the
// minutes', no notice of its own). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const front = 'SAMMANTRÄDESPROTOKOLL\n\nKommunstyrelsen\n\nPlats och tid Stadshuset, sammanträdesrummet\n\nJusterare Lisa Berg (C)\n\nUnderskrifter Sekreterare Per Holm Ordförande Eva Lind (S)\n';

const docs = (list: string) => parseText(`${front}\n${list}\n`).documents.filter((d) => d.kind !== 'other');

describe('a one-line contents list parted by case labels', () => {
  it.each([
    ['its heading on a line of its own', 'Ärendelista\n41 Dnr KS 2031/12 Information Dnr KS 2031/253 Bildande av ett gemensamt bolag Dnr KS 2031/64 Delårsrapport för Norrvik kommun Dnr KS 2030/17 Svar på motion om fler cykelbanor'],
    ['its heading before the list on its line', 'Ärendelista 41 Dnr KS 2031/12 Information Dnr KS 2031/253 Bildande av ett gemensamt bolag Dnr KS 2031/64 Delårsrapport för Norrvik kommun Dnr KS 2030/17 Svar på motion om fler cykelbanor'],
  ])('names the minutes’ items, %s', (_, list) => {
    const found = docs(list);
    expect(found.map((d) => d.kind)).toEqual(['minutes']);
    expect(found[0]!.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [41, 'Information', 'KS 2031/12'],
      [42, 'Bildande av ett gemensamt bolag', 'KS 2031/253'],
      [43, 'Delårsrapport för Norrvik kommun', 'KS 2031/64'],
      [44, 'Svar på motion om fler cykelbanor', 'KS 2030/17'],
    ]);
  });

  it('is not renumbered where the list kept its numbers', () => {
    const found = docs('Ärendelista\n41 Dnr KS 2031/12 Information 3 42 Dnr KS 2031/253 Bildande av ett gemensamt bolag 4 45 Dnr KS 2031/64 Delårsrapport 6');
    const numbers = found.flatMap((d) => d.items.map((i) => i.number));
    expect(numbers).not.toContain(43);
  });
});
