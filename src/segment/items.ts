// Where the numbered items are: one numbering style per document (the one that yields
// the longest increasing run), each item's title lines, its sub-items (`a.`, `### b.`),
// and the group headings (`Informationsärenden`) that stand between items.
import { ATTACHMENT_WORDS, DECISION, INLINE_BODY_LABELS, OPENING_POINTS, TITLE_LINK_WORDS } from '../lexicon/sv.js';
import type { ItemType, Warning } from '../schema/result.js';
import { caseNumberInRow, isBareCaseNumber, readCaseNumber } from '../text/case-number.js';
import { labelledCaseIn, unbracketed } from './case-lines.js';
import { readRow } from './rows.js';
import { stopsTitle } from './title-stops.js';
import { continuationMarks } from './continued.js';
import { historyAbove } from './history-lines.js';
import { headingOf, headingRepeats } from './heading-repeats.js';
import type { Openers } from '../text/contents.js';
import { collapse, columns, isBlank, nextContent, type Line } from '../text/line.js';
import { itemTypeOfLine } from './item-type-line.js';
import { headerFrom, mayOpenItem, NUMBERING, openersOfFile, readOf, recogniseItemHeader, type ItemHeader, type NumberingStyle } from '../text/numbering.js';
import { alternation, GENITIVE_NAME } from '../text/patterns.js';
import { opensWithProposal } from '../text/proposal-label.js';
import { opensNoticeClosing } from '../text/notice-closing.js';
import { readSectionHeading } from '../text/section-heading.js';
import { kindHeading, kindTitle } from '../split/titles.js';

export interface Range {
  start: number;
  end: number;
}

export interface SubItemSegment {
  label: string;
  at: number;
  titleLines: number[];
  titleText: string;
  end: number;
}

export interface ItemSegment {
  header: ItemHeader;
  /** The header line. */
  at: number;
  /** Lines whose text makes the title (the header line's rest, and wrapped lines). */
  titleLines: number[];
  /** The title as written, before suffixes are read off it. */
  titleText: string;
  /** The case number beside the heading or on a line of its own right under it. */
  caseNumber: string | null;
  /** The first line of the body (after the title and a case number line). */
  bodyStart: number;
  /** A table's row: the other cells of the item's row, and what its title's cell held after the title. */
  row: { cells: string[][]; body: string[] } | null;
  end: number;
  section: string | null;
  sectionType: ItemType | null;
  subItems: SubItemSegment[];
  /** Lines in the body that repeat the heading at a page top (`KS § 41 (forts.)`): no part of its text. */
  repeats: number[];
  /** The text a heading line ran on with after a title that the contents list gives in full (`§ 51 Information: Nytt system Kommunens …`). */
  runOn?: string;
  /** A point the agenda lists without a number (`Val av justerare` over `1. …`): its number is null. */
  unnumbered?: boolean;
  /** A notice's own page for this point after the agenda (`ÄRENDE 5 Budget 2025 …`): its body, with the text the heading line ran on with. */
  pages?: PointPage[];
}

export interface PointPage {
  /** What the heading line held after the point's title. */
  lead: string;
  start: number;
  end: number;
}

export interface ItemLayout {
  style: NumberingStyle | null;
  items: ItemSegment[];
  warnings: Warning[];
  /** Where a run of bare headings before the items starts (a contents list printed as headings): the header ends there. */
  listedAt?: number;
}

const SECTION_LENGTH = 60;
// a subtitle under an item's title is at most this long
const SUBTITLE_LENGTH = 80;
const SUB_ITEM = /^([a-h])[.)]\s(.*)$/u;
const DECIMAL_SUB_ITEM = /^(\d{1,3})\.(\d{1,2})\.?\s(.*)$/u;
// `1.a Protokolljusterare`, `2 a) Budget`, `2a. Budget`: the parent's number and a letter
const NUMBERED_LETTER_SUB_ITEM = /^(\d{1,3})[.\s]?([a-h])[.)]?\s(.*)$/u;
// `1 Budget 2024` / `Ärende 1 Diarienummer 2023/KS 0362`: a web agenda restates the point's number
// beside its case number under the heading; the line is the case number's, no heading of its own
const POINT_RESTATED = /^(?:ärende|punkt)\s{1,3}\d{1,3}[.:]?$/iu;
/** The line restates the point above it: `Ärende 1 Dnr …` under `1 Title` (a blank line between at most). */
function restatesPoint(lines: readonly Line[], i: number, header: ItemHeader): boolean {
  if (header.rest !== '' || header.caseNumber === null || header.style !== 'punkt') return false;
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && isBlank(lines[k]!)) k--;
  const above = k >= 0 && k < i ? lines[k]!.text : '';
  return above.startsWith(`${header.number} `) || above.startsWith(`${header.number}. `);
}
/**
 * A line that is nothing but a case number: with its label (`Dnr 2023/12`, `Diarienummer:
 * KS 2019/1`), or alone with an organ's letters, a slash or a year first (`KS 2023/101`,
 * `1234/22`, `2023-00250`; not `10.30`).
 */
