// Tables of contents: `Innehåll` / `Ärendelista` / `Ärenden … Sida` followed by entries
// that end in a page number (after dot leaders, a column gap, or in a contents block a
// single space), with `§ 12  Dnr …` lines above their titles and wrapped titles. A
// contents list names the items; it is never a second set of them, and it does not end a
// header. Its entries are kept to confirm or complete the items' titles.
import { CASE_NUMBER_LABELS, CONTENTS_HEADINGS, CONTENTS_HEADINGS_LOOSE, ONE_LINE_CONTENTS_HEADINGS, ONE_LINE_CONTENTS_PHRASE, ONE_LINE_COUNTING_ON_HEADINGS, PAGE_COLUMN_HEAD } from '../lexicon/sv.js';
import { readSectionHeading, type SectionType } from './section-heading.js';
import { collapse, isBlank, nextContent, withText, type Line } from './line.js';
import { recogniseItemHeader, type ItemHeader, type NumberingStyle } from './numbering.js';
import { alternation, capitalise, labelKey, opensLikeTwo, trimEndOf } from './patterns.js';
import { OPENS_UPPER, UPPER_LETTER } from './letters.js';
import { opensLostRow } from './row-opening.js';
import { entryPrefix } from './contents-prefix.js';
import { caseLabelEntries } from './contents-case-entries.js';

export interface ContentsEntry {
  /** The § or point number the entry names, when it names one. */
  number: number | null;
  title: string;
  /** Index of the line the entry starts on, where known. */
  at?: number;
  /** The group heading the entry stands under, where a flattened list names one (`BESLUTAS AV KOMMUNSTYRELSEN 109 …`). */
  section?: { section: string; type: SectionType };
  /** The case's number the entry writes between its own number and its title (`26 Dnr KS 2018/14 Information... 3`). */
  caseNumber?: string;
}

export interface Contents {
  /** Index of its first line (its heading, or its first entry) and one past its last. */
  start: number;
  end: number;
  entries: ContentsEntry[];
}

const HEADING = new RegExp(`^(?:${alternation(CONTENTS_HEADINGS)})$`, 'iu');
const FIRST_WORDS = new Set<string>(CONTENTS_HEADINGS.map((h) => h.split(' ')[0]!));
// a line whose first two characters are plain (ASCII) and open none of them is passed by at once (`Protokoll`, `Fredag`)
const mayOpenHeading = opensLikeTwo([...FIRST_WORDS]);
// where a heading's first word ends
const WORD_END = /[\s:]/u;
const LOOSE = new RegExp(`^(?:${alternation(CONTENTS_HEADINGS_LOOSE)})$`, 'iu');
// `Förändring av ärendelista ....... 5` (leaders removed by normalise: `…lista   5`), `Avslut   10`
const ENTRY_GAP = /^(.*\S)\s{2,}(\d{1,3})$/u;
// an entry line needs this many entries around it to make a list
const MIN_ENTRIES = 3;
// a contents heading is short
const HEADING_LENGTH = 40;
// lists this close together are one table of contents
const JOIN_LINES = 6;
// how far the title of a `§ 12  Dnr …` line may stand below it
const TITLE_LINES = 3;

const headingKey = (line: Line): string => labelKey(line.flat).replace(/[^\p{L}§ ]+/gu, ' ').replace(/\s+/g, ' ').trim();
/** A contents heading: `strict` wants page numbers after a gap or leaders, `loose` (`Innehåll`) takes one space too. */
function headingOf(line: Line): 'strict' | 'loose' | null {
  const t = line.flat;
  if (t.length > HEADING_LENGTH || !mayOpenHeading(t)) return null;
  // (its first word, found without splitting the line)
  const cut = t.search(WORD_END);
  if (!FIRST_WORDS.has((cut < 0 ? t : t.slice(0, cut)).toLowerCase())) return null;
  const key = headingKey(line);
  if (!HEADING.test(key)) return null;
  return LOOSE.test(key) ? 'loose' : 'strict';
}

function entryOf(line: Line, tight: boolean): { title: string; page: number } | null {
  // every entry ends in its page number: a digit last, and one to three of them (four are a year)
  const text = line.text;
  const digits = trailingDigits(text);
  if (digits === 0) return null;
  // after a gap: white space right before the number (asked before the pattern, which reads the whole line)
  // (a text of digits alone has no place before them: it is passed by before a read before its start, which costs the
  // function its optimised code)
  const gap = digits <= 3 && digits < text.length && maySpace(text.charCodeAt(text.length - digits - 1)) ? ENTRY_GAP.exec(text) : null;
  if (gap) return entry(gap[1]!, gap[2]!);
  const flat = line.flat;
  const count = trailingDigits(flat);
  if (count === 0 || count > 3) return null;
  const page = flat.slice(flat.length - count);
  const before = flat.slice(0, flat.length - count);
  const title = before.trimEnd();
  // short leaders that normalise leaves: `… vid nämnd ... 42`
  if (title.endsWith('..') || title.endsWith('. .')) return entry(title, page);
  // inside a contents block a page number may follow after one space, without a leader,
  // when the title ends in a word (`… 2024 – beslut om åtgärder 4`, not `… 2024 4`)
  if (title === before || !(line.leader || tight)) return null;
  return /\p{L}$/u.test(trimEndOf(title, ').:')) ? entry(title, page) : null;
}

