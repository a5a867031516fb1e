// An election told from an office of many words, its term written out or in digits (`Till ordinarie ledamöter
// på två år valdes: …`, `Till kassör på 2 år valdes …`), that is the whole point of an annual meeting's
// minutes: a decision, as the shorter offices read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('an election told from an office of many words, the whole point', () => {
  it('with the term and a colon before the elected', () => {
    const doc = meetingDoc(
      text('ÅRSMÖTESPROTOKOLL Datum: 2024-03-14', '', '3. Till justerare valdes Ola Ring.', '4. Till ordinarie ledamöter på två år valdes: Rut Berg, Ivar Sand', '5. Till kassör på 2 år valdes Anton Lid', '6. Mötet avslutades.'),
    );
    expect(item(doc, 4).decisions.map((d) => d.text)).toEqual(['Till ordinarie ledamöter på två år valdes: Rut Berg, Ivar Sand']);
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Till kassör på 2 år valdes Anton Lid']);
  });
});
