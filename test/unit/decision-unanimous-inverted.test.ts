// A decision told with what it came before and a united organ after its verb (`Inför budgetarbetet beslöt en
// enad styrelse att …`, `Efter diskussion beslutar en enig nämnd att …`): the organ decides, unanimous. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum: 2024-03-12', '', '§ 4 Budget 2025', ...body, '', '§ 5 Övrigt', 'Inget övrigt.'));
const decided = (...body: string[]) => item(doc(...body), 4).decisions.map((d) => d.text);

describe('a united organ after the verb', () => {
  it('`Inför … beslöt en enad styrelse att …`', () => {
    expect(decided('Kassören redogör för läget.', 'Inför budgetarbetet beslöt en enad styrelse att höja ramen med två procent.')).toEqual([
      'Inför budgetarbetet beslöt en enad styrelse att höja ramen med två procent.',
    ]);
  });

  it('`Efter diskussion beslutar en enig styrelse att …`', () => {
    expect(decided('Efter diskussion beslutar en enig styrelse att skjuta upp frågan.')).toEqual(['Efter diskussion beslutar en enig styrelse att skjuta upp frågan.']);
  });

  it('names the organ in its definite form', () => {
    expect(item(doc('Inför budgetarbetet beslöt en enad styrelse att höja ramen.'), 4).decisions.map((d) => d.by)).toEqual(['Styrelsen']);
  });

  it('another organ, united, decides nothing here (guard)', () => {
    expect(decided('Inför budgetarbetet beslöt en enig kommunfullmäktige att höja skatten.')).toEqual([]);
  });
});
