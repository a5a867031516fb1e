// Participant groups → Participant[]: each line of a group read by parseParticipantLine,
// several participants on one line when every column of it names somebody.
import type { Participant } from '../../schema/result.js';
import type { ParticipantGroup } from '../../segment/participants.js';
import { columns, type Line } from '../../text/line.js';
import { parseParticipantLine, type ParticipantFields } from './line.js';

export function parseParticipants(lines: readonly Line[], groups: readonly ParticipantGroup[]): Participant[] {
  const out: Participant[] = [];
  for (const g of groups) {
    const entries: { text: string; line: number }[] = [];
    if (g.inline !== '') entries.push({ text: g.inline, line: lines[g.at]!.no });
    for (const i of g.lines) entries.push({ text: lines[i]!.text, line: lines[i]!.no });
    for (const e of entries) {
      for (const fields of readLine(e.text)) {
        out.push({ ...fields, role: g.role, roleLabel: g.label, line: e.line });
      }
    }
  }
  return out;
}

/** One participant, or one per column when the columns each name a person (a flattened two-column list). */
function readLine(text: string): ParticipantFields[] {
  const cols = columns(text);
  if (cols.length >= 2) {
    const each = cols.map((c) => parseParticipantLine(c));
    const people = each.filter((p): p is ParticipantFields => p !== null && p.name.includes(' '));
    if (people.length === cols.length) return people;
  }
  const one = parseParticipantLine(text);
  return one ? [one] : [];
}
