// Reading the items from the lines that may open one: the best run of headings, then each item's title, case number and body start.
import type { ItemType, Warning } from '../../schema/result.js';
import { isBareCaseNumber } from '../../text/case-number.js';
import { labelledCaseIn } from '../case-lines.js';
import { readRow } from '../rows.js';
import { historyAbove } from '../history-lines.js';
import { isBlank, type Line, nextContent } from '../../text/line.js';
import { itemTypeOfCell, itemTypeOfLine } from '../item-type-line.js';
import { headerFrom, NUMBERING, type NumberingStyle, type Read, readOf } from '../../text/numbering.js';
import type { Candidate, ItemSegment } from './types.js';
import { referenceOn, restatesPoint } from './reference.js';
import { captionsVoteList } from '../../text/vote-list.js';
import { isContactLine } from '../../text/contact-footer.js';
import { capitalsSectionUnder, sectionAbove, sectionOf } from './line-kinds.js';
import { hasTitleAfter, titleSpan, type TitleSpan } from './title-lines.js';
import { headingAbove, titleOverBody, titleRightAbove } from './titles-above.js';
import { caseNumberOpening } from '../../text/case-number.js';
import { caseInColumn, caseLineAbove, caseLineUnder, caseNumberAtEnd, caseUnderSubtitle } from './case-around.js';
import { continuesNumber, countsOnCutOut, countsOnLines, dominantForm, dropReferences, formKey, INCREASING_STYLES, isFirstOfTable, LONE_STYLES, MIN_BARE_RUN, repeatsHeading, restartsGroup, skipsUnpublished, STRICT_STYLES } from './run.js';

/**
 * The items as read before any block cuts them: the run of headings chosen, and each item's
 * heading, title and where its body starts. A block (signatures) that falls inside bodies
 * only ends those items: read from the same headings, they are only cut again.
 */
