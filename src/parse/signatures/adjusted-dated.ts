// Minutes that say on one line the day they were adjusted, the signers' names after the day with no label of roles:
// `Justerat tisdagen den 1 februari 2011 Anna Ek Per Ås Eva Lund` at a fullmäktige protocol's head, or the day on its
// own line over the names in columns at the foot (`Justerat den 19 april 2019` / `Anna Ek      Lisa Berg`). The names
// are the signers; which of them signs as chair the minutes tell elsewhere (see `chairOfDated`).
import type { Item, Participant } from '../../schema/result.js';
import { ADJUSTED_DATED_OPENINGS, BESIDE_THE_CHAIR, WEEKDAYS } from '../../lexicon/sv.js';
import { findDates } from '../../text/dates.js';
import { columns, isBlank, nextContent, type Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { looksLikeName } from '../../split/titles.js';
import { runTogether } from '../../segment/signatures.js';
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
// how many lines down the names may stand under the day
const BELOW = 2;

export interface AdjustedDated {
  names: string[];
  adjustedOn: string;
}

/** The first such line of the document (lines start–end): its day and the names after it or on the line under it; or null. */
export function adjustedDated(lines: readonly Line[], start: number, end: number): AdjustedDated | null {
  for (let i = start; i < end; i++) {
    const flat = lines[i]!.flat;
    if (!FIRST.has(flat.charCodeAt(0))) continue;
    const m = OPENS.exec(flat);
    const day = m ? findDates(flat.slice(m[0].length))[0] : undefined;
    if (!m || !day || day.index !== 0 || day.iso === null) continue;
    const rest = flat.slice(m[0].length + day.length).trim();
    const names = rest === '' ? namesBelow(lines, i, end) : namesOpening(rest);
    if (names && names.length >= 2) return { names, adjustedOn: day.iso };
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
