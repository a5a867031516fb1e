// A notice whose signers run on at the end of one source line, each name before its role's label, after the
// agenda's last point, a greeting or a date (`6. Avslutning Välkomna! Anna Ek Ordförande Per Ås Sekreterare`,
// `Norrby 2020-03-02 Anna Ek Ordförande Per Ås Sekreterare`). The reflow cuts such a line at each label, so
// that no piece reads as the run it was (`6. Avslutning` / `Välkomna! Anna Ek` / `Ordförande Per Ås Sekreterare`,
// the last piece a label, a name and a label): the pieces of the document's last source line are read joined.
import { isBlank, type Line } from '../../text/line.js';
import type { Signers } from './blocks.js';
import { namesThenLabelsOnLine } from './names-then-labels.js';
import { isGivenName } from '../../text/persons.js';
import { roleOfLabel } from '../../segment/signatures.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// how many pieces of one source line are joined at most (the point, the greeting, a signer's piece each)
const PIECES = 6;
// a line that long is a page run on, not a notice's close
const MAX_LENGTH = 240;

/**
 * The signers of such a run ending the document (lines start–end), each with the label after the name; null where the
 * last source line was not cut into pieces or ends otherwise.
 */
export function signersRunAtEnd(lines: readonly Line[], start: number, end: number): Signers | null {
  let last = end - 1;
  while (last >= start && isBlank(lines[last]!)) last--;
  if (last <= start) return null;
  let text = lines[last]!.flat;
  if (lines[last - 1]!.no === lines[last]!.no) {
    for (let k = last - 1, n = 1; k >= start && n < PIECES && lines[k]!.no === lines[last]!.no; k--, n++) {
      if (isBlank(lines[k]!)) break;
      text = `${lines[k]!.flat} ${text}`;
    }
  } else if (!isBlank(lines[last - 1]!) && labelsOnly(text)) {
    // `4. Övriga frågor Anna Ek Per Ås` over `Ordförande Sekreterare`: the names run on after the point, their labels below in order
    text = `${lines[last - 1]!.flat} ${text}`;
  }
  if (text.length > MAX_LENGTH) return null;
  // (`Anna Ek, ordförande Per Ås, sekreterare`: the comma between a name and its label)
  if (text.includes(',')) text = text.replace(COMMA_BEFORE_WORD, (m, word: string) => (roleOfLabel(word) !== null ? ` ${word}` : m));
  // (the run opens on a given name: not `Avslutning Anna Ek`, the point's title before it; the longest run first)
  const words = text.split(' ');
  // (or, where no given name the lexicon knows opens it, `2013 Berndt Ullström Ordförande …`: two capitalised words right
  // before the first label, the shape of a name, where nothing before the label can be a title's word)
  for (const opens of [isGivenName, opensNameBeforeLabel]) {
    for (let k = 0; k + 3 < words.length; k++) {
      if (!opens(words[k]!, words, k)) continue;
      const run = namesThenLabelsOnLine(words.slice(k).join(' '));
      if (!run) continue;
      const signers: Signers = { chair: [], secretary: [], adjusters: [] };
      for (const { role, name } of run) if (!signers[role].includes(name)) signers[role].push(name);
      return signers;
    }
  }
  return null;
}

// a capitalised word of letters (a hyphen inside allowed)
const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}]+)?$`, 'u');
/** Word k and the next are capitalised, no label, and a signer's label follows them: a name of two words before its label. */
function opensNameBeforeLabel(word: string, words: readonly string[], k: number): boolean {
  const next = words[k + 1]!;
  return CAPITALISED.test(word) && CAPITALISED.test(next) && roleOfLabel(word) === null && roleOfLabel(next) === null && roleOfLabel(words[k + 2]!) !== null;
}

// a comma and the word after it
const COMMA_BEFORE_WORD = new RegExp(`,\\s+([${ANY_LETTER}]+)(?![${ANY_LETTER}])`, 'gu');

/** Two labels of signers or more and nothing else (`Ordförande Sekreterare`). */
function labelsOnly(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => roleOfLabel(w) !== null);
}

/** A name as the blocks read it without the labels' words cut in with it (`Ordförande Per Ås` → `Per Ås`). */
export function withoutLabelWords(name: string): string {
  return name
    .split(' ')
    .filter((w) => roleOfLabel(w) === null)
    .join(' ');
}
