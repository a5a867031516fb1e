// A table of two columns, `Ledamöter` and `Tjänstgörande ersättare`, flattened so that both
// headings stand before one list (stacked one a line, or run on with the names): who serves
// for nobody (`ersätter …`) is a member of the members' heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = (...lists: string[]) =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL',
      'Regionala utvecklingsnämnden',
      'Sammanträdesdatum 2016-05-10',
      'Plats och tid Regionhuset, Norrvik, kl 10.00-12.00',
      ...lists,
      'Utses att justera Per Ström',
      '§ 1 Val av justerare',
      'Per Ström utses att justera.',
    ),
  );
const roster = (doc: ReturnType<typeof meetingDoc>) => doc.participants.map((p) => [p.name, p.role, p.roleLabel, p.substituteFor]);
const EXPECTED = [
  ['Anna Ek', 'member', 'Ledamöter', null],
  ['Bo Lind', 'deputy', 'Tjänstgörande ersättare', 'Karin Ås'],
  ['Per Ström', 'member', 'Ledamöter', null],
  ['Olle Berg', 'deputy', 'Tjänstgörande ersättare', 'Lisa Sand'],
  ['Eva Dahl', 'member', 'Ledamöter', null],
  ['Mats Ek', 'deputy', 'Ersättare', null],
];

describe('the members\' and the serving deputies\' headings over one list', () => {
  it('reads the headings stacked one a line over the names', () => {
    const doc = front(
      'Beslutande', 'Ledamöter', 'Tjänstgörande ersättare',
      'Anna Ek (S), ordförande', 'Bo Lind (M) ersätter Karin Ås (M)', 'Per Ström (C), vice ordförande', 'Olle Berg (V) ersätter Lisa Sand (V)', 'Eva Dahl (KD)',
      'Ersättare', 'Mats Ek (S)',
    );
    expect(roster(doc)).toEqual(EXPECTED);
  });

  it('reads the headings run on with the names', () => {
    const doc = front(
      'Beslutande Ledamöter Tjänstgörande ersättare Anna Ek (S), ordförande Bo Lind (M) ersätter Karin Ås (M) Per Ström (C), vice ordförande Olle Berg (V) ersätter Lisa Sand (V) Eva Dahl (KD)',
      'Ersättare Mats Ek (S)',
    );
    expect(roster(doc)).toEqual(EXPECTED);
  });

  it('keeps a deputies\' heading of its own as deputies', () => {
    const doc = front('Beslutande Anna Ek (S), ordförande', 'Tjänstgörande ersättare', 'Bo Lind (M)', 'Ersättare Mats Ek (S)');
    expect(roster(doc).map((r) => r[1])).toEqual(['member', 'deputy', 'deputy']);
  });
});
