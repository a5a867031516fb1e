// Words hyphenated across a line break (`bas-` + `granskningen`) are joined on the first
// line, so every later stage and every output string sees `basgranskningen`. A hyphen
// before `och`/`eller` is a suspended compound (`sjuk- och aktivitetsersättning`) and
// stays; after a capital or digit (`EU-` + `projekt`) the hyphen is part of the word.
import { SUSPENDED_HYPHEN_NEXT } from '../lexicon/sv.js';
import type { Line } from '../text/line.js';
import { ANY_LETTER, LOWER_LETTER } from '../text/letters.js';

const ENDS_HYPHENATED = new RegExp(`([${ANY_LETTER}])-$`, 'u');
const FIRST_WORD = new RegExp(`^([${LOWER_LETTER}][${ANY_LETTER}\\p{N}-]*)([.,;:!?)]*)(?:\\s+|$)`, 'u');
const SUSPENDED = new Set<string>(SUSPENDED_HYPHEN_NEXT);
const MAX_BLANKS_BETWEEN = 2;

export function joinHyphenated(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (the hyphen first: the pattern would read every line from its start to find that it ends in none)
    if (line.text.charCodeAt(line.text.length - 1) !== 45 || line.rule) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text === '' && j - i <= MAX_BLANKS_BETWEEN) j++;
    const next = lines[j];
    if (!next || next.text === '' || next.heading || next.bareNumber) continue;
    const joined = joinedWord(line.text, next.text);
    if (!joined) continue;
    line.text = joined.text;
    next.text = joined.next;
  }
}

/**
 * `Verksamhets-` + `utvecklare`: the text with the word finished, and what is left of the next
 * part; null where the hyphen stays a line's end (no hyphenated word, or a suspended compound).
 */
function joinedWord(text: string, next: string): { text: string; next: string } | null {
  const m = ENDS_HYPHENATED.exec(text);
  if (!m) return null;
  const w = FIRST_WORD.exec(next);
  if (!w || SUSPENDED.has(w[1]!)) return null;
  // `EU-` + `projekt`, `e-` + `post`: a capital, a digit or a one-letter prefix keeps its hyphen
  const keepHyphen = /[\p{Lu}\p{N}]/u.test(m[1]!) || /(?:^|[^\p{L}])\p{L}-$/u.test(text);
  return { text: (keepHyphen ? text : text.slice(0, -1)) + w[1]! + w[2]!, next: next.slice(w[0].length).trimStart() };
}

/**
 * The cells of one table row wrapped with `<br>`, each a list of its parts, laid out side by
 * side on lines: where a line's last cell ends in a hyphenated word (`Verksamhets-`), the
 * word goes on in the same cell's next part (`utvecklare`), not in the next line's first cell,
 * which is where `joinHyphenated` would look. Joined in place, before the row is laid out.
 */
export function joinRowHyphens(cells: string[][]): void {
  for (let k = 0; k < Math.max(0, ...cells.map((parts) => parts.length)); k++) {
    let last = -1;
    for (let c = 0; c < cells.length; c++) if ((cells[c]![k] ?? '') !== '') last = c;
    const parts = last < 0 ? undefined : cells[last]!;
    const next = parts?.[k + 1];
    if (!parts || !next || !parts[k]!.endsWith('-')) continue;
    const joined = joinedWord(parts[k]!, next);
    if (!joined) continue;
    parts[k] = joined.text;
    if (joined.next === '') parts.splice(k + 1, 1);
    else parts[k + 1] = joined.next;
  }
}
