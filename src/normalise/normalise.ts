// Stage 2: decoded text → logical lines. Line breaks of every kind become one, form feeds
// become page breaks, text is NFC, debris is removed and remembered as flags, and words
// hyphenated across lines are joined. Every logical line keeps its source line number.
import { ownString } from '../text/own-string.js';
import type { Warning } from '../schema/result.js';
import type { Line } from '../text/line.js';
import { compactLines, wideAt } from '../text/one-byte.js';
import { MAY_LEAD, classifyDebris, isQuotedTitle } from './debris.js';
import { frontMatterLength } from './frontmatter.js';
import { joinHyphenated } from './hyphenation.js';
import { restoreLostSigns } from './lost-signs.js';
import { restoreOrganLetterSigns } from './organ-letter-runs.js';
import { restoreCapitalsBeforeNumber } from './capitals-before-number.js';
import { restoreTrailingSignContents } from './trailing-sign-contents.js';
import { restoreOrganCodeHeads } from './organ-code-heads.js';
import { restoreNumbersColumnRuns } from './numbers-column-runs.js';
import { restoreLostLabelHead } from './lost-label-head.js';
import { restoreListCounterPoints } from './list-counter-points.js';
import { restoreSameNumberPoints } from './same-number-points.js';
import { restoreAgendaPoints } from './agenda-points.js';
import { MAY_MARK, stripMarkup, type Markup } from './markup.js';
import { hasGluedWords, unglue } from './glued-words.js';
import { REFLOW_FROM, reflow, type ReflowState } from './reflow.js';
import { listGoesOn } from './related-list.js';
import { titleLosingNumbers } from './site-title-numbers.js';
import { removeRunningHeads } from './running.js';
import { withAccentsOnLetters } from './spacing-accents.js';
import { TRANSCRIPT_HEADINGS, WEB_WRAPPERS } from '../lexicon/sv.js';
import { opensLike } from '../text/patterns.js';

export interface Normalised {
  lines: Line[];
  warnings: Warning[];
}

export interface NormaliseOptions {
  /** Lines longer than this are cut into pieces, so no pattern ever sees more. */
  maxLineLength?: number;
}

export const DEFAULT_MAX_LINE_LENGTH = 10_000;

// a sharing site's heading over a transcript whose pages it numbers
const TRANSCRIPT_HEADING = new Set<string>(TRANSCRIPT_HEADINGS);
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
// ODD_LOW and the line breaks below U+0100 other than `\n` (`\v`, `\r`, U+0085) in one class: one
// search of the text for both, where most texts have neither. Those past U+00FF (ODD_HIGH, U+2028,
// U+2029) are looked for among the text's few wide characters, which the lines are cut with anyway.
const ODD_OR_BREAK_LOW = /[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u00a0\u00ad]/;
// ODD_OR_BREAK_LOW or a wide character (past U+00FF, each code unit), in one class: one search of the text finds both
const LOW_OR_WIDE = new RegExp(`[${ODD_OR_BREAK_LOW.source.slice(1, -1)}\\u0100-\\uffff]`, 'g');
/** Where the wide characters stand (`wideAt`), and whether ODD_OR_BREAK_LOW finds one, read in one search of the text. */
function wideAndLow(text: string): { wide: number[]; low: boolean } {
  const wide: number[] = [];
  let low = false;
  LOW_OR_WIDE.lastIndex = 0;
  while (LOW_OR_WIDE.test(text)) {
    const at = LOW_OR_WIDE.lastIndex - 1;
    if (text.charCodeAt(at) > 0xff) wide.push(at);
    else low = true;
  }
  return { wide, low };
}
const isLineSeparator = (c: number): boolean => c === 0x2028 || c === 0x2029;
// Characters past U+00FF that NFC leaves as they are wherever they stand: no combining class, no
// decomposition that NFC undoes, never the second half of a composition (checked against every code
// point's decomposition): Latin Extended, dashes, quotes, bullets, the euro, arrows, box drawing,
// dingbats, the private-use bullets of PDF fonts. A text whose wide characters are all among them
// (Latin-1 ones always are) is NFC already, and is not copied whole to find that out.
const NFC_STABLE = /[\u0100-\u02ff\u2010-\u205e\u20a0-\u20cf\u2190-\u2199\u2500-\u27bf\ue000-\uf8ff\ufeff\ufffd]/;
const replaceOdd = (c: string): string => (SPACES.test(c) ? ' ' : PUA_BULLETS.test(c) ? '•' : '');
/** How many spaces and tabs open a line (a loop: most lines have none, and a match would be built for each). */
function indentLength(s: string): number {
  let k = 0;
  while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
  return k;
}
/** A tab stands among the first `k` characters (a line's indentation, read without slicing it off: most lines are indented). */
function tabWithin(s: string, k: number): boolean {
  for (let i = 0; i < k; i++) if (s.charCodeAt(i) === 9) return true;
  return false;
}
// a markup character or a leader's start: what stripMarkup and classifyDebris look for first,
// in one search of the line (most lines have neither; each search reads the whole line)
const MARK_OR_LEAD = new RegExp(`${MAY_MARK.source}|${MAY_LEAD.source}`);
/**
 * Where MARK_OR_LEAD matches in a text, found in one search of it, for lines asked in order of their places.
 * A line holds a match of its own exactly where a match of the whole text ends within it: the pattern has
 * no anchor, looks neither ahead nor behind, and no match holds a line break. (`test`, not `exec`: a match's
 * last character, before the pattern's `lastIndex`, stands on its line, and no match is built for each.)
 */
