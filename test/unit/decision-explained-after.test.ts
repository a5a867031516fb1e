// Under a decision heading, a sentence after the clauses that says what the decision means (`Detta beslut innebär
// att …`, `Beslutet innebär att …`) is no clause of it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...body: string[]) =>
  meetingDoc(text('Protokoll styrelsemöte 2023-10-03', '', 'Närvarande: Eva Lind, Olof Berg, Sara Hed', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Firmateckning', ...body, '', '§ 3 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (...body: string[]) => item(board(...body), 2).decisions.map((d) => d.text);

describe('an explanation after the decision’s clauses', () => {
  it('on its own line under the clause', () => {
    expect(decided('Beslut', 'Styrelsen beslutar', 'att utse Eva Lind och Olof Berg att teckna förbundets firma var för sig.', 'Detta beslut innebär att de var för sig får företräda förbundet.')).toEqual([
      'utse Eva Lind och Olof Berg att teckna förbundets firma var för sig.',
    ]);
  });

  it('in a paragraph of its own', () => {
    expect(decided('Beslut', 'Styrelsen beslutar', 'att anta planen,', 'att uppdra åt kansliet att följa upp den.', '', 'Beslutet innebär att planen gäller från januari.')).toEqual(['anta planen,', 'uppdra åt kansliet att följa upp den.'].map((t) => t.replace(/,$/u, '')));
  });
});
