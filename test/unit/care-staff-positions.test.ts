// Officials listed by a care or rehabilitation profession (`Lisa Ek, dietist`, `Ola Sand, arbetskonsulent`,
// `Kim Ås, undersköterska`): the profession is the position, not a note. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('care and rehabilitation professions', () => {
  it('are positions', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrvik', 'Datum: 2024-03-05', '', 'Närvarande', 'Anna Berg (S), ordförande', 'Per Holm (M)', '', 'Övriga närvarande', 'Lisa Ek, dietist', 'Ola Sand, arbetskonsulent', 'Kim Ås, undersköterska', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'),
    );
    expect(doc.participants.slice(2).map((p) => [p.name, p.position, p.note])).toEqual([
      ['Lisa Ek', 'dietist', null],
      ['Ola Sand', 'arbetskonsulent', null],
      ['Kim Ås', 'undersköterska', null],
    ]);
  });
});