class MarkedLines {
  private readonly ends: number[] = [];
  private next = 0;

  constructor(text: string) {
    MARK_OR_LEAD_ALL.lastIndex = 0;
    while (MARK_OR_LEAD_ALL.test(text)) this.ends.push(MARK_OR_LEAD_ALL.lastIndex - 1);
  }

  /** A match ends in [from, to) (asked with `from` never less than the last time's). */
  within(from: number, to: number): boolean {
    while (this.next < this.ends.length && this.ends[this.next]! < from) this.next++;
    return this.next < this.ends.length && this.ends[this.next]! < to;
  }
}
const MARK_OR_LEAD_ALL = new RegExp(MARK_OR_LEAD.source, 'g');
// no block heading is longer (spaces around it included)
const WRAPPER_BLOCK_LENGTH = 60;
const WRAPPER_BLOCK = new RegExp(`^\\s*(?:${WEB_WRAPPERS.blocks.join('|')})\\s*(?::\\s*)?$`, 'iu');
// (their first letters asked first: a line that opens with another is none)
const WRAPPER_BLOCK_OPENS = opensLike(WEB_WRAPPERS.blocks);
// (an indented line is asked by the first letter after its white space: pdftotext's layout indents most lines)
const isWrapperBlock = (raw: string): boolean => WRAPPER_BLOCK_OPENS(raw.charCodeAt(0) <= 32 ? raw.trimStart() : raw) && WRAPPER_BLOCK.test(raw);

/**
 * What is mended over the whole text before it is cut into lines, in this order; each returns its input itself where
 * it finds nothing to mend (the text is then known unedited, and its wide characters need not be found again).
 */
const TEXT_RESTORERS: readonly ((text: string) => string)[] = [
  // `Savic´`: a name's accent written after its letter goes back onto it
  withAccentsOnLetters,
  // a converter that drops the space between lines glues words together: part them
  (text) => (hasGluedWords(text) ? unglue(text) : text),
  // a transcript that lost the first half of `Beslutande` gets it back
  restoreLostLabelHead,
  // `2 41, NSTYR :00 Sida 2 …`: a transcript's page heads of § number and organ code keep the number alone
  restoreOrganCodeHeads,
  // `KST 61 KST 62 Title Title KST 63 …`: a contents list's numbers written apart from their wrapped titles get them back
  restoreNumbersColumnRuns,
  // `2 SAMMANKALLANDE OCH BESLUTFÖRHET 145 FÖRSLAG: …`: flattened § pages whose title in capitals stands before the number
  restoreCapitalsBeforeNumber,
  // `Innehållsförteckning` / `Information § 40 Delegationsbeslut § 41 …`: a contents list's entries, each title before its §, a line each
  restoreTrailingSignContents,
  // a transcript that lost its § signs gets them back where the declared range confirms them
  restoreLostSigns,
  // `IR 36 Val av justerare` / … / `IR 37 …`: an organ's letters the lexicon does not know, before numbers that count up
  restoreOrganLetterSigns,
  // ` 1. 4.` / `  Anmälan av …`: a meeting system's list counter before each point's number, the title on the next line
  restoreListCounterPoints,
  // `1. Mötets öppnande` / `1. Val av justerare` / `1. Budget`: a list's counters reset, its points numbered by their order
  restoreSameNumberPoints,
  // `Dagordning` / `Mötets öppnande` / `Val av justerare` / …, or `Upprop Val av justerare …` in one line: an agenda's lost numbers
  restoreAgendaPoints,
];

