// The meeting's decision on the line right under a proposal's numbered clauses, no blank line
// between (`Förslag till beslut` / `1. …` / `2. …` / `Styrelsen beslutar enligt förslaget.`): a
// decision of its own, not the proposal's last clause. Only a decision that refers to the
// proposal ends it: under the heading, `Styrelsen beslutar att …` may be the proposal's wording.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const FRONT = text('PROTOKOLL', 'Styrelsen', 'Sammanträdesdatum 2024-03-14', '');

describe('a decision right under numbered proposal clauses', () => {
  it('is the decision, not a clause', () => {
    const doc = meetingDoc(
      FRONT +
        text(
          '§ 5 Budget 2025',
          'Förbundschefen redogör för budgeten.',
          '',
          'Förslag till beslut',
          '1. Budgeten godkänns.',
          '2. Förbundschefen får i uppdrag att följa upp budgeten.',
          'Styrelsen beslutar enligt förslaget.',
          '',
          '§ 6 Avslutning',
          'Mötet avslutas.',
        ),
    );
    const budget = item(doc, 5);
    expect(budget.decisions.map((d) => [d.text, d.by])).toEqual([['Styrelsen beslutar enligt förslaget.', 'Styrelsen']]);
    expect(budget.proposal).toBe('1. Budgeten godkänns.\n2. Förbundschefen får i uppdrag att följa upp budgeten.');
  });

  it('while a clause worded as a decision stays the proposal', () => {
    const doc = meetingDoc(FRONT + text('§ 7 Taxor', 'Förslag till beslut', 'Styrelsen beslutar att anta taxorna.', '', 'Beslut', 'Styrelsen beslutar enligt förslaget.'));
    expect(item(doc, 7).proposal).toBe('Styrelsen beslutar att anta taxorna.');
    expect(item(doc, 7).decisions.map((d) => d.text)).toEqual(['Styrelsen beslutar enligt förslaget.']);
  });
});
