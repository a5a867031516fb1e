// Page furniture found by repetition: running headers and footers that a word processor
// prints on every page (`HÖGSBY KOMMUN   PROTOKOLL   2`, `Kommunstyrelsen`,
// `Sammanträdesdatum 2007-01-08`, `Expedierat/bestyrkt`, `Sida 2 av 11`), whatever their
// words. The text is cut into pages (form feeds, a converter's page markers, or — where
// neither exists — lines that recur with a page counter); a line at the top or bottom of
// pages whose text (digits masked) recurs there on the pages that follow, and hardly
// anywhere else, is furniture. It is removed with a page break remembered in its
// place, except where a run starts at the top of a page: there it is the document's own
// heading (its title, organ and date), and only a page counter goes.
// One pass to cut pages, one to count, one to remove: linear in the number of lines.
import type { Line } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';

const COUNTER = /(?<![\p{L}\d])(?:sida|sid\.?|page)\s*\d{1,4}(?:\s*(?:av|\/|of)\s*\d{1,4})?(?!\d)|(?<![\d(])\d{1,4}\s*\(\s*\d{1,4}\s*\)(?![\d)])|(?<![\d/])\d{1,4}\s*\/\s*\d{1,4}\s*(?:sidor)?$/iu;
const MAX_LENGTH = 150;
// how many content lines at the top and at the bottom of a page may be furniture
const TOP_LINES = 6;
const BOTTOM_LINES = 3;
// a furniture line recurs at the edges of pages that follow each other …
const MAX_PAGE_GAP = 1;
// … and this share of all its occurrences stands at a page edge (`Beslut` recurs in every
// § but mostly mid-page: it is content)
const EDGE_SHARE = 0.8;
const PROSE_WORDS = 7;

/** A line's text without its page counter, lower case, digits masked: the same on every page. */
const keyOf = (line: Line): string => {
  // an item heading is never masked: `§ 4 Dnr KF/2006.1` and `§ 5 Dnr KF/2006.2` differ
  if (recogniseItemHeader(line)) return `§ ${line.text.toLowerCase().replace(/\s+/g, ' ')}`;
  return line.text.replace(COUNTER, ' ').toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
};

interface Occurrence {
  index: number;
  page: number;
  top: boolean;
}

export function removeRunningHeads(lines: Line[]): void {
  const pages = pageStarts(lines);
  if (pages.length < 2) return;
  // every line's key, and how often each recurs in the whole text
  const keys = new Array<string>(lines.length).fill('');
  const total = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === '' || l.text.length > MAX_LENGTH || isProse(l.text)) continue;
    keys[i] = keyOf(l);
    total.set(keys[i]!, (total.get(keys[i]!) ?? 0) + 1);
  }
  const recurs = (i: number): boolean => keys[i] !== '' && (total.get(keys[i]!) ?? 0) >= 2;
  // a page's edges: the recurring lines at its top and at its bottom, up to the first line
  // that is its own (`§ 7 …` stops the header; `Kommunstyrelsens beslut` below it is content)
  const edges = new Map<string, Occurrence[]>();
  pages.forEach((start, p) => {
    const end = pages[p + 1] ?? lines.length;
    const content: number[] = [];
    for (let i = start; i < end; i++) if (lines[i]!.text !== '') content.push(i);
    const at = new Map<number, boolean>();
    for (let k = 0; k < Math.min(TOP_LINES, content.length) && recurs(content[k]!); k++) at.set(content[k]!, true);
    for (let k = content.length - 1; k >= Math.max(0, content.length - BOTTOM_LINES) && recurs(content[k]!); k--) if (!at.has(content[k]!)) at.set(content[k]!, false);
    for (const [i, top] of at) {
      const list = edges.get(keys[i]!) ?? [];
      // once per page
      if (list[list.length - 1]?.page !== p) list.push({ index: i, page: p, top });
      edges.set(keys[i]!, list);
    }
  });
  for (const [key, at] of edges) {
    if (at.length < 2 || at.length < EDGE_SHARE * total.get(key)!) continue;
    for (const run of runs(at)) {
      if (run.length < 2) continue;
      run.forEach((o, k) => {
        // the first of a run at the top of a page opens a document: keep it, without its counter
        if (k === 0 && o.top) {
          const line = lines[o.index]!;
          line.text = line.text.replace(COUNTER, '').trim();
        } else remove(lines, o.index);
      });
    }
  }
}

/** Occurrences on pages that follow each other. */
function runs(at: readonly Occurrence[]): Occurrence[][] {
  const out: Occurrence[][] = [];
  for (const o of at) {
    const run = out[out.length - 1];
    if (run && o.page - run[run.length - 1]!.page <= MAX_PAGE_GAP) run.push(o);
    else out.push([o]);
  }
  return out;
}

/** A wrapped line of running text, never furniture: seven words or more, most of them lower case. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < PROSE_WORDS) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= words.length * 0.6;
}

function remove(lines: Line[], i: number): void {
  lines[i]!.text = '';
  const next = lines[i + 1];
  if (next) next.pageBreak = true;
}

/**
 * Where pages start: at page breaks (form feeds, page markers, furniture removed line by
 * line); where the text has none, after each line that carries a page counter and recurs
 * (`Sida 2 av 11`, `KOMMUNSTYRELSEN   PROTOKOLL   3 (12)`) — a header opens its page, a
 * footer closes it, and either way it stands at a page's edge.
 */
function pageStarts(lines: readonly Line[]): number[] {
  const starts = [0];
  // the source's own pages where it marks them (form feeds, page markers) …
  lines.forEach((l, i) => {
    if (i > 0 && l.pageStart) starts.push(i);
  });
  if (starts.length > 1) return starts;
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
  if (starts.length > 1) return starts;
  // most files have no page counters at all: look for one before keying every line
  const counters: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t !== '' && t.length <= MAX_LENGTH && /\d/.test(t) && COUNTER.test(t)) counters.push(i);
  }
  if (counters.length < 2) return starts;
  const seen = new Map<string, number>();
  for (const i of counters) seen.set(keyOf(lines[i]!), (seen.get(keyOf(lines[i]!)) ?? 0) + 1);
  for (const i of counters) {
    if ((seen.get(keyOf(lines[i]!)) ?? 0) < 2) continue;
    // a counter near the top of what follows is a header: its page starts just above it
    const at = headerAbove(lines, i);
    if (at > starts[starts.length - 1]!) starts.push(at);
  }
  return starts;
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