export function normalise(text: string, options: NormaliseOptions = {}): Normalised {
  const maxLen = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const warnings: Warning[] = [];
  const lines: Line[] = [];
  let clean = text;
  let { wide, low } = wideAndLow(clean);
  if (wide.some((i) => !NFC_STABLE.test(clean[i]!))) {
    const composed = clean.normalize('NFC');
    if (composed !== clean) ({ wide, low } = wideAndLow((clean = composed)));
  }
  let edited = false;
  if ((low && ODD_LOW.test(clean)) || wide.some((i) => ODD_HIGH.test(clean[i]!))) {
    clean = clean.replace(ODD_CHARACTERS, replaceOdd);
    edited = true;
  }
  // the text-wide restorers in their order (TEXT_RESTORERS): each gives the text back as it was where it finds nothing
  for (const restore of TEXT_RESTORERS) {
    const restored = restore(clean);
    if (restored !== clean) {
      clean = restored;
      edited = true;
    }
  }
  if (edited) wide = wideAt(clean);
  // (the steps above put no break of their own in: none below U+0100 where the first search found none)
  const otherBreak = low ? OTHER_BREAK.test(clean) : wide.some((i) => isLineSeparator(clean.charCodeAt(i)));
  const physical = compactLines(clean, otherBreak ? LINE_BREAK_ALL : '\n', wide);
  const agenda: ReflowState = { agenda: 0, page: 0, sitePages: false };
  let wrapperBlock = false;
  // the block is a list of other documents (`Relevanta dokument`), which goes on over blank lines (see listGoesOn)
  let relatedList = false;
  // a wrapper's line was met: the lines above the first are the site's title
  let wrapped = false;
  let pageBreakPending = false;
  // a real page of the source (form feed, page marker), not only debris that ends one
  let pageStartPending = false;
  let longLines = 0;
  /** One logical line, from a part of a piece of source line `no`. */
  // (the source line's indentation as its length and whether a tab is in it: no slice of it made for each line)
  const addPart = (no: number, markup: Pick<Markup, 'rows' | 'heading'>, indent: number, tabbed: boolean, quiet: boolean, text: string, first: boolean, paragraph: boolean, pageStart: boolean, cutOut: boolean): void => {
    if (pageStart) pageBreakPending = pageStartPending = true;
    if (paragraph) lines.push(blankLine(no));
    const d = classifyDebris(text, !quiet);
    const line: Line = {
      no,
      text: d.text,
      flat: '',
      indent: markup.rows ? indentLength(text) : first ? indent : 0,
      tabbed: first && tabbed,
      heading: markup.heading,
      rule: d.rule,
      leader: d.leader,
      pageBreak: pageBreakPending,
      pageStart: pageStartPending && (d.text !== '' || d.rule),
      bareNumber: d.bareNumber,
      link: d.link,
      cutOut,
      itemRead: null,
      // (set now, never added later: a property added to some lines gives them another shape)
      furniture: d.furniture,
      siteTitle: false,
    };
    if (d.text !== '' || d.rule) pageBreakPending = pageStartPending = false;
    if (d.furniture || d.pageNumber || d.link) pageBreakPending = true;
    // (`Justerandes sign` removed: a blank of no source, as a running header removed is, so it makes no gap)
    if (d.wrapper && !wrapped) {
      if (markSiteTitle(lines)) restart(agenda);
      // (a site's menu over everything, `Home` / `Documents`, has no title of the document above it yet: the next wrapper
      // line, under the title, looks again)
      wrapped = lines.some(holdsText);
    }
    // (`Transkript`: the site numbers the pages below it)
    if (d.wrapper && !agenda.sitePages && TRANSCRIPT_HEADING.has(text.trim().toLowerCase())) agenda.sitePages = true;
    lines.push(line);
  };
  /** The lines of one piece of source line `no` (a page of it, cut to the longest line). */
  const readPiece = (no: number, piece: string, marked = MARK_OR_LEAD.test(piece)): void => {
    const indent = indentLength(piece);
    const tabbed = indent > 0 && tabWithin(piece, indent);
    // (a piece with neither has none in the parts cut from it)
    const quiet = !marked;
    if (quiet) {
      // (nor any markup: the piece is its one segment as written, or a flattened page's lines, and no Markup is
      // built for it, nor a list of parts: most pieces; the lines' allocations were a tenth of the stage's)
      if (isWritten(piece)) addPart(no, NO_MARKUP, indent, tabbed, quiet, piece, true, false, false, false);
      else {
        const pieces = reflow(piece, agenda);
        for (let j = 0; j < pieces.length; j++) addPart(no, NO_MARKUP, indent, tabbed, quiet, pieces[j]!.text, j === 0, false, pieces[j]!.pageStart, pieces.length > 1);
      }
      return;
    }
    const markup = stripMarkup(piece);
    if (markup.pageMark) pageBreakPending = pageStartPending = true;
    // most pieces are one part as written: no list of parts for them
    const only = asWritten(markup);
    if (only !== null) addPart(no, markup, indent, tabbed, quiet, only, true, false, false, false);
    else for (const part of partsOf(markup, agenda)) addPart(no, markup, indent, tabbed, quiet, part.text, part.first, part.paragraph, part.pageStart, part.cutOut);
  };
  /** `Download "Protokoll 2015-04-14"` under the site's title `Protokoll`: the quoted copy read in the title's place. */
  const readQuotedTitle = (raw: string): void => {
    const quoted = quotedOf(raw);
    const title = titleLosingNumbers(lines, quoted);
    if (!title) return;
    const { from, marked } = title;
    const no = lines[from]!.no;
    const rest = lines.splice(from).filter((l) => l.no !== no);
    readPiece(no, quoted);
    if (marked) markTitleFrom(lines, from);
    lines.push(...rest);
    restart(agenda);
  };
  const frontMatter = frontMatterLength(physical);
  for (let n = 0; n < frontMatter; n++) lines.push(blankLine(n + 1));
  // what the lines hold is asked of the text once, where it can be: a form feed anywhere (most texts have none, and
  // a search of each line cost a call each), and where MARK_OR_LEAD matches (lines cut at `\n` alone: their places known)
  const formFeeds = clean.includes('\f');
  const marks = otherBreak ? null : new MarkedLines(clean);
  let at = 0;
  for (let n = 0; n < frontMatter; n++) at += physical[n]!.length + 1;
  for (let n = frontMatter; n < physical.length; at += physical[n]!.length + 1, n++) {
    const no = n + 1;
    const raw = physical[n]!;
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
    // `Download "…"` with nothing read above it (the site's heading lost): its quoted title is the only copy of the
    // first page's head, read as the site's title would have been (it fills what the page lacks, see markSiteTitle)
    const quotedTitle = raw.charCodeAt(raw.length - 1) === 34 && lines.length < QUOTED_TITLE_REACH && isQuotedTitle(raw);
    if (quotedTitle && !wrapperBlock && !lines.some((l) => l.text !== '')) {
      const from = lines.length;
      readPiece(no, quotedOf(raw));
      markTitleFrom(lines, from);
      restart(agenda);
      wrapped = true;
      continue;
    }
    // (the site's title above that lost its numbers: the quoted copy read in its place, the line read on as before)
    if (quotedTitle && wrapped) readQuotedTitle(raw);
    // `Relevanta dokument` and the other documents' titles a sharing site lists under it; `Download "…"`, the site's
    // title of the document, whole before reflow could cut it at the labels it quotes (the debris stage drops short ones)
    if (wrapperBlock || (raw.length < WRAPPER_BLOCK_LENGTH ? isWrapperBlock(raw) : raw.charCodeAt(raw.length - 1) === 34 && isQuotedTitle(raw))) {
      if (!wrapperBlock) relatedList = raw.length < WRAPPER_BLOCK_LENGTH;
      if (!wrapped && markSiteTitle(lines)) restart(agenda);
      wrapped = true;
      wrapperBlock = raw.trim() !== '' || (relatedList && listGoesOn(physical, n));
      lines.push(blankLine(no));
      continue;
    }
    // most source lines are one page, no longer than the longest line: no lists to build for them
    if (raw.length <= maxLen && (!formFeeds || !raw.includes('\f'))) {
      readPiece(no, raw, marks === null ? MARK_OR_LEAD.test(raw) : marks.within(at, at + raw.length));
      continue;
    }
    const pages = raw.split('\f');
    for (let p = 0; p < pages.length; p++) {
      if (p > 0) pageBreakPending = pageStartPending = true;
      const page = pages[p]!;
      // the empty side of a form feed (`\fText`, `Text\f`) is no line of its own
      if (page === '' && pages.length > 1 && (p > 0 || pages.some((x) => x !== ''))) continue;
      for (const piece of page.length > maxLen ? cut(page, maxLen) : [page]) readPiece(no, piece);
    }
  }
  if (longLines > 1) {
    warnings[warnings.length - 1]!.message = `${longLines} lines longer than ${maxLen} characters were cut into pieces`;
  }
  removeRunningHeads(lines);
  joinHyphenated(lines);
  for (const l of lines) {
    // (each line's strings copied, so that every later reader meets one kind of string: text/own-string.ts)
    const flat = flatOf(l.text);
    const text = ownString(l.text);
    l.flat = flat === l.text ? text : ownString(flat);
    l.text = text;
  }
  return { lines, warnings };
}

