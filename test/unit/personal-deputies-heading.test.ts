// `Personliga ersättare:` (or `Personlig ersättare`), the heading over each member's own deputy as Swedish-language
// Finnish (Åland) minutes list them: a list of deputies, not names run on under the members. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('`Personliga ersättare`', () => {
  it('heads a list of deputies', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Tid        onsdag den 18 oktober 2017 kl 16:00-19:45', '',
        'Ledamöter:', 'Höglund Roger, ordf.', 'Eriksson Kristian', '', 'Personliga ersättare:', 'Mattsson Thomas', 'Gripenberg Jeanette', '',
        '135 § Laglighet', 'Sammanträdet konstaterades lagligt.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Höglund Roger', 'member'],
      ['Eriksson Kristian', 'member'],
      ['Mattsson Thomas', 'deputy'],
      ['Gripenberg Jeanette', 'deputy'],
    ]);
  });
});
