// The front page read as labels and the values between them. Each label's value is the
// text that follows it up to the next label; where an extractor printed a block of labels
// and then a block of values (a table flattened column by column), the values are paired
// with the labels by what they are (a text, a date, a § range, people) and then in order;
// a value no label took is offered to the nearest label of its kind that has none.
import type { FrontField, ValueClass } from '../../lexicon/frontpage.js';
import { PARTICIPANT_COLUMN_HEADS, PARTIES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import type { Warning } from '../../schema/result.js';
import type { Line } from '../../text/line.js';
import type { Range } from '../items.js';
import { adjustersAtAdjusting } from './adjusters-at-adjusting.js';
import { amongNames } from './among-names.js';
import { wrapsAt } from './wrapped-names.js';
import { alignLines, ownLists } from './align.js';
import { runOnEntries, runTakers } from './run-on.js';
import { readColumnTable } from './columns.js';
import { isAttendanceRemark, reportsOpening } from '../../text/attendance-remark.js';
import { splitNamesThenPlace } from './names-then-place.js';
import { markOnly } from './roles-after.js';
import { piecesOf, type Piece } from './pieces.js';
import { classOf, crossedName, namesElsewhere, nameShaped, takes } from './values.js';
import { givenNameList, isVacantSeat } from '../../text/persons.js';

export interface FieldValue {
  text: string;
  /** Index of its line, and its column. */
  at: number;
  col: number;
}

export interface FrontPageField {
  field: FrontField;
  value: ValueClass;
  /** The label as written. */
  label: string;
  /** Index of the label's line. */
  at: number;
  values: FieldValue[];
}

export interface FrontPage {
  fields: FrontPageField[];
  /** The text before the first label: a letterhead (organisation, organ, kind, date). */
  preamble: FieldValue[];
  warnings: Warning[];
}

interface Leftover {
  pieces: Piece[];
  cls: Exclude<ValueClass, 'none'>;
  /** It stands under `Underskrifter` (a heading that takes no value): its names signed, they are no list of who took part. */
  signed: boolean;
}

// the anslag's dates, read on from their labels (and the place the minutes are kept: the anslag's sentence above it is none)
const POSTED = new Set<FrontField>(['postedFrom', 'postedTo', 'appealBy', 'storedAt']);

// how far (in pieces) a label without a value looks for one of its kind
const REACH = 40;

export function readFrontPage(lines: readonly Line[], start: number, end: number, excluded: readonly Range[]): FrontPage {
  const pieces = piecesOf(lines, start, frontPageEnd(lines, start, end), skipTest(lines, start, end, excluded));
  const fields: FrontPageField[] = [];
  const leftovers: { index: number; item: Leftover }[] = [];
  const warnings: Warning[] = [];
  const asValue = (p: Piece): FieldValue => ({ text: p.text, at: p.at, col: p.col });
  // the labels of a row that only copies labels standing further on, which take no value
  const copies = new Set<FrontPageField>();
  let i = 0;
  const preamble: FieldValue[] = [];
  while (i < pieces.length && !pieces[i]!.label) preamble.push(asValue(pieces[i++]!));
  while (i < pieces.length) {
    const labels: Piece[] = [];
    while (i < pieces.length && pieces[i]!.label) labels.push(pieces[i++]!);
    const from = i;
    const values: Piece[] = [];
    while (i < pieces.length && !pieces[i]!.label) values.push(pieces[i++]!);
    const made = labels.map((l) => ({ field: l.label!.field, value: l.label!.value, label: l.label!.text, at: l.at, values: [] as FieldValue[] }));
    // `Underskrift   Sekreterare ……… Karin Nyman`: over the signers' labels, the anslag block's word heads them and takes no name
    made.forEach((f, k) => {
      if (f.field === 'certifiedBy' && SIGNER_FIELDS.has(made[k + 1]?.field ?? '')) f.value = 'none';
    });
    fields.push(...made);
    const takers = made.filter((f) => f.value !== 'none');
    // a row of labels with fewer values after it than it has labels, half of whose labels (three at least) stand again
    // further on (a sharing site's title quoting the first page's labels): a copy, which pairs with nothing
    const copy = takers.length >= 3 && values.length < takers.length && repeatedLater(labels, pieces, i);
    if (copy) for (const f of made) copies.add(f);
    const table = copy ? null : readColumnTable(labels, values);
    const under = copy || table ? null : valuesUnder(labels, values);
    let rest: Piece[];
    if (copy) rest = values;
    else if (under) {
      under.forEach((v, k) => made[k]!.values.push(asValue(v)));
      rest = values.slice(under.length);
    } else if (table) {
      table.columns.forEach((col) => {
        const f = made[labels.indexOf(col.label)]!;
        f.values.push(...col.entries);
      });
      rest = table.rest;
    } else if (takers.length === 1) rest = assignOne(takers[0]!, values, asValue);
    else if (takers.length > 1) {
      const r = assignBlock(takers, values, asValue);
      rest = r.rest;
      if (r.unpaired) {
        warnings.push({
          code: 'header-unpaired',
          message: `${takers.length} labels and ${r.groups} values in a block of the front page: paired by kind and order`,
          line: lines[labels[0]!.at]!.no,
        });
      }
    } else rest = values;
    const signed = labels[labels.length - 1]!.label!.field === 'signatures';
    for (const g of groupsOf(rest)) leftovers.push({ index: from + values.indexOf(g[0]!), item: { pieces: g, cls: classOf(g[0]!.text), signed } });
  }
  signersInOrder(fields, pieces, leftovers, asValue);
  namesOverTheirHeading(fields, pieces, leftovers, asValue);
  adjustingPlaceAndTime(fields);
  adjustersAtAdjusting(fields, pieces, leftovers, asValue);
  // a label left without a value takes the nearest value of its kind that no label took
  fields.forEach((f, k) => {
    if (f.value === 'none' || f.values.length > 0 || copies.has(f) || headsSubList(f, fields[k + 1])) return;
    const at = pieces.findIndex((p) => p.label && p.at === f.at && p.label.text === f.label);
    // (names under `Underskrifter` signed: they are no list of who took part; `Olle Sand öppnade mötet.` is the minutes' first sentence)
    // (an anslag's dates left empty take no date above them: the meeting's, the adjusting's)
    const candidates = leftovers
      .filter((l) => takes(f.value, l.item.cls, l.item.pieces[0]!.text) && Math.abs(l.index - at) <= REACH && !(f.field === 'participants' && (l.item.signed || reportsOpening(l.item.pieces[0]!.text))) && !(POSTED.has(f.field) && l.index < at))
      .sort((a, b) => (a.index > at ? 0 : 1) - (b.index > at ? 0 : 1) || Math.abs(a.index - at) - Math.abs(b.index - at));
    const found = candidates[0];
    if (!found) return;
    f.values.push(...found.item.pieces.map(asValue));
    leftovers.splice(leftovers.indexOf(found), 1);
  });
  return { fields, preamble, warnings };
}

/** Whether a line lies in an excluded range (a table of lines only where there are ranges: most front pages have none). */
function skipTest(lines: readonly Line[], start: number, end: number, excluded: readonly Range[]): (i: number) => boolean {
  if (excluded.length === 0) return () => false;
  const skip = new Uint8Array(lines.length);
  for (const r of excluded) skip.fill(1, Math.max(r.start, start), Math.min(r.end, end));
  return (i) => skip[i] === 1;
}

/**
 * `Justering` heading `Justerande` and `Plats och tid` (a table's group of rows): that place
 * and time are the adjusting's, not the meeting's, and the heading takes no value of its own.
 */
function adjustingPlaceAndTime(fields: FrontPageField[]): void {
  for (let k = 0; k < fields.length; k++) {
    const head = fields[k]!;
    if (head.field !== 'adjustedAt' || head.label.toLowerCase() !== 'justering') continue;
    let j = k + 1;
    while (j < fields.length && fields[j]!.field === 'adjusters' && fields[j]!.at - head.at <= 3) j++;
    const f = fields[j];
    if (!f || !WHEN_OR_WHERE.has(f.field) || f.at - head.at > 3) continue;
    f.field = 'adjustedAt';
    f.value = 'text';
    head.value = 'none';
    head.values = [];
  }
}
const WHEN_OR_WHERE = new Set<FrontField>(['placeAndTime', 'dateAndTime', 'date', 'time', 'place']);

/** `Närvarande` over `Medlemmar` over its names (Swedish-language Finnish minutes): a heading over a sub-heading whose list it is. */
const headsSubList = (f: FrontPageField, next: FrontPageField | undefined): boolean =>
  f.field === 'participants' && next?.field === 'participants' && next.at - f.at <= 1 && next.values.length > 0;

// how far a value may stand from the start of the label over it
const UNDER_SLACK = 3;

/**
 * Labels side by side on one line (`Ordförande      Sekreterare`) and, on the next line, one
 * value under each of them (`Olle Ek      Lisa Berg`): each label takes the value under it,
 * whatever follows.
 */
function valuesUnder(labels: readonly Piece[], values: readonly Piece[]): Piece[] | null {
  if (labels.length < 2 || values.length < labels.length) return null;
  const at = labels[0]!.at;
  if (labels.some((l) => l.at !== at || l.label!.value === 'none')) return null;
  const row = values.slice(0, labels.length);
  if (row.some((v) => v.at !== at + 1) || values[labels.length]?.at === at + 1) return null;
  return row.every((v, k) => Math.abs(v.col - labels[k]!.col) <= UNDER_SLACK) ? row : null;
}

/**
 * Signer labels in a row with no values (`Sekreterare` / `Ordförande` / `Justerande`, a
 * label column printed before its value column) and, after them, a group of as many names
 * one a line: the names are theirs, in order.
 */
function signersInOrder(fields: readonly FrontPageField[], pieces: readonly Piece[], leftovers: { index: number; item: Leftover }[], asValue: (p: Piece) => FieldValue): void {
  for (let k = 0; k < fields.length; k++) {
    let n = 0;
    while (k + n < fields.length && SIGNER_FIELDS.has(fields[k + n]!.field) && fields[k + n]!.values.length === 0) n++;
    if (n < 2) continue;
    const at = pieces.findIndex((p) => p.label && p.at === fields[k + n - 1]!.at);
    const found = leftovers.find((l) => l.index > at && l.index - at <= REACH && l.item.pieces.length === n && new Set(l.item.pieces.map((p) => p.at)).size === n && l.item.pieces.every((p) => classOf(p.text) === 'persons'));
    if (found) {
      found.item.pieces.forEach((p, j) => fields[k + j]!.values.push(asValue(p)));
      leftovers.splice(leftovers.indexOf(found), 1);
    }
    k += n - 1;
  }
}

const SIGNER_FIELDS = new Set<string>(['chair', 'secretary', 'adjusters']);

/**
 * Names no label took, on the lines right above a participant heading that has a list of its
 * own (`Lars Berg, kommundirektör` / `Övriga deltagande   Karin Nyman, sekreterare`): a
 * table's cell whose heading stands on its last line, not its first. They open its list.
 */
function namesOverTheirHeading(fields: readonly FrontPageField[], pieces: readonly Piece[], leftovers: { index: number; item: Leftover }[], asValue: (p: Piece) => FieldValue): void {
  for (const l of [...leftovers]) {
    if (l.item.cls !== 'persons' || l.item.signed) continue;
    const last = l.item.pieces[l.item.pieces.length - 1]!;
    const next = pieces[pieces.indexOf(last) + 1];
    if (!next?.label || next.label.field !== 'participants' || next.at !== last.at + 1) continue;
    const f = fields.find((x) => x.at === next.at && x.label === next.label!.text);
    if (!f || f.values.length === 0 || f.values[0]!.at !== next.at) continue;
    f.values.unshift(...l.item.pieces.map(asValue));
    leftovers.splice(leftovers.indexOf(l), 1);
  }
}

// a front page, its anslag block included, fills a page or two: minutes without numbered
// items have no header end, and their text is no front page
const FRONT_PAGE_LINES = 160;

function frontPageEnd(lines: readonly Line[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (lines[i]!.text !== '' && ++n > FRONT_PAGE_LINES) return i;
  return end;
}

/** Three of the row's labels at least, and half of them, stand again as written among the pieces from `from` on. */
function repeatedLater(labels: readonly Piece[], pieces: readonly Piece[], from: number): boolean {
  const later = new Set<string>();
  for (let k = from; k < pieces.length; k++) if (pieces[k]!.label) later.add(pieces[k]!.label!.text.toLowerCase());
  const again = labels.filter((l) => later.has(l.label!.text.toLowerCase())).length;
  return again >= 3 && 2 * again >= labels.length;
}

/** The values of a label on its own: all of its kind that follow it, the rest left over. */
function assignOne(f: FrontPageField, values: readonly Piece[], asValue: (p: Piece) => FieldValue): Piece[] {
  if (values.length === 0) return [];
  switch (f.value) {
    case 'persons': {
      // a table's column heads beside a list's heading (`Ordinarie ledamöter   Tjg   Ej tjg   Ja   Nej`) over its names go
      const heads = f.field === 'participants' ? columnHeads(f, values) : 0;
      // a name the lexicon does not know, beside its label (`Utses att justera Amira Haddad`)
      // (and a name already paired with its label: `Sekreterare Ordförande` / `Gunnel Ask Hjalmer Vall`)
      // (and beside a list's heading, one given name alone: `Förhinder: Lotta`)
      const beside = values[heads]!.at === f.at || values[heads]!.paired;
      let k = heads + (beside && (NAMES_ONLY.test(values[heads]!.text) || classOf(values[heads]!.text) === 'persons' || (f.field === 'participants' && givenNameList(values[heads]!.text, 1) !== null)) ? 1 : 0);
      // beside a signer's name, `§ 1-37` is the declared range, not part of the name
      const keep = (j: number): boolean => continuesPersons(values, j) && (f.field === 'participants' || classOf(values[j]!.text) !== 'range');
      // (`Beslutande   Enligt förteckning`: the list stands elsewhere, and the names after it are another heading's)
      if (!(k === heads + 1 && namesElsewhere(values[heads]!.text))) while (k < values.length && keep(k)) k++;
      f.values.push(...values.slice(heads, k).map(asValue));
      return values.slice(k);
    }
    case 'text': {
      // the first group: a place over two lines, not the paragraph after a blank line
      const first = groupsOf(values)[0]!;
      f.values.push(...first.map(asValue));
      return values.slice(first.length);
    }
    default: {
      const k = values.findIndex((v) => takes(f.value, classOf(v.text), v.text));
      if (k < 0) return [...values];
      f.values.push(asValue(values[k]!));
      return [...values.slice(0, k), ...values.slice(k + 1)];
    }
  }
}

// a list's heading has a row or two of column heads at most (`Närvaro §§` / `Tjg   Ej tjg   Ja   Nej`)
const MAX_HEAD_ROWS = 2;

/** A row that opens with a column head of an attendance table (`Närvaro §§`, `Tjg   Ej tjg`, glued as a web page prints them: `TjgEj tjgJANEJ`). */
function isColumnHead(text: string): boolean {
  const lower = text.toLowerCase();
  // (a head word ends where a capital or a sign follows it: `Kommunförbundet` opens with no head)
  return PARTICIPANT_COLUMN_HEADS.some((w) => lower.startsWith(w) && !/\p{Ll}/u.test(text.charAt(w.length)));
}

/** How many values right after a list's heading are rows of column heads over its names (none that is a person), with a name on the row after them. */
function columnHeads(f: FrontPageField, values: readonly Piece[]): number {
  let n = 0;
  while (n < MAX_HEAD_ROWS && values[n] && values[n]!.at <= f.at + n + 1 && values[n]!.at >= f.at && isColumnHead(values[n]!.text)) n++;
  const next = values[n];
  return n > 0 && next !== undefined && next.at === values[n - 1]!.at + 1 && classOf(next.text) === 'persons' ? n : 0;
}

// capitalised words only, two to four a name, names joined by `och` or commas
const NAME = `\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*(?:\\s+\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*){1,3}`;
const NAMES_ONLY = new RegExp(`^${NAME}(?:\\s*(?:,|och)\\s*${NAME})*$`, 'u');

/**
 * Values printed after a block of labels: grouped (blank lines, rules), each group
 * classed, and paired with the labels of its class in order. Where there are as many
 * lines as labels and fewer groups, each line is a group.
 */
function assignBlock(allTakers: readonly FrontPageField[], block: readonly Piece[], asValue: (p: Piece) => FieldValue): { rest: Piece[]; unpaired: boolean; groups: number } {
  let takers = allTakers;
  const values = withNamesCut(takers, block);
  let groups = groupsOf(values);
  // `Närvarande` / `Ledamöter` / names: fewer lists than headings, the first headings stand over the others
  const lists = groups.filter((g) => classOf(g[0]!.text) === 'persons').length;
  const heads = takers.filter((f) => f.field === 'participants');
  if (heads.length === takers.length) {
    // `Beslutande` / `Ledamöter Agne Ny (C), ordförande` / names a paragraph each: the list
    // starts beside the last heading, so the headings above it stand over it, and all its
    // paragraphs of names are that heading's
    const last = heads[heads.length - 1]!;
    if (heads.length > 1 && lists >= heads.length && values[0]!.at === last.at && heads[heads.length - 2]!.at < last.at) {
      return { rest: assignOne(last, values, asValue), unpaired: false, groups: groups.length };
    }
    const runOn = alignedRunOn(heads, values);
    if (runOn) {
      runOn.runs.forEach((run, k) => runOn.takers[k]!.values.push(...run.flat().map(asValue)));
      return { rest: [], unpaired: false, groups: runOn.runs.length };
    }
    if (heads.length > lists && lists > 0) {
      // `Beslutande` / `Ersättare` / the names one a line: headings of lists of their own roles over one block, each its run
      const runs = ownLists(heads) ? alignLines(heads, linesOf(values)) : null;
      if (runs) {
        runs.forEach((run, k) => heads[k]!.values.push(...run.flat().map(asValue)));
        return { rest: [], unpaired: false, groups: runs.length };
      }
      takers = heads.slice(heads.length - lists);
    }
  } else {
    const signed = signersWithExtraNames(takers, values);
    if (signed) {
      signed.names.forEach((names, k) => takers[k]!.values.push(...names.map(asValue)));
      return { rest: values.slice(signed.used), unpaired: false, groups: signed.names.length };
    }
    // an anslag block without blank lines: one value a line; labels side by side: one value a cell
    const byLine = linesOf(values);
    // but a list of people over several lines between blank lines is one value, however the lines count
    const lists = takers.some((f) => f.field === 'participants') && groups.some((g) => g.length > 1 && g.every((p) => classOf(p.text) === 'persons'));
    if (groups.length < takers.length && !lists && byLine.length === takers.length) groups = byLine;
    else if (groups.length < takers.length && !lists && values.length === takers.length) groups = values.map((v) => [v]);
    else if (groups.length < takers.length) {
      // a group whose lines are of different kinds (`2024-01-17` over `Gymnasiets aula, kl. 15.00`) holds a value a line
      const split = groups.flatMap((g) => {
        const ls = g.length > 1 ? linesOf(g) : [g];
        return ls.length > 1 && new Set(ls.map((l) => classOf(l[0]!.text))).size === ls.length ? ls : [g];
      });
      if (split.length <= takers.length) groups = split;
    }
    // no blank line among the values, fewer groups than labels and more lines: each label a run of lines of its kind
    // (a heading over the list's own heading, `Beslutande` over `Ledamöter`, takes no run)
    const runners = runTakers(takers);
    const runs = groups.length < takers.length && groupsOf(values).length === 1 ? alignLines(runners, byLine) : null;
    if (runs) {
      runs.forEach((run, k) => runners[k]!.values.push(...run.flat().map(asValue)));
      return { rest: [], unpaired: false, groups: runs.length };
    }
    const runOn = groups.length < takers.length ? alignedRunOn(takers, values) : null;
    if (runOn) {
      runOn.runs.forEach((run, k) => runOn.takers[k]!.values.push(...run.flat().map(asValue)));
      return { rest: [], unpaired: false, groups: runOn.runs.length };
    }
  }
  const classes = groups.map((g) => classOf(g[0]!.text));
  const used = new Set<number>();
  // exact classes first, then a text label takes a date (`Kommunhuset 2022-09-09`)
  for (const exact of [true, false]) {
    for (const f of takers) {
      if (f.values.length) continue;
      const k = groups.findIndex((g, j) => !used.has(j) && (exact ? classes[j] === f.value || (f.value === 'date' && classes[j] === 'date') : takes(f.value, classes[j]!, g[0]!.text)));
      if (k < 0) continue;
      // a group must not be taken out of order within its class
      used.add(k);
      f.values.push(...groups[k]!.map(asValue));
    }
  }
  const rest = groups.filter((_, j) => !used.has(j)).flat();
  return { rest, unpaired: groups.length !== takers.length && (rest.length > 0 || takers.some((f) => f.values.length === 0)), groups: groups.length };
}

/** Labels of people over fewer value lines than they are, one of them run on: each label its run of the people, or null. */
function alignedRunOn(labels: readonly FrontPageField[], values: readonly Piece[]): { takers: FrontPageField[]; runs: Piece[][][] } | null {
  const takers = runTakers(labels);
  if (takers.length < 2 || linesOf(values).length >= takers.length) return null;
  const lines = runOnEntries(takers, values);
  const runs = lines ? alignLines(takers, lines, true) : null;
  return runs ? { takers, runs } : null;
}

/**
 * One value line fewer than labels, and the line under the adjusters' label holding the names
 * and then the adjusting's place and date (`Erik Malm och Anna Holm Socialkontoret 2025-04-25`):
 * that line cut in two, so that each label has its line.
 */
function withNamesCut(takers: readonly FrontPageField[], values: readonly Piece[]): readonly Piece[] {
  const byLine = linesOf(values);
  if (byLine.length !== takers.length - 1 || groupsOf(values).length !== 1) return values;
  const k = takers.findIndex((f, j) => f.field === 'adjusters' && takers[j + 1]?.field === 'adjustedAt');
  const line = byLine[k];
  const cut = line?.length === 1 ? splitNamesThenPlace(line[0]!) : null;
  if (!cut) return values;
  const at = values.indexOf(line![0]!);
  return [...values.slice(0, at), ...cut, ...values.slice(at + 1)];
}

// the names a row may hold beyond one a label (`Justerande` over two adjusters, or three)
const MAX_EXTRA_NAMES = 2;

/**
 * Signer labels side by side (`Ordförande   Justerande`) over a row of more names than labels
 * (`Anna Ek   Per Ås   Lars Berg`): each label takes the name in its place, and the one
 * label that may stand for several, the adjusters', takes the extra names.
 */
function signersWithExtraNames(takers: readonly FrontPageField[], values: readonly Piece[]): { names: Piece[][]; used: number } | null {
  const n = takers.length;
  if (n < 2 || !takers.every((f) => SIGNER_FIELDS.has(f.field))) return null;
  const plural = takers.findIndex((f) => f.field === 'adjusters');
  if (plural < 0 || takers.findIndex((f, k) => k > plural && f.field === 'adjusters') >= 0) return null;
  const row = linesOf(values)[0] ?? [];
  const extra = row.length - n;
  if (extra < 1 || extra > MAX_EXTRA_NAMES || !row.every((p) => classOf(p.text) === 'persons' && NAMES_ONLY.test(p.text) && !/,|\soch\s/u.test(p.text))) return null;
  const names = takers.map((_, k) => (k < plural ? [row[k]!] : k === plural ? row.slice(k, k + 1 + extra) : [row[k + extra]!]));
  return { names, used: row.length };
}

/** Pieces grouped where a new group starts (after a blank line, a rule or a leader). */
export function groupsOf(pieces: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of pieces) {
    if (p.groupStart || out.length === 0) out.push([p]);
    else out[out.length - 1]!.push(p);
  }
  return out;
}

function linesOf(pieces: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last[0]!.at === p.at) last.push(p);
    else out.push([p]);
  }
  return out;
}

