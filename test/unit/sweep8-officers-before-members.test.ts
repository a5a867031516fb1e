// Sweep 8: a board's front page that lists its chair and vice chairs under labels of their
// own right before the members (`Ordförande: Karin Holm (M)` / `Vice ordförande: Tord Berg (S)`
// / `Ledamöter: …`). The chair's label was read as a signer's only, so the officers were
// missing from the participants (a vice chair vanished altogether). Invented texts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const FRONT = [
  'PROTOKOLL',
  'Socialnämnden',
  'Sammanträdesdatum 2018-02-20',
  '',
  'Plats och tid: Kommunhuset, kl 13.00-16.00',
  '',
  'Ordförande: Karin Holm (M)',
  '2:e vice ordförande: Tord Berg (S)',
  'Ledamöter: Astrid Lund (M)',
  'Per Ek (M)',
  'Ersättare: Taru Ros (L)',
  '',
  'Utses att justera: Tord Berg',
];

describe('officers listed under their own labels before the members', () => {
  it('are members with their label as position', () => {
    const doc = meetingDoc([...FRONT, '', '§ 11', 'Val av justerare', 'Tord Berg utses att justera.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel, p.party, p.position])).toEqual([
      ['Karin Holm', 'member', 'Ordförande', 'M', 'ordförande'],
      ['Tord Berg', 'member', '2:e vice ordförande', 'S', '2:e vice ordförande'],
      ['Astrid Lund', 'member', 'Ledamöter', 'M', null],
      ['Per Ek', 'member', 'Ledamöter', 'M', null],
      ['Taru Ros', 'deputy', 'Ersättare', 'L', null],
    ]);
  });

  it('leaves the chair who signs under Underskrifter a signer only', () => {
    const doc = meetingDoc([
      ...FRONT,
      '',
      'Underskrifter',
      'Ordförande ............ Karin Holm (M)',
      'Ledamöter närvarande enligt bilaga',
      '',
      '§ 11',
      'Val av justerare',
      'Tord Berg utses att justera.',
    ].join('\n'));
    expect(doc.signatures?.chair).toEqual(['Karin Holm']);
    expect(doc.participants.filter((p) => p.name === 'Karin Holm')).toHaveLength(1);
  });
});
