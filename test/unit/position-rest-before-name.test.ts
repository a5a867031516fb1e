// A run of `Name, position` entries flattened onto one line, where a comma also stands inside a position
// (`Maja Ros, förvaltningschef, barn och utbildning Karl Alm, ekonom`): the part between the commas holds the rest of
// the person's entry before and then the next person's name. That person was lost, the words and the name given to the
// entry before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/participants/read-line.js';

const people = (line: string) => readLine(line, false).map((p) => [p.name, p.position]);
const names = (line: string) => readLine(line, false).map((p) => p.name);

describe('the rest of an entry and the next name between two commas of a run-on list', () => {
  it('opens the next person at the name after the words in lower case', () => {
    expect(people('Anna Lund, kommunchef Maja Ros, förvaltningschef, barn och utbildning Karl Alm, ekonom Lisa Berg, sekreterare')).toEqual([
      ['Anna Lund', 'kommunchef'],
      ['Maja Ros', 'förvaltningschef'],
      ['Karl Alm', 'ekonom'],
      ['Lisa Berg', 'sekreterare'],
    ]);
  });

  it('leaves the words with the person before, as what the text says of them', () => {
    const maja = readLine('Anna Lund, kommunchef Maja Ros, förvaltningschef, barn och utbildning Karl Alm, ekonom', false)[1]!;
    expect([maja.name, maja.position, maja.note]).toEqual(['Maja Ros', 'förvaltningschef', 'barn och utbildning']);
  });

  it('reads a part that names nobody as before: the words go to the entry before', () => {
    expect(names('Anna Lund, kommunchef Maja Ros, förvaltningschef, barn och utbildning, Karl Alm, ekonom')).toEqual(['Anna Lund', 'Maja Ros', 'Karl Alm']);
  });

  it('leaves whom a member sits for, after the party’s letters, with that member', () => {
    const read = readLine('Eva Björk, s, ersätter Åke Holm, s Pia Gren, c Nils Fager, kommunchef Tora Vinge, kommunsekreterare', false);
    expect(read.map((p) => [p.name, p.substituteFor])).toEqual([
      ['Eva Björk', 'Åke Holm'],
      ['Pia Gren', null],
      ['Nils Fager', null],
      ['Tora Vinge', null],
    ]);
  });
});
