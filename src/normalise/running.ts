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
import { KIND_TITLES, OTHER_DOCUMENT_TITLES, SENTENCE_GOES_ON } from '../lexicon/sv.js';
import { isSignerLabels, labelAt } from '../text/labels.js';
import { collapse, type Line } from '../text/line.js';
import { otherMeetingDate } from '../text/meeting-date.js';
import { alternation } from '../text/patterns.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { COUNTER, DIGIT, MAX_LENGTH, MAY_COUNT, TOP_LINES, counterIn, isLetterhead, keyOf, mayBeItem, mayOpenWithKind, printOf } from './page-keys.js';
import { pageStarts } from './page-starts.js';
import { ANY_LETTER, OPENS_LOWER } from '../text/letters.js';

const WHITE_RUN = /\s+/;
const BOTTOM_LINES = 3;
// how much of a page its header and footer may be
const MAX_EDGE_SHARE = 0.45;
// a furniture line recurs at the edges of pages that follow each other, or with one page between
// that has a head of its own (a notice page, `KALLELSESIDA`, between the front page and the § pages;
// a posting certificate): in a text of three or four pages that one page broke the run …
const MAX_PAGE_GAP = 2;
// … and this share of all its occurrences stands at a page edge (`Beslut` recurs in every
// § but mostly mid-page: it is content)
const EDGE_SHARE = 0.8;
const PROSE_WORDS = 7;

interface Occurrence {
  index: number;
  page: number;
  top: boolean;
  /** Content lines between it and its page's edge. */
  offset: number;
  /** Its page's first content line. */
  pageFirst: number;
  /** How much of its page's content stands at the page's edges and recurs. */
  share: number;
}