const PARTY_CELL = new RegExp(`^\\(?(?:${alternation(PARTIES)})\\)?$`, 'iu');

/**
 * The piece at k goes on a list of people: it names somebody, an organisation heading the
 * people under it, a sub-heading (`Kommunerna:`), or it continues the entry above it.
 */
function continuesPersons(values: readonly Piece[], k: number): boolean {
  const p = values[k]!;
  if (reportsOpening(p.text)) return false;
  const cls = classOf(p.text);
  if (cls === 'persons') return true;
  if (k > 0 && values[k - 1]!.at === p.at) return true;
  // `Sand, Okke   S   Östby   Ja`, `Okke Sand   Norrby kommun`: a table's row whose next cell is a party's letters, or an
  // organisation that says the first cell is a name, names somebody in its first
  const next = values[k + 1];
  if (next !== undefined && next.at === p.at && (PARTY_CELL.test(next.text) || classOf(`${p.text}, ${next.text}`) === 'persons')) return true;
  if (/^[\p{Ll}(§\d[☐☒]/u.test(p.text)) return true;
  // `Lämnade mötet efter § 9` under the name it concerns
  if (k > 0 && isAttendanceRemark(p.text)) return true;
  // the marks of an attendance column printed after the names (`X, § 5 - § 6`), or after a name
  // whose given name the lexicon lacks (`Shirin Hedlund X`)
  if (markOnly(p.text) || crossedName(p.text)) return true;
  if (/^[\p{L} ]{2,40}:$/u.test(p.text)) return true;
  // `Anna` / `Per` / `Johan (FK)`: given names one a line, as notes list who came; `Vakant (SD)`, a seat nobody holds
  if (givenNameList(p.text, 1) !== null || isVacantSeat(p.text)) return true;
  // the list's last name, whose given name the lexicon does not know (`Xiomara Hedlund`), after the others
  if (k + 1 === values.length && k > 0 && nameShaped(p.text)) return true;
  // (or among them, in their column: `Ryszard Nowicki` between `Anna Berg` and `Per Ek`)
  if (amongNames(values, k)) return true;
  // (or the last word of the name above, wrapped in a narrow column: `Karl-Johan Lindqvist` / `Holmberg (M)`)
  if (wrapsAt(values, k)) return true;
  // `Försäkringskassan`, `Region Skåne`: an organisation over its people, or a single name; `Ordförandena i
  // kommunstyrelserna` under `Yttranderätt:`: a few words that say who the people under them are
  return (ORGANISATION_OVER.test(p.text) || GROUP_OVER.test(p.text)) && k + 1 < values.length && classOf(values[k + 1]!.text) === 'persons';
}
const ORGANISATION_OVER = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u;
const GROUP_OVER = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}[\p{Ll}-]*){1,5}$/u;
