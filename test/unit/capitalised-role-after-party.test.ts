// A members' list run on in one line, each name's party in brackets and its role after it
// capitalised, as a cell of its own starts (`Lillemor Holger (M) Ordförande Kristina Wall (S)
// Vice ordförande Agneta Strid (C)`): the role is the person's before it, not the opening of
// the next entry. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const minutes = (members: string): string => [
  'PROTOKOLL',
  'Kommunstyrelsens sociala utskott',
  'Tid: 2012-03-13 9:00-11:50 Plats: Ankaret',
  `Ledamöter ${members}`,
  'Utses att justera Kristina Wall',
  '',
  '§ 35 Ekonomisk uppföljning',
  'Informationen noteras.',
].join('\n');

describe('a capitalised role after a party\'s bracket', () => {
  it('stays with the person before it', () => {
    const people = parse(minutes('Lillemor Holger (M) Ordförande Kristina Wall (S) Vice ordförande Agneta Strid (C) Per Lindén (S)')).documents[0]!.participants;
    expect(people.map((p) => [p.name, p.party, p.position, p.organisation, p.note])).toEqual([
      ['Lillemor Holger', 'M', 'ordförande', null, null],
      ['Kristina Wall', 'S', 'vice ordförande', null, null],
      ['Agneta Strid', 'C', null, null, null],
      ['Per Lindén', 'S', null, null, null],
    ]);
  });

  it('leaves a capitalised word that is no role to the next entry', () => {
    const people = parse(minutes('Lillemor Holger (M) Kristina Wall (S) Agneta Strid (C)')).documents[0]!.participants;
    expect(people.map((p) => p.name)).toEqual(['Lillemor Holger', 'Kristina Wall', 'Agneta Strid']);
  });
});
