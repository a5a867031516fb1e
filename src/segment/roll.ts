// The attendance and roll-call table that kommunfullmäktige minutes put after their last §
// (`Bilaga A` / `Närvaro- och omröstningslista`), while the front page only points to it
// (`Beslutande: se bilaga A`). Its head row names the columns (`Ledamöter  Parti  Närvarande
// Tjänstgörande ersättare  § 48 Ja Nej`); each row is a seat: the member, a mark when present,
// the deputy who served when not. The table is no part of the last §'s body, and its rows
// are the meeting's participants.
import { ROLL_CALL } from '../lexicon/sv.js';
import { cellsOf, isBlank, type Cell, type Line } from '../text/line.js';
import { namesSomebody, roleOfHeading, type ParticipantGroup } from './participants.js';
import { ANY_LETTER, UPPER_LETTER } from '../text/letters.js';

export interface RollCall {
  /** The first line of the appendix (its `Bilaga A` line, else the table's title). */
  start: number;
  /** The line after the table's last row. */
  end: number;
  /** One group per person, in source order. */
  groups: ParticipantGroup[];
}

type Column = 'name' | 'party' | 'present' | 'deputy' | 'other';
interface Head extends Cell {
  kind: Column;
}

const set = (words: readonly string[]): Set<string> => new Set(words);
const NAMES = set(ROLL_CALL.names);
const PRESENT = set(ROLL_CALL.present);
const DEPUTY = set(ROLL_CALL.deputy);
const PARTY = set(ROLL_CALL.party);
const APPENDIX = new RegExp(`^bilaga\\s+[${ANY_LETTER}\\d]{1,3}$`, 'iu');
const APPENDIX_BEFORE = new RegExp(`^bilaga\\s+[${ANY_LETTER}\\d]{1,3}\\s*[:.–-]?\\s*`, 'iu');
const MARK = /^(?:x|ja|✓|✔|☒|\[x\])$/iu;
const NOT_SERVING = new RegExp(`(?<![${ANY_LETTER}])(?:ej|icke)(?![${ANY_LETTER}])`, 'iu');
const PARTY_CELL = new RegExp(`^[${UPPER_LETTER}]{1,4}$`, 'u');
// the head row is at most this many lines under the title
const HEAD_WITHIN = 4;
// a page's running header above the title is at most this many lines
const PAGE_TOP = 5;
// a title line is short: the title, perhaps an appendix label or a § before or after it
const TITLE_MAX = 70;

const kindOf = (text: string): Column => {
  const t = text.toLowerCase().replace(/:$/, '');
  if (NAMES.has(t)) return 'name';
  if (PRESENT.has(t)) return 'present';
  if (DEPUTY.has(t)) return 'deputy';
  if (PARTY.has(t)) return 'party';
  return 'other';
};

function isTitle(line: Line): boolean {
  const flat = line.flat;
  if (flat.length > TITLE_MAX || !/lista|protokoll/iu.test(flat)) return false;
  const t = flat.replace(APPENDIX_BEFORE, '').toLowerCase();
  return ROLL_CALL.titles.some((w) => t.startsWith(w));
}

/** The head row under a title: its first cell heads the names, another the presence marks. */
function headRow(lines: readonly Line[], from: number, end: number): { at: number; heads: Head[] } | null {
  let seen = 0;
  for (let i = from; i < end && seen < HEAD_WITHIN; i++) {
    if (isBlank(lines[i]!)) continue;
    seen++;
    const heads = cellsOf(lines[i]!).map((c) => ({ ...c, kind: kindOf(c.text) }));
    if (heads[0]?.kind === 'name' && heads.some((h) => h.kind === 'present')) return { at: i, heads };
  }
  return null;
}

/** The head whose column a cell stands in: the nearest by its span. */
function columnOf(cell: Cell, heads: readonly Head[]): Column {
  let best: Head = heads[0]!;
  let bestGap = Infinity;
  for (const h of heads) {
    const gap = cell.col < h.col ? h.col - cell.col : Math.max(0, cell.col - (h.col + h.text.length));
    if (gap < bestGap) {
      best = h;
      bestGap = gap;
    }
  }
  return best.kind;
}

