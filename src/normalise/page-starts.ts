// Where the pages of a text start, when the running headers are looked for: its own page breaks,
// else the lines that recur with a page counter or as a letterhead, else the same lines over § after §.
import type { Line } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { DIGIT, MAX_LENGTH, MAY_COUNT, TOP_LINES, counterIn, isLetterhead, keyOf, printOf } from './page-keys.js';

/**
 * Where pages start: at page breaks (form feeds, page markers, furniture removed line by
 * line); where the text has none, after each line that carries a page counter and recurs
 * (`Sida 2 av 11`, `KOMMUNSTYRELSEN   PROTOKOLL   3 (12)`) — a header opens its page, a
 * footer closes it, and either way it stands at a page's edge.
 */
export function pageStarts(lines: readonly Line[]): number[] {
  const starts = [0];
  // the source's own pages where it marks them (form feeds, page markers) …
  lines.forEach((l, i) => {
    if (i > 0 && l.pageStart) starts.push(i);
  });
  // (a lone form feed, or form feeds that leave pages longer than any printed one, may mark only some of the pages:
  // a stray one between two documents; the recurring counters mark the rest)
  if (starts.length > 1) return starts.length > 2 && lines.length <= starts.length * LONGEST_PAGE ? starts : withAnchors(lines, starts);
  // … else where furniture or a page number ended one; a link dump ends an extractor's
  // page only sometimes, no evidence of a page on its own; breaks in a row make one
  let lastContent: Line | null = null;
  let empty = true;
  lines.forEach((l, i) => {
    if (i > 0 && l.pageBreak && !lastContent?.link && !empty) {
      starts.push(i);
      empty = true;
    }
    if (l.text !== '') {
      lastContent = l;
      empty = false;
    }
  });
  if (starts.length > 1) return joinFragments(lines, starts);
  // … else where a letterhead or a page counter recurs (`KRONVIK KOMMUN   PROTOKOLL   Nr 9`, `Sida 2 av 5`)
  for (const i of recurringAnchors(lines)) {
    const at = headerAbove(lines, i);
    if (at > starts[starts.length - 1]!) starts.push(at);
  }
  if (starts.length > 1) return starts;
  // … else where the same lines stand over § after § (a meeting system's page per §, saved one after another)
  for (const i of itemPageHeads(lines)) if (i > starts[starts.length - 1]!) starts.push(i);
  return starts;
}

// a block over a § heading is a few lines; it is a page's header when it stands over this many
const ITEM_PAGES = 3;
const TWO_ITEM_PAGES = 2;
const ENDS_SENTENCE = /[.!?]$/u;
const HEAD_BLOCK = 3;
const SIGN_NEAR_START = /^.{0,15}[§$]/u;
// (most lines hold no sign at all: two plain searches say so before the pattern tries every length up to 15)
const signNearStart = (text: string): boolean => (text.includes('§') || text.includes('$')) && SIGN_NEAR_START.test(text);

/**
 * `Bildningsnämnden, möte 26.9.2022` / `Protokollet är granskat` over `§ 54`, `§ 55`, …:
 * lines that stand, the same, right above at least three § headings head pages of their own.
 * The first line of each such block.
 */
