// A decision and, in the same line after its full stop, a sentence that says what it brings about (`Styrelsen beslutar
// att godkänna rapporten. Detta underlättar uppföljningen …`, `… Det innebär att …`), as notes and board minutes write a
// decision in running prose: the explanation is no part of the decision. A sentence after the decision that says more
// of what is decided stays in it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...body: string[]) =>
  meetingDoc(text('Protokoll styrelsemöte 2024-02-06', '', 'Närvarande: Ylva Strand, Nils Boman, Åsa Fjäll', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Uppföljning av insatser', ...body, '', '§ 3 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (...body: string[]) => item(board(...body), 2).decisions.map((d) => [d.by, d.text]);

describe('an explanation after the decision on its line', () => {
  it('what the decision brings about, in running prose', () => {
    expect(decided('Verksamhetsledaren redovisar årets första kvartal.', 'Styrelsen beslutar att godkänna rapporten. Detta underlättar uppföljningen av insatserna under året.')).toEqual([
      ['Styrelsen', 'Styrelsen beslutar att godkänna rapporten.'],
    ]);
  });

  it('what the decision means, an opening already known, now in the same line', () => {
    expect(decided('Styrelsen beslutade att förlänga avtalet med ett år. Det innebär att insatsen pågår till och med 2025.')).toEqual([
      ['Styrelsen', 'Styrelsen beslutade att förlänga avtalet med ett år.'],
    ]);
  });

  it('after a labelled decision', () => {
    expect(decided('Beslut: Styrelsen godkänner planen. Detta medför att kansliet kan börja rekrytera.')).toEqual([['Styrelsen', 'Styrelsen godkänner planen.']]);
  });

  it('under a decision heading', () => {
    expect(decided('Beslut', 'Styrelsen beslutar att anta planen. Detta möjliggör en samlad redovisning till medlemmarna.')).toEqual([['Styrelsen', 'Styrelsen beslutar att anta planen.']]);
  });

  it('not a sentence that says more of the decision', () => {
    expect(decided('Styrelsen beslutar att anta planen. Planen gäller från den 1 januari.')).toEqual([['Styrelsen', 'Styrelsen beslutar att anta planen. Planen gäller från den 1 januari.']]);
  });

  it('not a task after the decision', () => {
    expect(decided('Styrelsen beslutar att godkänna rapporten. Detta ska återrapporteras i maj.')).toEqual([['Styrelsen', 'Styrelsen beslutar att godkänna rapporten. Detta ska återrapporteras i maj.']]);
  });
});
