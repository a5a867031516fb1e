// Minutes or notes that a transcript cut short after their first §§ and whose signs it lost: `… förklarar mötet
// öppnat. 12. Val av justerare Direktionen beslutar …`, `… nämndsekreterare 106 Val av protokollsjusterare …`,
// `… Dagordningen godkändes. 2. Föregående möte …`. No run of three numbers stands there to confirm them (lost-signs.ts
// needs one); the title confirms the number instead: a point nearly every meeting has (`Val av justerare`,
// `Godkännande av dagordningen`, `Föregående protokoll`) right after a number. From there the run goes on with each
// next number, written the same way (`13.` after `12.`), before a capitalised word; and the meeting's opening point
// run on before the first, unnumbered (`Mötet öppnas. Ordförande hälsar …`), was the number before it.
import { OPENING_POINTS, ORGAN_ABBREVIATIONS, POINT_PAGE_WORDS, SECTION_REFERENCE_WORDS, STANDING_POINTS, TIMED_POINTS } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

/** Where the signs go: the numbers' offsets (written with a full stop or not), and the opening point's (with the number it lost), if one stood before them. */
export interface StandingRun {
  at: number[];
  dotted: boolean;
  opening: { at: number; n: number } | null;
}

// the standing points' titles, as a heading writes them (its first letter checked apart: a capital)
const STANDING = [...new Set<string>([...OPENING_POINTS, ...STANDING_POINTS])].filter((t) => t.includes(' '));
const STANDING_TITLE = new RegExp(`(?:${alternation(STANDING)})(?![${ANY_LETTER}])`, 'giu');
// the number right before such a title, run on after the text before it: `… öppnat. 12. `, `… nämndsekreterare 106 `
// (one that opens a line is a list's or a heading's as written, which the items stage reads as it stands; one after a
// sign of its own, `$ 12`, is a heading whose sign was misread, which the items stage reads too)
const NUMBER_BEFORE = new RegExp(`[${ANY_LETTER}\\d.!?:)\\]] (\\d{1,3})(\\.?) $`, 'u');
// a number opening a line, or run on, before a title (the opening point's own number)
const ANY_NUMBER_BEFORE = /(?:^|\s)\d{1,3}\.? $/u;
// how far the next § of the run may stand (a § of a page or two)
const REACH = 6_000;
// the next number's title opens with a capitalised word
const TITLE_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
// the meeting's opening point as a title of several words, run on before the first numbered one: a heading, so a
// capitalised word or a full stop or colon after it (`Mötet öppnas Mötet öppnades …`, `Mötets öppnande. Ordföranden …`),
// not a sentence (`Mötet öppnas av ordföranden`)
const OPENING_TITLE = new RegExp(`(?:${alternation(TIMED_POINTS.start.filter((t) => t.includes(' ')))})(?=[.:]? [${UPPER_LETTER}])`, 'giu');

// the word before a number that is no heading's place: an organ's letters or a point's word (`Kst 21 Sammanträdets
// öppnande`, `Punkt 2 Val av justerare`, read as the headings they are by the reflow), or a title before its page in a
// contents list (`… justerare 3 43 Godkännande …`)
const ORGAN_WORDS = new Set<string>([...ORGAN_ABBREVIATIONS, ...POINT_PAGE_WORDS].map((a) => a.toLowerCase()));
const WORD_BEFORE = new RegExp(`(?<![${ANY_LETTER}])([${ANY_LETTER}]+) $`, 'u');
// an organ's letters in capitals are this many at most (`KS`, `BUN`, `KSAU`), a header's word more (`PROTOKOLL 59 Val …`)
const ORGAN_LETTERS = 4;

/** What stands right before the number at offset `at` keeps it from a heading's place. */
function noPlace(text: string, at: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  if (!before) return false;
  const word = before[1]!;
  return ORGAN_WORDS.has(word.toLowerCase()) || (word.length > 1 && word.length <= ORGAN_LETTERS && word === word.toUpperCase());
}

/** A standing point's title at a heading after a number: [number, offset of the number, written with a full stop]. */
function anchors(text: string, from: number, to: number): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (const m of text.matchAll(STANDING_TITLE)) {
    // (a heading's title in small letters after its capital: one in capitals is a notice's list, its readers' own)
    if (!TITLE_WORD.test(text.slice(m.index, m.index + 2))) continue;
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, m.index - 7), m.index));
    if (!before) continue;
    const n = Number(before[1]);
    const at = m.index - before[1]!.length - before[2]!.length - 1;
    if (n < from || n > to || noPlace(text, at)) continue;
    out.push([n, at, before[2] === '.']);
  }
  return out;
}

/**
 * Where number n stands nearest after (or before) offset `from`, written as the run writes them, before a capitalised
 * word; -1 if nowhere near, and OTHER's where it stands after an organ's letters or a point's word (`Ärende 182 …`):
 * a heading or a list the reflow reads, whose run this is too.
 */