/** A line that reads as a contents entry on its own: a title, then its page number after a gap or a leader (`Information... 3`). */
export const isContentsEntry = (line: Line): boolean => entryOf(line, false) !== null;

const isDigitAt = (s: string, k: number): boolean => {
  // (no place outside the text is read: such a read costs the function its optimised code)
  if (k < 0 || k >= s.length) return false;
  const c = s.charCodeAt(k);
  return c >= 48 && c <= 57;
};
/** The text ends in a digit (a look at its last character: a pattern `\d$` tries every place in the text). */
export const endsInDigit = (s: string): boolean => isDigitAt(s, s.length - 1);
/** How many digits a text ends with, counted up to four. */
function trailingDigits(s: string): number {
  let n = 0;
  while (n < 4 && isDigitAt(s, s.length - 1 - n)) n++;
  return n;
}
// a character `\s` may match: plain white space, or any beyond ASCII (the pattern decides)
const maySpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c >= 128;

function entry(title: string, page: string): { title: string; page: number } {
  return { title: beforeCaseNumber(trimEndOf(collapse(title), '.…')), page: Number(page) };
}

// `§ 14 Inkomna motioner Dnr 109-7-2017 Eva Ek (C) har inkommit med …`: an entry that runs on into the case's number
// and what the case is, after its title (the label, capitalised, then a digit)
const CASE_LABEL_AFTER_TITLE = new RegExp(`\\s(?:${alternation(CASE_NUMBER_LABELS.filter((l) => !l.includes(' ')).map(capitalise))}):?\\s+(?=\\S*\\d)`, 'u');
const LEADING_NUMBER = /^(?:§\s*)?\d+\S*\s*/u;
/** The entry's title before a case number's label that follows it. */
function beforeCaseNumber(title: string): string {
  if (!title.includes(' D') && !title.includes(' Ä')) return title;
  const m = CASE_LABEL_AFTER_TITLE.exec(title);
  // (a title before the label, not only the entry's number: `§ 12 Dnr KS 2026/1 Budget … 4` keeps its title after it)
  return m && /\p{L}{2}/u.test(title.slice(0, m.index).replace(LEADING_NUMBER, '')) ? title.slice(0, m.index) : title;
}

/**
 * Which lines may open an item (`mayOpenItem`), marked 1 by line index (the file's marks,
 * `openersOfFile`): the segmenter asks once for the contents lists and the items. Without it each line is asked.
 */
export type Openers = Uint8Array;

/** The line's item header, asked only where the line may open one. */
const headerAt = (lines: readonly Line[], k: number, openers: Openers | undefined): ItemHeader | null =>
  openers === undefined || openers[k] === 1 ? recogniseItemHeader(lines[k]!) : null;

