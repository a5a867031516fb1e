// Given names seen on other bodies' front pages that the lexicon lacked (`Unni`, `Gunder`,
// `Alicja`, `Kokab`, `Mary`): a list one name a line under a label whose only name was one of
// them lost it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('given names of this round', () => {
  it('are given names', () => {
    for (const name of ['Unni', 'Gunder', 'Alicja', 'Kokab', 'Mary']) expect(isGivenName(name), name).toBe(true);
  });

  it('keep a deputy whose list is one such name under its label', () => {
    const doc = meetingDoc(
      text(
        'Plats och tid: Ekudden, Dalby 2016-12-16 kl. 09.00-12.00',
        '',
        'Beslutande:',
        '',
        'Ingrid Dahl, ordförande',
        '',
        'Ove Strand',
        '',
        'Närvarande, ej tjg ers:',
        '',
        'Unni Lövgård',
        '',
        'Övriga deltagande: Rasmus Holm, Förbundschef',
        '',
        '§ 84 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ingrid Dahl', 'member'],
      ['Ove Strand', 'member'],
      ['Unni Lövgård', 'deputy'],
      ['Rasmus Holm', 'other'],
    ]);
  });
});
