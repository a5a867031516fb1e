// Two list labels side by side over one list whose people commas part, a front page run on in
// one line (`Övriga förtroendevalda Tjänstemän Sven Ek, Lisa Holm, …`): the list is one cell,
// read as a whole however long it is, not cut between the labels by its length.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 1 Val av justerare', 'Olle Nyström utses att justera.'];
const page = (names: string): string =>
  text(
    'SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen 2024-03-05',
    `Plats och tid Kommunhuset kl 13.00 Beslutande Karin Berg (S), ordförande Olle Nyström (M) Övriga förtroendevalda Tjänstemän ${names} Övriga Justering Justerare Underskrifter Sekreterare Ordförande`,
    ...ITEMS,
  );
const labelsOf = (t: string): string[] => [...new Set(meetingDoc(t).participants.filter((p) => p.role === 'other').map((p) => p.roleLabel))];

describe('a comma list under two labels side by side', () => {
  it('stays under one label when it is long, as when it is short', () => {
    const short = labelsOf(page('Sven Ek, Lisa Holm, Per Ås, Mona Dahl'));
    expect(short).toHaveLength(1);
    expect(labelsOf(page('Sven Ek, Lisa Holm, Per Ås, Mona Dahl, Ulla Rask, Bo Falk'))).toEqual(short);
    expect(labelsOf(page('Sven Ek, Lisa Holm, Per-Erik Ås, Mona Dahl'))).toEqual(short);
  });
});