/** The contents lists between `start` and `end`. */
export function findContents(lines: readonly Line[], start: number, end: number, openers?: Openers): Contents[] {
  const found: Contents[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const heading = headingOf(line);
    const headed = heading !== null;
    const oneLine = !headed && line.flat.length > ONE_LINE_LENGTH && (ONE_LINE_GUARD.test(line.flat.slice(0, ONE_LINE_HEAD)) || line.flat.includes(PAGE_COLUMN)) ? oneLineList(line.flat) : null;
    if (oneLine) {
      found.push({ start: i, end: i + 1, entries: oneLine });
      continue;
    }
    if (!headed && !(entryOf(line, false) || headerAt(lines, i, openers))) continue;
    const list = (headed ? caseLabelLine(lines, i + 1, end) : null) ?? readList(lines, headed ? i + 1 : i, end, heading === 'loose', openers) ?? (headed ? numbersFirst(lines, i + 1, end, false, openers) : line.text.startsWith('§') ? numbersFirst(lines, i, end, true, openers) : null);
    if (!list || list.entries.length < (headed ? 1 : MIN_ENTRIES)) continue;
    const prev = found[found.length - 1];
    // one list broken by an entry it could not read: the pieces are one table of contents
    if (prev && contentLinesBetween(lines, prev.end, i) <= JOIN_LINES) {
      prev.end = list.end;
      prev.entries.push(...list.entries);
    } else found.push({ start: i, end: list.end, entries: list.entries });
    i = list.end - 1;
  }
  const again = listedAgain(lines, start, end, openers);
  if (again && !found.some((c) => c.start < again.end && again.start < c.end)) {
    found.push(again);
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

/** `Ärendelista` / `114 Dnr KS 2018/12 Information Dnr …`: the entries of the one line under the heading, parted by their case labels (text/contents-case-entries.ts). */
function caseLabelLine(lines: readonly Line[], from: number, end: number): { end: number; entries: ContentsEntry[] } | null {
  const at = nextContent(lines, from, end);
  if (at < 0 || at - from > 1) return null;
  const entries = caseLabelEntries(lines[at]!.flat.split(' '), -1);
  return entries ? { end: at + 1, entries: entries.map((e) => ({ ...e, at })) } : null;
}

/** A title compared with another: lower case, words only. */
export const titleKey = (s: string): string => collapse(s).toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

// a group heading (`Beslutsärenden`, `Informationsärenden`): a few words
const GROUP_LENGTH = 40;

/**
 * An agenda's points listed one a line, then written out again from the same first number
 * (`1. Upprop` … `7. Rapporter`, then `1. Upprop Tove Ring (SD) är i tur att justera.` …):
 * the first run is a list of the points, not the points. Only the document's first run is
 * asked, and only when its first title comes again.
 */
function listedAgain(lines: readonly Line[], start: number, end: number, openers: Openers | undefined): Contents | null {
  let i = start;
  while (i < end && (isBlank(lines[i]!) || !headerAt(lines, i, openers))) i++;
  if (i >= end) return null;
  const first = headerAt(lines, i, openers)!;
  if (first.rest === '') return null;
  const entries: ContentsEntry[] = [];
  let k = i;
  let last = i;
  // (a number alone counts in the run, its title flattened elsewhere: `§ 55` / `§ 56` / … / `§ 58  Ekonomisk rapport …  Ansökan …`;
  // from there on, what stands beside a number is the column of titles, no entry's own)
  let bare = false;
  for (let h: ItemHeader | null = first, n = 0; h !== null && h.style === first.style && h.number === first.number + n; n++) {
    bare ||= h.rest === '';
    if (!bare) entries.push({ number: h.number, title: h.rest, at: k });
    last = k;
    k = nextContent(lines, k + 1, end);
    h = k < 0 ? null : headerAt(lines, k, openers);
    // `§ 87 Föregående protokoll` / `Beslutsärenden` / `§ 88` / `§ 89`: a group heading before the list's bare
    // numbers (titles with their groups, each over its number, are the items' own list: `titlesBeforeItems`)
    if (h === null && k >= 0 && lines[k]!.flat.length <= GROUP_LENGTH && readSectionHeading(lines[k]!.flat) !== null) {
      const after = nextContent(lines, k + 1, end);
      const bare = after < 0 ? null : headerAt(lines, after, openers);
      if (bare?.rest === '') {
        k = after;
        h = bare;
      }
    }
  }
  if (entries.length < MIN_ENTRIES) return null;
  const key = titleKey(first.rest);
  for (let j = last + 1; j < end; j++) {
    const h = lines[j]!.text === '' ? null : headerAt(lines, j, openers);
    if (h?.style === first.style && h.number === first.number && titleKey(h.rest).startsWith(key)) return { start: i, end: last + 1, entries };
  }
  return null;
}

// `1 INNEHÅLLSFÖRTECKNING 1 [1] 51 Informationspunkt: Nytt system BESLUTSÄRENDEN 52 Riktlinjer …`:
// a page flattened onto one line, its heading near the start, then numbers each before a title
const ONE_LINE_LENGTH = 60;
const ONE_LINE_HEAD = 60;
// the heading stands among the first words, after the page counters (`3 Sida 3 (12) Innehållsförteckning …`)
const ONE_LINE_HEAD_WORDS = 6;
// only a table of contents' own heading (`Innehållsförteckning`, `ÄRENDELISTA`): `Ärenden 1 Val av justerare 2 …` on one
// line may be a notice's only agenda
const ONE_LINE_HEADINGS = new Set<string>(ONE_LINE_CONTENTS_HEADINGS);
const [PHRASE_FIRST, PHRASE_SECOND] = ONE_LINE_CONTENTS_PHRASE.opening;
const ONE_LINE_GUARD = new RegExp(alternation([...ONE_LINE_CONTENTS_HEADINGS, ...ONE_LINE_COUNTING_ON_HEADINGS, PHRASE_FIRST]), 'iu');
const COUNTING_ON_HEADINGS = new Set<string>(ONE_LINE_COUNTING_ON_HEADINGS);
// a group heading in capitals (`BESLUTAS AV KOMMUNSTYRELSEN`) between two entries is no part of a title
const CAPITALS_WORD = new RegExp(`^[${UPPER_LETTER}]{2,}$`, 'u');
const MIN_CAPITALS_RUN = 2;

/**
 * The entries of a contents list flattened onto one line with its heading: the numbers
 * that count up by one, each followed by a capitalised title that runs to the next. Its
 * entries have no line of their own (`at`): they confirm or complete titles, never add items.
 */
function oneLineList(text: string): ContentsEntry[] | null {
  const words = text.split(' ');
  const first = words.slice(0, ONE_LINE_HEAD_WORDS).map((w) => trimEndOf(w, ':').toLowerCase());
  const head = first.findIndex((w) => ONE_LINE_HEADINGS.has(w));
  if (head >= 0) return listAfter(words, head, false) ?? leaderEntries(words, head) ?? caseLabelEntries(words, head);
  // (`3 södra Småland (23) Förteckning över styrelsens ärenden den 16 december Fastställande … 208 Aktuella frågor …`:
  // the heading as a phrase, the entries after its noun)
  const phrase = phraseHeadingEnd(words, first);
  if (phrase >= 0) return listAfter(words, phrase, false);
  // or, anywhere on the line, the head of the list's page column (`… Plats Rådhuset Ärenden som skall behandlas Sida 41 …`)
  for (let j = words.indexOf(PAGE_COLUMN_HEAD); j > 0; j = words.indexOf(PAGE_COLUMN_HEAD, j + 1)) {
    const list = listAfter(words, j, true);
    if (list) return list;
  }
  // (`3 Barn- och utbildningsnämnden (20) Ärenden 60 Fastställande av dagordning 61 …`: minutes' §§, counting on from 60)
  const counting = first.findIndex((w) => COUNTING_ON_HEADINGS.has(w));
  if (counting >= 0) {
    const list = listAfter(words, counting, false);
    if (list && list[0]!.number !== null && list[0]!.number > 1) return list;
  }
  return null;
}

/**
 * `Innehållsförteckning Val av justerare... 3 Budget 2032... 4 …`: a list flattened onto one line whose entries kept
 * their titles and pages, each title closed by its leader, and lost their numbers (segment/contents-numbers.ts numbers
 * them from the front page's range). What follows the last page is the next page's text. The pages count up.
 */
function leaderEntries(words: readonly string[], head: number): ContentsEntry[] | null {
  const entries: ContentsEntry[] = [];
  let from = head + 1;
  let page = 0;
  for (let j = from; j + 1 < words.length; j++) {
    const w = words[j]!;
    if (!endsInLeader(w) || !PAGE_WORD.test(words[j + 1]!) || Number(words[j + 1]) < page) continue;
    const title = [...words.slice(from, j), trimEndOf(w, '.…')].filter((t) => t !== '');
    if (title.length === 0 || !OPENS_UPPER.test(title[0]!)) return null;
    entries.push({ number: null, title: title.join(' ') });
    page = Number(words[j + 1]);
    from = j + 2;
    j++;
  }
  return entries.length >= MIN_ENTRIES ? entries : null;
}

/**
 * A contents list's heading (`Ärendelista`, `Innehåll`) or a counted list's (`Ärenden`) stands among the line's first words
 * (`4 Ärendelista 99 Val av justerare 100 …`), or its page column's head anywhere (`… Ärenderubrik Sida 61 …`): the line
 * is read as one list here (oneLineList), not cut into its points.
 */
export function headsOneLineList(text: string): boolean {
  if (text.includes(PAGE_COLUMN)) return true;
  for (const w of text.split(' ', ONE_LINE_HEAD_WORDS)) {
    const key = trimEndOf(w, ':').toLowerCase();
    if (ONE_LINE_HEADINGS.has(key) || COUNTING_ON_HEADINGS.has(key)) return true;
  }
  return false;
}

/** Where the heading written as a phrase ends (its noun's word) among the line's first words, or -1. */
function phraseHeadingEnd(words: readonly string[], first: readonly string[]): number {
  const at = first.indexOf(PHRASE_FIRST);
  if (at < 0 || words[at + 1]?.toLowerCase() !== PHRASE_SECOND) return -1;
  for (let k = at + 2; k <= at + 2 + ONE_LINE_CONTENTS_PHRASE.between && k < words.length; k++) if (words[k]!.toLowerCase() === ONE_LINE_CONTENTS_PHRASE.noun) return k;
  return -1;
}

/**
 * The entries after the heading at word `head`. Under a page column's head (`column`) the list
 * must start at once (a group heading may stand between: `Sida Allmänt 61 …`) and its titles end
 * in their pages; the last runs on into what follows the list, cut at its page.
 */
function listAfter(words: readonly string[], head: number, column: boolean): ContentsEntry[] | null {
  // where a number stands before a capitalised word
  const at = new Map<number, number[]>();
  for (let j = head + 1; j + 1 < words.length; j++) {
    if (!/^\d{1,3}$/u.test(words[j]!) || !OPENS_UPPER.test(words[j + 1]!)) continue;
    // (`Val av justerare... 3 Budget... 4`: a number after a title's leader is its page, no entry's number)
    if (endsInLeader(words[j - 1]!)) continue;
    const n = Number(words[j]);
    at.set(n, [...(at.get(n) ?? []), j]);
  }
  let best: number[] = [];
  for (const [n, starts] of at) {
    if (at.has(n - 1)) continue;
    const chain = [starts[0]!];
    // (a number or two the transcript lost between two that stand: the entry before runs on over theirs)
    for (let m = n; ; ) {
      const last = chain[chain.length - 1]!;
      const step = nextNumber(at, m, last);
      if (step === null) break;
      m = step.number;
      chain.push(step.word);
    }
    if (chain.length > best.length) best = chain;
  }
  if (best.length < MIN_ENTRIES || (column && best[0]! - head > COLUMN_GAP_WORDS)) return null;
  // the group heading cut from the end of a title stands over the entries after it (`… verksamheter BESLUTAS AV
  // KOMMUNSTYRELSEN 109 …`): their section, where the lexicon names it one
  const headings: ({ section: string; type: SectionType } | null)[] = [null];
  // (`FHR 29 Godkännande … FHR 30 …`: the organ's letters before every number end no title: text/contents-prefix.ts)
  const prefix = entryPrefix(words, best);
  const titles = best.map((j, k) => {
    const next = best[k + 1];
    const title = words.slice(j + 1, next === undefined ? words.length : prefix !== null ? next - 1 : next);
    let cut = title.length;
    while (cut > 1 && CAPITALS_WORD.test(title[cut - 1]!)) cut--;
    if (title.length - cut < MIN_CAPITALS_RUN) {
      headings.push(headings[k]!);
      return title;
    }
    // (`… Försäkring AB BESLUTAS AV KOMMUNFULLMÄKTIGE`: a title's own capitals before the heading stay in the title)
    for (let at = cut; at <= title.length - MIN_CAPITALS_RUN; at++) {
      const heading = readSectionHeading(title.slice(at).join(' '));
      if (heading === null) continue;
      headings.push(heading);
      return title.slice(0, at);
    }
    headings.push(null);
    return title.slice(0, cut);
  });
  // `41 Val av justerare 3 42 Budget 4 …`: where every title ends in a number, those are the pages
  const endsInPage = (t: readonly string[]): boolean => t.length > 1 && PAGE_WORD.test(t[t.length - 1]!);
  // (or every title but the last, which runs on into the page's rest, a transcript cut off: `… 9 68 Motionssvar … köket ka`)
  const paged = titles.length >= MIN_ENTRIES ? titles.slice(0, -1).every(endsInPage) : titles.every(endsInPage);
  if (column) return pagedRunningOn(words, best, titles);
  return titles.flatMap((t, k) => {
    const number = Number(words[best[k]!]);
    const own = paged && endsInPage(t) ? t.slice(0, -1) : t;
    // (`65 Budget Översyn av bolagsordningen 6 67 …`: the entries whose numbers the transcript lost, each its title)
    const lost = k + 1 < best.length ? lostEntries(own, number, Number(words[best[k + 1]!])) : null;
    const entries: ContentsEntry[] = lost ?? [{ number, title: (paged && endsInPage(t) ? beforeLostEntry(own) : t).join(' ') }];
    const heading = headings[k];
    if (heading) for (const entry of entries) entry.section = heading;
    return entries;
  });
}

// a lost entry's title, read off a capital alone, has two words at least (`Avtal med Ekby` is one title)
const MIN_LOST_TITLE_WORDS = 2;

/**
 * `65 Framtidsstrategi med budget Översyn av bolagsordningen 6 67 …`: numbers between `number` and `next` that a
 * transcript lost, with their pages, left their titles run on after the entry's; each opens with a capital. Where
 * the title holds as many places to cut as numbers were lost, it is cut there: after a page before a capital
 * (`Budget 4 Delårsrapport`), or else before a capital after a word in small letters that is no preposition
 * (text/row-opening.ts, as the rows of an agenda that lost their numbers), each piece two words at least. Null
 * where no number was lost or the places do not count up to them.
 */
function lostEntries(title: readonly string[], number: number, next: number): ContentsEntry[] | null {
  const lost = next - number - 1;
  if (lost < 1 || lost > MAX_LOST_NUMBERS) return null;
  const paged: number[] = [];
  const capitals: number[] = [];
  for (let j = 1; j < title.length; j++) {
    if (!OPENS_UPPER.test(title[j]!)) continue;
    const before = title[j - 1]!;
    if (PAGE_WORD.test(before) && j > 1) paged.push(j);
    else if (opensLostRow(before, title[j]!)) capitals.push(j);
  }
  const cuts = paged.length > 0 ? paged : capitals;
  if (cuts.length !== lost) return null;
  const pieces = [0, ...cuts].map((from, k) => {
    const piece = title.slice(from, cuts[k] ?? title.length);
    // (the page that closes a piece before the next)
    return paged.length > 0 && k < cuts.length ? piece.slice(0, -1) : piece;
  });
  if (paged.length === 0 && pieces.some((p) => p.length < MIN_LOST_TITLE_WORDS)) return null;
  if (pieces.some((p) => p.length === 0)) return null;
  return pieces.map((p, k) => ({ number: number + k, title: p.join(' ') }));
}

// where the page column's head stands in a flattened line (words apart: ` Sida `)
const PAGE_COLUMN = ` ${PAGE_COLUMN_HEAD} `;
// how many words (a group heading) may stand between the page column's head and the first entry
const COLUMN_GAP_WORDS = 3;

/**
 * Entries under a page column that do not all end in their pages: a title wrapped in its
 * column carries its page after its first line (`89 Förslag på åtgärder som bidrar 9 till
 * resultatet 90 …`), and the last runs on into the rest of the page, cut at its page and,
 * where longer than the others, before the next capitalised word. Each
 * title but the last holds a page, the pages counting up.
 */
function pagedRunningOn(words: readonly string[], best: readonly number[], titles: readonly string[][]): ContentsEntry[] | null {
  const entries: ContentsEntry[] = [];
  let page = 0;
  for (let k = 0; k < titles.length; k++) {
    const t = titles[k]!;
    const last = k === titles.length - 1;
    const ends = !last && t.length > 1 && PAGE_WORD.test(t[t.length - 1]!);
    const at = ends ? t.length - 1 : t.findIndex((w, j) => j > 0 && PAGE_WORD.test(w) && Number(w) >= page);
    if (at < 0 && !last) return null;
    if (at >= 0) page = Number(t[at]);
    const number = Number(words[best[k]!]);
    // (the entries whose numbers the transcript lost after this one's, as in a list without the column: listAfter)
    const lost = ends ? lostEntries(t.slice(0, -1), number, Number(words[best[k + 1]!])) : null;
    if (lost) {
      entries.push(...lost);
      continue;
    }
    const title = last ? lastTitle(at < 0 ? t : t.slice(0, at), entries) : ends ? beforeLostEntry(t.slice(0, -1)) : [...t.slice(0, at), ...beforeLostEntry(t.slice(at + 1))];
    entries.push({ number, title: title.join(' ') });
  }
  return entries;
}

/**
 * The last title, longer than any before it, ran on over entries that lost their numbers (and
 * over the rest of the page): it ends before the next capitalised word.
 */
function lastTitle(title: readonly string[], before: readonly ContentsEntry[]): readonly string[] {
  const longest = Math.max(...before.map((e) => e.title.split(' ').length));
  const at = title.length > longest ? title.findIndex((w, j) => j > 0 && OPENS_UPPER.test(w)) : -1;
  return at < 0 ? title : title.slice(0, at);
}

// how many numbers in a row a transcript may lose from a one-line list (`2 Redovisning … Ansökan … Företräda … 5 …`)
const MAX_LOST_NUMBERS = 2;

/** The entry after number n, whose word stands at `last`: n + 1, or past a number or two lost, where one stands after it. */
function nextNumber(at: ReadonlyMap<number, number[]>, n: number, last: number): { number: number; word: number } | null {
  for (let m = n + 1; m <= n + 1 + MAX_LOST_NUMBERS; m++) {
    // (a lost number leaves its title: a word at least for each stands between the numbers around them)
    const word = at.get(m)?.find((j) => j > last + 1 + (m - n - 1));
    if (word !== undefined) return { number: m, word };
  }
  return null;
}

/**
 * `52 Budget 4 Delårsrapport 5 54 …`: where the transcript lost an entry's number, the entry
 * before runs on over it; in a list whose titles end in their pages, a page number before a
 * capital ends the title there.
 */
function beforeLostEntry(title: readonly string[]): readonly string[] {
  const at = title.findIndex((w, j) => j > 0 && PAGE_WORD.test(w) && OPENS_UPPER.test(title[j + 1] ?? ''));
  return at < 0 ? title : title.slice(0, at);
}
const PAGE_WORD = /^\d{1,3}$/u;
/** A word that ends in a leader's dots (`justerare...`, `justerare…`, `..`). */
const endsInLeader = (w: string): boolean => w.endsWith('..') || w.endsWith('…');

/**
 * One past the last line of a contents list that starts at line i (its heading, or its
 * first entry when the list has no heading); -1 where none starts there. For the split
 * stage: the entries of a contents list are no items of the document.
 */
export function contentsListEnd(lines: readonly Line[], i: number, end: number): number {
  const line = lines[i]!;
  const heading = headingOf(line);
  if (heading === null && !(endsInDigit(line.text) && entryOf(line, false))) return -1;
  const list = readList(lines, heading !== null ? i + 1 : i, end, heading === 'loose');
  return list && list.entries.length >= (heading !== null ? 1 : MIN_ENTRIES) ? list.end : -1;
}

function contentLinesBetween(lines: readonly Line[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!isBlank(lines[k]!)) n++;
  return n;
}

/** `§ 71 Title`, `12 § Title`, `3. Title`: the number and the title of a contents entry (and the case's number between them). */
function numberedTitle(text: string, spaced = false): { number: number; title: string; caseNumber: string | null } | null {
  // (or an organ's letters before it, the § lost: `KF 67 Val av justerare`)
  if (!/^(?:§|\d|\p{Lu}\p{L}{1,7} \d)/u.test(text)) return null;
  const line = withText(PLAIN, text);
  // (`145 Sammanträdets laglighet … 3`: under the list's heading, a number and its title one space apart too, as a
  // Finland-Swedish `Ärendesida` writes its rows; that form is trusted in a run only, and the list is one)
  // (on the entry's one line: lines joined up to a page may hold several rows that lost theirs)
  const header = recogniseItemHeader(line) ?? (spaced ? recogniseItemHeader(line, SPACED_ONLY) : null);
  return header && header.rest !== '' && (header.style === 'paragraph' || header.style === 'agenda' || header.style === 'spaced') ? { number: header.number, title: header.rest, caseNumber: header.caseNumber } : null;
}
const SPACED_ONLY: ReadonlySet<NumberingStyle> = new Set<NumberingStyle>(['spaced']);

const PLAIN: Line = {
  no: 0, text: '', flat: '', indent: 0, tabbed: false, heading: 0, rule: false, leader: false,
  pageBreak: false, pageStart: false, bareNumber: false, link: false, cutOut: false, itemRead: null, furniture: false, siteTitle: false,
};

// `Riktlinjer för trafiken § 42`: a title, capitalised, and its § after it, ending the line
const SIGN_AFTER_TITLE = new RegExp(`^([${UPPER_LETTER}].*?[^\\s§])\\s+§\\s?(\\d{1,4})$`, 'u');
/** The entry's title and its § number written after it, or null (a sign near the end asked first). */
function signAfterTitle(flat: string): { title: string; number: number } | null {
  const sign = flat.lastIndexOf('§');
  if (sign < 0 || sign < flat.length - 6) return null;
  const m = SIGN_AFTER_TITLE.exec(flat);
  return m ? { title: m[1]!, number: Number(m[2]) } : null;
}

/** Entries from `from` on, while the lines read as a contents list. */
function readList(lines: readonly Line[], from: number, end: number, loose: boolean, openers?: Openers): { end: number; entries: ContentsEntry[] } | null {
  const entries: ContentsEntry[] = [];
  let pending: { number: number | null; parts: string[]; at: number; caseNumber: string | null } | null = null;
  let last = from;
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // a wrapped title's page number on a line of its own, after its leader (`.......... 17`)
    const pageOnly = pending !== null && pending.parts.length > 0 && line.bareNumber;
    // `Delegationsbeslut § 41`: an entry that writes its § after its title (normalise/trailing-sign-contents.ts)
    const signed = pageOnly ? null : signAfterTitle(line.flat);
    if (signed) {
      entries.push({ number: signed.number, title: collapse([...(pending?.parts ?? []), signed.title].join(' ')), at: pending?.at ?? i });
      pending = null;
      last = i + 1;
      continue;
    }
    const entry = pageOnly ? { title: '', page: Number(line.text) } : entryOf(line, loose);
    // `KF 67` / `Val av justerare`: the first heading after the list, an organ's letters and its number
    // (its § lost), is no entry titled `KF` on page 67
    if (entry && !pageOnly && !entry.title.includes(' ') && headerAt(lines, i, openers)?.rest === '') break;
    if (entry) {
      const parts = [...(pending?.parts ?? []), entry.title];
      let number = pending?.number ?? null;
      let title = collapse(parts.join(' '));
      let caseNumber = pending?.caseNumber ?? null;
      // `§ 71   Mötets laglighet …   3`: the entry's own number before its title
      // (`26 Dnr KS 2018/14 Information... 3`: and the case's number between them, kept)
      const own = number === null ? numberedTitle(title, parts.length === 1) : null;
      if (own) ({ number, title, caseNumber } = own);
      // (a wrapped entry's case number and what the case is, on its first line)
      if (parts.length > 1) title = beforeCaseNumber(title);
      entries.push(caseNumber === null ? { number, title, at: pending?.at ?? i } : { number, title, at: pending?.at ?? i, caseNumber });
      pending = null;
      last = i + 1;
      continue;
    }
    // `KS 117 Budget …` / `KS 118 Hyresavtal … 12` after `KS 116 Information... 6`: entries whose page
    // numbers a transcript lost, known by their numbers counting on to an entry that has one
    const lost = pending === null && entries.length > 0 ? pagesLost(lines, i, end, loose, openers, numberOf(lines, entries[entries.length - 1]!, openers)) : null;
    if (lost) {
      entries.push(...lost.entries);
      last = lost.next;
      i = lost.next - 1;
      continue;
    }
    const header = headerAt(lines, i, openers);
    // (asked once: both readings below want to know)
    const ahead = pending === null || (header !== null && header.style === 'paragraph') ? entryAhead(lines, i + 1, end, loose, openers) : false;
    if (header && header.style === 'paragraph' && ahead) {
      // `§ 12  Dnr KS 2023/1` above its title: the title and its page follow
      const own = header.rest !== '' ? entryOf(withText(line, header.rest), loose) : null;
      const caseNumber = header.caseNumber;
      if (own) {
        entries.push(caseNumber === null ? { number: header.number, title: own.title, at: i } : { number: header.number, title: own.title, at: i, caseNumber });
        last = i + 1;
      } else pending = { number: header.number, parts: header.rest !== '' ? [header.rest] : [], at: i, caseNumber };
      continue;
    }
    // (the list's own heading under what went before it, `0` / `Loading …` / `Ärendeförteckning` / `§ 1 … 4`: no part of the first title)
    if (pending !== null && pending.number === null && headingOf(line) !== null) {
      pending = null;
      continue;
    }
    // a title wrapped over lines, its page number on the last one
    if (pending !== null || ahead) {
      pending ??= { number: null, parts: [], at: i, caseNumber: null };
      pending.parts.push(line.flat);
      if (pending.parts.length > TITLE_LINES) break;
      continue;
    }
    break;
  }
  return entries.length ? { end: last, entries } : null;
}

// a transcript loses the page numbers of a few entries in a row, not of a whole list
const MAX_LOST = 6;

/** The number of an entry: its own, or read again on its line (`KS 116 Information... 6` keeps none). */
function numberOf(lines: readonly Line[], entry: ContentsEntry, openers: Openers | undefined): number | null {
  if (entry.number !== null) return entry.number;
  return entry.at === undefined ? null : (headerAt(lines, entry.at, openers)?.number ?? null);
}

/**
 * Numbered titles from line i on, counting on from `previous`, each without a page number,
 * up to an entry with one whose number goes on counting: entries whose page numbers were
 * lost, and the line where the entry that kept its page number stands.
 */
function pagesLost(lines: readonly Line[], i: number, end: number, loose: boolean, openers: Openers | undefined, previous: number | null): { entries: ContentsEntry[]; next: number } | null {
  if (previous === null) return null;
  const run: ContentsEntry[] = [];
  for (let k = i, expected = previous + 1; k >= 0 && run.length <= MAX_LOST; k = nextContent(lines, k + 1, end), expected++) {
    const header = headerAt(lines, k, openers);
    if (!header || header.number !== expected || header.rest === '') return null;
    if (entryOf(lines[k]!, loose)) return run.length > 0 ? { entries: run, next: k } : null;
    run.push({ number: header.number, title: header.rest, at: k });
  }
  return null;
}

/**
 * A contents list flattened column by column: the § numbers one a line (`§ 21`, `§ 22`),
 * then as many titles, then perhaps as many page numbers. Without a heading over it
 * (`bare`), the numbers count up by one and no title is a sentence.
 */
function numbersFirst(lines: readonly Line[], from: number, end: number, bare: boolean, openers: Openers | undefined): { end: number; entries: ContentsEntry[] } | null {
  const numbers: number[] = [];
  let k = nextContent(lines, from, end);
  while (k >= 0) {
    const header = headerAt(lines, k, openers);
    if (!header || header.style !== 'paragraph' || header.rest !== '' || header.number === null) break;
    numbers.push(header.number);
    k = nextContent(lines, k + 1, end);
  }
  if (numbers.length < 2 || k < 0 || (bare && numbers.some((n, j) => j > 0 && n !== numbers[j - 1]! + 1))) return null;
  const titles: string[] = [];
  while (k >= 0 && titles.length < numbers.length) {
    const line = lines[k]!;
    if (line.bareNumber || headerAt(lines, k, openers) || (bare && /[.!?:]$/u.test(line.flat))) return null;
    titles.push(line.flat);
    k = nextContent(lines, k + 1, end);
  }
  if (titles.length < numbers.length) return null;
  let last = k < 0 ? end : k;
  // the page column after the titles
  let pages = 0;
  for (let p = k; p >= 0 && pages < numbers.length && lines[p]!.bareNumber; p = nextContent(lines, p + 1, end)) {
    pages++;
    last = p + 1;
  }
  if (pages > 0 && pages < numbers.length) return null;
  const paged = pages === 0 ? pagesEnding(titles) : null;
  return { end: last, entries: numbers.map((number, n) => ({ number, title: paged?.[n] ?? titles[n]! })) };
}

/**
 * `Ekonomisk rapport per oktober 3`, `Meddelanden 6`: titles that each end on their page
 * number after one space, the pages counting up, without them (null when one does not).
 */
function pagesEnding(titles: readonly string[]): string[] | null {
  const out: string[] = [];
  let page = 0;
  for (const t of titles) {
    const count = trailingDigits(t);
    if (count === 0 || count > 3 || t.charCodeAt(t.length - count - 1) !== 32) return null;
    const n = Number(t.slice(t.length - count));
    if (n < page) return null;
    page = n;
    out.push(t.slice(0, t.length - count - 1).trimEnd());
  }
  return out;
}

/** An entry line within the next few content lines. */
function entryAhead(lines: readonly Line[], from: number, end: number, loose: boolean, openers: Openers | undefined): boolean {
  let k = from;
  for (let n = 0; n < TITLE_LINES; n++) {
    k = nextContent(lines, k, end);
    if (k < 0) return false;
    if (entryOf(lines[k]!, loose) || (lines[k]!.bareNumber && lines[k]!.leader)) return true;
    if (headerAt(lines, k, openers)) return false;
    k++;
  }
  return false;
}