function itemPageHeads(lines: readonly Line[]): number[] {
  const blocks: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (a § heading shows its sign near the start: most lines are passed over by that test alone)
    if (!signNearStart(line.text) || recogniseItemHeader(line)?.style !== 'paragraph') continue;
    const above: number[] = [];
    for (let k = i - 1; k >= 0 && above.length < HEAD_BLOCK; k--) if (lines[k]!.text !== '') above.push(k);
    // the first page shows the header alone over its § (the file's first lines): where more text stands above the
    // first §'s block than the block, no § heads a page, whatever the § headings below (asked here, before they are
    // looked for: most texts open with a front page)
    if (blocks.length === 0 && contentBefore(lines, above[0] ?? 0) > above.length) return [];
    blocks.push(above);
  }
  // (two § pages are enough where the header's lines are no sentence's: `Bildningsnämnden, möte 26.9.2022`
  // over the file's first § and over its second)
  const need = blocks.length >= ITEM_PAGES ? ITEM_PAGES : TWO_ITEM_PAGES;
  if (blocks.length < need) return [];
  // only the first page's lines can head the others (not `Godkändes.`, the last line of many a § above the next)
  const first = blocks[0]!;
  if (need < ITEM_PAGES && first.some((j) => ENDS_SENTENCE.test(lines[j]!.text))) return [];
  // (a line's key is worked out only when its first letters are those of a header line)
  const prints = new Set(first.map((j) => printOf(lines[j]!.text)));
  const keyAt = (j: number): string => (prints.has(printOf(lines[j]!.text)) ? keyOf(lines[j]!) : '');
  const header = new Set(first.map(keyAt));
  const over = new Map<string, number>();
  for (const above of blocks) for (const k of new Set(above.map(keyAt))) if (header.has(k)) over.set(k, (over.get(k) ?? 0) + 1);
  const heads: number[] = [];
  for (const above of blocks) {
    // the block: the recurring lines right above the heading, up to the first that is the page's own
    let top = -1;
    for (const k of above) {
      if ((over.get(keyAt(k)) ?? 0) < need) break;
      top = k;
    }
    if (top >= 0) heads.push(top);
  }
  return heads;
}

/** How many content lines stand before line `end`. */
function contentBefore(lines: readonly Line[], end: number): number {
  let before = 0;
  for (let k = 0; k < end; k++) if (lines[k]!.text !== '') before++;
  return before;
}

/**
 * A page of a few lines between two breaks is the header block of the page after it
 * (furniture ended the page above, its counter under the header ended the block): one page.
 */
function joinFragments(lines: readonly Line[], starts: readonly number[]): number[] {
  const out: number[] = [];
  starts.forEach((s, k) => {
    const prev = out[out.length - 1];
    if (prev !== undefined && k > 0) {
      let content = 0;
      for (let i = prev; i < s; i++) if (lines[i]!.text !== '') content++;
      if (content <= TOP_LINES && prev !== 0) {
        out[out.length - 1] = prev;
        return;
      }
    }
    out.push(s);
  });
  return out;
}

/** Lines that recur with a page counter, or as a letterhead that names the kind of document. */
function recurringAnchors(lines: readonly Line[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === '' || t.length > MAX_LENGTH) continue;
    if ((DIGIT.test(t) && MAY_COUNT.test(t) && counterIn(t) !== null) || isLetterhead(t)) found.push(i);
  }
  if (found.length < 2) return [];
  const seen = new Map<string, number>();
  for (const i of found) seen.set(keyOf(lines[i]!), (seen.get(keyOf(lines[i]!)) ?? 0) + 1);
  return found.filter((i) => (seen.get(keyOf(lines[i]!)) ?? 0) >= 2);
}

// more lines than a printed page holds, blank ones included
const LONGEST_PAGE = 120;

/** The pages the form feeds start, and those the recurring counters start between them. */
function withAnchors(lines: readonly Line[], starts: readonly number[]): number[] {
  const out = [...starts];
  // (a header right under a form feed, or a footer right above one, is at the edge of the page the form feed marks)
  for (const i of recurringAnchors(lines)) if (!starts.some((s) => Math.abs(s - i) <= TOP_LINES)) out.push(headerAbove(lines, i));
  return out.sort((a, b) => a - b);
}

/** A counter line and the few content lines right above it (a header block) start a page. */
function headerAbove(lines: readonly Line[], i: number): number {
  let start = i;
  for (let k = i - 1, n = 0; k >= 0 && n < 2; k--) {
    if (lines[k]!.text === '') break;
    start = k;
    n++;
  }
  return start;
}
