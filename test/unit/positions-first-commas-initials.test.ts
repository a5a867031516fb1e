// Officials with their positions first, run on onto one line without separators, where a comma still closes some
// entries (`Ekonomichef Karin Lund, Kanslichef Lars Ek …`, the next position capitalised) and a name holds an initial
// (`Personalchef Eva K Strand`): the run's reader gave up at the first comma, and the list's reader, which parts at
// commas, read every person between two commas as one, holding all their positions. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/participants/read-line.js';

const people = (line: string) => readLine(line, false).map((p) => [p.name, p.position]);

describe('positions first, run on, with a comma closing some entries', () => {
  it('gives each person the position before their name', () => {
    expect(people('Stabschef Olle Berg Ekonomichef Karin Lund, Kanslichef Lars Ek Personalchef Eva K Strand Projektledare Åsa Holm, 12 Utredare Bo Sand')).toEqual([
      ['Olle Berg', 'stabschef'],
      ['Karin Lund', 'ekonomichef'],
      ['Lars Ek', 'kanslichef'],
      ['Eva K Strand', 'personalchef'],
      ['Åsa Holm', 'projektledare'],
      ['Bo Sand', 'utredare'],
    ]);
  });

  it('leaves a list whose positions after the commas are in lower case to the list’s reader', () => {
    expect(people('Nämndsekreterare Emir Kadri, ekonom Lisa Bodin, utredare Oskar Juhl')).toEqual([
      ['Emir Kadri', 'nämndsekreterare'],
      ['Lisa Bodin', 'ekonom'],
      ['Oskar Juhl', 'utredare'],
    ]);
  });
});
