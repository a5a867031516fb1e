// Where the participant lists are: a role heading (`Beslutande`, `Övriga deltagare:`,
// `Anmält förhinder`), perhaps with the first name on the same line, then participant
// lines until the next heading or the first line that names nobody.
import {
  HEADER_STOP_WORDS, ORGANISATION_HEADS, ORGANISATION_SUFFIXES, PARTICIPANT_COLUMN_HEADS, ROLE_HEADINGS, ROLE_HEADING_QUALIFIERS,
} from '../lexicon/sv.js';
import type { Role } from '../schema/result.js';
import { columns, isBlank, type Line } from '../text/line.js';
import { isAttendanceRemark, reportsOpening } from '../text/attendance-remark.js';
import { alternation, trimStartOf } from '../text/patterns.js';
import { givenNameList, isVacantSeat } from '../text/persons.js';
import type { Range } from './items.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

export interface ParticipantGroup {
  /** The heading as written: `Beslutande`, `Övriga styrelserepresentanter`. */
  label: string;
  role: Role;
  /** The heading line. */
  at: number;
  /** The entries under it, each with its source line: the text after the heading on its own line, then each line. */
  entries: { text: string; line: number }[];
  /**
   * The members' heading printed right before a serving deputies' one with no names of its own
   * (`Ledamöter   Tjänstgörande ersättare`, a table's two columns flattened): under it, who serves for nobody is a member.
   */
  membersBeside?: string;
  /**
   * The members' heading and the deputies' heading printed with no names of their own right before this list (`Ledamöter:`
   * `Ersättare:` `Övriga närvarande` over one run of names, or `Beslutande:` over `Ersättare:` and its names): two columns
   * of a table flattened one after the other under the last heading, the members' names first. (Or the members' heading
   * alone before the others': `Beslutande` `Övriga deltagare` over everyone, each with a party or a seat, the staff with
   * their positions: `deputies` null.)
   */
  columnsBefore?: { members: string; deputies: string | null };
}

const HEADING = new RegExp(
  `^((?:${alternation(ROLE_HEADINGS.flatMap((r) => r.words))})(?:,?\\s+(?:${alternation(ROLE_HEADING_QUALIFIERS)}))*)(?![${ANY_LETTER}])(.*)$`,
  'iu',
);
const STOP = new RegExp(`^(?:${alternation(HEADER_STOP_WORDS)})(?![${ANY_LETTER}])`, 'iu');
const NAMES_SOMEBODY = new RegExp(`[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}]+)*\\*?\\s+(?:[${UPPER_LETTER}]\\.\\s+)?[${UPPER_LETTER}][${LOWER_LETTER}]+`, 'u');
// `2 Mötesanteckningar Mötet öppnades av ordföranden …`: a transcript's next page, its number before prose whose first
// words are capitalised (a name's shape) and four lower-case words after them; no entry of a list
const PAGE_THEN_PROSE = new RegExp(`^\\d{1,3}\\s+(?:[${UPPER_LETTER}][${LOWER_LETTER}]+\\s+){1,2}(?:[${LOWER_LETTER}]+\\s+){3}[${LOWER_LETTER}]+`, 'u');
const SUB_LABEL = new RegExp(`^[${ANY_LETTER} ]{2,40}:$`, 'u');
const COLUMN_HEADS = new Set<string>(PARTICIPANT_COLUMN_HEADS);
// a line naming only an organisation (`Försäkringskassan`, `Region Skåne`), heading the people under it
const ORGANISATION_LINE = new RegExp(
  `^(?:(?:${alternation(ORGANISATION_HEADS)})\\s+[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+län)?|(?:[${UPPER_LETTER}][${ANY_LETTER}-]*\\s+){0,2}[${ANY_LETTER}]*(?:${alternation(ORGANISATION_SUFFIXES)}))$`,
  'iu',
);

/**
 * The role a heading implies: the role it names as a whole (`Beslutande och tjänstgörande ersättare`
 * are members, the deputies among them marked one by one), else the first role (absent, deputy,
 * member, other) whose word it contains.
 */
