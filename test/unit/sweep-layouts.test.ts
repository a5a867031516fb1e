// Layouts met in a sweep over bodies finsam had not read before (social, environment and
// election committees, councils, federations' directorates, associations). Invented texts
// in the same layouts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

// a site that extracts every line as a paragraph of its own: a heading over the sub-heading
// that starts the list, then each line of names a paragraph
const PARAGRAPH_A_LINE = [
  'PROTOKOLL',
  'Miljönämnden',
  '2013-09-25',
  '',
  'Plats och tid Stadshuset, kl 14.00-15.40',
  '',
  'Beslutande',
  '',
  'Ledamöter Agne Nyby (C), ordförande',
  '',
  'Camilla Lind (S), 2:e vice ordförande Inge Hall (KD)',
  '',
  'Greger Jonsén (S) Magnus Härd (SD) Bo Eklöf (M)',
  '',
  'Övriga närvarande',
  '',
  'Ersättare Eskil Jonsson (M)',
  '',
  'Mikael Ström (SD) Hans Wernby (L)',
  '',
  '§ 101 Miljöpris',
  '',
  'Miljönämnden utser Hans Klem till mottagare av miljöpriset.',
].join('\n');

describe('a heading over a sub-heading with the list beside it, a paragraph a line', () => {
  it('keeps every paragraph of names under the sub-heading', () => {
    const doc = meetingDoc(PARAGRAPH_A_LINE);
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Agne Nyby', 'member', 'Ledamöter'],
      ['Camilla Lind', 'member', 'Ledamöter'],
      ['Inge Hall', 'member', 'Ledamöter'],
      ['Greger Jonsén', 'member', 'Ledamöter'],
      ['Magnus Härd', 'member', 'Ledamöter'],
      ['Bo Eklöf', 'member', 'Ledamöter'],
      ['Eskil Jonsson', 'deputy', 'Ersättare'],
      ['Mikael Ström', 'deputy', 'Ersättare'],
      ['Hans Wernby', 'deputy', 'Ersättare'],
    ]);
  });
});
