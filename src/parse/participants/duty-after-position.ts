// A meeting's duty written after an official's position (`Mats Lind, kommundirektör, föredragande och sekreterare`,
// `Knut Ek, förvaltningsdirektör, protokollförare`, Swedish-language Finnish and Åland rolls): the position is the
// office held, the duty at this meeting a note. A duty alone (`Nina Ek, protokollförare`) stays the position.
import { MEETING_DUTIES } from '../../lexicon/sv.js';
import type { Participant } from '../../schema/result.js';

const DUTIES = new Set<string>(MEETING_DUTIES);

export function dutiesAfterPosition(people: Participant[]): Participant[] {
  for (const p of people) {
    const position = p.position;
    // (the last letter before the split: every duty ends in `e`)
    if (position === null || position.charCodeAt(position.length - 1) !== 0x65) continue;
    const comma = position.lastIndexOf(', ');
    if (comma <= 0) continue;
    const duty = position.slice(comma + 2);
    const office = position.slice(0, comma);
    if (!DUTIES.has(duty.toLowerCase()) || DUTIES.has(office.toLowerCase())) continue;
    p.position = office;
    p.note = p.note === null ? duty : `${duty}; ${p.note}`;
  }
  return people;
}
