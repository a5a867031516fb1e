// The elected named and then the passive verb of electing, all the sentence says (`Lisa Sund valdes.`, `Ebba och Tor
// utsågs.`, `Rut Ahl (C) väljs.`), as terse board minutes and notes write the point under `Val av justerare`: an
// election, a decision. Not a sentence that goes on after the verb with something else, and not a name and another
// verb. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...points: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Fjällby', 'Datum 2024-05-14', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', ...points, '', '§ 9 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (...body: string[]) => item(board('§ 2 Val av justerare', ...body), 2).decisions.map((d) => [d.by, d.text, d.line]);

describe('the elected, then the verb', () => {
  it('one name, past', () => {
    expect(decided('Lisa Sund valdes.')).toEqual([[null, 'Lisa Sund valdes.', 9]]);
  });

  it('given names joined by och', () => {
    expect(decided('Ebba och Tor utsågs.')).toEqual([[null, 'Ebba och Tor utsågs.', 9]]);
  });

  it('a name and its party, present, no stop', () => {
    expect(decided('Rut Ahl (C) väljs')).toEqual([[null, 'Rut Ahl (C) väljs', 9]]);
  });

  it('how it went after the verb', () => {
    expect(decided('Lisa Sund och Per-Olof Mark valdes enhälligt.')).toEqual([[null, 'Lisa Sund och Per-Olof Mark valdes enhälligt.', 9]]);
  });

  it('in a point that is no election too', () => {
    const doc = board('§ 3 Kontaktperson för projektet', 'Styrelsen diskuterade vem som ska följa projektet.', 'Lisa Sund utsågs.');
    expect(item(doc, 3).decisions.map((d) => d.text)).toEqual(['Lisa Sund utsågs.']);
  });

  it('not a name and another verb', () => {
    expect(decided('Lisa Sund justerar.')).toEqual([]);
  });

  it('not a sentence in lower case before the verb', () => {
    expect(decided('Frågan om vem som utses.')).toEqual([]);
  });
});
