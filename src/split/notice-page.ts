// The notice page that Swedish-language Finnish and Åland minutes print after their front page
// (`KALLELSE   Utfärdat den 2.2.2026`, or `KALLELSESIDA`, over the meeting's time and place and
// the points of the meeting), before the §§ that take those points up: the minutes' own page,
// no notice of its own. Its kind's word opens it and its points follow the page's header lines.
// A web transcript may print the notice first instead, a document of its own, and the minutes' front page after
// its points (`Protokollssida …`, `STYRELSEN PROTOKOLL Nr 6 …`, or untitled: `Nr. 21` / `Plats och tid …`).
import { MINUTES_FRONT_PAGE_LABELS, MINUTES_ONLY_FRONT_PAGE_LABELS, NOTICE_ISSUED_LABELS } from '../lexicon/sv.js';
import type { Line } from '../text/line.js';
import { isBlank, nextContent } from '../text/line.js';
import { recogniseItemHeader, type ItemHeader, type NumberingStyle } from '../text/numbering.js';
import { alternation, opensLikeTwo } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';
import { listsLaterItems, type KindTitle } from './titles.js';
import { issuedSubject, mayHoldIssuedLabel } from './letterhead-title.js';

// how many lines of its own header (`Sammanträdestid`, `Sammanträdesplats`, `Ärendets nr   Ärende`) stand over its points
const HEADER_LINES = 6;

/**
 * Where the points of a notice page titled at line i end, when its first point comes back as a § further on
 * (the minutes' own page, read before their first §); else -1.
 */
export function ownNoticePageEnd(lines: readonly Line[], i: number, title: KindTitle): number {
  if (title.kind !== 'notice') return -1;
  const points = pointsUnder(lines, i);
  // (the first point, its heading written out again over its § further on)
  return points !== null && (listsLaterItems(lines, points.first - 1) || headsLaterParagraph(lines, points.end, points.number)) ? points.end : -1;
}

/**
 * Where the points of the notice page titled at line i end (one past the last), the page bound right after the minutes'
 * front page whatever follows it; else -1.
 */
export function boundNoticePageEnd(lines: readonly Line[], i: number): number {
  return pointsUnder(lines, i)?.end ?? -1;
}

/** The numbered points under the page's header lines, from the title at line i: the first's line and number, and one past the last's line. */
function pointsUnder(lines: readonly Line[], i: number): { first: number; number: number; end: number } | null {
  let k = i;
  for (let seen = 0; seen <= HEADER_LINES; seen++) {
    k = nextContent(lines, k + 1);
    if (k < 0) return null;
    const point = pointOn(lines[k]!);
    if (point === null) continue;
    if (point.number === null || point.rest === '') return null;
    let end = k + 1;
    // (the points in the first one's style: the § pages after them open with the first point's § in another)
    for (let n = nextContent(lines, end); n >= 0 && pointOn(lines[n]!)?.style === point.style; n = nextContent(lines, n + 1)) end = n + 1;
    return { first: k, number: point.number, end };
  }
  return null;
}

// the label of the day a notice was issued (`Utfärdat den 2.2.2026`, `UTFÄRDAD`), written as a label: capitalised, after
// the kind's word, a column gap or nothing (not the verb of a sentence, `Kallelsen utfärdad …`, `… har utfärdats`)
const ISSUED_WORDS = NOTICE_ISSUED_LABELS.flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
const ISSUED_LABEL = new RegExp(`(?:^|\\s)(?:${alternation(ISSUED_WORDS)})(?![${ANY_LETTER}])`, 'u');
// how many content lines of the page's head (the letterhead's rows under the title) may hold it, and how far into each
// (a page run on in one line holds its head in its first words)
const ISSUED_HEAD_LINES = 3;
const ISSUED_HEAD_LENGTH = 120;


/**
 * The page whose title stands at line i is issued as a notice: the day of issue's label in its head, on the title's row
 * or one of the letterhead's rows under it (`ÖSTBY KOMMUN   PROTOKOLL   2` / `Kommunstyrelsen   Utfärdat den 2.2.2026`),
 * or after the notice it names, opening the title's row (`Kallelsen utfärdad den …`).
 * Åland's and Swedish-language Finnish minutes print their notice page in the minutes' template, the kind's word of
 * the letterhead (`PROTOKOLL`) over it as over every page: the label, not that word, says what the page is.
 */
export function issuedPageHead(lines: readonly Line[], i: number, rows = ISSUED_HEAD_LINES): boolean {
  for (let k = i, seen = 0; k >= 0 && seen < rows; k = nextContent(lines, k + 1), seen++) {
    const text = lines[k]!.text;
    if (mayHoldIssuedLabel(text) && (ISSUED_LABEL.test(text.length > ISSUED_HEAD_LENGTH ? text.slice(0, ISSUED_HEAD_LENGTH) : text) || (k === i && issuedSubject(lines[k]!.flat) !== null))) return true;
  }
  return false;
}

/** A line from `from` up to `to` opens with a label only a minutes' front page prints (`Paragrafer`, `Protokolljustering`). */
export function minutesOnlyLabelBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lines[k]!.flat !== '' && isMinutesOnlyLabel(lines[k]!.flat)) return true;
  return false;
}

