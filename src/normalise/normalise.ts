// Stage 2: decoded text → logical lines. Line breaks of every kind become one, form feeds
// become page breaks, text is NFC, debris is removed and remembered as flags, and words
// hyphenated across lines are joined. Every logical line keeps its source line number.
import type { Warning } from '../schema/result.js';
import { collapse, type Line } from '../text/line.js';
import { compactLines } from '../text/one-byte.js';
import { classifyDebris } from './debris.js';
import { frontMatterLength } from './frontmatter.js';
import { joinHyphenated } from './hyphenation.js';
import { restoreLostSigns } from './lost-signs.js';
import { stripMarkup } from './markup.js';
import { REFLOW_FROM, reflow, hasGluedWords, unglue } from './reflow.js';
import { removeRunningHeads } from './running.js';
import { WEB_WRAPPERS } from '../lexicon/sv.js';

export interface Normalised {
  lines: Line[];
  warnings: Warning[];
}

export interface NormaliseOptions {
  /** Lines longer than this are cut into pieces, so no pattern ever sees more. */
  maxLineLength?: number;
}

export const DEFAULT_MAX_LINE_LENGTH = 10_000;

const LINE_BREAK_ALL = /\r\n|[\n\r\u2028\u2029\u0085\v]/g;
// most texts break lines with `\n` alone: then a plain search cuts them
const OTHER_BREAK = /[\r\u2028\u2029\u0085\v]/;
// Characters no reader wants: C0/C1 controls except tab and form feed, zero-width
// characters and the soft hyphen (removed); odd spaces (a space); bullets that PDF fonts put
// in the private-use area (`•`). Looked for in two classes cut at U+0100: most texts hold
// none of them, and V8 tests one class of many ranges at each character five times slower
// than these two (measured on the fixtures); the replacement runs only on a find.
const ODD_LOW = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00a0\u00ad]/;
const ODD_HIGH = /[\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf02d\uf09f]/;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const PUA_BULLETS = /[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf02d\uf09f]/;
// the replacement in one pass, as one class (alternatives cost a test each at every position)
const ODD_CHARACTERS = new RegExp(`[${[ODD_LOW, ODD_HIGH].map((c) => c.source.slice(1, -1)).join('')}]`, 'g');
const replaceOdd = (c: string): string => (SPACES.test(c) ? ' ' : PUA_BULLETS.test(c) ? '•' : '');
/** The spaces and tabs that open a line (a loop: most lines have none, and a match would be built for each). */
function indentOf(s: string): string {
  let k = 0;
  while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
  return k === 0 ? '' : s.slice(0, k);
}
// no block heading is longer (spaces around it included)
const WRAPPER_BLOCK_LENGTH = 60;
const WRAPPER_BLOCK = new RegExp(`^\\s*(?:${WEB_WRAPPERS.blocks.join('|')})\\s*(?::\\s*)?$`, 'iu');

