// Every match of a costly pattern over a long text, read only where a plain pattern finds a
// word each match must hold. A Unicode pattern that ignores case reads a header of some
// thousand characters slowly at every word start; the plain hint finds the few places worth
// the pattern's look (most headers name no public body, or name it once).

/**
 * The matches `allMatches(pattern, text)` gives, found by trying `sticky` (the pattern with the `y` flag) only from
 * `earliest(text, at)` up to `at`, for each place `at` where the global, plain `hint` finds the word. Exact when every
 * match holds a word the hint finds, starting no earlier than `earliest` gives, and `earliest` never goes back as `at`
 * goes on.
 */
export function matchesNear(sticky: RegExp, hint: RegExp, text: string, earliest: (text: string, at: number) => number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // the first place not yet tried: after a match, its end (matches do not overlap)
  let next = 0;
  hint.lastIndex = 0;
  for (let h = hint.exec(text); h !== null; h = hint.exec(text)) {
    const at = h.index;
    for (let p = Math.max(next, earliest(text, at)); p <= at; p++) {
      // (the pattern reads code points: no match starts inside a surrogate pair)
      if (isTrailSurrogate(text.charCodeAt(p)) && p > 0 && isLeadSurrogate(text.charCodeAt(p - 1))) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m === null) continue;
      out.push(m);
      next = p + m[0].length;
      break;
    }
    next = Math.max(next, at + 1);
    // (the next word may start inside this one)
    hint.lastIndex = at + 1;
  }
  hint.lastIndex = 0;
  sticky.lastIndex = 0;
  return out;
}

const isLeadSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrailSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const NAME_CHARACTER = /[\p{L}-]/u;
const isNameCharacter = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  // (half of a letter outside the first plane is taken for a letter: the bound may only come out earlier)
  return (c >= 0xd800 && c <= 0xdfff) || NAME_CHARACTER.test(text.charAt(k));
};

/**
 * The earliest place a match of up to `words` words (letters and hyphens, one space after each) right before `at` can
 * start: back over letters, hyphens and spaces, up to the space before the first of those words.
 */
export function wordsBefore(words: number): (text: string, at: number) => number {
  return (text, at) => {
    let k = at;
    let spaces = 0;
    while (k > 0) {
      if (text.charCodeAt(k - 1) === 32) {
        if (++spaces > words) break;
      } else if (!isNameCharacter(text, k - 1)) break;
      k--;
    }
    return k;
  };
}
