// What a transcript flattens after a whole roll of names: the roll's second column, its filled cells only
// (`Ek, Anna Lind, Per Holm, Eva Ås, Bo ordförande vice ordförande`), and a remark on attendance the table kept
// in a cell of its own (`… anlände kl. 17.10 under behandlingen av 78 §`). A column as long as the roll pairs
// with it by order (read where the roll is read); a shorter one of the presidium's positions is the top rows'
// (the chair's and the vice chairs' cells, the others blank); a remark after such a column names no row, and
// is nobody's. Written after the last name with no column between, a remark is that person's own.
import { ATTENDANCE_CHANGE, PRESIDIUM_POSITION_ENDS } from '../lexicon/sv.js';

const CHANGE_VERBS: ReadonlySet<string> = new Set<string>([...ATTENDANCE_CHANGE.arrives, ...ATTENDANCE_CHANGE.leaves]);
const PRESIDIUM: ReadonlySet<string> = new Set<string>(PRESIDIUM_POSITION_ENDS);
// a remark is a few words (`avlägsnade sig kl. 19.05 efter § 82`), two of them at most
const MAX_REMARK_WORDS = 16;
const DIGIT = /\d/u;

/**
 * Where a remark on attendance opens that runs to the words' end (a verb of coming or leaving, a time or a § number in
 * it), or -1. Asked of the last few words only.
 */
export function trailingRemarkAt(words: readonly string[]): number {
  let at = -1;
  let digit = false;
  for (let k = words.length - 1; k >= 0 && k >= words.length - MAX_REMARK_WORDS; k--) {
    const w = words[k]!;
    digit ||= DIGIT.test(w) || w === '§';
    if (CHANGE_VERBS.has(w)) at = k;
  }
  return digit ? at : -1;
}

// the words before a presidium's position's own word: its ordinal and `vice` (`II vice ordf.`)
const MAX_QUALIFIERS = 2;

/**
 * The roll's entries with the presidium's positions of a column shorter than the roll, the top rows' in order
 * (`ordförande`, `vice ordförande` after four names: the first two's); null where the column's words are not so.
 */
export function presidiumAtTop(entries: readonly string[], words: readonly string[]): string[] | null {
  const runs: string[] = [];
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    if (!PRESIDIUM.has(words[k]!)) continue;
    if (k - from > MAX_QUALIFIERS) return null;
    runs.push(words.slice(from, k + 1).join(' '));
    from = k + 1;
  }
  if (from !== words.length || runs.length < 2 || runs.length >= entries.length) return null;
  return entries.map((e, k) => (k < runs.length ? `${e}, ${runs[k]!}` : e));
}
