// A decision of one clause and a sentence after it that explains it, with `att` clauses of its own (`Styrelsen beslutar
// att utse A och B att teckna firman var för sig. Detta innebär att de får företräda förbundet, att teckna avtal och att
// …`): the decision's clauses end with its sentence; the explanation's are none, and the explanation is no part of the
// decision (decision-explained-in-line.test.ts). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...body: string[]) =>
  meetingDoc(text('Protokoll styrelsemöte 2023-10-03', '', 'Närvarande: Eva Lind, Olof Berg, Sara Hed', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Firmateckning', ...body, '', '§ 3 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (...body: string[]) => item(board(...body), 2).decisions.map((d) => d.text);

describe('clauses end with the decision’s sentence', () => {
  it('an explanation after one clause', () => {
    const d = 'Styrelsen beslutar att utse Eva Lind och Olof Berg att teckna förbundets firma var för sig.';
    expect(decided(`${d} Detta innebär att de får företräda förbundet, att teckna avtal och att öppna konton.`)).toEqual([d]);
  });

  it('the clauses of the decision’s own sentence still each a decision', () => {
    expect(decided('Styrelsen beslutar att anta planen, att uppdra åt kansliet att följa upp den. Planen gäller från januari, att börja med.')).toEqual([
      'anta planen',
      'uppdra åt kansliet att följa upp den. Planen gäller från januari, att börja med.',
    ]);
  });
});
