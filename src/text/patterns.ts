// Helpers that turn lexicon word lists into regular expressions. Alternations are sorted
// longest first so `Beslutande ledamöter` wins over `Beslutande`.
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `protokoll` → `Protokoll`: a word as it opens a heading or a sentence. */
export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * `a|bb|c c` → `c\s+c|bb|a`, words matched with flexible whitespace: any phrase that stands at a
 * place, the longest first. Written as a trie (`beslutande(?:\s+(?:ledamöter|och\s+ersättare)|)`),
 * which finds the same phrase at the same place as the flat alternation longest first does: two
 * phrases that both match at one place share the path to the shorter one's end, and the trie
 * tries the longer way on before it takes the shorter (the empty alternative comes last). Branches
 * that open on letters one case-insensitive pattern cannot tell apart (`T`, `t`) stay a flat
 * alternation of their phrases, longest first. A flat alternation of a lexicon's phrases compiled
 * to hundreds of kB of machine code per pattern (the label patterns); the trie to a fraction.
 */
export function alternation(words: readonly string[]): string {
  // (the modules ask for the same lists again, 873 calls for 640 lists at load: each built once)
  const key = JSON.stringify(words);
  let made = ALTERNATIONS.get(key);
  if (made === undefined) ALTERNATIONS.set(key, (made = trieOf(words)));
  return made;
}
const ALTERNATIONS = new Map<string, string>();

function trieOf(words: readonly string[]): string {
  const sorted = [...new Set(words)]
    // plain code-unit order: localeCompare would set up ICU's collator (7 ms at every start)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  // (white space other than one space between two characters: `\s+` could then end where a branch
  // begins, and the trie would try a shorter phrase before the flat alternation does)
  if (sorted.some((w) => ODD_SPACE.test(w))) return sorted.map((w) => spelt(Array.from(w), 0)).join('|');
  // (a phrase is read by its characters; where no phrase holds a surrogate, its code units are those: no array a phrase)
  return branches(sorted.some((w) => SURROGATE.test(w)) ? sorted.map((w) => Array.from(w)) : sorted, 0);
}
const SURROGATE = /[\uD800-\uDFFF]/;

const ODD_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** A phrase's characters from `from` on, as a pattern (a space is any white space). */
// (character by character, escaped as escapeRegExp would: these are built at every start, a regex replace a character was most of it)
const spelt = (chars: ArrayLike<string>, from: number, to = chars.length): string => {
  let out = '';
  for (let k = from; k < to; k++) {
    const c = chars[k]!;
    out += c === ' ' ? '\\s+' : SYNTAX.has(c) ? `\\${c}` : c;
  }
  return out;
};
/** The characters escapeRegExp escapes. */
const SYNTAX = new Set('.*+?^${}()|[]\\');

/** Two characters a case-insensitive pattern may read as one (or white space that `\s+` reads too). */
const mayMeet = (a: Opening, b: Opening): boolean => a.lower === b.lower || a.upper === b.upper || (a.space && b.space);
interface Opening { lower: string; upper: string; space: boolean }

/**
 * For each first character of a node's branches, the characters it may be read as, directly or through others (the
 * closure of mayMeet): each pair compared once, each character's cases made once (growing a set for every character
 * and comparing it with all the others, each time in new strings, was most of the trie's cost at every start).
 */
function meetingGroups(chars: readonly string[]): Map<string, Set<string>> {
  // (most nodes open one way only)
  if (chars.length === 1) return new Map([[chars[0]!, new Set(chars)]]);
  const openings = chars.map((c): Opening => ({ lower: c.toLowerCase(), upper: c.toUpperCase(), space: /\s/.test(c) }));
  const groups = new Map<string, Set<string>>();
  for (const c of chars) groups.set(c, new Set([c]));
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 1; j < chars.length; j++) {
      const a = groups.get(chars[i]!)!;
      const b = groups.get(chars[j]!)!;
      if (a === b || !mayMeet(openings[i]!, openings[j]!)) continue;
      for (const d of b) groups.set(d, a.add(d));
    }
  }
  return groups;
}

/**
 * Where the phrases' shared beginning ends, read on from `from`: the first place where one of them ends or has another
 * character than the first (each phrase read only as far as the ones before it agreed, in one loop: no callback a place).
 */