export interface ItemsRead {
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

/**
 * The lines that may open an item now (`may`) are those read before (`before`) less some that
 * no style read a heading on (a signature block's date, `2024-03-12`): every style finds the
 * same headings, and so the same run.
 */
export function noneLost(before: readonly number[], may: readonly number[], lines: readonly Line[], end: number): boolean {
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

const SPACED = NUMBERING.findIndex((r) => r.style === 'spaced');
const BARE = NUMBERING.findIndex((r) => r.style === 'bare');
// bare numbers read after the last spaced one at most
const BARE_AFTER_LAST = 2;
/**
 * The numbers alone on their lines, their titles under them, among the numbers written with their titles (`2 Title`):
 * one way of heading the points, part of it run onto one line (a paragraph's lines joined) and part not (a blank line
 * kept between the number and its title). Each is read as a heading of the spaced style where no heading of that style
 * has its number already (a page's own number then stays out), in the order of the lines.
 */
function mergeBareHeadings(found: Candidate[], lines: readonly Line[], end: number, may: readonly number[], reads: readonly Read[]): void {
  const numbers = new Set<number>();
  let last = 0;
  for (const c of found) {
    numbers.add(c.header.number);
    last = Math.max(last, c.header.number);
  }
  let added = false;
  for (let m = 0; m < may.length; m++) {
    const i = may[m]!;
    const bare = lines[i]!.bareNumber && !lines[i]!.furniture ? headerFrom(reads[m]!, lines[i]!, BARE) : null;
    // (among the spaced ones' numbers, or a point or two after the last of them: not a page's number far past them)
    if (!bare || numbers.has(bare.number) || bare.number > last + BARE_AFTER_LAST || !hasTitleAfter(lines, i, end)) continue;
    numbers.add(bare.number);
    found.push({ at: i, header: { ...bare, style: 'spaced', form: 'spaced' } });
    added = true;
  }
  if (added) found.sort((a, b) => a.at - b.at);
}

/** The run of headings of the style that numbers the items, and the items read from it (null where no style numbers any). */
export function readItems(lines: readonly Line[], start: number, end: number, may: readonly number[]): ItemsRead | null {
  const warnings: Warning[] = [];
  // (what was read on each of them, looked up once for all the styles)
  // (by a loop: the arrays the built-in and the inlined `map` make are of different elements kinds, and reading the
  // other kind threw this function's optimised code away)
  const reads: Read[] = [];
  for (const i of may) reads.push(readOf(lines[i]!));
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
      // (`1. Kommunstyrelsen 0565 160 01 Fax … kansli@…`: a letterhead's footer, its department numbered, no point)
      if (restatesPoint(lines, i, header) || captionsVoteList(lines, i) || isContactLine(header.rest)) continue;
      found.push({ at: i, header });
    }
    // (`2 Föregående minnesanteckningar` / … / `3` / `Risk- och väsentlighetsanalys`: a flattening that joined some numbers
    // with their titles and left others over theirs; bare-headings.ts)
    if (k === SPACED && found.length > 0) mergeBareHeadings(found, lines, end, may, reads);
    // a document writes its own headings one way (`§ 12`, `KS § 12`, `12 §`); a § written
    // another way at a line start is a reference in a body (`KSAU § 341, 2023-12-19`)
    const form = dominantForm(found);
    // a list counted from 1 again inside a point's body (`Förslag till beslut` / `1. …` / `2. …`): its number and line so far
    let inner: { number: number; at: number } | null = null;
    // the last heading taken where it skipped numbers (`7 …` after `3 …`), which the next point may take back (`4 …`)
    let skip: Candidate | null = null;
    for (const { at: i, header } of found) {
      if (formKey(header.form) !== form) continue;
      const last = run[run.length - 1];
      // (`3. Budget` / … / `3. …` / `4. Medlemmarna informeras.`: the list goes on, though its number is the next point's)
      // (not a point marked otherwise than the list: `4. Uppföljning` / `5: Övriga frågor`, notes that number their points with a colon)
      if (inner && header.number === inner.number + 1 && continuesList(lines, inner.at, i, header.rest) && markAfterNumber(lines[inner.at]!.text) === markAfterNumber(lines[i]!.text)) {
        inner = { number: header.number, at: i };
        continue;
      }
      inner = null;
      // the heading of a long § printed again on the next page (`16 §`, `§ 12 Budget (forts.)`) is no new item
      if (last && header.number === last.header.number && header.label === last.header.label && repeatsHeading(lines, i, header.rest, last.header.rest)) {
        repeats.push(i);
        continue;
      }
      // (an agenda that numbers each group from 1 again: `Beslutsärenden` / `1. …` … `Informationsärenden` / `1. …`)
      if (last && INCREASING_STYLES.has(header.style) && !restartsGroup(lines, i, run[0]!.at, start, header, last.header)) {
        // (`3 Lokalfrågor` / `7 Nya förskolor byggs.` / `4 Övriga frågor`: the skip was a line of the body, the point goes on)
        if (skip === last && run.length >= 2 && header.number === run[run.length - 2]!.header.number + 1) {
          run[run.length - 1] = { at: i, header };
          skip = null;
          continue;
        }
        const lettered = header.number === last.header.number && continuesNumber(run, header);
        if (header.number <= last.header.number && !lettered) {
          if (header.number === 1) inner = { number: 1, at: i };
          continue;
        }
        if (STRICT_STYLES.has(header.style) && header.number !== last.header.number + 1 && !lettered) {
          if (!skipsUnpublished(lines, i, header, last)) continue;
          run.push((skip = { at: i, header }));
          continue;
        }
      }
      // a lone number is a page number unless it opens a `§§ Ärenden` table or counts from 1, or has a title and its
      // case number on the line under it (`14 Val av justerare` / `Diarienummer 2023/FN 0102 001`: a web agenda's points
      // numbered on from the year's count)
      if (!last && LONE_STYLES.has(header.style) && !isFirstOfTable(lines, i, start) && header.number !== 1 && !(header.rest !== '' && caseLineUnder(lines, i, end)) && !skipsUnpublished(lines, i, header, undefined) && !countsOnCutOut(lines, i, header) && !countsOnLines(lines, i, header)) continue;
      run.push({ at: i, header });
    }
    // numbers that count from 1 without a table head must count far enough to be items
    // (or that each hold a case number on the line under them: `1 Planbesked för …` / `Diarienummer KSM-2024-301-214`)
    if (LONE_STYLES.has(recogniser.style) && run.length < MIN_BARE_RUN && run[0] && !isFirstOfTable(lines, run[0].at, start) && !run.every((c) => c.header.rest !== '' && caseLineUnder(lines, c.at, end))) run.length = 0;
    // (… and numbers that count on from elsewhere must count far enough too)
    if (LONE_STYLES.has(recogniser.style) && run.length < MIN_BARE_RUN && run[0] && run[0].header.number !== 1 && !isFirstOfTable(lines, run[0].at, start)) run.length = 0;
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
  // (the three lists below built and counted in one loop: arrays the built-in `map` and `filter` make are of other
  // elements kinds than the inlined ones', and meeting the other kind threw this function's optimised code away)
  const run = best.run;
  const above: (number | undefined)[] = [];
  const history: (number | undefined)[] = [];
  const blocks: number[][] = [];
  let bareCount = 0;
  let blockCount = 0;
  // the titles set off above a bare § and its body
  const overs: boolean[] = [];
  for (let k = 0; k < run.length; k++) {
    const c = run[k]!;
    // `KS/2024:18` / `§ 40 Val till …`: a case number on a line of its own above the heading
    above.push(caseLineAbove(lines, c, k > 0 ? run[k - 1]!.at : -1, k > 0 ? run[k - 1]!.header.rest : '', start));
    // `Au 85` / `§ 13 …`: where the case was handled before, in the margin above the heading
    history.push(k > 0 ? historyAbove(lines, above[k] ?? c.at, run[k - 1]!.at) : undefined);
    // `Investeringsbudget för` / `gator och vägar 2024` / `§ 2` / body: minutes that print each
    // title right above its bare §; trusted where most bare §§ of the document have one
    const from = k > 0 ? run[k - 1]!.at + 1 : start;
    const block = c.header.rest === '' ? titleRightAbove(lines, c.at, from) : [];
    // (or set off above a § whose body follows it: titles-above.ts titleOverBody, trusted as the document's way below)
    const over = block.length === 0 && c.header.rest === '' ? titleOverBody(lines, c.at, from, run[k + 1]?.at ?? end, true) : [];
    blocks.push(block.length > 0 ? block : over);
    overs.push(over.length > 0);
    if (c.header.rest === '') bareCount++;
    if (block.length > 0) blockCount++;
  }
  // (a line printed above several §§ is the page's head, `Kommunfullmäktige`, `Styrelsen Protokoll 4/2026 Sid 3`: no title)
  const overCount = overs.some(Boolean) ? keepDistinct(lines, blocks, overs) : 0;
  const titlesAbove = (blockCount >= 2 && blockCount * 2 >= bareCount && overCount === 0) || titlesOverBodies(blockCount + overCount, overCount, bareCount, run.length);
  // (a document that writes its titles over the bodies: a § whose body is one short sentence has its title above too)
  if (titlesAbove && overCount > 0) {
    for (let k = 0; k < run.length; k++) {
      if (blocks[k]!.length > 0 || run[k]!.header.rest !== '') continue;
      blocks[k] = titleOverBody(lines, run[k]!.at, k > 0 ? run[k - 1]!.at + 1 : start, run[k + 1]?.at ?? end, false);
      overs[k] = blocks[k]!.length > 0;
    }
    keepDistinct(lines, blocks, overs);
  }
  // (`3. Ekonomisk rapport` / `Information` / `4. …`: a plain type word under a title of a tight list is a type column's
  // cell only where such words stand under half the points or more; under one or two of a longer list, each heads
  // the points after it: asked the first time a word stands so)
  let typeColumn: boolean | undefined;
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
    // (`4. Delårsrapport` / `Beslutsärende` / `5. …`: the point's own type, right under its lines, a blank line above
    // or none, is no group heading of the points after it)
    // (nor `Information` in a table's title cell, wrapped under the title: the row's lines, no blank between)
    // (nor `3. Ekonomisk rapport` / `Information` / `4. …`: a type column's plain word, capitalised, set under the title
    // of a tight list, no blank line on either side)
    // (nor `5. Delårsrapport 2025 Beslut 6. …` on a page run onto one line: the word the normaliser cut from the title's line)
    const ownType = last > c.at && (itemTypeOfLine(lines[last]!.text) !== null || (!isBlank(lines[last - 1]!) && itemTypeOfCell(lines[last]!.text) !== null && (wrapsRow(lines, c.at, last) || cutFromTitle(lines, last) || (cellUnderTitle(lines, last, next) && (typeColumn ??= cellsUnderTitles(lines, best.run) * 2 >= best.run.length - 1)))));
    // (and `EKONOMI` under `2. Tid för justering`: a group heading in capitals under a title that is not)
    const group = last > c.at && !ownType && !(restEmpty && nextContent(lines, c.at + 1, next) === last) ? (sectionOf(lines[last]!.text) ?? capitalsSectionUnder(lines[c.at]!.flat, lines[last]!.flat)) : null;
    const limit = group ? last : next;
    const row = readRow(lines, c.at, limit);
    const block = titlesAbove ? blocks[k]! : [];
    const title: TitleSpan = row ? { lines: row.titleLines, caseNumber: null } : block.length > 0 ? { lines: [], caseNumber: null } : titleSpan(lines, c.at, restEmpty, limit);
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
    // (`KF § 12` / `Godkännande av dagordning Fullmäktiges beslut …`: the title the line under a lone heading opens with)
    const runOn = title.runOn;
    // (the lines joined by loops, not `map().join()`: see `above`)
    let titleText = '';
    if (row) titleText = row.title;
    else if (block.length > 0) for (let j = 0; j < block.length; j++) titleText += (j > 0 ? ' ' : '') + lines[block[j]!]!.flat;
    else if (runOn) titleText = runOn.title;
    else for (let j = 0; j < titleLines.length; j++) titleText += (j > 0 ? ' ' : '') + titleLine(titleLines[j]!);
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
    // `§ 17` / `KS 2024/119 Taxor 2025`: the case number opening the title under a lone number
    const opening = caseNumber === null ? caseNumberOpening(titleText) : null;
    if (opening && opening.after !== '') {
      caseNumber = opening.caseNumber;
      titleText = opening.after;
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
        ...(runOn ? { runOn: runOn.text } : {}),
      },
      limit,
      skipped,
    });
    section = nextSection;
  });
  return { lines, start, end, may, style: best.style, repeats: best.repeats, drafts, warnings };
}

