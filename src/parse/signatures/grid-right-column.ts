// Swedish-language Finnish minutes whose signing grid held the signatures in its right column
// (Kronoby's and Närpes's templates): flattened row by row, the labels of the chair and the
// secretary stand alone one a line, and their two names come after the next row's label, the
// adjusting's, on either side of its place and day (or of its `Tid` left blank for the pen):
//   `Ordförande:` / `Protokollförare:` / `Protokolljustering plats och tid: Eva Lund Åby, den 3 maj 2021 Bo Ek`
// The adjusters sign in the posting's rows after it, beside the one who certifies the posting
// (the name with a position after it: `Bo Ek, kommunsekreterare`), whose name is no adjuster's.
import { ADJUSTING_LABEL_TAILS, FRONT_PAGE_LABELS } from '../../lexicon/frontpage.js';
import { alternation } from '../../text/patterns.js';
import { roleOfLabel } from '../../segment/signatures.js';
import { looksLikeName } from '../../split/titles.js';
import { findDates } from '../../text/dates.js';
import { isBlank, type Line } from '../../text/line.js';
import { isGivenName, isPositionAlone, isStaffPosition } from '../../text/persons.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import type { FrontSigners } from '../frontpage/signers.js';

// the adjusting's labels, longest first (`protokolljustering plats och tid` before `protokolljustering`)
const ADJUSTING = FRONT_PAGE_LABELS.filter((l) => l.field === 'adjustedAt').flatMap((l) => l.words).sort((a, b) => b.length - a.length);
// the label's last words where the lexicon's label ends before them, and the colon (`plats och tid:`)
const LABEL_TAIL = new RegExp(`^[\\s:,]*(?:(?:${alternation(ADJUSTING_LABEL_TAILS)})(?![\\p{L}]))?[\\s:,]*`, 'iu');
// a label alone on its line is short (`Protokollförare:`)
const LABEL_LENGTH = 20;
// the posting's rows after the adjusting's: two or three lines
const POSTING_ROWS = 4;
// no meeting has more adjusters than this
const MAX_ADJUSTERS = 3;
// a name of the chair or the secretary: two to four words
const MAX_NAME_WORDS = 4;
// the day stands right after the adjusting's place (`Åby, den 3 maj 2021`)
const PLACE_REACH = 30;
// `Tid` left blank for the pen between the two names (`Eva Lund Tid Bo Ek`)
const BLANK_TIME = /^tid(?: och plats)?(?![\p{L}])/iu;
// a given name and a surname, perhaps a middle initial between (`Eva R Lund`)
const NAME = new RegExp(`([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?: [${UPPER_LETTER}]\\.?)? [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?(?![${ANY_LETTER}])`, 'gu');
// the word after a name: a position there makes it the certifier's (`, kommunsekreterare`, ` förvaltningsdirektör`)
const WORD_AFTER = new RegExp(`^,? ?([${LOWER_LETTER}][${LOWER_LETTER}.-]+)`, 'u');

/** The signers such a grid names, or null where the header holds none. */
export function signersBesideGrid(lines: readonly Line[], start: number, end: number): FrontSigners | null {
  for (let i = start; i + 2 < end; i++) {
    // (the cheap tests first: two short lines, each a signer's label)
    const first = lines[i]!.flat;
    if (first.length > LABEL_LENGTH || lines[i + 1]!.flat.length > LABEL_LENGTH) continue;
    const roles = [roleOfLabel(first), roleOfLabel(lines[i + 1]!.flat)];
    if (!roles.includes('chair') || !roles.includes('secretary')) continue;
    const value = afterAdjustingLabel(lines[i + 2]!.flat);
    const pair = value === null ? null : namesAroundDay(value);
    if (!pair) continue;
    const out: FrontSigners = { chair: [], secretary: [], adjusters: [] };
    out[roles[0]!].push(pair[0]);
    out[roles[1]!].push(pair[1]);
    out.adjusters = adjustersAfter(lines, i + 3, end, pair);
    return out;
  }
  return null;
}

/** The text after an adjusting label that opens the line, or null. */
function afterAdjustingLabel(text: string): string | null {
  const lower = text.toLowerCase();
  for (const w of ADJUSTING) {
    if (!lower.startsWith(w) || /\p{L}/u.test(lower.charAt(w.length))) continue;
    return text.slice(w.length).replace(LABEL_TAIL, '');
  }
  return null;
}

/** `Eva Lund Åby, den 3 maj 2021 Bo Ek`, `Eva Lund Tid Bo Ek`: the names before and after the place and day; or null. */
function namesAroundDay(value: string): [string, string] | null {
  const words = value.split(' ');
  for (let k = 2; k <= MAX_NAME_WORDS && k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    if (!looksLikeName(name)) break;
    const rest = words.slice(k).join(' ');
    let tail: string | null = null;
    const blank = BLANK_TIME.exec(rest);
    if (blank) tail = rest.slice(blank[0].length);
    else {
      const dates = findDates(rest);
      const last = dates[dates.length - 1];
      if (dates[0] && dates[0].index <= PLACE_REACH && last) tail = rest.slice(last.index + last.length);
    }
    if (tail === null) continue;
    const other = tail.trim();
    if (other.split(' ').length <= MAX_NAME_WORDS && looksLikeName(other)) return [name, other];
  }
  return null;
}

/** The names in the posting's rows (from line `from` to a blank line) that are neither a signer's already nor the certifier's. */
function adjustersAfter(lines: readonly Line[], from: number, end: number, signers: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = from; i < Math.min(end, from + POSTING_ROWS) && !isBlank(lines[i]!); i++) {
    const text = lines[i]!.flat;
    NAME.lastIndex = 0;
    for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
      if (!isGivenName(m[1]!)) {
        // (`Närpes Peter Andersén`: a place's word before a name; the name may open on the next word)
        NAME.lastIndex = m.index + m[1]!.length + 1;
        continue;
      }
      const after = WORD_AFTER.exec(text.slice(m.index + m[0].length));
      const certifier = after !== null && (isStaffPosition(after[1]!) || isPositionAlone(after[1]!));
      if (!certifier && !signers.includes(m[0]) && !out.includes(m[0]) && out.length < MAX_ADJUSTERS) out.push(m[0]);
    }
  }
  return out;
}
