// `Rita Holm (S), personlig ersättare för Jussi Mäkelä (S)`: a member's own deputy serving for
// the member; the words are the substitution's, not a note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a personal deputy', () => {
  it('serves for the member named', () => {
    const doc = meetingDoc(
      text(
        'Kommunstyrelsen', 'PROTOKOLL', 'Datum: 2023-03-14', '', 'Närvarande', 'Virtanen Matti, ordförande',
        'Holm Rita, personlig ersättare för Mäkelä Jussi', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.substituteFor, p.note])).toEqual([
      ['Virtanen Matti', 'member', null, null],
      ['Holm Rita', 'deputy', 'Mäkelä Jussi', null],
    ]);
  });
});
