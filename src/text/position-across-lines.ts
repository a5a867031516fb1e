// A surname-first roll run on over lines that an extractor broke anywhere, a person's position cut from the name:
// `Närvarande: Lind Sara ordf. Berg Ville I vice ordf. Ny Anna Maria` / `II vice ordf. Ås Kaj Holm Lotta ersättare`.
// The words that open the next line before its first surname (an ordinal, words in lower case, ending on a position's
// word) are the position of the last person of the line before, who has none of their own; the rest of the line is
// read as a roll again.
import { endsPosition } from './persons.js';
import { surnameFirstRun } from './surname-first-run.js';
import { PRESIDIUM_POSITION_ENDS } from '../lexicon/sv.js';

const ORDINAL = /^(?:I{1,3}|IV)$/u;
const PRESIDIUM: ReadonlySet<string> = new Set<string>(PRESIDIUM_POSITION_ENDS);
// (a position is a few words: `II vice ordf.`, `kommunfullmäktiges I vice ordförande`)
const MAX_WORDS = 4;

/** Where the position that opens `text` ends (the index of its last word's end), or -1 where none opens it. */
function openingPositionEnd(text: string): number {
  let end = -1;
  let at = 0;
  for (let n = 0; n < MAX_WORDS; n++) {
    const space = text.indexOf(' ', at);
    if (space < 0) return -1;
    const word = text.slice(at, space);
    const c = word.charCodeAt(0);
    const lower = (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6;
    if (!lower && !ORDINAL.test(word)) break;
    if (lower && (endsPosition(word) || PRESIDIUM.has(word))) end = space;
    at = space + 1;
  }
  return end;
}

/** `text` is the next line of the surname-first roll `before`, opening with the position of its last person. */
export function carriesPositionBack(before: string, text: string): boolean {
  const end = openingPositionEnd(text);
  if (end < 0) return false;
  const prior = surnameFirstRun(before);
  const last = prior?.[prior.length - 1];
  return last !== undefined && before.endsWith(last) && surnameFirstRun(text.slice(end + 1)) !== null;
}

/**
 * The entries with each position that opens a line of a surname-first roll moved to the end of the line before, whose
 * last person it is; the entries as they are where no line opens so.
 */
export function positionsCarriedBack<E extends { text: string }>(entries: readonly E[]): E[] | null {
  let out: E[] | null = null;
  for (let k = 1; k < entries.length; k++) {
    const text = entries[k]!.text;
    // (the cheap test: the line opens with a word in lower case or an ordinal, as no name does)
    const c = text.charCodeAt(0);
    if (!((c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6 || (c === 73 && (text.startsWith('I ') || text.startsWith('II ') || text.startsWith('III '))))) continue;
    const before = (out ?? entries)[k - 1]!.text;
    // (the line before a roll whose last person has no words after the name)
    if (!carriesPositionBack(before, text)) continue;
    const end = openingPositionEnd(text);
    const rest = text.slice(end + 1);
    out ??= [...entries];
    out[k - 1] = { ...out[k - 1]!, text: `${before} ${text.slice(0, end)}` };
    out[k] = { ...out[k]!, text: rest };
  }
  return out;
}
