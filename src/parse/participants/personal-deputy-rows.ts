// An attendance table of the members and, on each member's row, the member's personal deputy, under the two columns'
// heads (`ORDINARIE   ERSÄTTARE`, `Ordinarie ledamöter   Personliga ersättare`), a cross after the name of whoever came:
// `Holm, Anna X Berg, Olle` / `Strand Eva   Nord Kalle X` (Åland's and Finland-Swedish minutes). Flattened, the rows run on,
// and the crosses and the deputies' names were read as parts of the names or as organisations. Read here row by row: the
// first name of a row is the member's, the second the deputy's; a cross after a name says that person came. A member
// without a cross stayed away; a deputy with one came, in the place of the member on the row who did not.
import type { Participant } from '../../schema/result.js';
import type { ParticipantGroup } from '../../segment/participants.js';
import { MEMBER_COLUMN_HEADS, DEPUTY_COLUMN_HEADS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER } from '../../text/letters.js';
import { splitPersons } from '../../text/persons.js';
import { surnameFirstRun } from '../../text/surname-first-run.js';
import { surnameFirstList } from './surname-first-list.js';
import { readLine } from './read-line.js';

const MEMBER_HEAD = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(MEMBER_COLUMN_HEADS)})(?![${ANY_LETTER}])`, 'iu');
const DEPUTY_HEAD = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DEPUTY_COLUMN_HEADS)})(?![${ANY_LETTER}])`, 'iu');
// a cross alone between two words, or at the end: the column of marks
const CROSS = /(?<=\S) [xX](?= |$)/gu;

// (two crosses at the least: one may be a name's initial)
const MIN_CROSSES = 2;

/** The members' and the deputies' column heads side by side: the members' first (`ORDINARIE ERSÄTTARE`). */
export function headsPersonalDeputies(text: string): boolean {
  const member = MEMBER_HEAD.exec(text);
  const deputy = member ? DEPUTY_HEAD.exec(text) : null;
  return member !== null && deputy !== null && member.index < deputy.index;
}

/**
 * `Ordinarie   Personlig ersättare` read as two lists' headings on one line, the table's one run of rows shared out
 * between them: the two are one table's heads, over the rows joined back in order.
 */
export function withPersonalDeputyHeads(groups: readonly ParticipantGroup[]): readonly ParticipantGroup[] {
  let out: ParticipantGroup[] | null = null;
  for (let k = 0; k + 1 < groups.length; k++) {
    const a = groups[k]!;
    const b = groups[k + 1]!;
    // (the cheap tests: two headings on one line, the first the members' column's; most lists' headings stand apart)
    if (a.at !== b.at || !MEMBER_HEAD.test(a.label) || !DEPUTY_HEAD.test(b.label) || headsPersonalDeputies(a.label)) continue;
    const line = a.entries[0]?.line;
    if (line === undefined || ![...a.entries, ...b.entries].every((e) => e.line === line)) continue;
    const text = [...a.entries, ...b.entries].map((e) => e.text).join(' ').replace(/\s+/gu, ' ');
    out ??= [...groups];
    out.splice(out.indexOf(a), 2, { ...a, label: `${a.label} ${b.label}`, entries: [{ text, line }] });
  }
  return out ?? groups;
}

interface Seat {
  name: string;
  came: boolean;
  line: number;
}

/** The group's people read as such a table's rows, or null where the group is no such table. */
export function personalDeputyRows(g: ParticipantGroup): Participant[] | null {
  // (the cheap test: the heads, in the label or as the first entry; most lists have neither)
  const first = g.entries[0];
  const headsInLabel = headsPersonalDeputies(g.label);
  if (!headsInLabel && !(first && first.text.length < 60 && headsPersonalDeputies(first.text))) return null;
  const rows = headsInLabel ? g.entries : g.entries.slice(1);
  let crosses = 0;
  for (const r of rows) crosses += (r.text.match(CROSS) ?? []).length;
  if (crosses < MIN_CROSSES) return null;
  const seatsOfRows = rows.map((r) => seatsOf(r.text, r.line));
  // each row a member and a deputy, or the rows run on: the names in order, a member's then a deputy's
  const pairs: [Seat, Seat | null][] = [];
  if (seatsOfRows.every((s) => s.length <= 2)) {
    for (const s of seatsOfRows) if (s.length > 0) pairs.push([s[0]!, s[1] ?? null]);
  } else {
    const all = seatsOfRows.flat();
    if (all.length % 2 !== 0) return null;
    for (let k = 0; k < all.length; k += 2) pairs.push([all[k]!, all[k + 1]!]);
  }
  const out: Participant[] = [];
  for (const [member, deputy] of pairs) {
    const m = person(member, member.came ? 'member' : 'absent', g.label);
    if (m === null) return null;
    out.push(m);
    if (deputy === null) continue;
    const d = person(deputy, 'deputy', g.label);
    if (d === null) return null;
    if (deputy.came && !member.came) d.substituteFor = m.name;
    out.push(d);
  }
  return out;
}

/** A row's names in order, each with whether a cross follows it. */
function seatsOf(text: string, line: number): Seat[] {
  const seats: Seat[] = [];
  let from = 0;
  const push = (part: string, came: boolean): void => {
    const names = namesOf(part.trim());
    names.forEach((name, k) => seats.push({ name, came: came && k === names.length - 1, line }));
  };
  for (const c of text.matchAll(CROSS)) {
    push(text.slice(from, c.index), true);
    from = c.index + c[0].length;
  }
  push(text.slice(from), false);
  return seats;
}

/** The people a run of names without crosses between them names: surname first with commas, without, or given name first. */
function namesOf(text: string): string[] {
  if (text === '') return [];
  return surnameFirstList(text) ?? surnameFirstRun(text) ?? splitPersons(text);
}

function person(seat: Seat, role: Participant['role'], label: string): Participant | null {
  const read = readLine(seat.name, role === 'deputy');
  if (read.length !== 1) return null;
  const f = read[0]!;
  return {
    name: f.name,
    organisation: f.organisation,
    party: f.party,
    position: f.position,
    paragraphs: f.paragraphs,
    substituteFor: f.substituteFor,
    note: f.note,
    role,
    roleLabel: label,
    line: seat.line,
  };
}
