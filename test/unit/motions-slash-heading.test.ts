// Motions under a heading that joins its two names with a slash (`Yrkanden/förslag till beslut på sammanträdet`),
// as a region's minutes head the members' motions under the decision and its summary: each line is a motion, and
// none of them is part of the item's proposal. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Regionstyrelsen', 'Datum: 2024-02-06', '',
    '§ 5 Motion om folkomröstning om regionindelning',
    'Beslut',
    'Regionstyrelsen föreslår regionfullmäktige besluta',
    'Avslå motionen eftersom frågan inte längre är aktuell.',
    'Sammanfattning',
    'En ledamot har föreslagit en rådgivande folkomröstning.',
    'Yrkanden/förslag till beslut på sammanträdet',
    'Ove Lund (SD) yrkar bifall till motionen.',
    'Mia Sten (S) yrkar avslag på motionen i enlighet med arbetsutskottets förslag.',
    'Beslutsgång',
    'Ordföranden ställer proposition på yrkandena och finner att styrelsen avslår motionen.',
  ),
);

describe('motions under `Yrkanden/förslag till beslut på sammanträdet`', () => {
  it('reads every motion under the heading', () => {
    expect(item(doc, 5).motions.map((m) => [m.by, m.parties, m.text])).toEqual([
      [['Ove Lund'], ['SD'], 'bifall till motionen'],
      [['Mia Sten'], ['S'], 'avslag på motionen i enlighet med arbetsutskottets förslag'],
    ]);
  });

  it('keeps the motions out of the proposal', () => {
    expect(item(doc, 5).proposal).toBe('Regionstyrelsen föreslår regionfullmäktige besluta Avslå motionen eftersom frågan inte längre är aktuell.');
  });
});