function sharedTo(group: readonly ArrayLike<string>[], from: number): number {
  const first = group[0]!;
  let end = first.length;
  for (const p of group) {
    let k = from;
    while (k < end && k < p.length && p[k] === first[k]) k++;
    end = k;
  }
  return end;
}

/** Phrases (longest first) that share their first `depth` characters: the rest of each, as one pattern. */
function branches(phrases: readonly ArrayLike<string>[], depth: number): string {
  const byChar = new Map<string, ArrayLike<string>[]>();
  let ends = false;
  for (const p of phrases) {
    if (p.length === depth) {
      ends = true;
      continue;
    }
    const c = p[depth]!;
    const same = byChar.get(c);
    if (same) same.push(p);
    else byChar.set(c, [p]);
  }
  const out: string[] = [];
  const done = new Set<string>();
  const meeting = meetingGroups([...byChar.keys()]);
  for (const [c, group] of byChar) {
    if (done.has(c)) continue;
    // the branches that open on a letter this one may be read as: longest first, as the flat alternation
    const together = meeting.get(c)!;
    if (together.size > 1) {
      for (const d of together) done.add(d);
      out.push(...phrases.filter((p) => p.length > depth && together.has(p[depth]!)).map((p) => spelt(p, depth)));
      continue;
    }
    const first = group[0]!;
    const shared = sharedTo(group, depth + 1);
    if (group.length === 1) out.push(spelt(first, depth));
    else {
      const rest = branches(group, shared);
      out.push(spelt(first, depth, shared) + (rest.includes('|') ? `(?:${rest})` : rest));
    }
  }
  if (ends) out.push('');
  return out.join('|');
}