/** The titles set off over bodies (`overs`) whose text, digits aside, stands over no other §: the others are dropped. How many are kept. */
function keepDistinct(lines: readonly Line[], blocks: number[][], overs: boolean[]): number {
  const key = (k: number): string => blocks[k]!.map((i) => lines[i]!.flat).join(' ').toLowerCase().replace(/\d+/gu, '#');
  const seen = new Map<string, number>();
  for (let k = 0; k < blocks.length; k++) if (overs[k]) seen.set(key(k), (seen.get(key(k)) ?? 0) + 1);
  let kept = 0;
  for (let k = 0; k < blocks.length; k++) {
    if (!overs[k]) continue;
    if (seen.get(key(k))! > 1) {
      blocks[k] = [];
      overs[k] = false;
    } else kept++;
  }
  return kept;
}

/**
 * Titles set off over their §§' bodies (`over` of them, `found` titles above in all) are the document's way where two
 * at least stand so and most §§ of the run, and most of its bare §§ (`candidates`), have one.
 */
function titlesOverBodies(found: number, over: number, candidates: number, items: number): boolean {
  return over > 0 && found >= 2 && found * 2 >= candidates && found * 2 >= items;
}

/** How many points of the run have a type's plain word, capitalised, on the line right above the next point's heading. */
function cellsUnderTitles(lines: readonly Line[], run: readonly { at: number }[]): number {
  let n = 0;
  for (let k = 0; k + 1 < run.length; k++) {
    const last = run[k + 1]!.at - 1;
    if (last > run[k]!.at && !isBlank(lines[last - 1]!) && itemTypeOfCell(lines[last]!.text) !== null && cellUnderTitle(lines, last, last + 1)) n++;
  }
  return n;
}

