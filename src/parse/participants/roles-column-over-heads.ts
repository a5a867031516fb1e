// `Beslutande   Övriga närvarande` on one line over one run of every name and then the column of every function
// (`Tor Ahl Siv Lund Ove Sand ordförande ledamot sekreterare`): the run was shared out between the two headings by its
// names, the first heading taking the names before the last and the last name every function. The run is both
// headings': read whole, each name takes its function in order, and who has a seat sits under the members' heading.
import type { ParticipantGroup } from '../../segment/participants.js';
import { readLine } from './read-line.js';

/** The groups, a members' and an others' heading over one such run given back as one list under both. */
export function withRolesColumnOverHeads(groups: readonly ParticipantGroup[]): readonly ParticipantGroup[] {
  let out: ParticipantGroup[] | null = null;
  for (let k = 0; k + 1 < groups.length; k++) {
    const a = groups[k]!;
    const b = groups[k + 1]!;
    // (the cheap tests: the members' heading then the others', each with one entry, the two entries on one line)
    if (a.role !== 'member' || b.role !== 'other' || a.entries.length !== 1 || b.entries.length !== 1) continue;
    if (a.columnsBefore !== undefined || b.columnsBefore !== undefined || a.entries[0]!.line !== b.entries[0]!.line) continue;
    const names = readLine(a.entries[0]!.text, false);
    if (names.length === 0 || names.some((p) => p.position !== null)) continue;
    const last = readLine(b.entries[0]!.text, false);
    if (last.length !== 1 || last[0]!.position === null) continue;
    const text = `${a.entries[0]!.text} ${b.entries[0]!.text}`.replace(/\s+/gu, ' ');
    const all = readLine(text, false);
    if (all.length !== names.length + 1 || all.some((p) => p.position === null && p.note === null)) continue;
    out ??= [...groups];
    out.splice(out.indexOf(a), 2, { ...b, entries: [{ text, line: b.entries[0]!.line }], columnsBefore: { members: a.label, deputies: null } });
  }
  return out ?? groups;
}