interface Row {
  at: number;
  line: number;
  name: string;
  party: string | null;
  present: boolean;
  deputy: string | null;
  /** Under a sub-heading of deputies (`Ersättare`). */
  deputies: boolean;
}

/** The roll-call table in lines [from, end), if one stands there. */
export function findRollCall(lines: readonly Line[], from: number, end: number): RollCall | null {
  let title = -1;
  for (let i = from; i < end; i++) {
    if (isTitle(lines[i]!)) {
      title = i;
      break;
    }
  }
  if (title < 0) return null;
  const head = headRow(lines, title + 1, end);
  if (!head) return null;
  const rows: Row[] = [];
  const nameEnd = head.heads[1]!.col;
  let deputies = false;
  let stop = end;
  for (let i = head.at + 1; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const cells = cellsOf(line);
    const first = cells[0]!;
    // sub-heads and sums stand right of the names (`Ja  Nej`, `Summa  7  4`)
    if (first.col >= nameEnd) continue;
    if (!namesSomebody(first.text)) {
      // a sub-heading of deputies in the same table (`Ersättare`)
      // (`Ej tjänstgörande ersättare` is a list of its own after the table)
      if (cells.length === 1 && roleOfHeading(first.text) === 'deputy' && first.text.length < 30 && !NOT_SERVING.test(first.text)) {
        deputies = true;
        continue;
      }
      stop = i;
      break;
    }
    const row: Row = { at: i, line: line.no, name: first.text, party: null, present: false, deputy: null, deputies };
    for (const c of cells.slice(1)) {
      const kind = columnOf(c, head.heads);
      if (kind === 'party' && PARTY_CELL.test(c.text)) row.party = c.text;
      else if (kind === 'present' && MARK.test(c.text)) row.present = true;
      else if (kind === 'deputy' && namesSomebody(c.text)) row.deputy = c.text;
    }
    rows.push(row);
  }
  if (rows.length === 0) return null;
  return { start: appendixStart(lines, title, from), end: stop, groups: groupsOf(rows, head.heads) };
}

/**
 * Where the appendix begins: its `Bilaga A` line right above the title, or the page it
 * stands on when a page starts a few lines above (the page's running header is no part of the §).
 */
function appendixStart(lines: readonly Line[], title: number, from: number): number {
  let start = title;
  let seen = 0;
  for (let i = title - 1; i >= from && seen < PAGE_TOP; i--) {
    const line = lines[i]!;
    if (line.pageBreak || line.pageStart) return i;
    if (isBlank(line)) continue;
    if (seen === 0 && APPENDIX.test(line.flat)) start = i;
    seen++;
  }
  return start;
}

/** Each row as the participant lines it stands for: a member, or an absent member and the deputy in the seat. */
function groupsOf(rows: readonly Row[], heads: readonly Head[]): ParticipantGroup[] {
  const label = (kind: Column, fallback: string): string => heads.find((h) => h.kind === kind)?.text.replace(/:$/, '') ?? fallback;
  const members = label('name', 'Ledamöter');
  const deputyLabel = label('deputy', 'Tjänstgörande ersättare');
  // without a single mark the table says nothing about who came
  const marked = rows.some((r) => r.present);
  const groups: ParticipantGroup[] = [];
  const add = (r: Row, role: ParticipantGroup['role'], lab: string, text: string): void => {
    groups.push({ label: lab, role, at: r.at, entries: [{ text, line: r.line }] });
  };
  for (const r of rows) {
    const text = r.party && !r.name.includes('(') ? `${r.name} (${r.party})` : r.name;
    if (r.deputies) {
      if (r.present || !marked) add(r, 'deputy', 'Ersättare', text);
      continue;
    }
    if (r.present || !marked) {
      add(r, 'member', members, text);
      continue;
    }
    add(r, 'absent', members, text);
    const person = r.name.split(',')[0]!.trim();
    if (r.deputy) add(r, 'deputy', deputyLabel, `${r.deputy}, ersätter ${person}`);
  }
  return groups;
}