/**
 * `collapse` for a line's text, where the only white space left is spaces and tabs (odd
 * spaces became spaces, every other break cut a line or a page): a search for those alone
 * finds that most lines have nothing to collapse, cheaper than the pattern that finds every
 * kind (and than two plain searches and a look at each end, a call each).
 */
const flatOf = (text: string): string => (text === '' || !SPACES_TO_COLLAPSE.test(text) ? text : text.replace(WHITE_RUNS, ' ').trim());
const SPACES_TO_COLLAPSE = / {2}|\t|^ | $/;
// (what `collapse` does to a text it finds something to collapse in: the search above found it, and is not made again)
const WHITE_RUNS = /\s+/g;

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

/**
 * The one part a piece makes as written, or null: one segment, a table's row or too short to be a flattened page
 * (a short line is read only where a digit opens it: a transcript's page number, perhaps).
 */
function asWritten(markup: Markup): string | null {
  if (markup.segments.length !== 1) return null;
  const only = markup.segments[0]!;
  return markup.rows || isWritten(only) ? only : null;
}

/** A segment too short to be a flattened page, read as written (where a digit opens it: a transcript's page number, perhaps). */
const isWritten = (segment: string): boolean => segment.length < REFLOW_FROM && !startsWithDigit(segment);

/** What a line without markup takes from it: no table's rows, no heading. */
const NO_MARKUP = { rows: false, heading: 0 } as const;

