// A position of a named unit (`förvaltningschef för Intern Service`, `chef inom Vård Omsorg`):
// the capitalised words after the position's preposition name the unit, not a person, whether the
// person's name stands before the position or after the unit. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (others: string): string =>
  `Protokoll\nPlats och tid Rådhuset, Ekby, kl. 09.00-12.00\nBeslutande Anna Berg (S), Per Ek (M)\nTjänstemän ${others}\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n`;

const others = (t: string) => meetingDoc(t).participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position]);

describe('a position of a named unit', () => {
  it('keeps the unit in the position when the name stands first', () => {
    expect(others(minutes('Jan Frost, kommundirektör, Tor Falk, förvaltningschef för Intern Service'))).toEqual([
      ['Jan Frost', 'kommundirektör'],
      ['Tor Falk', 'förvaltningschef för Intern Service'],
    ]);
  });

  it('ends the unit at the given name after it', () => {
    expect(others(minutes('Kommundirektör Jan Frost, förvaltningschef för Intern Service Tor Falk, ekonom Per Holt'))).toEqual([
      ['Jan Frost', 'kommundirektör'],
      ['Tor Falk', 'förvaltningschef för Intern Service'],
      ['Per Holt', 'ekonom'],
    ]);
  });

  it('still reads a substitute after `ersättare för`', () => {
    const doc = meetingDoc('Protokoll\nPlats och tid Rådhuset kl. 09.00-12.00\nBeslutande Anna Berg (S), Per Ek (M)\nTjänstgörande ersättare Eva Lind (S), ersättare för Anna Holm (S)\n\n§ 1 Mötets öppnande\nText.\n');
    expect(doc.participants.map((p) => [p.name, p.substituteFor])).toContainEqual(['Eva Lind', 'Anna Holm']);
  });
});
