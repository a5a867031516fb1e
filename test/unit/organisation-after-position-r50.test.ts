// A run-on list of officials where an organisation follows a position's word before the next name (`Sofia Ek,
// ordförande Kvinnojouren Solrosen i Norrby 222 Maja Lind, …`, `Eva Ås, klinikchef FTV Jane Berg, …`): the organisation
// is the entry's before it, neither a person of its own nor the party of the next. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc } from './helpers.js';

describe('an organisation after a position, before the next name', () => {
  it('is no person of its own', () => {
    expect(splitPersons('Olle Ahl, utredare 20, 37 Sara Lind, ordförande Kvinnojouren Solrosen i Norrby 22 Karin Ek, enhetschef 23 Per Holm, samordnare')).toEqual([
      'Olle Ahl, utredare 20, 37',
      'Sara Lind, ordförande Kvinnojouren Solrosen i Norrby 22',
      'Karin Ek, enhetschef 23',
      'Per Holm, samordnare',
    ]);
  });

  it('is no party of the next person', () => {
    expect(splitPersons('Tilda Rask, folkhälsoplanerare Eva Ås, klinikchef FTV Jane Berg, socialchef')).toEqual([
      'Tilda Rask, folkhälsoplanerare',
      'Eva Ås, klinikchef FTV',
      'Jane Berg, socialchef',
    ]);
  });


  it('stays the official’s on a front page', () => {
    const doc = meetingDoc(
      [
        'Protokoll',
        '',
        'Beslutande Anna Berg (S), ordförande',
        'Olle Strand (M)',
        '',
        'Övriga deltagande Sara Lind, ordförande Kvinnojouren Solrosen i Norrby 12',
        'Karin Ek, enhetschef 13, 14',
        '',
        '§ 12 Information',
        '',
        'Informationen noteras.',
      ].join('\n'),
    );
    const sara = doc.participants.find((p) => p.name === 'Sara Lind');
    expect(sara?.organisation).toBe('Kvinnojouren Solrosen');
    expect(doc.participants.some((p) => p.name.startsWith('Kvinnojouren'))).toBe(false);
  });
});
