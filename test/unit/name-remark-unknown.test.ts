// A list run on in one line, each name followed by a comma and its position (`Zlatko Berg, ordförande Okke
// Strand, vice ordförande …`), where the lexicon knows none of the given names: the words in lower case after
// the comma close the entry, and the two capitalised words after them open the next. Organisations and places
// after a position stay the entry's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('a name after the position that closed the entry before it', () => {
  it('cuts a members list whose given names the lexicon lacks', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Direktionen', 'Sammanträdesdatum 2024-03-12', '',
        'Plats och tid Förbundshuset, kl 13.00-15.30',
        'Beslutande Zlatko Berg, ordförande Okke Strand, vice ordförande Wiremu Dahl, ledamot Tuva Lind Jorunn Sand',
        'Utses att justera Tuva Lind', '',
        '§ 1 Val av justerare', '', 'Tuva Lind utses att justera protokollet.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => [p.name, p.position])).toEqual([
      ['Zlatko Berg', 'ordförande'],
      ['Okke Strand', 'vice ordförande'],
      ['Wiremu Dahl', null],
      ['Tuva Lind', null],
      ['Jorunn Sand', null],
    ]);
  });

  it('keeps an organisation, a place or an object after the position with its entry', () => {
    expect(splitPersons('Lena Dahl, utvecklingsledare Region Kalmar')).toEqual(['Lena Dahl, utvecklingsledare Region Kalmar']);
    expect(splitPersons('Lena Dahl, handläggare Försäkringskassan Kalmar')).toEqual(['Lena Dahl, handläggare Försäkringskassan Kalmar']);
    expect(splitPersons('Anna Ek, ledamot i Norra Dalen')).toEqual(['Anna Ek, ledamot i Norra Dalen']);
    expect(splitPersons('Anna Ek, tjänstgör för Okke Strand')).toEqual(['Anna Ek, tjänstgör för Okke Strand']);
  });

  it('leaves a list with the positions first to the reader of such lists', () => {
    expect(splitPersons('ordförande Okke Strand, vice ordförande Wiremu Berg')).toEqual(['ordförande Okke Strand, vice ordförande Wiremu Berg']);
  });
});