export function roleOfHeading(label: string): Role {
  return WHOLE_HEADING.get(label.toLowerCase().replace(/\s+/gu, ' ').trim()) ?? ROLE_OF_HEADING.find((r) => r.pattern.test(label))?.role ?? 'other';
}

const WHOLE_HEADING = new Map<string, Role>(ROLE_HEADINGS.flatMap((r) => r.words.map((w) => [w, r.role] as const)));

const ROLE_OF_HEADING = ROLE_HEADINGS.map((r) => ({ role: r.role, pattern: new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(r.words)})(?![${ANY_LETTER}])`, 'iu') }));

export function heading(line: Line): { label: string; inline: string } | null {
  const m = HEADING.exec(line.flat);
  if (!m) return null;
  // keep the spacing of the rest: columns matter in `Peter Vigren      Umeå kommun`
  let rest = trimStartOf(m[2]!, ':') === '' ? '' : trimStartOf(line.text.slice(line.text.length - restLength(line.text, m[1]!)), ':');
  // `Ledamöter   Parti   Organisation`: the heading of a table, its column heads beside it
  if (rest !== '' && columns(rest).every((c) => COLUMN_HEADS.has(c.toLowerCase()))) rest = '';
  if (rest !== '' && !NAMES_SOMEBODY.test(rest)) return null;
  return { label: m[1]!.replace(/\s+/g, ' '), inline: rest.replace(/^:\s*/, '') };
}

/** Length of what follows the heading words in the raw (uncollapsed) line. */
function restLength(raw: string, label: string): number {
  const words = label.split(/\s+/);
  let pos = 0;
  for (const w of words) pos = raw.toLowerCase().indexOf(w.toLowerCase(), pos) + w.length;
  return raw.length - pos;
}

export const namesSomebody = (text: string): boolean => NAMES_SOMEBODY.test(text);
/** A line that names an organisation and nothing else (`Försäkringskassan`, `Region Skåne`, `Östby kommun`). */
export const namesOrganisationOnly = (text: string): boolean => ORGANISATION_LINE.test(text);

export function findParticipantGroups(lines: readonly Line[], start: number, end: number, excluded: readonly Range[]): ParticipantGroup[] {
  const groups: ParticipantGroup[] = [];
  let current: ParticipantGroup | null = null;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (excluded.some((r) => i >= r.start && i < r.end)) {
      current = null;
      continue;
    }
    if (isBlank(line)) continue;
    const h = heading(line);
    if (h) {
      current = { label: h.label, role: roleOfHeading(h.label), at: i, entries: h.inline !== '' ? [{ text: h.inline, line: line.no }] : [] };
      groups.push(current);
      continue;
    }
    if (!current) continue;
    if (STOP.test(line.text) || line.heading > 0 || /^§/.test(line.text) || reportsOpening(line.flat)) {
      current = null;
    } else if (columns(line.text).every((c) => COLUMN_HEADS.has(c.toLowerCase()))) {
      // the head row of a participant table
    } else if (NAMES_SOMEBODY.test(line.text) || ORGANISATION_LINE.test(line.flat) || (current.entries.length > 0 && isAttendanceRemark(line.text)) || namesByGivenNameOrNobody(line.flat)) {
      current.entries.push({ text: line.text, line: line.no });
    } else if (!SUB_LABEL.test(line.flat)) {
      current = null;
    }
  }
  return groups;
}

/** `Anna`, `Johan (FK)`: a given name alone on its line (notes name people so); `Vakant (SD)`, a seat nobody holds, which ends no list. */
const namesByGivenNameOrNobody = (text: string): boolean => givenNameList(text, 1) !== null || isVacantSeat(text);

/** A line that opens with a transcript's page number and goes on in prose (asked only where a digit opens it). */
export function pageThenProse(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57 && (PAGE_THEN_PROSE.test(text) || PAGE_TWICE.test(text));
}
// `3 3 Exp: Revisionen …`: the transcript's number of a page and the page's own, the same, before its text (a page of one
// paragraph, left uncut), no entry of a list
const PAGE_TWICE = new RegExp(`^(\\d{1,3}) \\1 (?=[${UPPER_LETTER}])`, 'u');