/** The type's word at `last` stands right above the next point's heading at `next`, capitalised as a cell is. */
function cellUnderTitle(lines: readonly Line[], last: number, next: number): boolean {
  const first = lines[last]!.flat.charAt(0);
  return last + 1 === next && first !== first.toLowerCase();
}

/** The type's word at `last` was cut by the normaliser from the source line of the title above it (`5. Delårsrapport 2025 Beslut 6. …`). */
function cutFromTitle(lines: readonly Line[], last: number): boolean {
  return lines[last]!.no === lines[last - 1]!.no;
}

/** The lines from a heading to `last` are one table row wrapped (the heading's cells apart by column gaps, no blank line between). */
function wrapsRow(lines: readonly Line[], at: number, last: number): boolean {
  if (lines[at]!.text === lines[at]!.flat) return false;
  for (let k = at + 1; k < last; k++) if (isBlank(lines[k]!)) return false;
  return true;
}

// how far down a numbered clause may stand from the one before it (a clause wrapped over a line or two)
const CLAUSE_GAP = 3;

/**
 * The numbered line at `at` goes on with the list whose last numbered line is at `prev`: right under it (its wrapped
 * lines between, no blank), or a blank line between and the line a clause ended by its stop, as the list's were.
 */
/** The character right after the number that opens a line (`.` of `4. Title`, `:` of `5: Title`), '' where none. */
function markAfterNumber(text: string): string {
  let k = 0;
  while (k < text.length && (text.charCodeAt(k) < 48 || text.charCodeAt(k) > 57) && k < 4) k++;
  while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return text.charAt(k);
}

function continuesList(lines: readonly Line[], prev: number, at: number, rest: string): boolean {
  if (at - prev > CLAUSE_GAP) return false;
  for (let k = prev + 1; k < at; k++) if (isBlank(lines[k]!)) return /[.;,]$/u.test(rest.trimEnd());
  return true;
}