/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, but read with `exec`:
 * `matchAll` copies the pattern at each call (its species constructor), which made a short
 * text's search three times slower. The matches are all read before any is used, so a
 * caller may run the same pattern again while it walks them. The search starts at the
 * beginning, whatever `lastIndex` a `test` on the pattern left.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // an empty match moves on by one character (a whole code point in a Unicode pattern), as matchAll does
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The matches of a global pattern one at a time, for a caller that stops at the first it
 * wants (reading every match of a long text first cost more than matchAll's copy saved).
 * Each step sets the pattern's `lastIndex` itself, so the caller may use the pattern
 * between steps.
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`eachMatch needs a global pattern: /${re.source}/${re.flags}`);
  let at = 0;
  while (at <= text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) break;
    at = m[0] === '' ? nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v')) : re.lastIndex;
    re.lastIndex = 0;
    yield m;
  }
  re.lastIndex = 0;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * An organ's name in the genitive opening a heading, captured: `Styrelsens`, `Tekniska
 * utskottets`, `Barn- och utbildningsnämndens` (a capitalised word, at most one lower-case
 * word or an `och`-compound after it, the last ending in `s`). Without a `u`-less flag:
 * build it into a pattern with the `u` flag.
 */
export const GENITIVE_NAME = `([${UPPER_LETTER}][${ANY_LETTER}-]*?(?:\\s+och\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*?|\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*?)?s)`;

/** The dashes a range can be written with: `1-8`, `1–8`, `1 — 8`. */
export const DASH = '[-‐‑‒–—]';

const isSpace = (c: string): boolean => c.trim() === '';

/** The word without the one comma that closes it (`Ek,` → `Ek`): a name's or a position's in a list run on. */
export const withoutComma = (word: string): string => (word.endsWith(',') ? word.slice(0, -1) : word);

/**
 * Strip the given characters (and white space) from the end of a string. A loop, not
 * `/[…]+$/`: that pattern is quadratic on a long run of those characters.
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && (chars.includes(s[end - 1]!) || isSpace(s[end - 1]!))) end--;
  return s.slice(0, end);
}

/** Strip the given characters (and white space) from the start of a string. */
export function trimStartOf(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && (chars.includes(s[start]!) || isSpace(s[start]!))) start++;
  return s.slice(start);
}

/** Strip the given characters (and white space) from both ends. */
export const trimOf = (s: string, chars: string): string => trimStartOf(trimEndOf(s, chars), chars);

/** Lower-case and strip a trailing colon or period, for comparing a label with the lexicon. */
// white space that is not a space, two spaces in a row, or a space at either end (as `collapse` in line.ts asks; line.ts imports this module)
const UNCOLLAPSED = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;
export const labelKey = (s: string): string => {
  const key = trimEndOf(s.toLowerCase(), ':.,');
  // (most keys have nothing to collapse: one test, and no copy)
  return UNCOLLAPSED.test(key) ? key.replace(/\s+/g, ' ').trim() : key;
};

// `SOCIALNÄMNDEN BESLUTAR`, `KOMMUNSTYRELSENS BESLUT`, `MILJÖ- OCH BYGGNADSNÄMNDEN BESLUTAR`: a heading in capitals, as older templates print it
const CAPS_OPENING = new RegExp(`^[${UPPER_LETTER}]{2,}(?:(?:-\\s?| )[${UPPER_LETTER}]{2,})+(?![${ANY_LETTER}])`, 'u');

/** The text with its opening words in sentence case where they stand in capitals (`Socialnämnden beslutar att …`); others as they are. */
export function sentenceCaseOpening(text: string): string {
  // (most texts open with a capital and a small letter: a look at the second character first)
  const second = text.charAt(1);
  if (second === second.toLowerCase()) return text;
  const m = CAPS_OPENING.exec(text);
  return m ? m[0].charAt(0) + m[0].slice(1).toLowerCase() + text.slice(m[0].length) : text;
}

/** A plain (ASCII) character's code in lower case; any other code as it is. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/**
 * A cheap first test for a pattern anchored at the start that opens with one of the words, in
 * any case: a text that opens with a plain (ASCII) character none of them opens with fails it.
 * (Past ASCII the pattern decides: `ſ` is an `s` to it, the Kelvin sign a `k`.)
 */
export function opensLike(words: readonly string[]): (text: string) => boolean {
  // (a table of the plain characters, indexed by code: it is asked of every line of a document)
  const first = new Uint8Array(128);
  for (const w of words) {
    const c = w.toLowerCase().charCodeAt(0);
    if (c < 128) first[c] = 1;
  }
  return (text) => {
    const c = text.charCodeAt(0);
    return !(c < 128) || first[lowerAscii(c)] === 1;
  };
}


/**
 * `opensLike` by the first two characters, for words that many lines open like by one
 * (`Protokoll`, `Styrelsen`, `Sammanträde` all open with a kind's first letter): a text whose
 * first two are plain and open none of the words fails; one of fewer characters passes.
 * (A table of the plain pairs, indexed by their codes: it is asked of every line of a file, and
 * the anonymous pattern it replaced cost a tenth of the split.)
 */
export function opensLikeTwo(words: readonly string[]): (text: string) => boolean {
  const plain = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) < 128);
  const pairs = new Uint8Array(128 * 128);
  // (a word of one character, or none, opens whatever opens like it: as the pattern's alternatives did)
  const ones = new Uint8Array(128);
  // (the plain first letters, and whether a word opens past ASCII: a text whose first character opens none fails,
  // whatever its second, where only a pair of plain ones was looked up before)
  const firsts = new Uint8Array(128);
  let wide = false;
  let any = false;
  for (const w of words) {
    const opening = w.toLowerCase().slice(0, 2);
    const c = opening.charCodeAt(0);
    if (c < 128) firsts[c] = 1;
    else if (c >= 128) wide = true;
    if (!plain(opening)) continue;
    if (opening.length === 2) pairs[lowerAscii(opening.charCodeAt(0)) * 128 + lowerAscii(opening.charCodeAt(1))] = 1;
    else if (opening.length === 1) ones[lowerAscii(opening.charCodeAt(0))] = 1;
    else any = true;
  }
  // (past ASCII, in either place, the word's pattern decides; but a first character past ASCII opens a plain word only as
  // `ſ` or the Kelvin sign, which fold to `s` and `k`)
  return (text) => {
    if (any || text.length < 2) return true;
    const a = text.charCodeAt(0);
    if (a < 128 ? firsts[lowerAscii(a)] === 0 : !wide && a !== 0x17f && a !== 0x212a) return false;
    const b = text.charCodeAt(1);
    return !(a < 128 && b < 128) || pairs[lowerAscii(a) * 128 + lowerAscii(b)] === 1 || ones[lowerAscii(a)] === 1;
  };
}