export function removeRunningHeads(lines: Line[]): void {
  const pages = pageStarts(lines);
  if (pages.length < 2) return;
  // the lines at the pages' edges may be furniture: only their keys are worth computing, and
  // only the lines that look like them (the same first letters) worth counting against them
  const contents = pages.map((start, p) => {
    const end = pages[p + 1] ?? lines.length;
    const content: number[] = [];
    for (let i = start; i < end; i++) if (lines[i]!.text !== '') content.push(i);
    return content;
  });
  // (the text before a converter's first page marker, `<!-- sida 1 -->`, is no page: the first page is the first with text)
  const firstPage = Math.max(0, contents.findIndex((c) => c.length > 0));
  const pageCount = contents.filter((c) => c.length > 0).length;
  let lastPage = contents.length - 1;
  while (lastPage > 0 && contents[lastPage]!.length === 0) lastPage--;
  // (by line, null until asked: an array read and written where a Map hashed every line's index)
  const keys: (string | null)[] = new Array<string | null>(lines.length).fill(null);
  // (a running header's text recurs page after page: its key is made once, for the lines that a heading's recognisers
  // read by their text alone, no page's first line, no site's title, no lone number)
  const byText = new Map<string, string>();
  const keyAt = (i: number): string => {
    let k = keys[i]!;
    if (k === null) {
      const l = lines[i]!;
      if (l.pageStart || l.siteTitle || l.bareNumber) k = lineKey(l);
      else {
        const known = byText.get(l.text);
        if (known === undefined) byText.set(l.text, (k = lineKey(l)));
        else k = known;
      }
      keys[i] = k;
    }
    return k;
  };
  const edgePrints = new Set<string>();
  for (const content of contents) {
    // (the first lines and the last, as `[...content.slice(0, TOP_LINES), ...content.slice(-BOTTOM_LINES)]` lists them)
    for (let k = 0; k < TOP_LINES && k < content.length; k++) edgePrints.add(printOf(lines[content[k]!]!.text));
    for (let k = Math.max(0, content.length - BOTTOM_LINES); k < content.length; k++) edgePrints.add(printOf(lines[content[k]!]!.text));
  }
  const total = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text === '' || !edgePrints.has(printOf(lines[i]!.text))) continue;
    const k = keyAt(i);
    if (k !== '') total.set(k, (total.get(k) ?? 0) + 1);
  }
  const recurs = (i: number): boolean => keyAt(i) !== '' && (total.get(keyAt(i)) ?? 0) >= 2;
  // a page's edges: the recurring lines at its top and at its bottom, up to the first line
  // that is its own (`§ 7 …` stops the header; `Kommunstyrelsens beslut` below it is content)
  const edges = new Map<string, Occurrence[]>();
  contents.forEach((content, p) => {
    const at = new Map<number, { top: boolean; offset: number }>();
    for (let k = 0; k < Math.min(TOP_LINES, content.length) && recurs(content[k]!); k++) at.set(content[k]!, { top: true, offset: k });
    for (let k = content.length - 1; k >= Math.max(0, content.length - BOTTOM_LINES) && recurs(content[k]!) && !signs(content, k, lines); k--) {
      if (!at.has(content[k]!)) at.set(content[k]!, { top: false, offset: content.length - 1 - k });
    }
    for (const [i, { top, offset }] of at) {
      const list = edges.get(keyAt(i)) ?? [];
      // once per page
      if (list[list.length - 1]?.page !== p) list.push({ index: i, page: p, top, offset, pageFirst: content[0]!, share: at.size / content.length });
      edges.set(keyAt(i), list);
    }
  });
  // whether a page opens a meeting, asked once per page
  const opens = new Map<number, boolean>();
  const opensPage = (p: number): boolean => {
    let v = opens.get(p);
    if (v === undefined) opens.set(p, (v = contents[p]!.length > 0 && opensMeeting(lines, contents[p]![0]!)));
    return v;
  };
  // (a page above is a front page by its own lines: a line of other text over the next page's labels is none)
  const ownFront = new Map<number, boolean>();
  const frontOnPage = (p: number): boolean => {
    let v = ownFront.get(p);
    if (v === undefined) ownFront.set(p, (v = contents[p]!.length > 0 && opensMeeting(lines, contents[p]![0]!, pages[p + 1] ?? lines.length)));
    return v;
  };
  const items = new Map<number, boolean>();
  const itemOnPage = (p: number): boolean => {
    let v = items.get(p);
    if (v === undefined) items.set(p, (v = contents[p]!.some((i) => mayBeItem(lines[i]!.text) && recogniseItemHeader(lines[i]!) !== null)));
    return v;
  };
  // a page that goes on with the front page above it (its lists, its signers), no item between them, is that
  // front page's: a new meeting's front page comes after the items of the one before
  const opensAt = (o: Occurrence): boolean => {
    if (!opensPage(o.page)) return false;
    for (let q = o.page - 1; q >= 0; q--) {
      if (itemOnPage(q)) return true;
      if (frontOnPage(q)) return false;
    }
    return true;
  };
  // a run that starts below the file's first page heads a document there only when that page
  // opens one (its kind named, or a meeting's front page); else the header is printed on the
  // continuation pages only, the first page having a letterhead of its own
  // (a § heading printed again at the next page's top is the §'s own, the first time)
  // (a header whose own counter says a later page, `Ekdalen   Protokoll   Sida 2 (3)`, names the kind of the document it goes on with)
  const headsDocument = (o: Occurrence): boolean =>
    o.page === firstPage || keyAt(o.index).startsWith('§ ') || (!laterPage(lines[o.index]!.text) && namesKind(lines, o.pageFirst)) || opensAt(o);
  // (the first page's heading, `Styrelsen 2024-03-14` under its letterhead, is where a later page's header stands too)
  const firstTop = new Map<string, number>();
  for (const i of contents[firstPage]!.slice(0, TOP_LINES)) if (keyAt(i) !== '') firstTop.set(keyAt(i), (firstTop.get(keyAt(i)) ?? 0) + 1);
  const opening = new PageOpenings(lines);
  for (const [key, at] of edges) {
    if (at.length < 2 || at.length + (at[0]!.page > firstPage ? (firstTop.get(key) ?? 0) : 0) < EDGE_SHARE * total.get(key)!) continue;
    // (a § listed with the §§ after it, no text under it, is a contents entry: the page after
    // that opens with the same § writes it out, no running header)
    if (key.startsWith('§ ') && listedWithNext(lines, at[0]!.index)) continue;
    for (const all of runs(at)) {
      const run = atUsualPlace(all);
      // on pages that follow each other: two when the text has only two or three pages,
      // three when it has more (two pages of many may begin with the same row by chance:
      // a signing certificate's `Signed at` after random page breaks)
      // (the same header run on with the text of earlier pages counts: a transcript's
      // `SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Kommunfullmäktige Tid Plats …`)
      if (!(opensFile(run, firstPage) || onPages(run, lastPage))) continue;
      const glued = gluedPages(lines, contents, run[0]!, opening);
      if (run.length + glued.length < (pageCount > 3 ? 3 : 2)) continue;
      // where it was, the run began there, and none of its lines heads a document
      const earlier = unglue(lines, glued, run[0]!);
      run.forEach((o, k) => {
        // the first of a run at the top of a page opens a document, and so does one over a
        // new meeting's front page (minutes joined into one file): keep it, without its counter
        if (earlier && !opensAt(o)) remove(lines, o.index);
        else if (o.top && ((k === 0 && headsDocument(o)) || opensAt(o) || (k > 0 && otherMeeting(lines, run[0]!, o)))) {
          const line = lines[o.index]!;
          line.text = withoutCounter(line.text);
        } else remove(lines, o.index);
      });
    }
  }
}