export function normalise(text: string, options: NormaliseOptions = {}): Normalised {
  const maxLen = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const warnings: Warning[] = [];
  const lines: Line[] = [];
  let clean = text.normalize('NFC');
  if (ODD_LOW.test(clean) || ODD_HIGH.test(clean)) clean = clean.replace(ODD_CHARACTERS, replaceOdd);
  // a converter that drops the space between lines glues words together: part them
  if (hasGluedWords(clean)) clean = unglue(clean);
  // a transcript that lost its § signs gets them back where the declared range confirms them
  clean = restoreLostSigns(clean);
  const physical = compactLines(clean, OTHER_BREAK.test(clean) ? LINE_BREAK_ALL : '\n');
  const agenda = { agenda: 0, page: 0 };
  let wrapperBlock = false;
  let pageBreakPending = false;
  // a real page of the source (form feed, page marker), not only debris that ends one
  let pageStartPending = false;
  let longLines = 0;
  const frontMatter = frontMatterLength(physical);
  for (let n = 0; n < frontMatter; n++) lines.push(blankLine(n + 1));
  for (let n = frontMatter; n < physical.length; n++) {
    const no = n + 1;
    let raw = physical[n]!;
    if (raw.length > maxLen) {
      longLines++;
      if (longLines === 1) {
        warnings.push({ code: 'long-line', message: `line longer than ${maxLen} characters was cut into pieces`, line: no });
      }
    }
    // an empty line (most blank lines are) is a blank line that carries the pending page break:
    // what the steps below make of it, without them
    if (raw === '' && !wrapperBlock) {
      lines.push(blankLine(no, pageBreakPending));
      continue;
    }
    // `Relevanta dokument` and the other documents' titles a sharing site lists under it
    if (wrapperBlock || (raw.length < WRAPPER_BLOCK_LENGTH && WRAPPER_BLOCK.test(raw))) {
      wrapperBlock = raw.trim() !== '';
      lines.push(blankLine(no));
      continue;
    }
    const pages = raw.includes('\f') ? raw.split('\f') : [raw];
    for (let p = 0; p < pages.length; p++) {
      if (p > 0) pageBreakPending = pageStartPending = true;
      const page = pages[p]!;
      // the empty side of a form feed (`\fText`, `Text\f`) is no line of its own
      if (page === '' && pages.length > 1 && (p > 0 || pages.some((x) => x !== ''))) continue;
      for (const piece of page.length > maxLen ? cut(page, maxLen) : [page]) {
        const indentMatch = indentOf(piece);
        const markup = stripMarkup(piece);
        if (markup.pageMark) pageBreakPending = pageStartPending = true;
        for (const part of partsOf(markup, agenda)) {
          if (part.pageStart) pageBreakPending = pageStartPending = true;
          if (part.paragraph) lines.push(blankLine(no));
          const d = classifyDebris(part.text);
          const line: Line = {
            no,
            text: d.text,
            flat: '',
            indent: markup.rows ? indentOf(part.text).length : part.first ? indentMatch.length : 0,
            tabbed: part.first && indentMatch.includes('\t'),
            heading: markup.heading,
            rule: d.rule,
            leader: d.leader,
            pageBreak: pageBreakPending,
            pageStart: pageStartPending && (d.text !== '' || d.rule),
            bareNumber: d.bareNumber,
            link: d.link,
            cutOut: part.cutOut,
          };
          if (d.text !== '' || d.rule) pageBreakPending = pageStartPending = false;
          if (d.furniture || d.pageNumber || d.link) pageBreakPending = true;
          lines.push(line);
        }
      }
    }
  }
  if (longLines > 1) {
    warnings[warnings.length - 1]!.message = `${longLines} lines longer than ${maxLen} characters were cut into pieces`;
  }
  removeRunningHeads(lines);
  joinHyphenated(lines);
  for (const l of lines) l.flat = flatOf(l.text);
  return { lines, warnings };
}

/**
 * `collapse` for a line's text, where the only white space left is spaces and tabs (odd
 * spaces became spaces, every other break cut a line or a page): plain searches find that
 * most lines have nothing to collapse, cheaper than the pattern that finds every kind.
 */
const flatOf = (text: string): string =>
  text === '' ? text : text.includes('  ') || text.includes('\t') || text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 ? collapse(text) : text;

interface Part {
  text: string;
  /** The first part of the source line (its indentation is this part's). */
  first: boolean;
  /** A paragraph break (`</p> <p>`) stands before it. */
  paragraph: boolean;
  pageStart: boolean;
  /** Cut out of a flattened page. */
  cutOut: boolean;
}

const startsWithDigit = (text: string): boolean => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;

/** The logical lines of one source line: its markup's paragraphs, each a flattened page's lines. */
function partsOf(markup: ReturnType<typeof stripMarkup>, agenda: { agenda: number; page: number }): Part[] {
  // most lines are one segment that is no flattened page: no arrays to build
  if (markup.segments.length === 1) {
    const only = markup.segments[0]!;
    // (a short line is read only where a digit opens it: a transcript's page number, perhaps)
    const pieces = markup.rows || (only.length < REFLOW_FROM && !startsWithDigit(only)) ? null : reflow(only, agenda);
    if (pieces === null) return [{ text: only, first: true, paragraph: false, pageStart: false, cutOut: false }];
    return pieces.map((r, j) => ({ text: r.text, first: j === 0, paragraph: false, pageStart: r.pageStart, cutOut: pieces.length > 1 }));
  }
  return markup.segments.flatMap((segment, k) =>
    (markup.rows ? [{ text: segment, pageStart: false }] : reflow(segment, agenda)).map((r, j, all) => ({
      text: r.text,
      first: k === 0 && j === 0,
      paragraph: k > 0 && j === 0 && !markup.rows,
      pageStart: r.pageStart,
      cutOut: all.length > 1,
    })),
  );
}

const blankLine = (no: number, pageBreak = false): Line => ({
  // the same properties in the same order as the lines built above: one shape for every line
  no, text: '', flat: '', indent: 0, tabbed: false, heading: 0, rule: false, leader: false, pageBreak, pageStart: false, bareNumber: false, link: false, cutOut: false,
});

/** Cut an over-long line at spaces near the limit (or hard at the limit when there are none). */
function* cut(s: string, maxLen: number): Generator<string> {
  let rest = s;
  while (rest.length > maxLen) {
    const space = rest.lastIndexOf(' ', maxLen);
    const at = space > maxLen / 2 ? space : maxLen;
    yield rest.slice(0, at);
    rest = rest.slice(at);
  }
  yield rest;
}