/** The logical lines of one source line: its markup's paragraphs, each a flattened page's lines. */
function partsOf(markup: Markup, agenda: ReflowState): Part[] {
  // most lines are one segment that is no flattened page: no arrays to build
  if (markup.segments.length === 1) {
    const only = markup.segments[0]!;
    const pieces = asWritten(markup) !== null ? null : reflow(only, agenda);
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

const holdsText = (l: Line): boolean => l.text !== '';
// a site's title is a line or two (wrapped) at the top of the text
const SITE_TITLE_LINES = 3;
// (its `Download "…"` stands under a few lines of the site's own at most)
const QUOTED_TITLE_REACH = 12;
/** The lines so far, the text above a sharing site's first wrapper line, are its title of the document (a few lines at most): marked, and true. */
function markSiteTitle(lines: Line[]): boolean {
  let content = 0;
  for (const l of lines) if (l.text !== '') content++;
  if (content === 0 || content > SITE_TITLE_LINES) return false;
  for (const l of lines) if (l.text !== '') l.siteTitle = true;
  return true;
}

/** The title a sharing site's `Download "…"` line quotes. */
const quotedOf = (raw: string): string => raw.slice(raw.indexOf('"') + 1, -1);

/** The lines from `from` on that hold text: read from the site's title of the document, marked so. */
function markTitleFrom(lines: Line[], from: number): void {
  for (let k = from; k < lines.length; k++) if (lines[k]!.text !== '') lines[k]!.siteTitle = true;
}

/** The document's text starts again after its site's title: the points the title copied (`1. Upprop … 2. …`) are counted again. */
function restart(agenda: ReflowState): void {
  agenda.agenda = 0;
  agenda.page = 0;
  delete agenda.point;
}

const blankLine = (no: number, pageBreak = false): Line => ({
  // the same properties in the same order as the lines built above: one shape for every line
  no, text: '', flat: '', indent: 0, tabbed: false, heading: 0, rule: false, leader: false, pageBreak, pageStart: false, bareNumber: false, link: false, cutOut: false, itemRead: null, furniture: false, siteTitle: false,
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