/** The next line with text after line i opens an item too (`§ 41 Mötets öppnande` / `§ 42 …`): i is one of a list of headings. */
function listedWithNext(lines: readonly Line[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && lines[k]!.text === '') k++;
  const next = lines[k];
  return next !== undefined && mayBeItem(next.text) && recogniseItemHeader(next) !== null;
}

/** A line's key, or none (`''`) for a line too long, of prose, or running on: what the lines' keys are counted by. */
const lineKey = (l: Line): string => (l.text.length > MAX_LENGTH || isProse(l.text) || runsOn(l.text) ? '' : keyOf(l));

// `2/14` as a counter: the page, a slash, the pages (`2025/14` is a case number: no page of 14 is the 2025th)
const SLASH_COUNTER = /^(\d{1,4})\s*\/\s*(\d{1,4})/u;
/** The line without its page counter (`Sida 2 av 5`, `3 (7)`, `2/5`), a case number's `2025/14` kept. */
function withoutCounter(text: string): string {
  const m = COUNTER.exec(text);
  if (!m) return text;
  const slash = SLASH_COUNTER.exec(m[0]);
  if (slash && Number(slash[1]) > Number(slash[2])) return text;
  return (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
}

/** `PROTOKOLLSUTDRAG` over another date than the run's first (`Sammanträdesdatum 2024-09-23`): another meeting's title, no running header. */
const otherMeeting = (lines: readonly Line[], first: Occurrence, o: Occurrence): boolean => otherMeetingDate(lines, [first.index], [o.index]);

/** The pages before a run's first that open with its text run on with theirs. */
function gluedPages(lines: readonly Line[], contents: readonly (readonly number[])[], first: Occurrence, opening: PageOpenings): { i: number; p: number }[] {
  if (!first.top) return [];
  const head = headOf(lines, first);
  return contents.slice(0, first.page).flatMap((content, p) => {
    const i = content[0];
    return i !== undefined && opening.of(i).startsWith(head) ? [{ i, p }] : [];
  });
}

/**
 * Each page's first line as the runs compare it (white space collapsed, lower case), made once for all the runs:
 * a page flattened onto one long line was collapsed again for every run, and a file of many such pages took
 * time in the square of its length.
 */
class PageOpenings {
  // (with the text it was made from: a line the runs change, removed or unglued, is made again)
  private readonly made = new Map<number, { text: string; low: string }>();
  constructor(private readonly lines: readonly Line[]) {}
  of(i: number): string {
    const text = this.lines[i]!.text;
    const known = this.made.get(i);
    if (known !== undefined && known.text === text) return known.low;
    const low = collapse(text).toLowerCase();
    this.made.set(i, { text, low });
    return low;
  }
}

const headOf = (lines: readonly Line[], o: Occurrence): string => `${collapse(lines[o.index]!.text.replace(COUNTER, ' ')).toLowerCase()} `;

/** The run's text goes from the pages it was glued to (the file's first page keeps it: its heading); whether there were any. */
function unglue(lines: Line[], glued: readonly { i: number; p: number }[], first: Occurrence): boolean {
  const length = headOf(lines, first).length;
  for (const { i, p } of glued) if (p > 0) lines[i]!.text = collapse(lines[i]!.text).slice(length);
  return glued.length > 0;
}


// how far below a page's top a new meeting's front page shows its labels
const FRONT_PAGE_LINES = 15;
const FRONT_PAGE_LABELS = 2;
const MEETING_FIELDS = new Set<string>(['placeAndTime', 'dateAndTime', 'participants', 'adjusters', 'adjustedAt', 'signatures']);

/** The lines below start a meeting's front page: a list of who took part, or labels such as `Plats och tid`, `Utses att justera` (read up to `end`). */
function opensMeeting(lines: readonly Line[], i: number, end = lines.length): boolean {
  let labels = 0;
  for (let k = i + 1, seen = 0; k < end && seen < FRONT_PAGE_LINES; k++) {
    const t = lines[k]!.text;
    if (t === '') continue;
    seen++;
    // an item's heading first: a page of the same minutes (an election's `Ersättare` is its body)
    if (recogniseItemHeader(lines[k]!)) return false;
    const label = labelAt(t);
    if (!label || label.weak || !MEETING_FIELDS.has(label.field)) continue;
    // a list of who took part, or two other labels of a front page
    if (label.field === 'participants' || ++labels >= FRONT_PAGE_LABELS) return true;
  }
  return false;
}

// a case paper's or a plan's title (`TJÄNSTESKRIVELSE`, `Verksamhetsplan 2026`), short and no sentence, opens a
// document of its own: printed again on its next pages, its first print is its heading, not furniture
const OTHER_START = new RegExp(`^(?:${alternation(OTHER_DOCUMENT_TITLES)})(?![${ANY_LETTER}])`, 'iu');
const OTHER_TITLE_LENGTH = 60;
const namesOtherDocument = (t: string): boolean => t.length <= OTHER_TITLE_LENGTH && !/[.!?,;:]$/u.test(t) && OTHER_START.test(t);

// a page that opens a document names its kind near the top: `PROTOKOLL`, `Kallelse till …`
const KIND_START = new RegExp(`^(?:${alternation(Object.values(KIND_TITLES).flat())})(?![${ANY_LETTER}])`, 'iu');

/** The line's page counter says a page after the first (`Sida 2 (3)`, `3 (7)`, `Sida 2 av 5`). */
function laterPage(text: string): boolean {
  const counter = DIGIT.test(text) && MAY_COUNT.test(text) ? counterIn(text) : null;
  const page = counter ? /\d+/u.exec(counter[0]) : null;
  return page !== null && Number(page[0]) > 1;
}

/** One of the first lines of the page from i names a kind of document (in a cell of its own, or opening the line). */
function namesKind(lines: readonly Line[], i: number): boolean {
  for (let k = i, seen = 0; k < lines.length && seen < TOP_LINES; k++) {
    const t = lines[k]!.text;
    if (t === '') continue;
    seen++;
    // (the kind's name's first two letters asked before the pattern: most lines open otherwise)
    if ((mayOpenWithKind(t) && KIND_START.test(t)) || isLetterhead(t) || namesOtherDocument(t)) return true;
  }
  return false;
}

/**
 * The line signs the § above it: the signers' labels (`Ordförande    Justerande`) over their
 * names, or a name under them. Minutes that sign every § (`Vid protokollet` / `Sekreterare`
 * / names at the foot of each page) repeat these lines page after page, and they are still
 * no furniture; `Justerandes sign` is (a genitive: initials in a footer).
 */
function signs(content: readonly number[], k: number, lines: readonly Line[]): boolean {
  const text = lines[content[k]!]!.text;
  if (isSignerLabels(text)) return k + 1 < content.length;
  return k > 0 && isSignerLabels(lines[content[k - 1]!]!.text);
}

/**
 * The occurrences of a run at its usual place on the page (the same line from the top, or
 * from the bottom): a running header keeps its place, while lines that only recur in the
 * text (a signing certificate's `Signed at` in pages of a few lines) fall where they may.
 */
function atUsualPlace(run: readonly Occurrence[]): Occurrence[] {
  const count = new Map<number, number>();
  let best = NO_PLACE;
  for (const o of run) {
    const k = placeOf(o);
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    if (n > (count.get(best) ?? 0)) best = k;
  }
  return run.filter((o) => placeOf(o) === best);
}
/** An occurrence's place as a number: its offset from the top, or below zero from the bottom (no string to build and hash for each). */
const placeOf = (o: Occurrence): number => (o.top ? o.offset : -1 - o.offset);
// (no occurrence's place: counted none)
const NO_PLACE = Number.NaN;

/**
 * The run stands on pages whose furniture is a small part of them, not on scraps of text
 * that repeat as a whole: a converter's page breaks at random through a signing
 * certificate's rows (`Signed with` / `BankID` / `Signed at`, one block after another).
 * A short page among long ones (the end of a §) still has its header removed.
 */
function onPages(run: readonly Occurrence[], lastPage: number): boolean {
  // (the text's last page, where the text ends after a line or two, is short whatever its header: the pages before it say)
  const judged = run.length >= 2 && run[run.length - 1]!.page === lastPage ? run.slice(0, -1) : run;
  const shares = judged.map((o) => o.share).sort((a, b) => a - b);
  // the upper median: of two pages, the one more of which would go
  return shares[Math.floor(shares.length / 2)]! <= MAX_EDGE_SHARE;
}

/** The run's first line heads the file's first page: its letterhead, printed again on the next pages. */
const opensFile = (run: readonly Occurrence[], firstPage: number): boolean => run[0]!.top && run[0]!.page === firstPage;

/** Occurrences on pages that follow each other (one page between them at most). */
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
// a line that ends in the middle of a sentence (`Styrelsen beslutar att`) is body text, wherever
// pages happen to break: a header or footer never ends in such a word
const RUNS_ON = new Set<string>(SENTENCE_GOES_ON);
function runsOn(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return last !== text && RUNS_ON.has(last.toLowerCase());
}

function isProse(text: string): boolean {
  const words = text.split(WHITE_RUN);
  if (words.length < PROSE_WORDS) return false;
  // (counted, no list filtered; a plain first letter by its code, the pattern asked only past ASCII, where a-z are the small ones)
  let lower = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128 ? c >= 97 && c <= 122 : OPENS_LOWER.test(w)) lower++;
  }
  return lower >= words.length * 0.6;
}

function remove(lines: Line[], i: number): void {
  lines[i]!.text = '';
  lines[i]!.furniture = true;
  const next = lines[i + 1];
  if (next) next.pageBreak = true;
}
