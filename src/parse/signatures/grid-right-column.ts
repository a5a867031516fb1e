// Swedish-language Finnish minutes whose signing grid held the signatures in its right column
// (the templates of three towns and municipalities): flattened row by row, the labels of the chair
// and the secretary come first with no name beside them, and their two names follow the next
// row's label, the adjusting's, on either side of its place and day (or of its `Tid` left blank
// for the pen, or of the word `Underskrift`):
//   `Ordförande:` / `Protokollförare:` / `Protokolljustering plats och tid: Eva Lund Åby, den 3 maj 2021 Bo Ek`
//   `UNDERSKRIFT Ordförande … Protokollförare PROTOKOLL-` / `JUSTERING Eva Lund` / `Tid och plats Åby` / `Underskrift Bo Ek`
// The adjusters sign in the posting's rows after it, beside the one who certifies the posting
// (the name with a position after it, `Bo Ek, kommunsekreterare`, or after `Intygas`), whose name is no adjuster's.
import { ADJUSTING_LABEL_TAILS, FRONT_PAGE_LABELS, GRID_CERTIFYING_WORDS, GRID_SEPARATING_WORDS } from '../../lexicon/frontpage.js';
import { POSTING } from '../../lexicon/sv.js';
import { roleOfLabel } from '../../segment/signatures.js';
import { looksLikeName } from '../../split/titles.js';
import { findDates } from '../../text/dates.js';
import { isBlank, type Line } from '../../text/line.js';
import { isGivenName, isPositionAlone, isStaffPosition } from '../../text/persons.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import type { FrontSigners } from '../frontpage/signers.js';

const wordsOf = (field: string): string[] => FRONT_PAGE_LABELS.filter((l) => l.field === field).flatMap((l) => l.words);
// the heading of the signing grid (`UNDERSKRIFT`, `Underskrifter:`) opens its first line
const HEADING = new RegExp(`^(?:${alternation([...wordsOf('signatures'), 'underskrift'])})(?![${ANY_LETTER}])`, 'iu');
// the adjusting's label and the posting's, their last words perhaps (`Protokolljustering plats och tid:`)
const ADJUSTING = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(wordsOf('adjustedAt'))})(?![${ANY_LETTER}])(?:,? (?:${alternation(ADJUSTING_LABEL_TAILS)})(?![${ANY_LETTER}]))?[\\s:,]*`, 'iu');
const POSTED = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...POSTING.postedFrom])})(?![${ANY_LETTER}])`, 'iu');
// a signer's label, a word alone (`Ordförande`, `Protokollförare:`)
const SIGNER_LABEL = new RegExp(`(?<![${ANY_LETTER}])[${UPPER_LETTER}][${ANY_LETTER}]+(?=[\\s:]|$)`, 'gu');
// a label's word broken over two lines in capitals (`PROTOKOLL-` / `JUSTERING`)
const CAPITALS_BROKEN = new RegExp(`([${UPPER_LETTER}]{2})- (?=[${UPPER_LETTER}]{2})`, 'gu');
// the grid's rows: the heading's line and the few after it, up to a blank line
const GRID_ROWS = 8;
// no meeting has more adjusters than this
const MAX_ADJUSTERS = 3;
// the day stands right after the adjusting's place (`Åby, den 3 maj 2021`)
const PLACE_REACH = 30;
// a given name and a surname, perhaps a middle initial between (`Eva R Lund`)
const NAME = new RegExp(`([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?: [${UPPER_LETTER}]\\.?)? [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?(?![${ANY_LETTER}])`, 'gu');
// the word after a name: a position there makes it the certifier's (`, kommunsekreterare`, ` förvaltningsdirektör`)
const WORD_AFTER = new RegExp(`^,? ?([${LOWER_LETTER}][${LOWER_LETTER}.-]+)`, 'u');
// the word before a name that makes it the certifier's (`Intygas Bo Ek`)
const CERTIFYING_BEFORE = new RegExp(`(?:${alternation(GRID_CERTIFYING_WORDS)})[\\s:,]*$`, 'iu');
// what stands between the chair's and the secretary's names besides the place and day (`Tid och plats Åby Underskrift`)
const SEPARATING = new RegExp(`^(?:${alternation(GRID_SEPARATING_WORDS)})(?![${ANY_LETTER}])`, 'iu');