const referenceOn = (line: Line): string | null => {
  // `(Dnr 1.4-393/2024)`: the line in brackets, as a city's agendas print it
  // (with its label only: `(2023:45)` under a title is the number of the report it names)
  const hit = readCaseNumber(unbracketed(line.flat));
  if (hit) return (hit.before === '' || POINT_RESTATED.test(hit.before)) && hit.after === '' ? hit.caseNumber : null;
  const t = line.flat;
  return isBareCaseNumber(t) && (/\p{Lu}|\//u.test(t) || /^\d{4}/u.test(t)) ? t : null;
};
const STARTS_CONTINUATION = /^(?:\p{Ll}|\(|[-–—]\s*(?:[Bb]eslut|[Ii]nformation|[Ii]nfo|[Dd]iskussion)(?![\p{L}]))/u;
const ENDS_SENTENCE = /[.!?:]$/;
// `Kommunstyrelsens förslag till kommunfullmäktige`, `Beslut`, `Ärendebeskrivning`: the
// body's first heading under a § that has no title of its own
const BODY_HEADING = new RegExp(
  `^(?:(?:${GENITIVE_NAME}\\s+)?(?:beslut|förslag(?:\\s+till\\s+(?:${alternation(DECISION.proposalTargets)}|\\p{Ll}*(?:${alternation(DECISION.proposalTargetEndings)})))?)|${alternation(DECISION.subheadings)})\\s*:?$`,
  'iu',
);
// `§ 5` / `Information`: a sub-heading that titles whole points too
const TITLE_TOO = new RegExp(`^(?:${alternation(DECISION.subheadingTitles)})$`, 'iu');
const ATTACHMENT_LINE = new RegExp(`^(?:${alternation(ATTACHMENT_WORDS)})\\s*\\d[\\d\\s,–-]*$`, 'iu');
const ENDS_ON_DASH = /\s[-–—]$/u;
// `Föredragande: Karin Ström`, `Bilagor: 1–3`: a label of the body with its colon, no part of a title
const BODY_LABEL = new RegExp(`^(?:${alternation(INLINE_BODY_LABELS)})\\s*:`, 'iu');
// `Direktionen beslutar` / `att godkänna …`, `Styrelsen beslutar att:`: the body's decision, no title
const DECIDE_LINE = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}\\s+(?:${alternation(DECISION.decideVerbs)})(?:\\s+(?:att|följande))?\\s*:?$`, 'u');
const opensDecision = (text: string): boolean => /^att\s/u.test(text) || (text.includes('eslu') && DECIDE_LINE.test(text));
const ENDS_ON_LINK = new RegExp(`(?<![\\p{L}])(?:${alternation(TITLE_LINK_WORDS)})$`, 'iu');
// (asked of the last word alone: the words hold no space, and on a whole title the pattern is tried at every place)
const endsOnLink = (text: string): boolean => ENDS_ON_LINK.test(text.slice(text.lastIndexOf(' ') + 1));
// a whole sentence, not a heading: five words or more ending in a full stop
const isSentence = (text: string): boolean => /[.!?]$/.test(text) && text.split(' ').length >= 5;
// weak styles must count up by one (they also match lists and page numbers)
const STRICT_STYLES = new Set<NumberingStyle>(['bare', 'tabbed', 'column', 'spaced']);
const INCREASING_STYLES = new Set<NumberingStyle>(['agenda', 'punkt', 'roman', 'bare', 'tabbed', 'column', 'spaced']);
const MAX_TITLE_LINES = 3;
// a title block's last line is no longer than this
const BLOCK_LINE = 70;
// a run of lone numbers without a table head: at least this long
const MIN_BARE_RUN = 3;
// numbers with nothing to say they are items (no §, no dot): lone, or in a column of their own
const LONE_STYLES = new Set<NumberingStyle>(['bare', 'column', 'spaced']);
// how far a § may jump away from its neighbours before it reads as a reference
const REFERENCE_JUMP = 10;
// how near the top of a page a repeated heading stands
const PAGE_TOP_LINES = 4;

/**
 * The lines that may open an item, marked for `findContents` and `findItems` to share: the
 * file's marks, which the split made (both read only the lines of their document).
 */
export const openersOf = (lines: readonly Line[]): Openers => openersOfFile(lines);

/** The section a heading line names, with the type it implies, or null. */
export function sectionOf(text: string): { section: string; type: ItemType | null } | null {
  // a group heading is a few words
  if (text.length > SECTION_LENGTH) return null;
  return readSectionHeading(collapse(text));
}

/**
 * Whether a line lies in one of the ranges: a table of lines only where there are ranges
 * (most documents have none, and a typed array costs more to make than the lines to read).
 */
function excludedTest(excluded: readonly Range[], end: number): (i: number) => boolean {
  if (excluded.length === 0) return () => false;
  const marked = new Uint8Array(end);
  for (const r of excluded) marked.fill(1, r.start, Math.min(r.end, end));
  return (i) => marked[i] === 1;
}

interface Candidate {
  at: number;
  header: ItemHeader;
}

/**
 * The items as read before any block cuts them: the run of headings chosen, and each item's
 * heading, title and where its body starts. A block (signatures) that falls inside bodies
 * only ends those items: read from the same headings, they are only cut again.
 */
interface ItemsRead {
  lines: readonly Line[];
  start: number;
  end: number;
  /** The lines that may open an item, outside the blocks set aside when they were read. */
  may: readonly number[];
  style: NumberingStyle;
  /** The headings printed again on the next page of their §. */
  repeats: readonly number[];
  drafts: readonly Draft[];
  warnings: readonly Warning[];
}

/** An item before its end is known: where its text may run to (`limit`), and the case number line it skipped in its body. */
interface Draft {
  item: Omit<ItemSegment, 'end' | 'subItems' | 'repeats'>;
  limit: number;
  skipped: number;
}

// what each layout was read from (a layout is one document's, kept only while it is)
const READS = new WeakMap<ItemLayout, ItemsRead>();

/**
 * The items between `start` and `end`, none opening in an excluded range (and each ending
 * before the first one in its body). `before`, the same document's layout with fewer ranges
 * excluded: where the ranges added take none of its possible headings, its items are only cut again.
 */
export function findItems(lines: readonly Line[], start: number, end: number, excluded: readonly Range[], openers?: Openers, before?: ItemLayout): ItemLayout {
  const inExcluded = excludedTest(excluded, end);

  // which lines may open an item at all: asked once, not once per style (each style then reads those few)
  const may: number[] = [];
  for (let i = start; i < end; i++) if ((openers ? openers[i] === 1 : !isBlank(lines[i]!) && mayOpenItem(lines[i]!)) && !inExcluded(i)) may.push(i);
  const earlier = before === undefined ? undefined : READS.get(before);
  const same = earlier !== undefined && earlier.lines === lines && earlier.start === start && earlier.end === end && noneLost(earlier.may, may, lines, end);
  const read = same ? earlier : readItems(lines, start, end, may);
  if (read === null) {
    // no numbers at all: an agenda or notes written as a bulleted list (`• Mötets öppnande`)
    const bullets = bulletItems(lines, start, end, inExcluded);
    return { style: bullets.length > 0 ? 'bullet' : null, items: bullets, warnings: [] };
  }
  const layout = cutItems(lines, start, end, excluded, inExcluded, read);
  READS.set(layout, read);
  return layout;
}

/**
 * The lines that may open an item now (`may`) are those read before (`before`) less some that
 * no style read a heading on (a signature block's date, `2024-03-12`): every style finds the
 * same headings, and so the same run.
 */
function noneLost(before: readonly number[], may: readonly number[], lines: readonly Line[], end: number): boolean {
  let m = 0;
  for (const i of before) {
    if (m < may.length && may[m] === i) {
      m++;
      continue;
    }
    const read = readOf(lines[i]!);
    for (let k = 0; k < NUMBERING.length; k++) {
      const header = headerFrom(read, lines[i]!, k);
      if (header && (header.rest !== '' || hasTitleAfter(lines, i, end))) return false;
    }
  }
  // (and no line that was not read before)
  return m === may.length;
}

/** The run of headings of the style that numbers the items, and the items read from it (null where no style numbers any). */
function readItems(lines: readonly Line[], start: number, end: number, may: readonly number[]): ItemsRead | null {
  const warnings: Warning[] = [];
  // (what was read on each of them, looked up once for all the styles)
  const reads = may.map((i) => readOf(lines[i]!));
  let best: { style: NumberingStyle; run: Candidate[]; repeats: number[] } | null = null;
  for (let k = 0; k < NUMBERING.length; k++) {
    const recogniser = NUMBERING[k]!;
    const run: Candidate[] = [];
    const repeats: number[] = [];
    const found: Candidate[] = [];
    for (let m = 0; m < may.length; m++) {
      const i = may[m]!;
      const header = headerFrom(reads[m]!, lines[i]!, k);
      if (!header) continue;
      if (header.rest === '' && !hasTitleAfter(lines, i, end)) continue;
      if (restatesPoint(lines, i, header)) continue;
      found.push({ at: i, header });
    }
    // a document writes its own headings one way (`§ 12`, `KS § 12`, `12 §`); a § written
    // another way at a line start is a reference in a body (`KSAU § 341, 2023-12-19`)
    const form = dominantForm(found);
    for (const { at: i, header } of found) {
      if (formKey(header.form) !== form) continue;
      const last = run[run.length - 1];
      // the heading of a long § printed again on the next page (`16 §`, `§ 12 Budget (forts.)`) is no new item
      if (last && header.number === last.header.number && header.label === last.header.label && repeatsHeading(lines, i, header.rest, last.header.rest)) {
        repeats.push(i);
        continue;
      }
      // (an agenda that numbers each group from 1 again: `Beslutsärenden` / `1. …` … `Informationsärenden` / `1. …`)
      if (last && INCREASING_STYLES.has(header.style) && !restartsGroup(lines, i, run[0]!.at, start, header, last.header)) {
        if (header.number <= last.header.number) continue;
        if (STRICT_STYLES.has(header.style) && header.number !== last.header.number + 1) continue;
      }
      // a lone number is a page number unless it opens a `§§ Ärenden` table or counts from 1
      if (!last && LONE_STYLES.has(header.style) && !isFirstOfTable(lines, i, start) && header.number !== 1) continue;
      run.push({ at: i, header });
    }
    // numbers that count from 1 without a table head must count far enough to be items
    // (or that each hold a case number on the line under them: `1 Planbesked för …` / `Diarienummer KSM-2024-301-214`)
    if (LONE_STYLES.has(recogniser.style) && run.length < MIN_BARE_RUN && run[0] && !isFirstOfTable(lines, run[0].at, start) && !run.every((c) => c.header.rest !== '' && caseLineUnder(lines, c.at, end))) run.length = 0;
    dropReferences(run);
    // `§` numbering is explicit: it wins over numbered lists in the bodies (and so does one § over
    // a list that starts after it: an extract's `KF § 112` over its `1. Budget … fastställs`)
    const paragraphWins = best?.style === 'paragraph' && (best.run.length >= 2 || (best.run.length === 1 && run.length > 0 && run[0]!.at > best.run[0]!.at));
    if (!paragraphWins && run.length > (best?.run.length ?? 0)) best = { style: recogniser.style, run, repeats };
  }
  if (!best) return null;

  const drafts: Draft[] = [];
  // a group heading right above the first item (`Information` / `1. Information om …`)
  let section: { section: string; type: ItemType | null } | null = sectionAbove(lines, best.run[0]!.at, start);
  let prevNumber: number | null = null;
  // `§§ 4 och 11`: § 11 was handled under § 4's heading; the numbers after § 10 go on at 12
  const coveredEarlier = new Set<number>();
  let prevLabel: string | null = null;
  // `KS/2024:18` / `§ 40 Val till …`: a case number on a line of its own above the heading
  const above = best.run.map((c, k) => caseLineAbove(lines, c, k > 0 ? best.run[k - 1]!.at : -1, k > 0 ? best.run[k - 1]!.header.rest : '', start));
  // `Au 85` / `§ 13 …`: where the case was handled before, in the margin above the heading
  const history = best.run.map((c, k) => (k > 0 ? historyAbove(lines, above[k] ?? c.at, best.run[k - 1]!.at) : undefined));
  // `Investeringsbudget för` / `gator och vägar 2024` / `§ 2` / body: minutes that print each
  // title right above its bare §; trusted where most bare §§ of the document have one
  const blocks = best.run.map((c, k) => (c.header.rest === '' ? titleRightAbove(lines, c.at, k > 0 ? best.run[k - 1]!.at + 1 : start) : []));
  const bareCount = best.run.filter((c) => c.header.rest === '').length;
  const blockCount = blocks.filter((b) => b.length > 0).length;
  const titlesAbove = blockCount >= 2 && blockCount * 2 >= bareCount;
  best.run.forEach((c, k) => {
    const nextBlock = titlesAbove ? blocks[k + 1]?.[0] : undefined;
    const next = nextBlock ?? history[k + 1] ?? above[k + 1] ?? best.run[k + 1]?.at ?? end;
    // `§ 24    Dnr 2023/45` / `Delårsrapport …`: a reference beside the number is no title
    const restEmpty = c.header.rest === '';
    // a group heading stands right above the item it opens (`Beslutsärenden` / `5. …`); a
    // table row `| | Information | |` has no blank line around it
    let last = next - 1;
    while (last > c.at && isBlank(lines[last]!)) last--;
    // (not the title a lone number has on the line under it: `5` / `Övriga frågor` / `6` / `Mötets avslutande`)
    // (`4. Delårsrapport` / `Beslutsärende` / `5. …`: the point's own type, right under its lines with no blank
    // line above, is no group heading of the points after it)
    const ownType = last > c.at && !isBlank(lines[last - 1]!) && itemTypeOfLine(lines[last]!.text) !== null;
    const group = last > c.at && !ownType && !(restEmpty && nextContent(lines, c.at + 1, next) === last) ? sectionOf(lines[last]!.text) : null;
    const limit = group ? last : next;
    const row = readRow(lines, c.at, limit);
    const block = titlesAbove ? blocks[k]! : [];
    const title = row ? { lines: row.titleLines, caseNumber: null } : block.length > 0 ? { lines: [], caseNumber: null } : titleSpan(lines, c.at, restEmpty, limit);
    const titleLines = title.lines;
    let wrappedCase: string | null = null;
    // `4.  Ansökan om bygglov för` / `förråd på Gräsanden 4      MBN 2024/102`: a wrapped title's
    // case number in the column beside its last line
    const titleLine = (i: number): string => {
      if (i === c.at) return c.header.rest;
      const beside = caseInColumn(lines[i]!.text);
      if (!beside) return lines[i]!.flat;
      wrappedCase ??= beside.caseNumber;
      return beside.rest;
    };
    let titleText = row ? row.title : block.length > 0 ? block.map((i) => lines[i]!.flat).join(' ') : titleLines.map(titleLine).join(' ');
    // an extract of one § whose heading stands above its number (`Årsredovisning 2022` / `§ 45`)
    if (titleText === '' && k === 0) {
      const above = headingAbove(lines, c.at, start);
      if (above.length > 0) titleText = above.map((i) => lines[i]!.flat).join(' ');
    }
    let bodyStart = row ? row.end : (titleLines[titleLines.length - 1] ?? c.at) + 1;
    let caseNumber = c.header.caseNumber ?? title.caseNumber ?? wrappedCase ?? row?.cells.map((t) => t.join(' ').trim()).find(isBareCaseNumber) ?? null;
    // `Delårsrapport per 2023-08-31   Dnr 2023/0112`, `Verksamhetsplan 2024 (KS 2023/412)`: a case number ending the title
    const ending = caseNumberAtEnd(titleText);
    // (not a number in brackets where the heading gave the case number: `… verksamhet (2023:45)` names a report)
    if (ending && (caseNumber === null || caseNumber === ending.caseNumber)) {
      caseNumber ??= ending.caseNumber;
      titleText = ending.title;
    }
    // `§ 5 Delårsrapport` / `Dnr 2024/17`: a case number on the line under the title
    const under = nextContent(lines, bodyStart, next);
    const reference = under >= 0 && under - bodyStart <= 1 ? referenceOn(lines[under]!) : null;
    if (reference !== null && caseNumber === null) {
      caseNumber = reference;
      bodyStart = under + 1;
    }
    // `3 Budgetuppföljning april` / `Tertialrapport 1` / `Dnr: 1.1-120-2023`: the case number under a subtitle; the subtitle stays body
    const skipped = caseNumber === null && reference === null ? caseUnderSubtitle(lines, under, bodyStart, next) : -1;
    if (skipped >= 0) caseNumber = referenceOn(lines[skipped]!);
    if (caseNumber === null && above[k] !== undefined) caseNumber = referenceOn(lines[above[k]!]!);
    caseNumber ??= labelledCaseIn(lines, bodyStart, next);
    // numbers that start again (a list of titles, then the items): the group heading in force does not go on
    if (prevNumber !== null && c.header.number < prevNumber) section = sectionAbove(lines, c.at, start);
    // a section heading ends the item (an excluded block too: `cutItems`)
    const nextSection = group ?? section;
    // `§ 12:1`, `§ 12:2` and `§ 8`, `§ 8 a` continue a number; anything else must count up by one
    const sameWithLabel = prevNumber !== null && c.header.number === prevNumber && c.header.label !== null && c.header.label !== prevLabel;
    let expected = (prevNumber ?? 0) + 1;
    while (coveredEarlier.has(expected)) expected++;
    const restarted = k > 0 && restartsGroup(lines, c.at, best.run[0]!.at, start, c.header, best.run[k - 1]!.header);
    if (prevNumber !== null && c.header.number !== expected && !sameWithLabel && !restarted) {
      warnings.push({
        code: c.header.number <= prevNumber ? 'paragraph-order' : 'paragraph-gap',
        message:
          c.header.number <= prevNumber
            ? `§ ${c.header.number} comes after § ${prevNumber}`
            : `numbering jumps from ${prevNumber} to ${c.header.number}`,
        line: lines[c.at]!.no,
      });
    }
    prevNumber = c.header.number;
    // `§§ 12-14` goes on at 15; `§§ 4 och 11` at 5, and 11 is skipped when the count reaches it
    for (const n of c.header.covers ?? []) {
      if (n === prevNumber + 1) prevNumber = n;
      else if (n > prevNumber) coveredEarlier.add(n);
    }
    prevLabel = c.header.label;
    drafts.push({
      item: {
        header: c.header,
        at: c.at,
        titleLines,
        titleText,
        caseNumber,
        bodyStart,
        row: row ? { cells: row.cells.filter((t) => t.join(' ').trim() !== caseNumber), body: row.body } : null,
        section: section?.section ?? null,
        sectionType: section?.type ?? null,
      },
      limit,
      skipped,
    });
    section = nextSection;
  });
  return { lines, start, end, may, style: best.style, repeats: best.repeats, drafts, warnings };
}

/** The items read, each ended at the first excluded block in its body (signatures), with what lies within its end. */
function cutItems(lines: readonly Line[], start: number, end: number, excluded: readonly Range[], inExcluded: (i: number) => boolean, read: ItemsRead): ItemLayout {
  // the document's heading, printed again over a later § where no page break was kept
  const heading = headingOf(lines, start, read.drafts[0]?.item.at ?? start);
  const items = read.drafts.map(({ item, limit, skipped }): ItemSegment => {
    const { bodyStart } = item;
    // (the first excluded line of the body, from the few ranges rather than line by line)
    let itemEnd = limit;
    for (const r of excluded) {
      const from = Math.max(r.start, bodyStart);
      if (from < Math.min(r.end, end) && from < itemEnd) itemEnd = from;
    }
    // (the properties in the order items were always built in: one shape)
    return {
      header: item.header,
      at: item.at,
      titleLines: item.titleLines,
      titleText: item.titleText,
      caseNumber: item.caseNumber,
      bodyStart,
      row: item.row,
      end: trimEnd(lines, bodyStart, itemEnd),
      section: item.section,
      sectionType: item.sectionType,
      subItems: findSubItems(lines, bodyStart, itemEnd, item.header.number),
      repeats: [
        ...read.repeats.filter((r) => r >= bodyStart && r < itemEnd),
        ...pageHeads(lines, bodyStart, itemEnd),
        ...continuationMarks(lines, bodyStart, itemEnd, item.header.number),
        ...headingRepeats(lines, heading, bodyStart, itemEnd),
        ...(skipped >= 0 ? [skipped] : []),
      ],
    };
  });
  dropBodyLists(lines, items);
  if (read.style === 'agenda') attachPointPages(lines, items);
  const kept = titlesBeforeItems(lines, items);
  const nested = nestLabelled(kept);
  // `Val av justerare` / `1. Godkännande av dagordning`: a list's points before its first number (never a § heading's)
  const opening = read.style !== 'paragraph' && kept === items ? openingPoints(lines, nested[0], start, inExcluded) : [];
  // the order a list of titles and the items after it make is no fault of the numbering
  const listed = kept.length < items.length;
  const after = listed ? lines[kept[0]!.at]!.no : 0;
  const own = listed ? read.warnings.filter((w) => w.line === null || w.line > after) : [...read.warnings];
  return { style: read.style, items: [...opening, ...nested], warnings: own, ...(listed ? { listedAt: items[0]!.at } : {}) };
}

// `• Title`, `- Title`, `– Title`, `▪ Title`: a bullet, a space, a capital
const BULLET = /^[•·▪○◦\-–*]\s+(?=[\p{Lu}"”(])(\S.*)$/u;
const isBulletMark = (c: number): boolean => c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25cb || c === 0x25e6 || c === 45 || c === 0x2013 || c === 42;
// `09.30–10.00 Information om …`, `13.00 Mötets öppnande`: a notice's timetable, each point after the hour
// (or slot) it takes, serves as a bullet
const TIME_SLOT = /^\d{1,2}[.:]\d\d(?: ?[-–] ?\d{1,2}[.:]\d\d)? {1,4}(?=[\p{Lu}"”(])(\S.*)$/u;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const bulletRest = (text: string): RegExpExecArray | null => (isDigit(text.charCodeAt(0)) ? TIME_SLOT : BULLET).exec(text);
// a bulleted agenda has at least this many points
const MIN_BULLETS = 3;
// a bullet's title is a heading's length
const BULLET_TITLE = 90;

/**
 * The points of a document that numbers none but lists them with bullets: each bullet
 * line (short, capitalised, no sentence) a point without a number, the lines under it its
 * body. Asked only where no numbering at all was found, and only for three bullets or more.
 */
function bulletItems(lines: readonly Line[], start: number, end: number, excluded: (i: number) => boolean): ItemSegment[] {
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const c = line.text.charCodeAt(0);
    if (excluded(i) || !(isBulletMark(c) || isDigit(c))) continue;
    const m = bulletRest(line.text);
    if (m && m[1]!.length <= BULLET_TITLE && !ENDS_SENTENCE.test(m[1]!)) at.push(i);
  }
  if (at.length < MIN_BULLETS) return [];
  return at.map((i, k) => {
    const rest = bulletRest(lines[i]!.text)![1]!.trim();
    const next = at[k + 1] ?? end;
    let itemEnd = next;
    for (let j = i + 1; j < next; j++) {
      if (excluded(j)) {
        itemEnd = j;
        break;
      }
    }
    return unnumberedPoint({ style: 'bullet', number: k + 1, label: null, rest, caseNumber: null, form: 'bullet' }, i, trimEnd(lines, i, itemEnd));
  });
}

const OPENING = new Set<string>(OPENING_POINTS);
const openingKey = (t: string): string => t.toLowerCase().replace(/[.:]$/u, '').trim();

/**
 * The points right above a list's first point, numbered 1, that have no number of their
 * own and name a meeting's opening formalities (`Mötets öppnande` / `Val av justerare` /
 * `1. Godkännande av dagordning`): items without a number, in order. A blank line between
 * them at most; a line not of the lexicon ends them.
 */
function openingPoints(lines: readonly Line[], first: ItemSegment | undefined, start: number, excluded: (i: number) => boolean): ItemSegment[] {
  if (!first || first.header.number !== 1) return [];
  const found: number[] = [];
  for (let p = first.at - 1, blanks = 0; p >= start; p--) {
    const line = lines[p]!;
    if (isBlank(line)) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    if (excluded(p) || line.flat.length > 60 || !OPENING.has(openingKey(line.flat))) break;
    found.unshift(p);
  }
  return found.map((at, k) =>
    unnumberedPoint({ style: first.header.style, number: 0, label: null, rest: lines[at]!.flat, caseNumber: null, form: first.header.form }, at, trimEnd(lines, at, found[k + 1] ?? first.at)),
  );
}

/** A point of one line with no number of its own: its title is the header's text, its body the lines under it. */
function unnumberedPoint(header: ItemSegment['header'], at: number, end: number): ItemSegment {
  return {
    header,
    at,
    titleLines: [at],
    titleText: header.rest,
    caseNumber: null,
    bodyStart: at + 1,
    row: null,
    end,
    section: null,
    sectionType: null,
    subItems: [],
    repeats: [],
    unnumbered: true,
  };
}

/**
 * A run of headings with no text under them, and then the same numbers again with their
 * bodies (a contents list the extractor printed as headings, `§ 41/22 …` under group
 * headings): the first run is no items. Its group headings are the items' sections, the
 * last one in force for the numbers after it.
 */
const WORDS3 = /\S\s+\S+\s+\S/u;

function titlesBeforeItems(lines: readonly Line[], items: ItemSegment[]): ItemSegment[] {
  const r = items.findIndex((it, k) => k > 0 && it.header.number <= items[k - 1]!.header.number && it.header.label === items[k - 1]!.header.label);
  if (r < 2 || items[r]!.header.number !== items[0]!.header.number) return items;
  const listed = items.slice(0, r);
  const lastListed = listed[listed.length - 1]!;
  // a group that counts from 1 again under its heading lists other points than the group before, not the same again
  if (restartsGroup(lines, items[r]!.at, items[0]!.at, 0, items[r]!.header, lastListed.header) && !listedAgain(listed, items.slice(r))) return items;
  // a body says something: three words or more on a line (not a page marker `(3)` or a running header), and not
  // a line run on with the next entries (`§ 46/22 … § 47/22 …`) that was cut into pieces of one line of the text
  const hasBody = (it: ItemSegment): boolean => {
    for (let k = it.bodyStart; k < it.end; k++) if (lines[k]!.no !== lines[it.at]!.no && WORDS3.test(lines[k]!.text)) return true;
    return false;
  };
  // bare headings (`§ 55`, `§ 56`) and then their titles one a line, as a list flattened
  // column by column prints them: under the last heading stand the titles, not its body
  // (the bare ones before the last are no items: a heading with no title under it is none)
  let bare = 0;
  for (let k = listed[0]!.at; k <= lastListed.at; k++) if (recogniseItemHeader(lines[k]!)?.rest === '') bare++;
  const titlesOnly = (it: ItemSegment): boolean => {
    if (it !== lastListed || it.header.rest !== '' || bare < 2) return false;
    let count = 0;
    for (let k = it.bodyStart; k < it.end; k++) {
      const l = lines[k]!;
      if (isBlank(l)) continue;
      if (++count > bare || isSentence(l.flat)) return false;
    }
    return true;
  };
  // (and where most of the listed points come again with their titles, the last one's lines are their titles even
  // where one ends in a point, `Ansökan om medel till insatsen Vidare.`: two lines a bare heading at most, a title and its kind)
  const again = listedAgain(listed, items.slice(r));
  const titlesOfBare = (it: ItemSegment): boolean => it === lastListed && it.header.rest === '' && bare >= 2 && again && contentLines(lines, it.bodyStart, it.end) <= 2 * bare;
  if (listed.some((it) => hasBody(it) && !titlesOnly(it) && !titlesOfBare(it))) return items;
  const byNumber = new Map(listed.map((it) => [it.header.number, it]));
  return items.slice(r).map((it) => {
    if (it.section !== null) return it;
    const from = byNumber.get(it.header.number) ?? (it.header.number > lastListed.header.number ? lastListed : null);
    return from ? { ...it, section: from.section, sectionType: from.sectionType } : it;
  });
}

/** How many lines from `start` to `end` hold text. */
function contentLines(lines: readonly Line[], start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (!isBlank(lines[k]!)) n++;
  return n;
}

/** Most of the points listed come again, with the same number and title, among the items after them. */
function listedAgain(listed: readonly ItemSegment[], after: readonly ItemSegment[]): boolean {
  const later = new Map<number, string>();
  for (const it of after) if (!later.has(it.header.number)) later.set(it.header.number, titleKeyOf(it.titleText));
  const same = listed.filter((it) => later.get(it.header.number) === titleKeyOf(it.titleText)).length;
  return same * 2 >= listed.length;
}

// a page's counter, `4 (6)`, `3(12)`, near the start of a page's first line
const PAGE_COUNTER = /(?<![\d([])\d{1,3} ?[([] ?\d{1,3} ?[)\]](?![\d)\]])/u;
const PAGE_HEAD_COUNTER_WITHIN = 80;
const PAGE_HEAD_MAX = 160;

/**
 * The running header a flattened page starts with (`4 ALMSTA KOMMUN Sammanträdesprotokoll
 * 4 (6) Kommunstyrelsen Sammanträdesdatum 2023-03-14`), where it stands in a body: no part
 * of the § (only lines that start a page are looked at).
 */
function pageHeads(lines: readonly Line[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (!l.pageBreak || l.text.length > PAGE_HEAD_MAX || /[.!?:]$/u.test(l.text)) continue;
    // (or the document's kind and its date, as its title names them: `Direktionens protokoll 14 mars 2024`,
    // the page's counter cut off)
    if (PAGE_COUNTER.test(l.text.slice(0, PAGE_HEAD_COUNTER_WITHIN)) || kindTitle(l) !== null || kindHeading(l) !== null) out.push(i);
  }
  return out;
}

const POINT_STYLE = new Set<NumberingStyle>(['punkt']);
const titleKeyOf = (t: string): string => t.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/**
 * A notice that lists its agenda (`1. Mötets öppnande … 11. Mötets avslutande`) and then
 * gives some points a page of their own (`ÄRENDE 5 Verksamhetsplan 2022 …`, its text and
 * proposal): each page is the body of the point it names — its number and its title —,
 * not part of the last point's body.
 */
function attachPointPages(lines: readonly Line[], items: ItemSegment[]): void {
  const last = items[items.length - 1];
  if (!last || items.length < 2) return;
  const byNumber = new Map(items.map((it) => [it.header.number, it]));
  const found: { at: number; item: ItemSegment; lead: string }[] = [];
  for (let i = last.bodyStart; i < last.end; i++) {
    const line = lines[i]!;
    const c = line.text.charCodeAt(0);
    // `ÄRENDE`, `Punkt`: its capital first, cheaply
    if (c !== 0xc4 && c !== 80) continue;
    const h = recogniseItemHeader(line, POINT_STYLE);
    const item = h ? byNumber.get(h.number) : undefined;
    if (!h || !item) continue;
    const lead = afterTitle(item.titleText, h.rest);
    if (lead !== null) found.push({ at: i, item, lead });
  }
  if (found.length === 0) return;
  const end = last.end;
  last.end = trimEnd(lines, last.bodyStart, found[0]!.at);
  found.forEach((f, k) => {
    (f.item.pages ??= []).push({ lead: f.lead, start: f.at + 1, end: trimEnd(lines, f.at, found[k + 1]?.at ?? end) });
  });
}

/**
 * The text after a point's title on its page's heading line (`Budget 2022 Förbundet har …`
 * under `Budget 2022 - beslut` → `Förbundet har …`); null when the heading names another title.
 * A type word the list wrote after the title (`- beslut`) may be missing on the page.
 */
function afterTitle(listed: string, rest: string): string | null {
  const title = titleKeyOf(listed).split(' ');
  const words = rest.split(/\s+/u);
  let k = 0;
  while (k < title.length && k < words.length && titleKeyOf(words[k]!) === title[k]) k++;
  return k >= Math.min(title.length, 2) && k >= title.length - 1 ? words.slice(k).join(' ') : null;
}

/**
 * A § far out of an increasing run (`§ 8`, `KS § 437 06-12-13`, `§ 9`) is a reference to
 * another meeting's paragraph written at a line start, not a heading of this one.
 */
function dropReferences(run: Candidate[]): void {
  for (let k = run.length - 2; k >= 1; k--) {
    const [prev, cur, next] = [run[k - 1]!.header.number, run[k]!.header.number, run[k + 1]!.header.number];
    if (next >= prev && next - prev <= 2 && Math.abs(cur - prev) > REFERENCE_JUMP) run.splice(k, 1);
  }
}

/** Line n is the last of a title block: a short line, no sentence ended, a blank line (or the end) after it. */
function closesBlock(lines: readonly Line[], n: number, end: number): boolean {
  const line = lines[n]!;
  if (line.flat.length > BLOCK_LINE || /[.!?:]$/u.test(line.flat)) return false;
  // `Ekonomisk uppföljning per` / `Augusti 2024` / `Dnr 2024/12`: the case number's own line
  // under the title closes it as a blank line would (asked last: it reads the whole line)
  if (n + 1 >= end || isBlank(lines[n + 1]!)) return true;
  // `… offentlig verksamhet` / `(2023:45)` / blank: a bracketed tail of the title's last line closes it too
  const tail = lines[n + 1]!.flat;
  if (tail.length <= BRACKET_TAIL && tail.startsWith('(') && tail.endsWith(')') && (n + 2 >= end || isBlank(lines[n + 2]!))) return true;
  return referenceOn(lines[n + 1]!) !== null;
}
const BRACKET_TAIL = 30;

// `(bilaga 3)`, `(bilagor 2–4)`: an attachment's mark in brackets
const ATTACHMENT_MARK = new RegExp(`^\\((?:${alternation(ATTACHMENT_WORDS)})\\s*\\d[\\d\\s,–och-]*\\)$`, 'iu');
// `(KS 2023/412)`, `(Dnr 2023/45)` closing a title
const CASE_IN_BRACKETS = /(?<!\s)\s*\(((?:dnr:?\s*)?\p{Lu}{0,8}[\s-]?\d{2,4}[/.:-]\d{1,6}(?:[/.:-]\d{1,6})?)\)$/iu;

/** A line's last column that is nothing but a case number (`förråd på Gräsanden 4      MBN 2024/102`). */
function caseInColumn(text: string): { caseNumber: string; rest: string } | null {
  if (!/\S(?: {2,}|\t)\S/u.test(text)) return null;
  const cols = columns(text);
  const last = cols[cols.length - 1]!;
  return cols.length >= 2 && isBareCaseNumber(last) ? { caseNumber: last, rest: collapse(cols.slice(0, -1).join(' ')) } : null;
}

/** A case number at the end of a title, with its label or in brackets: the title without it. */
export function caseNumberAtEnd(title: string): { caseNumber: string; title: string } | null {
  const hit = readCaseNumber(title);
  if (hit && hit.after === '' && hit.before !== '') return { caseNumber: hit.caseNumber, title: hit.before };
  // `Årsredovisning 2024 Dnr 2025/2 (bilaga 3)`: the attachment's mark after it stays with the title
  if (hit && hit.before !== '' && hit.after.startsWith('(') && ATTACHMENT_MARK.test(hit.after)) return { caseNumber: hit.caseNumber, title: `${hit.before} ${hit.after}` };
  // (the pattern ends in its bracket: a title that does not is passed by before it scans)
  const b = title.endsWith(')') ? CASE_IN_BRACKETS.exec(title) : null;
  if (b && b.index > 0) return { caseNumber: b[1]!.replace(/^dnr:?\s*/iu, ''), title: title.slice(0, b.index) };
  // `Delegationsbeslut SN 2024/3`: a flattened row's case number, one space after the title
  const row = caseNumberInRow(title);
  if (row && row.after === '') return { caseNumber: row.caseNumber, title: row.before };
  return null;
}

/**
 * A heading's form as the document writes it: a § the PDF lost (`31 Dnr KS 2024/14`) is the
 * same form as one it kept (`§ 31 Dnr …`, a page before), not another way of writing headings.
 */
const formKey = (form: string): string => (form.endsWith(' lost') ? form.slice(0, -5) : form);

/** The way most candidates write their heading. */
function dominantForm(found: readonly Candidate[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of found) {
    const key = formKey(c.header.form);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [form, n] of counts) if (best === undefined || n > counts.get(best)!) best = form;
  return best;
}

/**
 * A heading printed again on the next page of its §: the same title, or the title marked
 * as continued (`(forts.)`), or the number alone at the top of a page.
 */
function repeatsHeading(lines: readonly Line[], i: number, rest: string, previous: string): boolean {
  const key = (t: string): string => t.toLowerCase().replace(/\(?forts(?:\.|ättning)?\)?/gu, '').replace(/[^\p{L}\d]+/gu, ' ').trim();
  if (rest !== '') return key(rest) === key(previous) || key(rest) === '';
  for (let k = i, seen = 0; k >= 0 && seen < PAGE_TOP_LINES; k--) {
    if (lines[k]!.pageBreak) return true;
    if (!isBlank(lines[k]!)) seen++;
  }
  return false;
}

/**
 * `§ 3 a`, `§ 3 b` (or `§ 12:1`, `§ 12:2`) are sub-items of § 3: under a `§ 3` of their
 * own when the minutes have one, else under a § 3 that holds nothing but them (its title
 * the first one's).
 */
function nestLabelled(items: readonly ItemSegment[]): ItemSegment[] {
  const out: ItemSegment[] = [];
  for (const it of items) {
    const parent = out[out.length - 1];
    if (it.header.label === null || !parent || parent.header.number !== it.header.number) {
      if (it.header.label === null) out.push(it);
      else out.push({ ...it, header: { ...it.header, label: null }, bodyStart: it.at, row: null, end: it.end, subItems: [asSubItem(it)] });
      continue;
    }
    parent.subItems.push(asSubItem(it));
    parent.end = it.end;
  }
  return out;
}

const asSubItem = (it: ItemSegment): SubItemSegment => ({ label: it.header.label!, at: it.at, titleLines: it.titleLines, titleText: it.titleText, end: it.end });

// the styles of a list whose groups may each count from 1 (a § counts on through the minutes)
const GROUP_STYLES = new Set<NumberingStyle>(['agenda', 'punkt', 'roman']);

/**
 * Point 1 again right under a group heading, after a point of another number, in a list whose
 * first point (at `first`) stands under a group heading too: each group counts its points from 1.
 */
function restartsGroup(lines: readonly Line[], at: number, first: number, start: number, header: ItemHeader, last: ItemHeader): boolean {
  return header.number === 1 && last.number > 1 && GROUP_STYLES.has(header.style) && sectionAbove(lines, at, start) !== null && sectionAbove(lines, first, start) !== null;
}

/** A number alone on its line is an item only when a title line follows it. */
function hasTitleAfter(lines: readonly Line[], i: number, end: number): boolean {
  const n = titleAfter(lines, i, end);
  if (n < 0) return false;
  const line = lines[n]!;
  return /^\p{Lu}/u.test(line.text) && !/^§/.test(line.text);
}

/**
 * The first line after a lone heading that may be its title: past a page number left
 * beside it (`KS § 1` / `2` / `DNR:KU/2007.9` / `Godkännande av dagordning`, plain
 * pdftotext of a header row) and its case number. -1 when none stands close enough.
 */
function titleAfter(lines: readonly Line[], i: number, end: number): number {
  let at = i;
  for (let hops = 0; hops < 3; hops++) {
    const n = nextContent(lines, at + 1, end);
    if (n < 0 || n - at > 4) return -1;
    if (!lines[n]!.bareNumber && referenceOn(lines[n]!) === null) return n;
    at = n;
  }
  return -1;
}

/** Bare and tabbed numbering must start at 1 or right under a `§§ Ärenden` table head. */
function isFirstOfTable(lines: readonly Line[], i: number, start: number): boolean {
  for (let k = i - 1; k >= start && k >= i - 6; k--) {
    if (isBlank(lines[k]!)) continue;
    return /^(?:§§?|nr|punkt)?\s*ärenden?$/iu.test(lines[k]!.flat) || /^§§/.test(lines[k]!.text);
  }
  return false;
}

/** The title lines of an item: the header's own rest, or the line after a lone number, plus wrapped lines. */
function titleSpan(lines: readonly Line[], at: number, restEmpty: boolean, end: number): { lines: number[]; caseNumber: string | null } {
  const header = lines[at]!;
  let first = at;
  let caseNumber: string | null = null;
  if (restEmpty) {
    first = nextContent(lines, at + 1, end);
    // `Dnr 2023/12` between the number and the title is a reference, not the title; a page
    // number beside the heading is none either
    for (let ref = first >= 0 ? referenceOn(lines[first]!) : null; ref !== null || (first >= 0 && lines[first]!.bareNumber); ref = first >= 0 ? referenceOn(lines[first]!) : null) {
      if (ref !== null) caseNumber ??= ref;
      first = nextContent(lines, first + 1, end);
    }
    if (first < 0) return { lines: [], caseNumber };
    // `§ 1` / `Ordföranden öppnar mötet och hälsar alla välkomna.` or / `Beslut`: an item without a title
    const t = lines[first]!.flat;
    if (isSentence(t) || (BODY_HEADING.test(t) && !TITLE_TOO.test(t)) || opensDecision(t)) return { lines: [], caseNumber };
  }
  return { lines: wrappedTitle(lines, header, first, end), caseNumber };
}

/**
 * The line right above a heading (a blank line between at most) that holds nothing but a
 * case number (`KS/2024:18` / `§ 40 Val till kommunala uppdrag`), where the heading has none
 * beside it. Not where that line stands right under the item before's heading and title
 * (`§ 5 Delårsrapport` / `Dnr 2024/17` / `§ 6 …`): there it is that item's.
 */
function caseLineAbove(lines: readonly Line[], c: Candidate, prevAt: number, prevRest: string, start: number): number | undefined {
  if (c.header.caseNumber !== null) return undefined;
  let p = c.at - 1;
  while (p > start && p > prevAt && c.at - p <= 2 && isBlank(lines[p]!)) p--;
  if (p < start || p <= prevAt || c.at - p > 2) return undefined;
  if (prevAt >= 0) {
    let content = 0;
    let last = prevAt;
    for (let i = prevAt + 1; i < p && content < 2; i++) {
      if (isBlank(lines[i]!)) continue;
      content++;
      last = i;
    }
    // (`§ 46 Delårsrapport` / `Rapporten läggs till handlingarna.` / `Dnr KS 2024/88` / `§ 47 …`: a
    // heading with its title beside it and a sentence under it, and so the line opens the next §;
    // so does a line that opens a page, as minutes that give each § a page of their own print it)
    const bodyAbove = content === 1 && prevRest !== '' && ENDS_SENTENCE.test(lines[last]!.flat);
    if (content < 2 && !bodyAbove && !opensPage(lines, last, p)) return undefined;
  }
  // (asked last: it reads the whole line)
  return referenceOn(lines[p]!) === null ? undefined : p;
}

/** A page starts after line `from` and at or before line `to` (a page break flagged on a line between). */
function opensPage(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (lines[i]!.pageBreak) return true;
  return false;
}

/**
 * The line that holds nothing but a case number under a short subtitle line right under
 * the title (a blank line between at most, each): its index, or -1.
 */
function caseUnderSubtitle(lines: readonly Line[], under: number, bodyStart: number, end: number): number {
  if (under < 0 || under - bodyStart > 1) return -1;
  const sub = lines[under]!;
  if (sub.flat.length > SUBTITLE_LENGTH || ENDS_SENTENCE.test(sub.flat) || !/^\p{Lu}/u.test(sub.flat) || BODY_LABEL.test(sub.flat)) return -1;
  const n = nextContent(lines, under + 1, end);
  return n >= 0 && n - under <= 2 && referenceOn(lines[n]!) !== null ? n : -1;
}

/** The next line with text under a heading (a blank line between at most) is nothing but a case number. */
function caseLineUnder(lines: readonly Line[], at: number, end: number): boolean {
  const n = nextContent(lines, at + 1, end);
  return n >= 0 && n - at <= 2 && referenceOn(lines[n]!) !== null;
}

/** A title block standing right above a heading line, no blank line between. */
function titleRightAbove(lines: readonly Line[], at: number, start: number): number[] {
  if (at - 1 < start || isBlank(lines[at - 1]!) || referenceOn(lines[at - 1]!) !== null) return [];
  const span = headingAbove(lines, at, start);
  return span[span.length - 1] === at - 1 ? span : [];
}

/** A short heading right above a § (a blank line between at most), that opens the document's text or is set off: its lines. */
function headingAbove(lines: readonly Line[], at: number, start: number): number[] {
  let p = at - 1;
  while (p >= start && isBlank(lines[p]!)) p--;
  if (p < start || at - p > 3) return [];
  const isTitleLine = (t: string): boolean => t.length <= BLOCK_LINE * 2 && !ENDS_SENTENCE.test(t) && !/\d{4}-\d{2}-\d{2}|§/u.test(t);
  if (!isTitleLine(lines[p]!.flat)) return [];
  // `Årsredovisning 2023 för` / `Räddningstjänsten Norrdal` / `§ 21`: a title wrapped over the lines right above
  let from = p;
  while (from - 1 >= start && p - from + 1 < MAX_TITLE_LINES && !isBlank(lines[from - 1]!) && endsOnLink(lines[from - 1]!.flat) && isTitleLine(lines[from - 1]!.flat)) from--;
  if (!/^\p{Lu}/u.test(lines[from]!.flat)) return [];
  // the first content of the document, or set off from what stands above it
  let q = from - 1;
  while (q >= start && isBlank(lines[q]!)) q--;
  if (q >= start && from - q < 2) return [];
  const span: number[] = [];
  for (let i = from; i <= p; i++) span.push(i);
  return span;
}

/** The title's first line and the lines it wraps onto. */
const RUNNING_CAPITALS = /^\p{Lu}{4,}(?![\p{Ll}])/u;

function wrappedTitle(lines: readonly Line[], header: Line, first: number, end: number): number[] {
  const span = [first];
  if (header.heading || lines[first]!.heading || header.text.includes('\t')) return span;
  let text = lines[first]!.flat;
  while (span.length < MAX_TITLE_LINES) {
    const last = span[span.length - 1]!;
    const n = nextContent(lines, last + 1, end);
    if (n < 0 || n - last > 2) break;
    const next = lines[n]!;
    if (ENDS_SENTENCE.test(text) && !/^\(|^[-–—]/.test(next.text)) break;
    if (next.heading || next.bareNumber || SUB_ITEM.test(next.text) || DECIMAL_SUB_ITEM.test(next.text) || NUMBERED_LETTER_SUB_ITEM.test(next.text)) break;
    // `Bilaga 4`, `Bilagor 2–3` on a line of their own under the title: what it comes with, no part of it
    if (ATTACHMENT_LINE.test(next.flat)) break;
    // `Verksamhetsplan 2025 –` / `beslut`: a title never ends on its dash; what it is goes on below
    const dangling = n === last + 1 && ENDS_ON_DASH.test(text);
    // a new page that opens with its running header in capitals (`KALLELSE (12) Ärende/Föredragande`) goes on with no title
    if (next.pageStart && !dangling && RUNNING_CAPITALS.test(next.text)) break;
    // `Revisionsberättelse 2023` / `Beslut`: the body's first heading ends the title; so
    // does an agenda's `Förslag: …` / `Förslag till beslut: …` line under it
    // (and a line that names who presents it: `Föredragande ekonomichef Lisa Berg`)
    if (!dangling && (BODY_HEADING.test(next.flat) || opensWithProposal(next.flat) || BODY_LABEL.test(next.flat) || stopsTitle(next.flat))) break;
    // `Fastställande av dagordning` / `att fastställa dagordningen`: the decided clause under a
    // title that is whole, not its rest (a title wrapped before its `att` ends on a word that links)
    if (!dangling && next.flat.startsWith('att ') && !endsOnLink(text)) break;
    // `Information från` / `Försäkringskassan`: a title ending on a preposition goes on; so does
    // a title block set off by a blank line (`… väsentlighetsanalys` / `2024 för Eksta Bostads AB`)
    if (!dangling && !STARTS_CONTINUATION.test(next.text) && !endsOnLink(text) && !(n === last + 1 && closesBlock(lines, n, end) && !readsOn(next.flat))) break;
    // a case number on a line of its own is no part of the title either (asked last: it reads the whole line, and most lines end the title above)
    if (referenceOn(next) !== null) break;
    span.push(n);
    text += ' ' + next.flat;
  }
  return span;
}

/**
 * A capitalised line that says what was done (`Ordförande Anna Ek öppnade mötet`,
 * `Föredragningslistan godkändes`, `Beslut: Godkändes`): the body's first line, not the rest
 * of a title set off as a block, whose capitalised lines are names (`Region Halland`) or go on
 * with the title's words (`… remiss över promemorian` / `Uppgifter om medelstora förbränningsanläggningar`).
 */
function readsOn(text: string): boolean {
  return /^\p{Lu}/u.test(text) && (/[.!]$/u.test(text) || /^\p{Lu}\p{Ll}+:/u.test(text) || PAST_VERB.test(text));
}
// a verb in the past or the passive (`öppnade`, `godkändes`, `antogs`, `beslutade`) among lower-case words
const PAST_VERB = /\s\p{Ll}{2,}(?:ade|ades|des|ogs|ats|tes)(?![\p{L}])/u;

/** The group heading on the content line right above `at`, if that is one. */
function sectionAbove(lines: readonly Line[], at: number, start: number): { section: string; type: ItemType | null } | null {
  let p = at - 1;
  while (p >= start && isBlank(lines[p]!)) p--;
  return p >= start && at - p <= 2 ? sectionOf(lines[p]!.text) : null;
}

/** A lettered (`a.`, `b)`, `5.a`, `5 b)`) or decimal (`5.1`, under § 5) sub-item line: its label and title. */
function subItemOf(text: string, expected: number, parent: number): { label: string; title: string } | null {
  const letter = SUB_ITEM.exec(text);
  if (letter && letter[1]!.charCodeAt(0) - 97 === expected) return { label: letter[1]!, title: letter[2]!.trim() };
  const decimal = DECIMAL_SUB_ITEM.exec(text);
  if (decimal && Number(decimal[1]) === parent && Number(decimal[2]) === expected + 1) return { label: `${decimal[1]}.${decimal[2]}`, title: decimal[3]!.trim() };
  const numbered = NUMBERED_LETTER_SUB_ITEM.exec(text);
  if (numbered && Number(numbered[1]) === parent && numbered[2]!.charCodeAt(0) - 97 === expected) return { label: numbered[2]!, title: numbered[3]!.trim() };
  return null;
}

function findSubItems(lines: readonly Line[], start: number, end: number, parent: number): SubItemSegment[] {
  const subs: SubItemSegment[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    // a sub-item opens with its letter (`a.`) or its parent's number (`5.1`, `5 a)`): most lines are passed by at once
    const c = line.text.charCodeAt(0);
    if (!((c >= 97 && c <= 104) || (c >= 48 && c <= 57))) continue;
    const sub = subItemOf(line.text, subs.length, parent);
    if (!sub || !/^\p{Lu}/u.test(sub.title)) continue;
    const titleLines = wrappedTitle(lines, line, i, end);
    const titleText = titleLines.map((k) => (k === i ? sub.title : lines[k]!.flat)).join(' ');
    const prev = subs[subs.length - 1];
    if (prev) prev.end = trimEnd(lines, prev.at, i);
    subs.push({ label: sub.label, at: i, titleLines, titleText: collapse(titleText), end });
  }
  const last = subs[subs.length - 1];
  if (last) last.end = trimEnd(lines, last.at, end);
  return subs;
}

/**
 * A lettered list in a § body (`omfattar:` / `a) Kartläggning …` / `b) Gruppverksamhet …`,
 * then `Styrelsen beslutar att …`) is text of the §, not its sub-items: the entries stand
 * on consecutive lines with nothing under them, and either an introduction ending in a
 * colon (or the decision's line, `Direktionen beslutar`, or heading, `Beslut`) says so, or the § goes on after the last entry while the entries end like
 * sentences or no § of the document has lettered sub-items with text of their own
 * (headings). An agenda's lettered points, with nothing after them, stay sub-items.
 */
function dropBodyLists(lines: readonly Line[], items: ItemSegment[]): void {
  const headings = items.some((it) => it.subItems.length > 0 && !consecutive(it.subItems));
  for (const it of items) {
    const subs = it.subItems;
    if (subs.length < 2 || !consecutive(subs)) continue;
    const last = subs[subs.length - 1]!;
    // (a notice's closing after its last point, `Välkomna!`, is no text the list goes on into)
    const after = nextContent(lines, last.at + last.titleLines.length, last.end);
    const textAfter = after !== -1 && !opensNoticeClosing(lines[after]!.flat);
    const above = subs[0]!.at > it.bodyStart ? lines[subs[0]!.at - 1]!.flat : '';
    // (or the decision's line or heading: `Direktionen beslutar` / `a) Rapporten godkänns.` / `b) …`, clauses of the decision)
    const introduced = above.endsWith(':') || opensDecision(above) || (above.length <= SUBTITLE_LENGTH && BODY_HEADING.test(above));
    const sentences = subs.every((s) => LIST_ENTRY_END.test(lines[s.titleLines[s.titleLines.length - 1]!]!.flat));
    if (introduced || (textAfter && (sentences || !headings))) it.subItems = [];
  }
}

// `… under våren.`, `… hälsa,`, `… och`: an entry of a list goes on into the next
const LIST_ENTRY_END = /(?:[.;,]|\s(?:och|samt|eller))$/u;

/** Sub-items on consecutive lines, each only its title (the last may have text under it). */
function consecutive(subs: readonly SubItemSegment[]): boolean {
  for (let k = 0; k + 1 < subs.length; k++) if (subs[k + 1]!.at !== subs[k]!.at + subs[k]!.titleLines.length) return false;
  return true;
}

/** Move an exclusive end back over trailing blank lines. */
function trimEnd(lines: readonly Line[], start: number, end: number): number {
  let e = end;
  while (e > start + 1 && isBlank(lines[e - 1]!) && !lines[e - 1]!.rule) e--;
  return e;
}
