// Words hyphenated across a line break (`bas-` + `granskningen`) are joined on the first
// line, so every later stage and every output string sees `basgranskningen`. A hyphen
// before `och`/`eller` is a suspended compound (`sjuk- och aktivitetsersättning`) and
// stays; after a capital or digit (`EU-` + `projekt`) the hyphen is part of the word.
import { SUSPENDED_HYPHEN_NEXT } from '../lexicon/sv.js';
import type { Line } from '../text/line.js';

const ENDS_HYPHENATED = /(\p{L})-$/u;
const FIRST_WORD = /^(\p{Ll}[\p{L}\p{N}-]*)([.,;:!?)]*)(?:\s+|$)/u;
const SUSPENDED = new Set<string>(SUSPENDED_HYPHEN_NEXT);
const MAX_BLANKS_BETWEEN = 2;

export function joinHyphenated(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (the hyphen first: the pattern would read every line from its start to find that it ends in none)
    if (line.text.charCodeAt(line.text.length - 1) !== 45) continue;
    const m = ENDS_HYPHENATED.exec(line.text);
    if (!m || line.rule) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text === '' && j - i <= MAX_BLANKS_BETWEEN) j++;
    const next = lines[j];
    if (!next || next.text === '' || next.heading || next.bareNumber) continue;
    const w = FIRST_WORD.exec(next.text);
    if (!w || SUSPENDED.has(w[1]!)) continue;
    // `EU-` + `projekt`, `e-` + `post`: a capital, a digit or a one-letter prefix keeps its hyphen
    const keepHyphen = /[\p{Lu}\p{N}]/u.test(m[1]!) || /(?:^|[^\p{L}])\p{L}-$/u.test(line.text);
    line.text = (keepHyphen ? line.text : line.text.slice(0, -1)) + w[1]! + w[2]!;
    next.text = next.text.slice(w[0].length).trimStart();
  }
}
