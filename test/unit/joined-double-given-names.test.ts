// A double given name written as one word, its second name's capital inside it (`ClasGöran`,
// `JanEric`), in a list run on without separators: after a party's bracket it opens the next
// person, as any given name does. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const people = (line: string): string[] => meetingDoc(text(
  'PROTOKOLL', 'Barn- och utbildningsnämnden 2016-03-08', '',
  line,
  'Utses att justera: Tove Lund', '', '§ 3 Mötets öppnande', 'Ordföranden öppnade mötet.',
)).participants.map((p) => `${p.name}|${p.party ?? ''}|${p.position ?? ''}`);

describe('joined double given names in a run-on list', () => {
  it('opens a member after a party bracket', () => {
    expect(people('Beslutande Olle Berg (S) Tove Lund (M) ClasGöran Dahl (FP) Kent Ny (C)')).toEqual([
      'Olle Berg|S|', 'Tove Lund|M|', 'ClasGöran Dahl|FP|', 'Kent Ny|C|',
    ]);
  });

  it('opens an official after the members', () => {
    expect(people('Beslutande Olle Berg (S) Tove Lund (M) JanEric Sandell, skolchef')).toEqual([
      'Olle Berg|S|', 'Tove Lund|M|', 'JanEric Sandell||skolchef',
    ]);
  });
});
