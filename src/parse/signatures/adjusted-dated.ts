// Minutes that say on one line the day they were adjusted, the signers' names after the day with no label of roles:
// `Justerat tisdagen den 1 februari 2011 Anna Ek Per Ås Eva Lund` at a fullmäktige protocol's head, or the day on its
// own line over the names in columns at the foot (`Justerat den 19 april 2019` / `Anna Ek      Lisa Berg`). The names
// are the signers; which of them signs as chair the minutes tell elsewhere (see `chairOfDated`).
import type { Item, Participant } from '../../schema/result.js';
import { ADJUSTED_DATED_OPENINGS, BESIDE_THE_CHAIR, SUBSTITUTE_PHRASES, WEEKDAYS } from '../../lexicon/sv.js';
import { findDates } from '../../text/dates.js';
import { dayAfterMeeting } from '../frontpage/posting.js';
import { columns, isBlank, nextContent, type Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { looksLikeName } from '../../split/titles.js';
import { roleOfLabel, runTogether, type SignatureRole } from '../../segment/signatures.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import type { Signers } from './blocks.js';

// the opening words, a weekday and `den` perhaps, and the day's first digit
const OPENS = new RegExp(`^(?:${alternation(ADJUSTED_DATED_OPENINGS)})(?::|\\s)\\s*(?:(?:${alternation(WEEKDAYS)})\\s+)?(?:den\\s+)?(?=\\d)`, 'iu');
// (every opening starts with `j` or `p`: the cheap test before the pattern)
const FIRST = new Set<number>([0x6a, 0x4a, 0x70, 0x50]);
// the run of capitalised words that opens the text after the day (a word that ends in a point, `Anf.`, ends it)
// (a double name's second part capitalised too: `Sven-Erik`)
const WORD = `[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*`;
const NAMES_RUN = new RegExp(`^${WORD}(?:\\s${WORD})+(?![${ANY_LETTER}.-])`, 'u');
// where a day's opening runs on after a signer (its capitalised first word after a space)
const RUN_ON_OPENING = ' Juster';
// `Eva Ek (S), sekreterare`: a signer with the role after the name, all the line holds before it
const SIGNER_BEFORE = new RegExp(`^${WORD}(?:\\s${WORD}){1,3}(?:\\s\\([^()]{1,12}\\))?,\\s+[${LOWER_LETTER}]+$`, 'u');
// how many lines down the names may stand under the day
const BELOW = 2;

export interface AdjustedDated {
  names: string[];
  adjustedOn: string;
  /** Each name's role where the line writes it after the name (`Eva Ek (S), ordförande`); null where it writes none. */
  roles: SignatureRole[] | null;
  /** The adjusters the signers replace (`Bo Lind, ersätter Siv Al som justerare`): Siv Al adjusts no more. */
  replaced: string[];
}

/**
 * The first such line of the document (lines start–end): its day and the names after it or on the line under it; or null.
 * (Signers written with their roles may follow a day without its year, `Justerat den 19 november`: the meeting's year.)
 */
export function adjustedDated(lines: readonly Line[], start: number, end: number, meetingDate: string | null = null): AdjustedDated | null {
  for (let i = start; i < end; i++) {
    const whole = lines[i]!.flat;
    // (or run on after a signer's `Name, role` on a page flattened: `Eva Ek, sekreterare Justerat den 3 mars …`, capitalised)
    const at = FIRST.has(whole.charCodeAt(0)) ? 0 : whole.indexOf(RUN_ON_OPENING) + 1;
    if (at === 0 && !FIRST.has(whole.charCodeAt(0))) continue;
    if (at > 0 && !SIGNER_BEFORE.test(whole.slice(0, at - 1))) continue;
    const flat = at > 0 ? whole.slice(at) : whole;
    const m = OPENS.exec(flat);
    const day = m ? findDates(flat.slice(m[0].length))[0] : undefined;
    if (!m || !day || day.index !== 0) continue;
    const rest = flat.slice(m[0].length + day.length).trim();
    if (day.iso !== null) {
      const names = rest === '' ? namesBelow(lines, i, end) : namesOpening(rest);
      if (names && names.length >= 2) return { names, adjustedOn: day.iso, roles: null, replaced: [] };
    }
    const on = day.iso ?? (meetingDate !== null && day.year === null ? dayAfterMeeting(flat.slice(m[0].length, m[0].length + day.length), meetingDate) : null);
    const signed = rest === '' || on === null ? null : signersWithRoles(rest);
    if (signed && on !== null) return { ...signed, adjustedOn: on };
  }
  return null;
}

/** `Anna Ek Per Ås Eva Lund Anf. 1-7 …`: the names the text opens with. */
function namesOpening(text: string): string[] | null {
  const m = NAMES_RUN.exec(text);
  if (!m) return null;
  const names = runTogether(m[0]);
  return names.length >= 2 && names.every((n) => n.split(' ').length <= 3 && looksLikeName(n)) ? names : null;
}

// `Eva Ek (S), ordförande`, `Bo Lind, justerare`, `Bo Lind (M), ersätter Siv Al (L) som justerare`: a signer with the role
// after a comma, the one replaced named between (read from where the last one ended: the line may run on after them)
const PARTY = `(?:\\s\\([^()]{1,12}\\))?`;
const SIGNER_NAME = `${WORD}(?:\\s${WORD}){1,3}`;
const ROLE_WORD = `[${LOWER_LETTER}]+`;
const SIGNER_WITH_ROLE = new RegExp(
  `\\s*(${SIGNER_NAME})${PARTY},\\s+(?:(?:${alternation(SUBSTITUTE_PHRASES)})\\s+(${SIGNER_NAME})${PARTY}\\s+som\\s+)?(${ROLE_WORD})(?![${ANY_LETTER}])`,
  'uy',
);

/** `Eva Ek (S), ordförande Bo Lind (M), justerare …`: the signers the text opens with, each with its role; two at least, else null. */
function signersWithRoles(text: string): Omit<AdjustedDated, 'adjustedOn'> | null {
  const names: string[] = [];
  const roles: SignatureRole[] = [];
  const replaced: string[] = [];
  SIGNER_WITH_ROLE.lastIndex = 0;
  for (let m = SIGNER_WITH_ROLE.exec(text); m; m = SIGNER_WITH_ROLE.exec(text)) {
    const role = roleOfLabel(m[3]!);
    if (role === null || !looksLikeName(m[1]!)) break;
    names.push(m[1]!);
    roles.push(role);
    if (m[2] !== undefined && role === 'adjusters') replaced.push(m[2]);
  }
  return names.length >= 2 ? { names, roles, replaced } : null;
}

/** The names on the line under the day: one a column, or run together. */
function namesBelow(lines: readonly Line[], i: number, end: number): string[] | null {
  const k = nextContent(lines, i + 1, end);
  if (k < 0 || k - i > BELOW || isBlank(lines[k]!)) return null;
  const cols = columns(lines[k]!.text);
  if (cols.length > 1) return cols.every((c) => c.split(' ').length <= 3 && looksLikeName(c)) ? cols : null;
  return lines[k]!.flat.length === NAMES_RUN.exec(lines[k]!.flat)?.[0].length ? namesOpening(lines[k]!.flat) : null;
}

// the minutes' words that elect the adjusters to sign beside the chair
const BESIDE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(BESIDE_THE_CHAIR)})(?![${ANY_LETTER}])`, 'iu');
// how many of the first items are read for those words
const ITEMS_READ = 5;

/**
 * The signers of such a line with their roles: the one the list of who took part names `ordförande` signs as chair;
 * where the list names none of them, the first name does when the minutes elect the others to adjust beside the chair
 * (`Att tillsammans med ordföranden justera sammanträdets protokoll utsågs …`), the chair's name printed first. The rest
 * adjust. Null where neither tells who the chair is.
 */
export function chairOfDated(names: readonly string[], people: readonly Participant[], items: readonly Item[]): Signers | null {
  const listed = people.filter((p) => p.role !== 'absent' && p.position === 'ordförande' && names.includes(p.name)).map((p) => p.name);
  const chair = listed.length === 1 ? listed[0]! : listed.length === 0 && items.slice(0, ITEMS_READ).some((it) => BESIDE.test(it.text) || BESIDE.test(it.title)) ? names[0]! : null;
  return chair === null ? null : { chair: [chair], secretary: [], adjusters: names.filter((n) => n !== chair) };
}
