// A decision and its `att` clauses run on one line (`Styrelsen beslutar: att godkänna …, att
// uppdra …`), under a `Beslut` heading or in the body: each clause is a decision of its own, as
// when the clauses stand one a line under the heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Styrelsen, Samordningsförbundet Norrdal', 'Datum: 2022-09-20', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 31 Ombyggnad av Björkskolan', '', 'Förvaltningen har tagit fram en förstudie.', '', ...body) })), 31).decisions.map((d) => [d.by, d.text]);

describe('a decision’s clauses on one line', () => {
  it('under a Beslut heading, after a colon', () => {
    expect(decisions('Beslut', 'Styrelsen beslutar: att godkänna förstudien, att uppdra åt kansliet att upphandla entreprenaden.')).toEqual([
      ['Styrelsen', 'godkänna förstudien'],
      ['Styrelsen', 'uppdra åt kansliet att upphandla entreprenaden.'],
    ]);
  });

  it('in the body, joined by samt', () => {
    expect(decisions('Styrelsen beslutar att anta planen, att fördela 40 000 kronor till projektet samt att återrapportera i december.')).toEqual([
      ['Styrelsen', 'anta planen'],
      ['Styrelsen', 'fördela 40 000 kronor till projektet'],
      ['Styrelsen', 'återrapportera i december.'],
    ]);
  });

  it('after the label', () => {
    expect(decisions('Beslut: att godkänna budgeten; att lägga rapporten till handlingarna.')).toEqual([
      [null, 'godkänna budgeten'],
      [null, 'lägga rapporten till handlingarna.'],
    ]);
  });

  it('one clause with an att inside stays one decision', () => {
    expect(decisions('Styrelsen beslutar att ge kansliet i uppdrag att utreda frågan.')).toEqual([
      ['Styrelsen', 'Styrelsen beslutar att ge kansliet i uppdrag att utreda frågan.'],
    ]);
  });
});
