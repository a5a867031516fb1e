// Points numbered with a colon, run on in one line (`… 1: Mötets öppnande Ordföranden hälsade … 2: Föregående
// minnesanteckningar …`), as notes often number theirs: each a line of its own, as `1.` points are cut, so that a
// list inside a point's text (`4: Strategi … upplägg: 1. Syftet 2. Bakgrund …`) stays that point's text and the
// points' own numbering wins over it where the items are read.

// how many points after one show that a run of them starts there
const RUN_AFTER_FIRST = 2;
const isUpperAt = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  const ch = text.charAt(k);
  return c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** Point `n` (` n: ` before a capital) stands at or after `from`. */
function pointFollows(text: string, from: number, n: number): number {
  const mark = ` ${n}: `;
  let at = text.indexOf(mark, from);
  while (at >= 0 && !isUpperAt(text, at + mark.length)) at = text.indexOf(mark, at + 1);
  return at < 0 ? -1 : at + mark.length;
}

/**
 * The number of the colon point whose number, `word` (`4:`), stands at `at` before a capitalised word: the next
 * point of the run being read (`expected`), or the first of a run whose next points follow in order; else null.
 */
export function colonPointAt(text: string, at: number, word: string, expected: number): number | null {
  if (word.length < 2 || word.length > 3 || word.charCodeAt(word.length - 1) !== 58) return null;
  const n = Number(word.slice(0, -1));
  if (!Number.isInteger(n) || n < 1 || !isUpperAt(text, at + word.length + 1) || text.charCodeAt(at + word.length) !== 32) return null;
  if (n === expected && expected > 1) return n;
  let from = at + word.length;
  for (let k = 1; k <= RUN_AFTER_FIRST && from >= 0; k++) from = pointFollows(text, from, n + k);
  return from >= 0 ? n : null;
}