// (a point cut out of the page's points run on in one line: `21 SAMMANTRÄDETS KONSTITUERANDE`, read only in such a run)
const CUT_POINT_STYLES = new Set<NumberingStyle>(['spaced']);
/** The point a line of the page's list heads: any trusted heading, or a number and a title cut out of a run-on line. */
const pointOn = (line: Line): ItemHeader | null => recogniseItemHeader(line) ?? (line.cutOut ? recogniseItemHeader(line, CUT_POINT_STYLES) : null);

// how far below the page's points the § of its first point may stand
const LATER_REACH = 400;

/** A § numbered as the page's first point (`§ 14`, `Kst 14`, or `14` read so) heads an item below the page's points (`14   Laglighet …` listed in a column). */
function headsLaterParagraph(lines: readonly Line[], from: number, number: number): boolean {
  const end = Math.min(lines.length, from + LATER_REACH);
  for (let j = from; j < end; j++) {
    const text = lines[j]!.text;
    // (a § heading opens with the sign, or with the organ's letters that stand for it: `Kst 21 …`)
    const c = text.charCodeAt(0);
    if (c !== 0xa7 && (c < 65 || c > 90)) continue;
    const h = recogniseItemHeader(lines[j]!);
    if (h !== null && h.style === 'paragraph' && h.number === number) return true;
  }
  return false;
}

const FRONT_PAGE_LABEL = new RegExp(`^(?:${alternation(MINUTES_FRONT_PAGE_LABELS)})(?![${ANY_LETTER}])`, 'iu');
// (the label's first two letters asked first)
const mayOpenFrontPageLabel = opensLikeTwo(MINUTES_FRONT_PAGE_LABELS);
// how far under the participants' heading the front page's `Paragrafer` or `Protokolljustering` stands
const FRONT_PAGE_REACH = 8;
// how many lines of the page (its title, its number, `Plats och tid`) stand over the participants' heading
const PAGE_HEAD_LINES = 4;

/**
 * The first line of the minutes' front page whose participants' heading stands at line i, after a notice's points:
 * a label only a front page prints follows within a few lines; the page begins after the blank line above the
 * heading (its title and time over it). -1 when no such label follows.
 */
export function minutesFrontPageStart(lines: readonly Line[], i: number): number {
  return frontPageLabelAfter(lines, i, isFrontPageLabel) ? pageTop(lines, i) : -1;
}

const isFrontPageLabel = (flat: string): boolean => mayOpenFrontPageLabel(flat) && FRONT_PAGE_LABEL.test(flat);
const MINUTES_ONLY_LABEL = new RegExp(`^(?:${alternation(MINUTES_ONLY_FRONT_PAGE_LABELS)})(?![${ANY_LETTER}])`, 'iu');
const mayOpenMinutesOnlyLabel = opensLikeTwo(MINUTES_ONLY_FRONT_PAGE_LABELS);
const isMinutesOnlyLabel = (flat: string): boolean => mayOpenMinutesOnlyLabel(flat) && MINUTES_ONLY_LABEL.test(flat);

/**
 * The participants' heading at line i heads the minutes' front page by a label only minutes print (`Paragrafer`,
 * `Underskrifter`, `Protokolljustering`) within a few lines: minutes whatever their title (a notice's template,
 * `SAMMANTRÄDESKALLELSE`, over the minutes' front page).
 */
export const headsMinutesOnlyFrontPage = (lines: readonly Line[], i: number): boolean => frontPageLabelAfter(lines, i, isMinutesOnlyLabel);

/** A line within FRONT_PAGE_REACH content lines under line i passes the label's test. */
function frontPageLabelAfter(lines: readonly Line[], i: number, isLabel: (flat: string) => boolean): boolean {
  let k = i;
  for (let seen = 0; seen < FRONT_PAGE_REACH; seen++) {
    k = nextContent(lines, k + 1);
    if (k < 0) return false;
    const flat = lines[k]!.flat;
    // (a § heading ends the front page: `Protokolljustering äger rum …` under `§ 72 PROTOKOLLJUSTERING` is the §'s text)
    if (flat.charCodeAt(0) === 0xa7 && isParagraphHeading(lines[k]!)) return false;
    if (isLabel(flat)) return true;
  }
  return false;
}

const isParagraphHeading = (line: Line): boolean => recogniseItemHeader(line)?.style === 'paragraph';

/**
 * The line after the blank line above line i, or the line a page of the source starts at (a transcript's pages
 * run on with no blank between them, each on a line of its own after its number, or flattened onto one line: the first
 * piece cut out of it), within PAGE_HEAD_LINES; else i itself.
 */
function pageTop(lines: readonly Line[], i: number): number {
  if (opensPage(lines, i)) return i;
  for (let k = i - 1; k >= 0 && k >= i - PAGE_HEAD_LINES; k--) {
    if (isBlank(lines[k]!)) return k + 1;
    if (opensPage(lines, k)) return k;
  }
  return i;
}

/** A page of the source starts at line k, or a line of the source flattened from a page (`2 Protokollssida …`) does. */
const opensPage = (lines: readonly Line[], k: number): boolean => lines[k]!.pageStart || (lines[k]!.cutOut && k > 0 && lines[k - 1]!.no !== lines[k]!.no);