function numberNear(text: string, from: number, n: number, dotted: boolean, back = false): number {
  const mark = ` ${n}${dotted ? '.' : ''} `;
  const titled = (i: number): boolean => TITLE_WORD.test(text.slice(i + mark.length, i + mark.length + 2));
  const at = (i: number): number => (noPlace(text, i + 1) || PAGE_BEFORE.test(text.slice(Math.max(0, i - 8), i)) ? OTHER : i + 1);
  if (back) {
    for (let i = text.lastIndexOf(mark, from - mark.length); i >= 0 && i > from - REACH; i = text.lastIndexOf(mark, i - 1)) if (titled(i)) return at(i);
    return -1;
  }
  for (let i = text.indexOf(mark, from); i >= 0 && i < from + REACH; i = text.indexOf(mark, i + 1)) if (titled(i)) return at(i);
  return -1;
}
const OTHER = -2;
const AFTER_SMALL_WORD = new RegExp(`[${LOWER_LETTER}] $`, 'u');
// the reflow reads a run of points written with full stops from this many on (reflow.ts, pointsFollow)
const DOTTED_RUN = 3;
// a contents list's page column before its next entry's number: a title's last word and its page (`… justerare 2`)
const PAGE_BEFORE = new RegExp(`[${ANY_LETTER}] \\d{1,3}$`, 'u');


/** The line (between line breaks) that holds offset i. */
function lineAt(text: string, i: number): string {
  const start = text.lastIndexOf('\n', i) + 1;
  const end = text.indexOf('\n', i);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The run of §§ that opens on a standing point's number (of the declared range `from`–`to` where the front page
 * declares one), the longest of them (the later of equal ones: a list of the points may stand before their §§), and
 * the opening point before its first; null where no standing point stands after a number.
 */
export function standingRun(text: string, listLine: (line: string) => boolean, from = 1, to = Number.MAX_SAFE_INTEGER): StandingRun | null {
  let best: number[] = [];
  let bestDotted = false;
  for (const [n, at, dotted] of anchors(text, from, to)) {
    // (a contents list's line is the contents readers')
    if (best.includes(at) || listLine(lineAt(text, at))) continue;
    const run = [at];
    // (a number after a title's page, `… Val av justerare 2 22 Budget …`, is a contents list's, no §)
    let other = PAGE_BEFORE.test(text.slice(Math.max(0, at - 9), at - 1));
    for (let k = n + 1; k <= to; k++) {
      const next = numberNear(text, run[run.length - 1]! + 1, k, dotted);
      other ||= next === OTHER;
      if (next < 0) break;
      run.push(next);
    }
    // (and the §§ before it the same way: `… 41 Sammanträdets laglighet … 42 Val av protokolljusterare …`)
    for (let k = n - 1; k >= from && !other; k--) {
      const before = numberNear(text, run[0]!, k, dotted, true);
      other ||= before === OTHER;
      if (before < 0) break;
      run.unshift(before);
    }
    // (one number alone run on after a word in small letters may be chance, `… förbundschef 1 Mötets öppnande …`:
    // alone, it stands after a sentence's or a bracket's end, a page's header or number, or a heading in capitals)
    if (other || (run.length === 1 && AFTER_SMALL_WORD.test(text.slice(Math.max(0, at - 2), at)))) continue;
    if (run.length >= best.length) {
      best = run;
      bestDotted = dotted;
    }
  }
  if (best.length === 0) return null;
  const first = Number(/^\d+/u.exec(text.slice(best[0]!, best[0]! + 4))![0]);
  // (three points or more written `12.`, `13.`, `14.`, or any from `1.`, are a run the reflow cuts apart as it stands)
  if (bestDotted && (best.length >= DOTTED_RUN || first === 1)) return null;
  return { at: best, dotted: bestDotted, opening: first > from && first > 1 ? openingBefore(text, best[0]!, first - 1) : null };
}

// a word before a sign that makes it a reference (`av § 12`), its own word at the text's end
const REFERENCE_BEFORE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(SECTION_REFERENCE_WORDS)}) $`, 'iu');

/**
 * The text with the run's signs back: `§ 12 Val av justerare` for `12. Val av justerare` or `12 Val av justerare` (its
 * full stop dropped: the reflow reads a number with one as an agenda's point, cut apart from the sign), and the opening
 * point's number and sign (on a line of its own after a word that would make the sign a reference: `2 av`, what a
 * page's header left of itself).
 */
export function withStandingSigns(text: string, run: StandingRun): string {
  let out = '';
  let last = 0;
  if (run.opening) {
    const before = text.slice(0, run.opening.at);
    out = `${REFERENCE_BEFORE.test(before.slice(-12)) ? `${before.trimEnd()}\n` : before}§ ${run.opening.n} `;
    last = run.opening.at;
  }
  for (const i of run.at) {
    const number = /^\d+/u.exec(text.slice(i, i + 4))![0];
    out += `${text.slice(last, i)}§ ${number}`;
    last = i + number.length + (run.dotted ? 1 : 0);
  }
  return out + text.slice(last);
}

/** The meeting's opening point run on before the run's first § on its line, no number before it: [its offset, n]. */
function openingBefore(text: string, first: number, n: number): { at: number; n: number } | null {
  const lineStart = text.lastIndexOf('\n', first) + 1;
  let at = -1;
  for (const m of text.slice(lineStart, first).matchAll(OPENING_TITLE)) {
    const c = m[0].charAt(0);
    if (c !== c.toLowerCase()) at = lineStart + m.index;
  }
  // (its own number kept, `11. Mötets öppnande`, is no lost one)
  if (at < 0 || ANY_NUMBER_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return null;
  return { at, n };
}
