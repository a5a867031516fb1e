// A list whose names column and roles column were flattened one after the other onto one
// line (`Eva Ås (S) Bo Lind Ida Berg ersättare förvaltningschef sekreterare`): each name takes
// the role in the same place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (line: string): string =>
  text('PROTOKOLL', '', 'Omsorgsnämnden', 'Sammanträdesdatum 2016-05-10', '', 'Beslutande Nora Lind (S), ordförande', '', `Övriga närvarande ${line}`, '', '§ 4 Budget', 'Nämnden godkänner budgeten.');

describe('a roles column flattened after its names', () => {
  it('pairs the roles with the names in order', () => {
    const doc = meetingDoc(minutes('Anders Palm (S) Unni Berg (M) Eva Strand Sara Lind ersättare ersättare förvaltningschef sekreterare'));
    expect(doc.participants.slice(1).map((p) => [p.name, p.party, p.position, p.role])).toEqual([
      ['Anders Palm', 'S', null, 'deputy'],
      ['Unni Berg', 'M', null, 'deputy'],
      ['Eva Strand', null, 'förvaltningschef', 'other'],
      ['Sara Lind', null, 'sekreterare', 'other'],
    ]);
  });

  it('leaves a list alone when the roles are fewer than the names (a guard)', () => {
    const doc = meetingDoc(minutes('Anders Palm (S) Unni Berg (M) Eva Strand, förvaltningschef'));
    expect(doc.participants.slice(1).map((p) => [p.name, p.position])).toEqual([
      ['Anders Palm', null],
      ['Unni Berg', null],
      ['Eva Strand', 'förvaltningschef'],
    ]);
  });
});
