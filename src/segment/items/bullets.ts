// Points without numbers: bulleted agendas, timetables, and the opening formalities before point 1.
import { OPENING_POINTS } from '../../lexicon/sv.js';
import { isBlank, type Line } from '../../text/line.js';
import type { ItemSegment } from './types.js';
import { ENDS_SENTENCE, sectionOf, trimEnd } from './line-kinds.js';
import { UPPER_LETTER } from '../../text/letters.js';

// `• Title`, `- Title`, `– Title`, `▪ Title`: a bullet, a space, a capital
const BULLET = new RegExp(`^[•·▪○◦\\-–*]\\s+(?=[${UPPER_LETTER}"”(])(\\S.*)$`, 'u');
const isBulletMark = (c: number): boolean => c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25cb || c === 0x25e6 || c === 45 || c === 0x2013 || c === 42;
// `09.30–10.00 Information om …`, `13.00 Mötets öppnande`: a notice's timetable, each point after the hour
// (or slot) it takes, serves as a bullet
const TIME_SLOT = new RegExp(`^\\d{1,2}[.:]\\d\\d(?: ?[-–] ?\\d{1,2}[.:]\\d\\d)? {1,4}(?=[${UPPER_LETTER}"”(])(\\S.*)$`, 'u');
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
export function bulletItems(lines: readonly Line[], start: number, end: number, excluded: (i: number) => boolean): ItemSegment[] {
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const c = line.text.charCodeAt(0);
    if (excluded(i) || !(isBulletMark(c) || isDigit(c))) continue;
    const m = bulletRest(line.text);
    if (m && m[1]!.length <= BULLET_TITLE && !ENDS_SENTENCE.test(m[1]!)) at.push(i);
  }
  if (at.length < MIN_BULLETS) return [];
  return pointsAt(lines, at, end, excluded, 'bullet', (i) => bulletRest(lines[i]!.text)![1]!.trim());
}

/**
 * Points without numbers that open at the lines `at` (counted from 1 in turn): each runs to the next one, or to the
 * first excluded line before it, its title what `rest` reads on its line. (Bullets, lettered points, notes' headings.)
 */
export function pointsAt(
  lines: readonly Line[], at: readonly number[], end: number, excluded: (i: number) => boolean, form: string, rest: (i: number, k: number) => string,
): ItemSegment[] {
  return at.map((i, k) => {
    const next = at[k + 1] ?? end;
    let itemEnd = next;
    for (let j = i + 1; j < next; j++) {
      if (excluded(j)) {
        itemEnd = j;
        break;
      }
    }
    return unnumberedPoint({ style: 'bullet', number: k + 1, label: null, rest: rest(i, k), caseNumber: null, form }, i, trimEnd(lines, i, itemEnd));
  });
}

const OPENING = new Set<string>(OPENING_POINTS);
const openingKey = (t: string): string => t.toLowerCase().replace(/[.:]$/u, '').trim();
// a table row's first cell: up to its first column gap
const COLUMN_GAP = / {3,}|\t/u;
// the lines an opening row's last cell wraps onto (`Ordinarie: Eva Ek (S)` / `Ersättare: Bo Al (M)`)
const MAX_WRAPPED_CELL = 3;

/** An opening formality's table row: its first cell one (`Val av justerare      Ordinarie: Eva Ek (S)`), a cell beside it. */
function isOpeningRow(line: Line): boolean {
  // (the gap's own first look before the split: most lines have none)
  if (!line.text.includes('   ') && !line.text.includes('\t')) return false;
  const cells = line.text.split(COLUMN_GAP);
  return cells.length > 1 && OPENING.has(openingKey(cells[0]!));
}

/**
 * The points right above a list's first point, numbered 1, that have no number of their
 * own and name a meeting's opening formalities (`Mötets öppnande` / `Val av justerare` /
 * `1. Godkännande av dagordning`): items without a number, in order. A blank line between
 * them at most; a line not of the lexicon ends them. An agenda table's rows so named may
 * stand over a group heading row (`Information`) and have their last cell wrap onto a few
 * lines, which are the row's text.
 */
export function openingPoints(lines: readonly Line[], first: ItemSegment | undefined, start: number, excluded: (i: number) => boolean): ItemSegment[] {
  if (!first || first.header.number !== 1) return [];
  const found: number[] = [];
  // where the points end: point 1, or the group heading over it
  let end = first.at;
  // lines above that may be a row's wrapped cell, kept only when a row opens above them
  let wrapped = 0;
  for (let p = first.at - 1, blanks = 0; p >= start; p--) {
    const line = lines[p]!;
    if (isBlank(line)) {
      if (++blanks > 1 || wrapped > 0) break;
      continue;
    }
    blanks = 0;
    if (excluded(p) || line.flat.length > 60) break;
    if (OPENING.has(openingKey(line.flat))) {
      if (wrapped > 0) break;
      found.unshift(p);
    } else if (isOpeningRow(line)) {
      wrapped = 0;
      found.unshift(p);
    } else if (found.length === 0 && wrapped === 0 && end === first.at && sectionOf(line.flat) !== null) end = p;
    else if (++wrapped > MAX_WRAPPED_CELL) break;
  }
  // (a group heading over point 1 with no opening row above it is no end)
  if (found.length === 0) return [];
  return found.map((at, k) => {
    const line = lines[at]!;
    const cells = isOpeningRow(line) ? line.text.split(COLUMN_GAP) : null;
    const point = unnumberedPoint({ style: first.header.style, number: 0, label: null, rest: cells ? cells[0]! : line.flat, caseNumber: null, form: first.header.form }, at, trimEnd(lines, at, found[k + 1] ?? end));
    // (the row's other cells: what its title's line holds after the title)
    if (cells) point.runOn = cells.slice(1).join(' ');
    return point;
  });
}

/** A point of one line with no number of its own: its title is the header's text, its body the lines under it. */
export function unnumberedPoint(header: ItemSegment['header'], at: number, end: number): ItemSegment {
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
