// A name written with an initial and its point (`Anna B. Lund`, or the given name an initial: `A. Strand`) among the
// officials of a front page flattened onto one line: in a run of `Name Position` entries without commas the person with
// the initial was lost (the initial joined the position before, the rest of the name with it), and in a run of
// `Name, position` entries a name opening on an initial named nobody, so its position went to the person before.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { readLine } from '../../src/parse/participants/read-line.js';

const people = (line: string) => readLine(line, false).map((p) => [p.name, p.position]);

describe('an initial with its point in a name among officials run on onto one line', () => {
  it('reads a middle initial in a run of names each before its position', () => {
    expect(people('Olof Berg Förvaltningschef Anna B. Lund Ekonom Lisa Dahl Nämndsekreterare')).toEqual([
      ['Olof Berg', 'förvaltningschef'],
      ['Anna B. Lund', 'ekonom'],
      ['Lisa Dahl', 'nämndsekreterare'],
    ]);
  });

  it('reads a given name written as its initial in the same run', () => {
    expect(people('Olof Berg Förvaltningschef A. Lund Ekonom Lisa Dahl Nämndsekreterare')).toEqual([
      ['Olof Berg', 'förvaltningschef'],
      ['A. Lund', 'ekonom'],
      ['Lisa Dahl', 'nämndsekreterare'],
    ]);
  });

  it('reads a name opening on an initial as a person, alone and in a run of `Name, position` entries', () => {
    const one = parseParticipantLine('A. Strand, ekonomichef');
    expect([one?.name, one?.position]).toEqual(['A. Strand', 'ekonomichef']);
    expect(people('Anna B. Lund, kommunchef Per Ek, sekreterare A. Strand, ekonomichef Lars Holm, förvaltningschef')).toEqual([
      ['Anna B. Lund', 'kommunchef'],
      ['Per Ek', 'sekreterare'],
      ['A. Strand', 'ekonomichef'],
      ['Lars Holm', 'förvaltningschef'],
    ]);
  });

  it('keeps an abbreviated position’s point out of a name', () => {
    const p = parseParticipantLine('Eva Sten, bitr. förvaltningschef');
    expect([p?.name, p?.position]).toEqual(['Eva Sten', 'biträdande förvaltningschef']);
  });
});
