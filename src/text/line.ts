// The line model every stage after normalise works on. A Line is one logical line of the
// decoded source: its text cleaned of layout debris, and what the debris told us
// (a rule, a page break, a heading level) kept as flags.
import type { Read } from './numbering.js';
import { allMatches } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from './letters.js';

export interface Line {
  /** 1-based line number in the decoded source; several logical lines may share one. */
  readonly no: number;
  /** Cleaned text, trimmed; internal runs of spaces and tabs kept (they separate columns). */
  text: string;
  /** The text with every run of white space one space: what most patterns read. */
  flat: string;
  /** Leading indentation (spaces, a tab counting as one) of the source line. */
  readonly indent: number;
  /** The source line started with a tab (PDF outline dumps do). */
  readonly tabbed: boolean;
  /** Markdown heading level (`## x` → 2), 0 when none. */
  readonly heading: number;
  /** The line was a signature or separator rule (`-----`, `.....`, `_____`). */
  readonly rule: boolean;
  /** The line carried a signature leader (`Sekreterare  ........`). */
  readonly leader: boolean;
  /** A page ends before this line (form feed, page furniture, lone page number, link dump). */
  pageBreak: boolean;
  /** A page of the source starts at this line: a form feed or a converter's page marker stood before it. */
  pageStart: boolean;
  /** The line was cut out of a page flattened onto one line: what follows a heading on it may be body text. */
  readonly cutOut: boolean;
  /** The line is a lone integer: an item number or a page number, decided later. */
  readonly bareNumber: boolean;
  /** The line is a lone URL or mailto: link, as PDF extractors dump link annotations. */
  readonly link: boolean;
  /**
   * What the item recognisers read on the line (`readOf` in text/numbering.ts), null until
   * asked: normalise, the split, the kinds and the items all ask of the same lines, and a
   * field costs less to read than a WeakMap keyed by the line (whose inserts cost most).
   */
  itemRead: Read | null;
  /** The line was page furniture, its text removed: a blank that stood in no source. */
  furniture: boolean;
  /** The line is a sharing site's title of the document, above its wrapper (`Full text`, `Transkript`): a copy of the first words. */
  siteTitle: boolean;
}

export const isBlank = (line: Line): boolean => line.text === '';

/**
 * A copy of `line` holding other text (and heading level). Every Line is built with its
 * properties in this one order (here, in normalise's lines and its blank lines): V8 gives
 * objects built another way (a spread copy, another order) another shape, and then every
 * reader of lines sees two shapes, runs slower and is compiled again when the second comes.
 */
export function withText(line: Line, text: string, heading = line.heading): Line {
  return {
    no: line.no, text, flat: collapse(text), indent: line.indent, tabbed: line.tabbed, heading, rule: line.rule, leader: line.leader,
    // (a bare number is what the line's own text was: `1` over a point, its text put in its place, is none)
    pageBreak: line.pageBreak, pageStart: line.pageStart, bareNumber: line.bareNumber && text === line.text, link: line.link, cutOut: line.cutOut,
    itemRead: null, furniture: false, siteTitle: false,
  };
}

// something to collapse: white space that is not a space (what `\s` matches besides it), two
// spaces in a row, or a space at either end (a pattern reads every kind of string V8 stores at
// one cost; a loop over `charCodeAt` sees so many kinds that its property loads go megamorphic)
const UNCOLLAPSED = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

// (global, for replace, which starts it from 0 each time)
const WHITE_RUNS = /\s+/g;

/**
 * Collapse whitespace runs to one space and trim. Most strings have nothing to collapse:
 * one test finds that out and returns them without a copy.
 */
export function collapse(s: string): string {
  return UNCOLLAPSED.test(s) ? s.replace(WHITE_RUNS, ' ').trim() : s;
}

export interface Cell {
  text: string;
  /** Its column: where it starts in the source line, indentation included. */
  col: number;
  /** Cut out of the cell before it at a label glued to its last word (`sekrUtses att justera`): it opens with that label. */
  glued?: true;
}

