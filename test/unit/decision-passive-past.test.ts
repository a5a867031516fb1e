// The passive in the past, as a secretary tells the meeting afterwards: `Ärendet bordlades till
// nästa möte.`, `Ärendet återremitterades till arbetsgruppen.`, `Motionen bifölls.` decide, and
// give the item its outcome. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Styrelsen för Föreningen Ekbacken', 'Datum: 2024-03-12', '');
const read = (...body: string[]) => item(meetingDoc(minutes({ header: HEADER, items: text('§ 3 Fönster', '', ...body) })), 3);

describe('the passive in the past', () => {
  it.each([
    ['Frågan diskuterades. Ärendet bordlades till nästa möte.', 'Ärendet bordlades till nästa möte.', 'tabled'],
    ['Ärendet återremitterades till arbetsgruppen.', 'Ärendet återremitterades till arbetsgruppen.', 'referred-back'],
    ['Motionen bifölls.', 'Motionen bifölls.', 'approved'],
  ])('%s', (body, decision, outcome) => {
    const i = read(body);
    expect(i.decisions.map((d) => d.text)).toEqual([decision]);
    expect(i.outcome).toBe(outcome);
  });

  it('a case tabled at an earlier meeting is no decision', () => {
    expect(read('Ärendet bordlades vid förra mötet. Gruppen redogjorde för offerterna.').decisions).toEqual([]);
  });
});
