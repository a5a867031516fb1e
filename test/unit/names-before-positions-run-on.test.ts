// Officials printed as a table with each row's name first and its position after, flattened by a
// web archive onto one line without separators (`Tjänstemän Olof Berg Förvaltningschef Stina Dahl
// Verksamhetschef Teknik Lars Falk Nämndsekreterare`): each person with the position written after
// their name, a department's capitalised word staying in that position, and the §§ after it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/participants/read-line.js';
import { meetingDoc } from './helpers.js';

const page = (officials: string): string =>
  '1 Tekniska nämnden Sammanträdesdatum Sida 1(12) Plats och tid Kommunhuset, Norrby, kl Beslutande Anna Berg (S) Per Lind (M) ' +
  `Karin Sjö (C) Övriga deltagande Tjänstemän ${officials} Utses att justera Per Lind (M) Justeringens plats och tid ` +
  'Tekniska förvaltningen Underskrifter Sekreterare Paragrafer 40-48 Lars Falk Ordförande Anna Berg Justerande Per Lind\n' +
  '2 Tekniska nämnden § 40 Val av justerare Nämnden utser Per Lind att justera protokollet.\n';

const officials = (t: string) =>
  meetingDoc(t).participants.filter((p) => p.role !== 'member').map((p) => [p.name, p.position, p.organisation, p.paragraphs]);

describe('officials with their positions after their names, run on without separators', () => {
  it('keeps a department written after the position in that position, and the next person whole', () => {
    expect(officials(page('Olof Berg Förvaltningschef Stina Dahl Verksamhetschef Teknik Mats Ring Enhetschef Lokalservice 44 Eva Sand MAS Lars Falk Nämndsekreterare'))).toEqual([
      ['Olof Berg', 'förvaltningschef', null, null],
      ['Stina Dahl', 'verksamhetschef Teknik', null, null],
      // (the §§ after the department are the person's, the department the position's, as for Stina Dahl)
      ['Mats Ring', 'enhetschef Lokalservice', null, { from: 44, to: 44 }],
      ['Eva Sand', 'MAS', null, null],
      ['Lars Falk', 'nämndsekreterare', null, null],
    ]);
  });

  it('reads a name with an initial between its given name and surname, and a procurement officer', () => {
    const people = readLine('Olof Berg Förvaltningschef Stina K Dahl Upphandlare 41 Lars Falk Nämndsekreterare', false);
    expect(people.map((p) => [p.name, p.position, p.note])).toEqual([
      ['Olof Berg', 'förvaltningschef', null],
      ['Stina K Dahl', 'upphandlare', '41'],
      ['Lars Falk', 'nämndsekreterare', null],
    ]);
  });

  it('leaves a list whose names and positions commas part to the list’s reader', () => {
    expect(officials(page('Olof Berg, förvaltningschef Stina Dahl, verksamhetschef Lars Falk, nämndsekreterare'))).toEqual([
      ['Olof Berg', 'förvaltningschef', null, null],
      ['Stina Dahl', 'verksamhetschef', null, null],
      ['Lars Falk', 'nämndsekreterare', null, null],
    ]);
  });

  it('gives the §§ after a position of lower-case words to the person, not to the position', () => {
    expect(officials(page('Olof Berg Förvaltningschef Eva Alm Sektorchef kost- och städ 41-42, Mats Ring Sektorchef gata/park 45-46, Lars Falk Nämndsekreterare'))).toEqual([
      ['Olof Berg', 'förvaltningschef', null, null],
      ['Eva Alm', 'sektorchef kost- och städ', null, { from: 41, to: 42 }],
      ['Mats Ring', 'sektorchef gata/park', null, { from: 45, to: 46 }],
      ['Lars Falk', 'nämndsekreterare', null, null],
    ]);
  });
});
