// A meeting's duty after an official's position in a roll (`Mats Lind, kommundirektör, föredragande och
// sekreterare`, `Knut Ek, förvaltningsdirektör, protokollförare`): the position is the office, the duty a note;
// a duty that is all the entry says stays the position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { MEETING_DUTIES } from '../../src/lexicon/sv.js';
import { meetingDoc } from './helpers.js';

const person = (t: string, name: string): unknown[] => {
  const p = meetingDoc(t).participants.find((q) => q.name === name)!;
  return [p.position, p.note];
};

const minutes = (others: string): string =>
  [
    'SAMMANTRÄDESPROTOKOLL',
    'Plats och tid Kommunkansliet i Bergö, kl. 18:00-20:10',
    'Beslutande Lisa Holm, ordförande Eva Strand, vice ordförande Anna Lind',
    `Övriga närvarande ${others}`,
    '§ 30 Val av justerare',
    'Kommunstyrelsen utser Anna Lind att justera protokollet.',
  ].join('\n');

describe('a duty at the meeting after the position', () => {
  it('is a note after `föredragande och sekreterare`', () => {
    const t = minutes('Mats Lind, kommundirektör, föredragande och sekreterare');
    expect(person(t, 'Mats Lind')).toEqual(['kommundirektör', 'föredragande och sekreterare']);
  });

  it('is a note after `protokollförare`, in a roll written surname first', () => {
    const t = minutes('Ek Knut, förvaltningsdirektör, protokollförare, Sund Maja, ekonomidirektör');
    expect(person(t, 'Ek Knut')).toEqual(['förvaltningsdirektör', 'protokollförare']);
    expect(person(t, 'Sund Maja')).toEqual(['ekonomidirektör', null]);
  });

  it('stays the position when it is all the entry says', () => {
    const t = minutes('Nina Berg, protokollförare, Olle Dal, socialdirektör');
    expect(person(t, 'Nina Berg')).toEqual(['protokollförare', null]);
  });

  it("has a lexicon whose every duty ends in `e`, the letter the reader asks of a position first", () => {
    for (const duty of MEETING_DUTIES) expect(duty.endsWith('e')).toBe(true);
  });
});
