// The unit a position heads, written in lower case right after the position word (`chef vård- och
// omsorgsförvaltningen`, `samordnare projektkontoret`, `chef arbetsförmedlingen`), in a bracket or after a comma:
// the position's words, no organisation; capitalised (`chef Arbetsförmedlingen`) it stays the organisation.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a lower-case unit after a position word', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2024-05-14', 'Plats och tid          Rådhuset, kl. 13.00-16.10', '',
      'Beslutande             Maria Holm (S), ordförande',
      'Övriga deltagande      Petra Ek (chef vård- och omsorgsförvaltningen) Olof Dahl (kvalitetschef)',
      '                       Karin Berg, samordnare projektkontoret',
      '                       Lars Ås, chef arbetsförmedlingen',
      '                       Lena Sund, chef Arbetsförmedlingen',
      '', '§ 18 Val av justerare', 'Nämnden utser Maria Holm att justera protokollet.',
    ),
  );
  const row = (name: string): unknown[] => {
    const p = doc.participants.find((q) => q.name === name)!;
    return [p.position, p.organisation];
  };

  it('is the position’s, in a bracket and after a comma', () => {
    expect(row('Petra Ek')).toEqual(['chef vård- och omsorgsförvaltningen', null]);
    expect(row('Karin Berg')).toEqual(['samordnare projektkontoret', null]);
    expect(row('Lars Ås')).toEqual(['chef arbetsförmedlingen', null]);
  });

  it('stays the organisation when capitalised', () => {
    expect(row('Lena Sund')).toEqual(['chef', 'Arbetsförmedlingen']);
  });
});