/** The signers such a grid in the header (lines start–end) names, or null where it holds none. */
export function signersBesideGrid(lines: readonly Line[], start: number, end: number): FrontSigners | null {
  for (let i = start; i < end; i++) {
    // (the cheap test first: a line that opens with the grid's heading)
    if (!HEADING.test(lines[i]!.flat)) continue;
    let text = '';
    for (let k = i; k < Math.min(end, i + GRID_ROWS) && !isBlank(lines[k]!); k++) text += (text ? ' ' : '') + lines[k]!.flat;
    // (a name the lexicon lacks a given name of signs too where the lists above name the person: `Teuvo Peltonen`)
    let roll: string | null = null;
    const listed = (name: string): boolean => (roll ??= lines.slice(start, i).map((l) => l.flat).join(' ')).includes(name);
    const found = readGrid(text.replace(CAPITALS_BROKEN, '$1'), listed);
    if (found) return found;
  }
  return null;
}

/** `UNDERSKRIFT Ordförande Protokollförare PROTOKOLLET HAR JUSTERATS Eva Lund Tid Bo Ek PROTOKOLLET … Karin Strand …`: the signers, or null. */
function readGrid(text: string, listed: (name: string) => boolean): FrontSigners | null {
  const adjusting = ADJUSTING.exec(text);
  if (!adjusting) return null;
  // the two labels before the adjusting's, with no person's name after either of them
  const roles: ('chair' | 'secretary')[] = [];
  const before = text.slice(0, adjusting.index);
  for (const m of before.matchAll(SIGNER_LABEL)) {
    const role = roleOfLabel(m[0]);
    if ((role === 'chair' || role === 'secretary') && !roles.includes(role)) roles.push(role);
  }
  if (roles.length !== 2 || namesIn(before).length > 0) return null;
  const rest = text.slice(adjusting.index + adjusting[0].length);
  const posted = POSTED.exec(rest);
  const pair = namesAround(posted ? rest.slice(0, posted.index) : rest);
  if (!pair) return null;
  const out: FrontSigners = { chair: [], secretary: [], adjusters: [] };
  out[roles[0]!].push(pair[0]);
  out[roles[1]!].push(pair[1]);
  if (posted) out.adjusters = namesIn(rest.slice(posted.index + posted[0].length), listed).filter((n) => !pair.includes(n)).slice(0, MAX_ADJUSTERS);
  return out;
}

/**
 * `Eva Lund Åby, den 3 maj 2021 Bo Ek`, `Eva Lund Tid Bo Ek`, `Eva Lund Tid och plats Åby Underskrift Bo Ek`: the
 * names before and after the place and day; or null.
 */
function namesAround(value: string): [string, string] | null {
  const words = value.trim().split(' ');
  // (the first name: two words, three with a middle initial or a second given name)
  for (const k of [2, 3]) {
    if (k + 2 > words.length) break;
    const first = words.slice(0, k).join(' ');
    if (!looksLikeName(first)) continue;
    const rest = words.slice(k).join(' ');
    const date = findDates(rest)[0];
    if (!SEPARATING.test(rest) && !(date && date.index <= PLACE_REACH)) continue;
    const last = lastName(words.slice(k));
    if (last) return [first, last];
  }
  return null;
}

/** The name that ends the words (two of them, or three with a middle initial), where the words before it are not all one name; or null. */
function lastName(words: readonly string[]): string | null {
  const two = words.slice(-2).join(' ');
  const three = words.length >= 4 ? words.slice(-3).join(' ') : '';
  const name = three !== '' && /^[\p{Lu}]\.?$/u.test(words[words.length - 2]!) && isGivenName(words[words.length - 3]!) ? three : two;
  return looksLikeName(name) && name.split(' ').length < words.length ? name : null;
}

/**
 * The persons' names in a text: a given name first. Of the posting's rows (`listed` given: a name of the lists above
 * counts too), none the certifier's: a position after it, or `Intygas` before it.
 */
function namesIn(text: string, listed?: (name: string) => boolean): string[] {
  const out: string[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    if (!isGivenName(m[1]!) && !listed?.(m[0])) {
      // (`Åstad Peter Nordvik`: a place's word before a name; the name may open on the next word)
      NAME.lastIndex = m.index + m[1]!.length + 1;
      continue;
    }
    if (listed) {
      const after = WORD_AFTER.exec(text.slice(m.index + m[0].length));
      if ((after !== null && (isStaffPosition(after[1]!) || isPositionAlone(after[1]!))) || CERTIFYING_BEFORE.test(text.slice(0, m.index))) continue;
    }
    if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}
