// A remark on attendance read apart from the person's own line (a wrapped line under it, the
// name again below the list, a sentence in a § body) joins that person's entry.
import type { Participant } from '../../schema/result.js';

/** A remark on attendance added to the person it concerns: the §§ it names fill what is not yet known. */
export function addAttendance(p: Participant, remark: { paragraphs: Participant['paragraphs']; note: string }): void {
  // the same remark in the list and in a § body is said once
  if (p.note !== null && p.note.includes(remark.note)) return;
  const r = remark.paragraphs;
  if (r) p.paragraphs = p.paragraphs === null ? r : { from: p.paragraphs.from ?? r.from, to: p.paragraphs.to ?? r.to };
  p.note = p.note === null ? remark.note : `${p.note}; ${remark.note}`;
}
