// A column of parties before the names (`Beslutande   M    Janna Wichén` / `C    Mikael Lars, tjänstgör för …`) whose
// first name has a given name the lexicon does not know: the party's letters before two capitalised words still make the
// cell a person's, and the list is read from its first row (it was lost whole: the party's letters alone ended it). Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a party column before a name the lexicon does not know', () => {
  it('keeps the list', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kultur- och fritidsnämnden',
        'Sammanträdesdatum 2013-10-17',
        '',
        'Beslutande     M    Janna Wichén',
        '               C    Mikael Lars, tjänstgör för Magnus Lillie (M)',
        '               S    Niklas Hern',
        '',
        'Ersättare      KD   Stig Nilsén',
        '',
        'Utses att justera   Niklas Hern (S)',
        '',
        '§ 94 Fastställande av dagordning',
        'Dagordningen fastställs.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Janna Wichén', 'M'],
      ['Mikael Lars', 'C'],
      ['Niklas Hern', 'S'],
      ['Stig Nilsén', 'KD'],
    ]);
  });
});
