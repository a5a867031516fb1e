// A members' list run on in one line, each name's party in brackets and its role after it
// capitalised, as a cell of its own starts (`Lillemor Arvid (M) Ordförande Janette Olsen (S)
// Vice ordförande Inger Jonsson (C)`): the role is the person's before it, not the opening of
// the next entry. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const minutes = (members: string): string => [
  'PROTOKOLL',
  'Kommunstyrelsens sociala utskott',
  'Tid: 2011-05-10 9:00-12:45 Plats: Rodret',
  `Ledamöter ${members}`,
  'Utses att justera Janette Olsen',
  '',
  '§ 35 Ekonomisk uppföljning',
  'Informationen noteras.',
].join('\n');

describe('a capitalised role after a party\'s bracket', () => {
  it('stays with the person before it', () => {
    const people = parse(minutes('Lillemor Arvid (M) Ordförande Janette Olsen (S) Vice ordförande Inger Jonsson (C) Jan Rolén (S)')).documents[0]!.participants;
    expect(people.map((p) => [p.name, p.party, p.position, p.organisation, p.note])).toEqual([
      ['Lillemor Arvid', 'M', 'ordförande', null, null],
      ['Janette Olsen', 'S', 'vice ordförande', null, null],
      ['Inger Jonsson', 'C', null, null, null],
      ['Jan Rolén', 'S', null, null, null],
    ]);
  });

  it('leaves a capitalised word that is no role to the next entry', () => {
    const people = parse(minutes('Lillemor Arvid (M) Janette Olsen (S) Inger Jonsson (C)')).documents[0]!.participants;
    expect(people.map((p) => p.name)).toEqual(['Lillemor Arvid', 'Janette Olsen', 'Inger Jonsson']);
  });
});
