// An election whose verb ends its line (`Mötet valde` / `Mötet valde:`) and whose elected follow one a
// paragraph (`David Kron till ordförande.` / `Gustav Hall till kassör.`), as association minutes write
// the board's election: one decision holding the list, as a clause that announces a list takes it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'Mötesprotokoll',
    'Årsmöte för Föreningen Blå, 10 december 2015',
    '',
    '13. Val av styrelse.',
    '',
    'Mötet valde',
    '',
    'Dana Kron till ordförande.',
    '',
    'Gösta Hall och Per Ås till ledamöter.',
    '',
    '14. Val av revisor.',
    '',
    'Mötet valde:',
    '',
    'Erik Ek till revisor.',
    '',
    'Revisorn ska lämna sin berättelse i februari.',
    '',
    '15. Övriga frågor.',
    '',
    'Inga.',
  ),
);

describe('the elected one a paragraph after the verb', () => {
  it('are the election’s list', () => {
    expect(item(doc, 13).decisions.map((d) => [d.by, d.text])).toEqual([['Mötet', 'Mötet valde\nDana Kron till ordförande.\nGösta Hall och Per Ås till ledamöter.']]);
  });

  it('after a colon too, up to the first paragraph that is no such line', () => {
    expect(item(doc, 14).decisions.map((d) => d.text)).toEqual(['Mötet valde:\nErik Ek till revisor.']);
  });
});
