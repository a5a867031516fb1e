// `Ordinarie:` alone heads the members, as `Ordinarie ledamöter:` does: over its names, or with the
// first name after it on the line, the deputies' and the others' headings after them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text('PROTOKOLL', '', 'Styrelsen för Samordningsförbundet Norrdal', 'Datum: 2023-05-12 kl. 09.00–12.00', 'Plats: Kommunhuset, Norrby', '');
const BODY = text('', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Val av justerare', 'Per Holm valdes att justera protokollet.');
const roles = (front: string): string[][] =>
  meetingDoc(HEAD + '\n' + front + '\n' + BODY).participants.map((p) => [p.name, p.role, p.roleLabel]);

describe('`Ordinarie:` heading the members', () => {
  it('over its names', () => {
    expect(roles(text('Ordinarie:', 'Anna Berg (S), ordförande', 'Per Holm (M)', 'Ersättare:', 'Lisa Ek (C)', 'Övriga:', 'Jonas Falk, förbundschef'))).toEqual([
      ['Anna Berg', 'member', 'Ordinarie'],
      ['Per Holm', 'member', 'Ordinarie'],
      ['Lisa Ek', 'deputy', 'Ersättare'],
      ['Jonas Falk', 'other', 'Övriga'],
    ]);
  });

  it('with its first name on the line', () => {
    expect(roles(text('Ordinarie:      Anna Berg (S), ordförande', '                Per Holm (M)', 'Ersättare:      Lisa Ek (C)', 'Övriga:         Jonas Falk, förbundschef'))).toEqual([
      ['Anna Berg', 'member', 'Ordinarie'],
      ['Per Holm', 'member', 'Ordinarie'],
      ['Lisa Ek', 'deputy', 'Ersättare'],
      ['Jonas Falk', 'other', 'Övriga'],
    ]);
  });

  it('under a heading of those present', () => {
    expect(roles(text('Närvarande', 'Ordinarie:', 'Anna Berg (S), ordförande', 'Ersättare:', 'Lisa Ek (C)'))).toEqual([
      ['Anna Berg', 'member', 'Ordinarie'],
      ['Lisa Ek', 'deputy', 'Ersättare'],
    ]);
  });
});
