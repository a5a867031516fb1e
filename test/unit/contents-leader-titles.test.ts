// A transcript of minutes cut after a contents page flattened onto one line, its entries an organ's letters, a number,
// the title, a dot leader and the page (`Kf 31 Svar på medborgarförslag om Kvarnstenen i Ekby... 4 Kf 32 …`). The
// leader ends the title: no text runs on after it (a capital inside the title opens no sentence), and the leader and
// the page are no part of it (`Delgivningar... 25`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../src/parse/items/title.js';
import { meetingDoc } from './helpers.js';

const text = `Kommunfullmäktige

Transkript

1 Kommunfullmäktige Kf 30 Svar på medborgarförslag om bänkar vid Torget... 2 Kf 31 Svar på medborgarförslag om att rusta Kvarnstenen i Ekbydalen... 4 Kf 32 Redovisning av obesvarade motioner... 5 Kf 33 Information från revisionen... 6 Kf 34 Delgivningar... 25

2 Kommunfullmäktige Plats och tid Folkets Hus i Ekby, kl Beslutande Eva Lund (S), ordförande Per Holm (C), vice ordförande
`;

describe('a contents entry’s dot leader and page after its title', () => {
  it('ends the title, and is no part of it', () => {
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [30, 'Svar på medborgarförslag om bänkar vid Torget'],
      [31, 'Svar på medborgarförslag om att rusta Kvarnstenen i Ekbydalen'],
      [32, 'Redovisning av obesvarade motioner'],
      [33, 'Information från revisionen'],
      [34, 'Delgivningar'],
    ]);
  });

  it('leaves a title’s own stops and numbers', () => {
    expect(readTitle('Budget 2025... 12').title).toBe('Budget 2025');
    expect(readTitle('Val av ledamöter m.m. 2').title).toBe('Val av ledamöter m.m. 2');
    expect(readTitle('Taxa 2026 kapitel 3').title).toBe('Taxa 2026 kapitel 3');
  });
});
