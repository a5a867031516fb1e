// `Personliga ersättare:` (or `Personlig ersättare`), the heading over each member's own deputy as Swedish-language
// Finnish (Åland) minutes list them: a list of deputies, not names run on under the members. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('`Personliga ersättare`', () => {
  it('heads a list of deputies', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Tid        onsdag den 8 november 2023 kl 16:00-18:30', '',
        'Ledamöter:', 'Westerholm Håkan, ordf.', 'Holmlund Kristian', '', 'Personliga ersättare:', 'Grönroos Henrik', 'Sjölind Jeanette', '',
        '141 § Laglighet', 'Sammanträdet konstaterades lagligt.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Westerholm Håkan', 'member'],
      ['Holmlund Kristian', 'member'],
      ['Grönroos Henrik', 'deputy'],
      ['Sjölind Jeanette', 'deputy'],
    ]);
  });
});
