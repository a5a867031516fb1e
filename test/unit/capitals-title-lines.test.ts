// A § title in capitals wrapped over two or three lines, the body under it with no blank line between
// (`KS 307 BUDGETUPPFÖLJNING FÖR` / `ÄLDREOMSORGEN OCH HEMTJÄNSTEN` / `UNDER FÖRSTA HALVÅRET` / `Kommunstyrelse 307`),
// as Åland and Finland-Swedish minutes print their §§: every line in capitals is the title's, whatever word the line
// above ends on. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text('PROTOKOLL', 'Kommunstyrelsen, Norrby kommun', 'Datum: 2025-03-04', 'Plats: Kommunkansliet', '', 'Beslutande', 'Anna Ek, ordförande', 'Per Ås', '');

const items = (...lines: string[]) => meetingDoc(HEAD + text(...lines)).items.map((i) => [i.number, i.title]);

describe('a title in capitals over several lines', () => {
  it('takes a third line in capitals into the title', () => {
    expect(items(
      'KS 307 BUDGETUPPFÖLJNING FÖR',
      'ÄLDREOMSORGEN OCH HEMTJÄNSTEN',
      'UNDER FÖRSTA HALVÅRET',
      'Kommunstyrelse 307',
      'FÖRSLAG: Uppföljningen antecknas.',
      'Enligt förslag.',
      '',
      'KS 308 DETALJPLAN FÖR STRANDVIKEN',
      'ANTAGANDE',
      'Kommunstyrelse 308',
      'FÖRSLAG: Detaljplanen antas.',
      'Enligt förslag.',
    )).toEqual([
      [307, 'BUDGETUPPFÖLJNING FÖR ÄLDREOMSORGEN OCH HEMTJÄNSTEN UNDER FÖRSTA HALVÅRET'],
      [308, 'DETALJPLAN FÖR STRANDVIKEN ANTAGANDE'],
    ]);
  });

  it('leaves an organ\'s name in capitals under the title out of it', () => {
    expect(items('§ 12 BUDGETUPPFÖLJNING 2024', 'KOMMUNSTYRELSEN', 'Uppföljningen godkänns.', '', '§ 13 VAL AV OMBUD', 'MILJÖNÄMNDEN 13', 'Per Ås väljs.')).toEqual([
      [12, 'BUDGETUPPFÖLJNING 2024'],
      [13, 'VAL AV OMBUD'],
    ]);
  });

  it('ends the title at a body heading in capitals, and a title in small letters at a line in capitals', () => {
    expect(items(
      '§ 12 BUDGETUPPFÖLJNING',
      'BESLUT',
      'Uppföljningen antecknas.',
      '',
      '§ 13 Val av ombud',
      'KOMMUNSTYRELSEN',
      'Per Ås väljs till ombud.',
    )).toEqual([
      [12, 'BUDGETUPPFÖLJNING'],
      [13, 'Val av ombud'],
    ]);
  });
});
