// A run-on list of members where a name whose given name the lexicon lacks follows a whole
// name and a comma (`Olof Björk, Tova Lindahl Rune Hed`): the pair after the comma is a
// person, not a remark to drop; an organisation after the comma stays the person's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc } from './helpers.js';

describe('two capitalised words after a name and a comma', () => {
  it('open the next person, whatever the given name', () => {
    expect(splitPersons('Olof Björk, Tova Lindahl Rune Hed, Siri Falk, tjg ers').map((e) => e.replace(/,$/u, ''))).toEqual(['Olof Björk', 'Tova Lindahl', 'Rune Hed', 'Siri Falk, tjg ers']);
    expect(splitPersons('Olof Björk, Tova Lindahl').length).toBe(2);
  });

  it('but an organisation after the comma is no person', () => {
    expect(splitPersons('Eva Ek, Region Kalmar')).toEqual(['Eva Ek, Region Kalmar']);
    expect(splitPersons('Bo Lind, Sundby Kommun')).toEqual(['Bo Lind, Sundby Kommun']);
  });

  it('keeps every member of a front page list', () => {
    const doc = meetingDoc(['Protokoll', '', 'Beslutande: Olof Björk, Tova Lindahl Rune Hed, Siri Falk, tjg ers', '', '§ 1 Mötets öppnande', '', 'Mötet öppnades.'].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Olof Björk', 'member'],
      ['Tova Lindahl', 'member'],
      ['Rune Hed', 'member'],
      ['Siri Falk', 'deputy'],
    ]);
  });
});
