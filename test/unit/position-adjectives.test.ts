// Positions of two words, an adjective and a noun (`Teknisk chef`, `Ekonomisk rådgivare`),
// before the name or after it, and positions printed in capitals (`ORDFÖRANDE`): the whole
// position, in lower case, and no organisation `Teknisk`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc, text } from './helpers.js';

const read = (line: string): (string | null)[] => {
  const f = parseParticipantLine(line)!;
  return [f.name, f.position, f.organisation];
};

describe('positions of an adjective and a noun', () => {
  it('reads the adjective as part of the position, before or after the name', () => {
    expect(read('Teknisk chef Per Ek')).toEqual(['Per Ek', 'teknisk chef', null]);
    expect(read('Administrativ chef Lena Alm')).toEqual(['Lena Alm', 'administrativ chef', null]);
    expect(read('Per Ek, Teknisk chef')).toEqual(['Per Ek', 'teknisk chef', null]);
    expect(read('Per Ek   Ekonomisk rådgivare')).toEqual(['Per Ek', 'ekonomisk rådgivare', null]);
    expect(read('Per Ek Teknisk chef')).toEqual(['Per Ek', 'teknisk chef', null]);
  });

  it('keeps a surname that ends like an adjective in the name', () => {
    expect(read('Anna Sundell ordförande')).toEqual(['Anna Sundell', 'ordförande', null]);
  });

  it('gives a position printed in capitals in lower case', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2025-03-04', 'Plats och tid: Kommunhuset kl 13.00-15.00',
        'Beslutande', 'Anna Ek, M, ORDFÖRANDE', 'Per Holm, S, VICE ORDFÖRANDE', 'Kim Berg, C', '',
        '§ 1 Val av justerare', 'Nämnden utser Kim Berg att justera protokollet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.party, p.position])).toEqual([
      ['Anna Ek', 'M', 'ordförande'],
      ['Per Holm', 'S', 'vice ordförande'],
      ['Kim Berg', 'C', null],
    ]);
  });
});