/** The cells of a line: its text cut at runs of two spaces or more (or tabs), with their columns. */
const CELL = /\S+(?: \S+)*/g;

export function cellsOf(line: Line): Cell[] {
  const out: Cell[] = [];
  for (const m of allMatches(CELL, line.text)) out.push({ text: m[0], col: line.indent + m.index });
  return out;
}

const GAPS = /\t+| {2,}/;

/** Split on runs of two or more spaces or tabs: the columns of a flattened table. */
export function columns(s: string): string[] {
  // (most lines have no gap: one column, and no pattern run)
  if (!s.includes('  ') && !s.includes('\t')) {
    const t = s.trim();
    return t === '' ? [] : [t];
  }
  // (one loop, not `split().map().filter()`: the arrays the built-in and the inlined `map` make are of different
  // elements kinds, and the inlined `filter` meeting the other kind threw its caller's optimised code away)
  const out: string[] = [];
  for (const part of s.split(GAPS)) {
    const c = part.trim();
    if (c !== '') out.push(c);
  }
  return out;
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextContent(lines: readonly Line[], from: number, end = lines.length): number {
  for (let i = from; i < end; i++) if (!isBlank(lines[i]!)) return i;
  return -1;
}

/** Index of the previous non-blank line at or before `from`, or -1. */
export function prevContent(lines: readonly Line[], from: number, start = 0): number {
  for (let i = from; i >= start; i--) if (!isBlank(lines[i]!)) return i;
  return -1;
}

/** How many blank lines stand directly before index `i`. */
export function blanksBefore(lines: readonly Line[], i: number, start = 0): number {
  let n = 0;
  // (a running header removed is no blank of the source: three of them make no gap)
  for (let j = i - 1; j >= start && isBlank(lines[j]!); j--) if (lines[j]!.furniture !== true) n++;
  return n;
}

// (what `/[.!?:;]["”’)]?$/` asked, read at the text's last two characters: the pattern, anchored at the end alone, was
// tried at every place of the line, three times for each line of a body)
const isSentenceStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 58 || c === 59;
const isClosingMark = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 41;
/** The text ends a sentence: `.`, `!`, `?`, `:` or `;` last, or before one closing quote or bracket. */
function endsSentence(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const c = s.charCodeAt(n - 1);
  return isSentenceStop(c) || (n > 1 && isClosingMark(c) && isSentenceStop(s.charCodeAt(n - 2)));
}
const STARTS_LOWER = new RegExp(`^[${LOWER_LETTER}(]`, 'u');
// a line this long that ends mid-sentence was wrapped, whatever the next line starts with
const WRAPPED = 60;

/** A paragraph of body text, remembering which source line each part came from. */
export interface Paragraph {
  text: string;
  /** Source line of the paragraph's first line. */
  line: number;
  /** Markdown heading level of its first line (0 when none). */
  heading: number;
  /** Where each source line's text starts in `text`. */
  starts: ReadonlyArray<{ offset: number; line: number }>;
  /**
   * Its sentences, kept by the first reader that split it (parse/decisions/sentences.ts): on
   * the paragraph, not in a WeakMap, whose inserts cost more than the split they saved. Null
   * before; every paragraph is built with it, so all have one shape.
   */
  said?: readonly { text: string; offset: number }[] | null;
}

/** The source line of the character at `offset` in a paragraph. */
export function lineAt(p: Paragraph, offset: number): number {
  let line = p.line;
  for (const s of p.starts) {
    if (s.offset > offset) break;
    line = s.line;
  }
  return line;
}

/**
 * Group lines into paragraphs: lines of one paragraph joined with a space, bullets on
 * lines of their own. A blank line is not a paragraph break when the line before it does
 * not end a sentence and either the line after starts in lower case or the line before
 * is long enough to have been wrapped in double-spaced text (PDF text that puts a blank
 * line after every line). A line `isHeading` accepts (`Beslut`, `Ärendebeskrivning`)
 * is a paragraph of its own even without blank lines around it, like a markdown heading.
 */
export function paragraphs(input: Iterable<Line>, isHeading: (text: string) => boolean = () => false): Paragraph[] {
  // (every caller passes an array, which is read as it is: no copy of a body's lines for each reading)
  const lines: readonly Line[] = Array.isArray(input) ? input : [...input];
  const wrapped = doubleSpaced(lines) ? WRAPPED : Infinity;
  const out: Paragraph[] = [];
  let text = '';
  let starts: { offset: number; line: number }[] = [];
  let pendingBreak = false;
  let hasBullet = false;
  let last = '';
  let heading = 0;
  let lastHeading = false;
  const flush = (): void => {
    if (text !== '') out.push({ text, line: starts[0]!.line, heading, starts, said: null });
    text = '';
    starts = [];
    hasBullet = false;
  };
  for (const line of lines) {
    // a lone number left in a body is a page number (item numbers were taken already)
    if (isBlank(line) || line.bareNumber) {
      if (text !== '') pendingBreak = true;
      continue;
    }
    const t = line.flat;
    const isHead = line.heading > 0 || isHeading(t);
    // a heading is a paragraph of its own; so is each line cut out of a flattened page after
    // a sentence (the page was cut where a heading, a label or an item starts)
    const cut = (line.cutOut && endsSentence(last)) || (hasBullet && endsSentence(last) && !isBulletText(t) && DECIDES_AFTER_LIST.test(t));
    if (pendingBreak || isHead || lastHeading || cut) {
      const continues =
        !cut && !isHead && !lastHeading && !endsSentence(last) && !isBulletText(t) && (STARTS_LOWER.test(t) || last.length >= wrapped);
      if (!continues) flush();
      pendingBreak = false;
    }
    if (text === '') heading = line.heading;
    lastHeading = isHead;
    const bullet = isBulletText(t);
    if (text !== '') {
      // bullets stay lines of their own, and so does the sentence after a list
      text += bullet || (hasBullet && endsSentence(last) && OPENS_UPPER.test(t)) ? '\n' : ' ';
    }
    starts.push({ offset: text.length, line: line.no });
    text += t;
    last = t;
    hasBullet ||= bullet;
  }
  flush();
  return out;
}

/** Most lines are followed by a blank line: double-spaced text, where a blank line is no paragraph break. */
function doubleSpaced(lines: readonly Line[]): boolean {
  let gaps = 0;
  let adjacent = 0;
  let prev = -1;
  lines.forEach((l, i) => {
    if (isBlank(l)) return;
    if (prev >= 0) {
      if (i - prev > 1) gaps++;
      else adjacent++;
    }
    prev = i;
  });
  return gaps >= 2 && gaps > adjacent;
}

/** Lines joined into text, paragraphs separated by a blank line. */
export const joinText = (lines: Iterable<Line>, isHeading?: (text: string) => boolean): string =>
  paragraphs(lines, isHeading)
    .map((p) => p.text)
    .join('\n\n');

// `1. …` / `2. …` / `Styrelsen beslutar enligt förslaget.`: the organ deciding after a list of clauses opens a paragraph of its own
const DECIDES_AFTER_LIST = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+\\s(?:beslutar|beslöt|beslutade)(?![${ANY_LETTER}])`, 'u');
const BULLET = /^(?:[•▪◦●○■□➢➤►‣⁃∙·*]|[-–−](?=\s)|\d{1,2}[.)](?=\s))/u;
// (what a bullet opens with: `*`, `-`, a digit, or a sign past ASCII; most lines open with a letter and are passed by before the pattern)
const mayOpenBullet = (c: number): boolean => c === 42 || c === 45 || (c >= 48 && c <= 57) || c > 127;
export const isBulletText = (s: string): boolean => mayOpenBullet(s.charCodeAt(0)) && BULLET.test(s);
