// Choosing the run of headings: the document's own form, counting up, references and repeated headings left out.
import { isBlank, type Line } from '../../text/line.js';
import type { ItemHeader, NumberingStyle } from '../../text/numbering.js';
import type { Candidate } from './types.js';
import { sectionAbove } from './line-kinds.js';
import { isAgendaHead } from './table-head.js';
import { ANY_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';
import { referenceOn } from './reference.js';
import { AGENDA_HEADINGS, KIND_TITLES } from '../../lexicon/sv.js';
import { kindTitle } from '../../split/titles.js';

// weak styles must count up by one (they also match lists and page numbers)
export const STRICT_STYLES = new Set<NumberingStyle>(['bare', 'tabbed', 'column', 'spaced']);
export const INCREASING_STYLES = new Set<NumberingStyle>(['agenda', 'punkt', 'roman', 'bare', 'tabbed', 'column', 'spaced']);

// how far a web agenda's published points may skip the numbers of those it leaves out (`4 …` / `6 …` / `11 …`)
const MAX_SKIP = 6;
/** The line is a paragraph of its own: a blank line (or none at all) before it and after it, or a case line under it. */
function setOff(lines: readonly Line[], i: number): boolean {
  const before = lines[i - 1];
  const after = lines[i + 1];
  return (before === undefined || isBlank(before)) && (after === undefined || isBlank(after) || referenceOn(after) !== null);
}
/**
 * `6 Ansökan om medel …` after `4 Svar på medborgarförslag …`, each a paragraph of its own or cut out of a flattened page
 * (a title's capital first): a web
 * agenda's points numbered with gaps where the points it does not publish stand, not a number in a body (`last` null:
 * the first point it publishes, `2 …` or `3 …`).
 */
export function skipsUnpublished(lines: readonly Line[], i: number, header: ItemHeader, last: Candidate | undefined): boolean {
  if (header.style !== 'spaced' || !OPENS_UPPER.test(header.rest) || !(setOff(lines, i) || lines[i]!.cutOut)) return false;
  const from = last?.header.number ?? 0;
  // (or, cut out of a flattened page, a point whose number a transcript lost before it: `42 BUDGET …` / `44 UPPFÖLJNING …`)
  return header.number > from && header.number - from <= MAX_SKIP && (last === undefined || setOff(lines, last.at) || lines[last.at]!.cutOut);
}

// `26 Protokolljusterare`: a lone number before a capitalised title, as the next lines of a run cut out of a flattened page
const COUNTED_NEXT = new RegExp(`^(\\d{1,3}) [${UPPER_LETTER}]`, 'u');
// how many points right under its first show that a run cut out of a flattened page counts on from there
const COUNTED_AFTER_FIRST = 2;
/**
 * `25 Konstatera laglighet …` / `26 Protokolljusterare` / `27 Föredragningslistan`: the first point of a run cut out of
 * one flattened line (a Finland-Swedish agenda page numbering its points as the §§ they will be, on from the year's
 * count), the next points on the lines right under it, each cut out of the same line.
 */
export function countsOnCutOut(lines: readonly Line[], i: number, header: ItemHeader): boolean {
  if (header.style !== 'spaced' || !lines[i]!.cutOut || !OPENS_UPPER.test(header.rest)) return false;
  // (not the points of a notice page the minutes print under its own title, `KALLELSE` / `Tid och plats: …` / `66 …`,
  // cut out of the same line: the notice reads them as its own, the minutes' §§ stand further on)
  for (let k = i - 1; k >= 0 && k >= i - PAGE_PIECES && lines[k]!.no === lines[i]!.no; k--) if (kindTitle(lines[k]!)?.kind === 'notice') return false;
  // (not a contents list's entries, each title ending in its page: `24 FÖRSÄLJNING AV … (BILAGA) 3` / `25 … 5`)
  let paged = ENDS_IN_PAGE.test(lines[i]!.text);
  for (let k = 1; k <= COUNTED_AFTER_FIRST; k++) {
    const next = lines[i + k];
    const m = next?.cutOut && next.no === lines[i]!.no ? COUNTED_NEXT.exec(next.text) : null;
    if (m === null || Number(m[1]) !== header.number + k) return false;
    paged &&= ENDS_IN_PAGE.test(next!.text);
  }
  return !paged;
}
// how many pieces of one run-on page are looked back over for its title
const PAGE_PIECES = 60;
// how many numbers after a first one that is not 1 show a list of points written a line each (a page's number never
// stands on the next line after another)
const LISTED_AFTER_FIRST = 3;
/**
 * `2 Sammanträdets öppnande` / `3 Upprop` / `4 Val av protokolljusterare` / `5 …`: a web agenda's points numbered on
 * from a point it does not show, one a line, each the next number with a capitalised title on the very next line (no
 * title ending in a page's number: a contents list's entries).
 */
export function countsOnLines(lines: readonly Line[], i: number, header: ItemHeader): boolean {
  if (header.style !== 'spaced' || !OPENS_UPPER.test(header.rest) || ENDS_IN_PAGE.test(lines[i]!.text)) return false;
  for (let k = 1; k <= LISTED_AFTER_FIRST; k++) {
    const next = lines[i + k];
    const m = next === undefined ? null : COUNTED_NEXT.exec(next.text);
    if (m === null || Number(m[1]) !== header.number + k || ENDS_IN_PAGE.test(next!.text)) return false;
  }
  return true;
}
// a title and its page after it (`… Simhall 7`, `… (BILAGA) 3`): a contents entry's end
const ENDS_IN_PAGE = new RegExp(`[${ANY_LETTER})] \\d{1,3}$`, 'u');

/** `22 b …` after `22 a …` (or `22 a …` after `22 …`): the next letter under the same number, a point lettered under it. */
const lettersOn = (last: ItemHeader, header: ItemHeader): boolean =>
  header.label !== null && header.label.length === 1 && header.label.charCodeAt(0) === (last.label === null ? 97 : last.label.charCodeAt(0) + 1);
/**
 * The heading goes on from the run's last under the same number: the next letter (`22 a …` / `22 b …`), or the
 * number itself after points lettered under it and none of its own yet (`9 a Månadsrapport` / `9 Ansökan …`, a point
 * added before the one it was lettered after).
 */
export function continuesNumber(run: readonly Candidate[], header: ItemHeader): boolean {
  const last = run[run.length - 1]!.header;
  if (header.number !== last.number) return false;
  if (header.label !== null) return lettersOn(last, header);
  for (let k = run.length - 1; k >= 0 && run[k]!.header.number === header.number; k--) if (run[k]!.header.label === null) return false;
  return true;
}

// a run of lone numbers without a table head: at least this long
export const MIN_BARE_RUN = 3;
// numbers with nothing to say they are items (no §, no dot): lone, or in a column of their own
export const LONE_STYLES = new Set<NumberingStyle>(['bare', 'column', 'spaced']);
// how far a § may jump away from its neighbours before it reads as a reference
const REFERENCE_JUMP = 10;
// how near the top of a page a repeated heading stands
const PAGE_TOP_LINES = 4;

/**
 * A § far out of an increasing run (`§ 8`, `KS § 437 06-12-13`, `§ 9`) is a reference to
 * another meeting's paragraph written at a line start, not a heading of this one.
 */
export function dropReferences(run: Candidate[]): void {
  for (let k = run.length - 2; k >= 1; k--) {
    const [prev, cur, next] = [run[k - 1]!.header.number, run[k]!.header.number, run[k + 1]!.header.number];
    if (next >= prev && next - prev <= 2 && Math.abs(cur - prev) > REFERENCE_JUMP) run.splice(k, 1);
  }
}

/**
 * A heading's form as the document writes it: a § the PDF lost (`31 Dnr KS 2024/14`) is the
 * same form as one it kept (`§ 31 Dnr …`, a page before), not another way of writing headings.
 */
export const formKey = (form: string): string => (form.endsWith(' lost') ? form.slice(0, -5) : form);

/** The way most candidates write their heading. */
export function dominantForm(found: readonly Candidate[]): string | undefined {
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
export function repeatsHeading(lines: readonly Line[], i: number, rest: string, previous: string): boolean {
  const key = (t: string): string => t.toLowerCase().replace(/\(?forts(?:\.|ättning)?\)?/gu, '').replace(/[^\p{L}\d]+/gu, ' ').trim();
  if (rest !== '') return key(rest) === key(previous) || key(rest) === '';
  for (let k = i, seen = 0; k >= 0 && seen < PAGE_TOP_LINES; k--) {
    if (lines[k]!.pageBreak) return true;
    if (!isBlank(lines[k]!)) seen++;
  }
  return false;
}

// the styles of a list whose groups may each count from 1 (a § counts on through the minutes)
const GROUP_STYLES = new Set<NumberingStyle>(['agenda', 'punkt', 'roman']);

/**
 * Point 1 again right under a group heading, after a point of another number, in a list whose
 * first point (at `first`) stands under a group heading too: each group counts its points from 1.
 */
export function restartsGroup(lines: readonly Line[], at: number, first: number, start: number, header: ItemHeader, last: ItemHeader): boolean {
  return header.number === 1 && last.number > 1 && GROUP_STYLES.has(header.style) && sectionAbove(lines, at, start) !== null && sectionAbove(lines, first, start) !== null;
}

// an agenda's own heading over its points (`Föredragningslista`, `Dagordning:`, `Förslag till dagordning`)
const AGENDA_HEADING = new Set<string>([...KIND_TITLES.notice, ...AGENDA_HEADINGS]);
const isAgendaHeading = (flat: string): boolean => flat.length <= 40 && AGENDA_HEADING.has(flat.replace(/:$/u, '').toLowerCase());

/**
 * Bare and tabbed numbering must start at 1 or right under a `§§ Ärenden` table head (or `Nr   Ärende   Dnr   Handläggare`),
 * or an agenda's heading (`Föredragningslista` / `14 Val av justerare`: points numbered on from the year's count).
 */
export function isFirstOfTable(lines: readonly Line[], i: number, start: number): boolean {
  if (lines[i]!.cutOut && underNoticeTitle(lines, i, start)) return true;
  for (let k = i - 1; k >= start && k >= i - 6; k--) {
    if (isBlank(lines[k]!)) continue;
    return /^(?:§§?|nr|punkt)?\s*ärenden?$/iu.test(lines[k]!.flat) || /^§§/.test(lines[k]!.text) || isAgendaHead(lines[k]!) || isAgendaHeading(lines[k]!.flat);
  }
  return false;
}

// how many lines of its own header (`Tid och plats: …`, `Sammanträdestid …`) a notice page prints between its title and its first point
const NOTICE_HEADER_LINES = 4;
/**
 * The line, cut out of a transcript's run-on page, stands a few lines under the notice's own title that opens the
 * document (`KALLELSE` / `Tid och plats: …` / `66 SAMMANTRÄDETS KONSTITUERANDE`): the page's first point, numbered on
 * from the year's count. (Not so in the minutes the page stands in: their points are their §§ further on.)
 */
const underNoticeTitle = (lines: readonly Line[], i: number, start: number): boolean =>
  i - start <= NOTICE_HEADER_LINES && kindTitle(lines[start]!)?.kind === 'notice';
