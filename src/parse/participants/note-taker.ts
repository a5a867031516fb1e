// The note-taker named by a label right under the lists of who took part (`Närvarande: …` /
// `Antecknare: Maja Sten`, `Ledamöter: …` / `Protokollförare: Maja Sten`), which the reader
// takes for a signature block: she was there too, one of the others, where no list names her.
// (The signature grid's `Sekreterare` further down the front page, or after the items, adds nobody; nor does one with the
// paragraphs signed beside the name, `Sekreterare 35-42 Maja Sten`.)
import type { Participant } from '../../schema/result.js';
import type { Line } from '../../text/line.js';
import { labelAt } from '../../text/labels.js';
import { parseParticipantLine } from './line.js';
import { withoutRange } from '../../segment/signatures.js';

// at most this many lines between the lists' last entry and the label (a blank line)
const NEAR = 2;

export function withNoteTaker(people: Participant[], lines: readonly Line[], blocks: readonly { start: number }[], secretary: readonly string[]): Participant[] {
  if (people.length === 0 || secretary.length === 0) return people;
  // (a loop, not reduce with a callback: every document's people are read so)
  let last = 0;
  for (const p of people) last = Math.max(last, p.line);
  for (const b of blocks) {
    const line = lines[b.start];
    if (!line || line.no <= last || line.no - last > NEAR) continue;
    const hit = labelAt(line.flat);
    if (hit?.field !== 'secretary') continue;
    const rest = line.flat.slice(hit.length).trim();
    // (`Sekreterare Paragrafer 35-42 Eva Ek`: the paragraphs signed beside the name make the line the signing grid's)
    if (withoutRange(rest) !== rest) continue;
    const fields = parseParticipantLine(rest);
    if (!fields || !secretary.includes(fields.name) || people.some((p) => p.name === fields.name)) continue;
    people.push({
      name: fields.name,
      organisation: fields.organisation,
      party: fields.party,
      position: fields.position,
      paragraphs: fields.paragraphs,
      substituteFor: null,
      note: fields.note,
      role: 'other',
      roleLabel: hit.text,
      line: line.no,
    });
  }
  return people;
}
