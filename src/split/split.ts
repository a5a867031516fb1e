// Stage 3: one file → several documents. A file exported from a förbund's archive often
// holds a kallelse, the protokoll, and the appendices after them (seed 004), or minutes
// followed by an e-signing certificate (seed 002), or several minutes joined. A document
// starts at
// - a kind keyword (`PROTOKOLL`, `KALLELSE`), unless it repeats the current title as a
//   running page header, or the current document has nothing but a date yet;
// - one of DOCUMENT_STARTS: a certificate heading (the certificate then runs to the next
//   meeting or the end), a letter's greeting or a heading-like line after a gap once the
//   current document has closed (its closing item or signatures seen) or is `other`, a
//   meeting header after another meeting's items, an appendix heading after items.
// A form feed alone is no gap: pages break inside documents too. PDF outline dumps are
// no document; they are returned apart.
import { APPENDIX_HEADINGS, CLOSING_TITLE_WORDS, HEADER_LABELS, KIND_TITLE_GOES_ON, KIND_TITLES, TITLE_LINK_WORDS, POSTING_BLOCK_HEADINGS, PRESENCE_HEADINGS, ROLE_HEADINGS, SIGNATURE_LABELS, SURE_SIGNATURE_LABELS } from '../lexicon/sv.js';
import type { DocumentKind } from '../schema/result.js';
import { blanksBefore, isBlank, nextContent, type Line } from '../text/line.js';
import { isSignerLabels, labelAt } from '../text/labels.js';
import { openersOfFile, recogniseItemHeader } from '../text/numbering.js';
import { contentsListEnd, endsInDigit } from '../text/contents.js';
import { namesFileLink } from '../text/file-name.js';
import { otherMeetingDate, sameMeetingDate } from '../text/meeting-date.js';
import { alternation, opensLike, opensLikeTwo } from '../text/patterns.js';
import { contentsPageOnly } from './contents-page.js';
import { opensTitlePage } from './title-page.js';
import { opensCasePaper, opensMailHeader } from './case-papers.js';
import { labelsRowSigned } from './labels-row-signed.js';
import { opensPaperWithContents } from './attachment-contents.js';
import { boundNoticePageEnd, issuedPageHead, minutesFrontPageStart, minutesOnlyLabelBetween, ownNoticePageEnd } from './notice-page.js';
import { headsContents, headsOwnAgenda, isCertificateTitle, isGreeting, isHeadingLike, kindHeading, kindTitle, looksLikeName, namesOtherDocument, runOnNoticeTitle, type KindTitle } from './titles.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, OPENS_UPPER, UPPER_LETTER } from '../text/letters.js';

export interface DocumentSpan {
  /** Index of the first and one past the last line of the document. */
  start: number;
  end: number;
  /** The kind its title names, when it has such a title. */
  kind: DocumentKind | null;
  /** Indices of the title lines. */
  titleLines: number[];
  certificate: boolean;
  letter: boolean;
  /** Opened by something other than a kind keyword: a heading, a greeting, a certificate. */
  other: boolean;
  /** Lines within it that are a document of their own (the notice page minutes print before their §§): none of its items. */
  apart?: { start: number; end: number }[];
}

export interface Split {
  documents: DocumentSpan[];
  /** Indices of the lines of PDF outlines (bookmark lists), which belong to no document. */
  outline: number[];
  /** A sharing site's preview: the opening of a document the file holds in full further on. */
  previews: DocumentSpan[];
}

const CLOSING = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(CLOSING_TITLE_WORDS)})(?![${ANY_LETTER}])`, 'iu');
const GAP = 3;
// how far a heading-like line looks ahead for a meeting's header
const MEETING_LOOKAHEAD = 12;
const opening = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})(?![${ANY_LETTER}])`, 'iu');
const KIND_OPENING = opening([...KIND_TITLES.minutes, ...KIND_TITLES.notice, ...KIND_TITLES.notes]);
const ROLE_OPENING = opening(ROLE_HEADINGS.flatMap((r) => r.words));
// `Närvarande`, `Frånvarande`: who was at the meeting, told by its record only
const PRESENCE_OPENING = opening(PRESENCE_HEADINGS);
const mayOpenPresence = opensLikeTwo(PRESENCE_HEADINGS);
// (the heading's first two letters asked first: most lines open otherwise)
const mayOpenRole = opensLikeTwo(ROLE_HEADINGS.flatMap((r) => r.words));
// a header label opening its line, not the word ending a wrapped sentence (`… avgöras i` / `dag.`)
const labelled = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})(?![${ANY_LETTER}])(?!\\s*\\.$)`, 'iu');
const DATE_LABEL = labelled(HEADER_LABELS.date);
const HEADER_LABEL = labelled([...HEADER_LABELS.date, ...HEADER_LABELS.organ, ...HEADER_LABELS.place]);
/** A meeting header's label (`Datum`, `Plats`), not a longer one it starts (`Dag för justering`). */
// (the label's first two letters asked first: most lines open otherwise)
const mayOpenHeaderLabel = opensLikeTwo([...HEADER_LABELS.date, ...HEADER_LABELS.organ, ...HEADER_LABELS.place]);
const isHeaderLabel = (text: string): boolean => mayOpenHeaderLabel(text) && HEADER_LABEL.test(text) && meetingLabel(text);
/** No longer label of another field starts the line (a label in lower case, `dag`, is read as written). */
const meetingLabel = (text: string): boolean => {
  const field = labelAt(text)?.field;
  return field === undefined || MEETING_LABELS.has(field);
};
const MEETING_LABELS = new Set<string>(['date', 'time', 'place', 'organ', 'placeAndTime', 'dateAndTime']);
// a document with this few content lines is still its own preamble (a date, a year)
const PREAMBLE_LINES = 3;
// a meeting's header above its title: the organisation, the meeting and its day, `Tid:`, `Plats:`, `Organ:`
const HEADER_ABOVE_LINES = 8;
const HEADER_ABOVE_LINE_LENGTH = 80;
/**
 * The current document, no kind and no item yet, holds only a meeting's header before line `end`: a few short lines,
 * none a sentence, one of them at least a header's label (`Tid:`, `Plats:`, `Datum`). Under them the title opens nothing new.
 */
function meetingHeaderOnly(lines: readonly Line[], cur: Current, end: number): boolean {
  if (cur.other || cur.certificate || cur.letter || cur.content > HEADER_ABOVE_LINES) return false;
  let labels = 0;
  for (let k = cur.start; k < end; k++) {
    const flat = lines[k]!.flat;
    if (flat === '') continue;
    if (flat.length > HEADER_ABOVE_LINE_LENGTH || ENDS_SENTENCE.test(flat)) return false;
    if (isHeaderLabel(flat)) labels++;
  }
  return labels > 0;
}
/**
 * The current document holds no more than a transcript site's header (the document's name, who shared it, the views)
 * over the first page, whose run-on line opens with the title cut out of it (`SAMMANTRÄDESKALLELSE Sammanträdestid …`):
 * the title is that document's.
 */
const siteHeaderOnly = (cur: Current, line: Line, title: KindTitle): boolean =>
  title.cut === true && line.pageStart && !cur.other && cur.content <= HEADER_ABOVE_LINES;
// a full stop after a word (`… senast fredag.`), not after an abbreviation's letter or a number (`kl.`, `Storgatan 4.`)
const ENDS_SENTENCE = new RegExp(`(?<=[${ANY_LETTER}]{3})[.!?]$`, 'u');
// a document has a body: a heading needs this many lines of the current one before it
const MIN_BODY_LINES = 3;

interface Current extends DocumentSpan {
  content: number;
  items: number;
  closed: boolean;
  /** The closing item's title line; the document may end after it. */
  closesAt: number;
  lastContent: number;
  /** The number and style of its last item heading. */
  lastItem: { number: number | null; style: string } | null;
  /** Untitled, it has said who was present (`Närvarande: …`), as only a record does. */
  present: boolean;
}

/** The kind's heading of the line at `i`, unless it links a paper (`Protokoll` over a site's list of files). */
function headingAt(lines: readonly Line[], i: number): ReturnType<typeof kindHeading> {
  const heading = kindHeading(lines[i]!);
  return heading !== null && namesFileLink(lines, i) ? null : heading;
}

export function splitDocuments(lines: readonly Line[]): Split {
  const outline = findOutlines(lines);
  const openers = openersOfFile(lines);
  const documents: DocumentSpan[] = [];
  // the notice pages printed inside minutes, documents of their own within the minutes' lines
  const noticePages: DocumentSpan[] = [];
  let cur: Current | null = null;
  const at: At = { lines, i: 0, line: lines[0]!, blanks: 0, gap: false };

  const open = (i: number, patch: Partial<DocumentSpan>): Current => {
    if (cur) documents.push(finish(cur));
    return {
      start: i, end: i + 1, kind: null, titleLines: [], certificate: false, letter: false, other: false,
      content: 0, items: 0, closed: false, closesAt: -1, lastContent: i, lastItem: null, present: false, ...patch,
    };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (outline[i] === 1) continue;
    if (isBlank(line)) {
      // a closing rule (`---`) still belongs to the document above it
      if (line.rule && cur) cur.lastContent = i;
      continue;
    }
    if (cur && cur.closesAt >= 0 && i > cur.closesAt) cur.closed = true;
    // a gap: three blank lines, or the end of a PDF page that an extractor marked with the
    // page's link dump (`mailto:…`); a form feed alone is no gap (pages break inside documents)
    const blanks = blanksBefore(lines, i);
    const gapBefore = blanks >= GAP || (blanks >= 1 && lines[i - blanks - 1]?.link === true);

    // (`Protokoll (pdf-fil, 108 kB)`, `Protokoll` over a site's file list: a link to a paper, no title of one)
    // (or, atop the page after an untitled front page, a notice's title run on with the page: `ÖSTBY KOMMUN KOMMUNSTYRELSEN
    // FÖREDRAGNINGSLISTA Nr 7/26 Tid …`, the notice page bound after the minutes' front page)
    const found = kindTitle(line) ?? (cur !== null && cur.kind === null && cur.items === 0 && atPageHead(lines, i) ? runOnNoticeTitle(line) : null);
    const named = found !== null && namesFileLink(lines, i) ? null : found;
    // (the minutes' word of a letterhead over a page issued as a notice, `PROTOKOLL` / `Utfärdat den …`: a notice's title)
    const issued = named !== null && named.kind !== 'notes' && issuedPageHead(lines, i);
    const title = issued && named.kind === 'minutes' ? { ...named, kind: 'notice' as const } : named;
    // (a notice's own title atop the page after an untitled front page that prints what only minutes print,
    // `Paragrafer`, `Protokolljustering`: the notice of the same meeting bound after the minutes' front page, as a page
    // issued as a notice is)
    // (not a contents heading over entries that end in their pages, `Ärendelista` / `11 Dnr … Information... 3`: the minutes' own list)
    const noticeAfterFront =
      title !== null && title.kind === 'notice' && !issued && cur !== null && cur.kind === null && atPageHead(lines, i) && minutesOnlyLabelBetween(lines, cur.start, i) && !headsContents(lines, i);
    const asIssued = issued || noticeAfterFront;
    // `Dagordning` over the points of the minutes or notes it stands in, their §§ or points further on: a list that
    // counts no items (nor closes the document at its `Mötets avslutande`)
    const ownAgenda = title !== null && cur !== null && (cur.kind === 'minutes' || cur.kind === 'notes') && cur.items === 0 && headsOwnAgenda(lines, i, title);
    // (and the notice page that Finnish and Åland minutes print after their front page, its own header over the points)
    // (minutes titled, or, under a page issued as a notice, a front page no title named that prints a label only minutes
    // print: `Paragrafer`, `Protokolljustering`)
    // (or a page issued as a notice whose letterhead's row the page furniture took, the running head over every page: the
    // label on the page's first row left is all that is left of its title)
    const headless =
      title === null && cur !== null && cur.items === 0 && (cur.kind === 'minutes' || cur.kind === null) && opensPageAt(lines, i) && issuedPageHead(lines, i, 1) &&
      (cur.kind === 'minutes' || minutesOnlyLabelBetween(lines, cur.start, i));
    const pageTitle = headless ? ISSUED_PAGE : title;
    const ownPageEnd =
      pageTitle !== null && cur !== null && !ownAgenda && cur.items === 0 && (cur.kind === 'minutes' || (cur.kind === null && (asIssued || headless) && minutesOnlyLabelBetween(lines, cur.start, i)))
        ? ownNoticePageEnd(lines, i, pageTitle)
        : -1;
    // (the notice bound after an untitled front page, its points read to their end whether the §§ after them name them or
    // the transcript cuts them: a notice of its own beside the minutes, which go on after it)
    const pageEnd = ownPageEnd < 0 && noticeAfterFront && !ownAgenda ? boundNoticePageEnd(lines, i) : ownPageEnd;
    if (headless && ownPageEnd < 0 && cur !== null) {
      // (cut off after its points: a notice of its own after the minutes' front page, under no title)
      cur = open(i, { kind: 'notice' });
      cur.content++;
      continue;
    }
    if ((ownAgenda || pageEnd > i) && cur !== null) {
      const listEnd = ownAgenda ? pointsEnd(lines, i) : pageEnd;
      // (the notice page is a notice all the same, issued before the meeting: a document of its own beside the minutes,
      // which go on after it, their §§ taking its points up)
      if (!ownAgenda) {
        const page = noticePage(lines, i, pageEnd, headless ? [] : [i]);
        noticePages.push(page);
        (cur.apart ??= []).push({ start: page.start, end: page.end });
      }
      cur.content += listEnd - i;
      cur.lastContent = listEnd - 1;
      i = listEnd - 1;
      continue;
    }
    // `Ärendelista` over the table of contents of the minutes it stands in titles no notice
    // (nor does `Dagordning` under a lone `§ 14`: that §'s title)
    // (nor does a heading of a kind under an untitled record's list of who was present, `Närvarande: …` / `Kallelse till
    // årsmöte` over what the meeting decided about it, where no meeting's frame of its own follows: one of its points)
    // (the frame asked only of a heading of a kind, in such a record; a heading atop a page is a page's own title, as the
    // notice page Finnish minutes print after their untitled front page)
    const inRecord = cur !== null && cur.kind === null && cur.present && !atPageHead(lines, i);
    if (
      title &&
      !(inRecord && !opensTitlePage(lines, [i])) &&
      !(cur !== null && (cur.kind !== null || cur.content > PREAMBLE_LINES) && cur.items === 0 && headsContents(lines, i)) &&
      !(cur !== null && cur.items > 0 && (titleOfPrevious(lines, i) || sentenceGoesOn(lines, i)))
    ) {
      const titleLines = [i];
      // `KALLELSE` + `FÖREDRAGNINGSLISTA` on the next line is one title
      const n = nextContent(lines, i + 1);
      if (n > 0 && n - i <= 2 && kindTitle(lines[n]!)) titleLines.push(n);
      const joined = titleLines.map((k) => lines[k]!.flat).join(' ');
      if (!cur) {
        cur = open(i, { kind: title.kind, titleLines });
      } else if (cur.kind === null && cur.items === 0 && (cur.content <= PREAMBLE_LINES || meetingHeaderOnly(lines, cur, i) || siteHeaderOnly(cur, line, title))) {
        // (the meeting's header written over the title is the document's own, from its first line: `Styrelsemöte 2025-03-05` / `Tid: …` / `Plats: …` / `Protokoll nr 2`)
        cur.kind = title.kind;
        cur.titleLines = titleLines;
      } else if (cur.kind === title.kind && cur.items > 0 && otherMeetingDate(lines, cur.titleLines, titleLines)) {
        // `PROTOKOLLSUTDRAG` over another meeting's date: extracts of two meetings joined, not a running header
        // (with the letterhead line right above the title: `Tallviks kommun` / `Kommunstyrelsen  Protokoll`)
        const from = letterheadAbove(lines, i);
        if (from < i) cur.lastContent = Math.min(cur.lastContent, from - 1);
        cur = open(from, { kind: title.kind, titleLines });
      } else if (cur.kind === title.kind && !cur.closed && (cur.items === 0 || sameTitle(cur, lines, joined) || sameMeetingDate(lines, cur.titleLines, titleLines))) {
        // `KALLELSE` … `Föredragningslista` before any item, or a running header: one document
        // (also in other words than the first page's title, over the same date: `PROTOKOLL` / `Styrelsemöte
        // 2025-03-12` … `SAMMANTRÄDESPROTOKOLL` / `Sammanträdesdatum 2025-03-12` at the top of page 2)
      } else if (
        cur.kind === null && noHeadingYet(cur) && !cur.other && line.pageStart && frontPageAbove(lines, cur.start, i) &&
        !(asIssued && minutesOnlyLabelBetween(lines, cur.start, i))
      ) {
        // an untitled front page (`Plats och tid …` / `Beslutande …`), then the kind's word atop the next page
        // (`2 2 SAMMANTRÄDESPROTOKOLL`, the running head a transcript's page starts with): the same document's kind
        // (but a page issued as a notice after a front page that prints what only minutes print, `Paragrafer`: a notice of its own)
        cur.kind = title.kind;
        cur.titleLines = titleLines;
      } else if (cur.kind === title.kind && itemNext(lines, titleLines[titleLines.length - 1]!, cur)) {
        // a page's header (`HÖGSBY KOMMUN  PROTOKOLL  2007-01-08`) over the next § of the same
        // minutes, though the page before it was signed: a new document would open with its front page
        cur.closed = false;
      } else if (cur.kind === null && title.kind === 'minutes' && line.pageStart && contentsPageOnly(lines, cur.start, i)) {
        // the minutes' table of contents on a page of its own, then their title atop the next page: one document
        cur.kind = title.kind;
        cur.titleLines = titleLines;
      } else if (
        (cur.kind === 'minutes' || cur.kind === 'notes') && title.kind !== cur.kind && !cur.closed && (cur.items > 0 || !gapBefore) && !opensTitlePage(lines, titleLines) && !underPageHead(lines, i)
      ) {
        // a heading of another kind inside minutes or notes (`Dagordning` over the agenda they followed, `Kallelse` in a
        // §'s text), no meeting's frame under it: theirs, no title page of another document (a gap after a front page
        // with no § yet still parts them: the list under it is no point of theirs)
      } else {
        cur = open(i, { kind: title.kind, titleLines });
      }
      i = titleLines[titleLines.length - 1]!;
      cur.content += titleLines.length;
      cur.lastContent = i;
      continue;
    }

    // a table of contents before the items: its entries (`§ 21 Val av justerare ..... 2`) count no items
    if (cur && cur.items === 0 && mayOpenContents(line)) {
      const listEnd = contentsListEnd(lines, i, Math.min(lines.length, i + CONTENTS_REACH));
      if (listEnd > i) {
        cur.content += listEnd - i;
        cur.lastContent = listEnd - 1;
        i = listEnd - 1;
        continue;
      }
    }
    const header = openers[i] === 1 ? recogniseItemHeader(line, ITEM_STYLES) : null;
    if (!cur) {
      const heading = headingAt(lines, i);
      cur = open(i, heading ? { kind: heading.kind, titleLines: [i] } : {});
    } else if (cur.kind === null && cur.content < PREAMBLE_LINES && cur.items === 0 && headingAt(lines, i) && !(inRecord && !opensTitlePage(lines, [i]))) {
      cur.kind = kindHeading(line)!.kind;
      cur.titleLines = [i];
    } else if (header && continuesItems(cur, header)) {
      // the next § after a signed one (minutes that sign every §, a page each): the same minutes
      cur.closed = false;
    } else {
      // (one At for the file, its fields set for each line that gets here: most lines of a file, and an object
      // and a closure built for each were a good part of the stage's allocations)
      at.i = i;
      at.line = line;
      at.blanks = blanks;
      at.gap = gapBefore;
      const start = opensDocument(cur, at);
      // (a start above the line, the page's head over a front page's participants: those lines are the new document's)
      if (start?.start !== undefined && start.start < i) cur.lastContent = Math.min(cur.lastContent, start.start - 1);
      if (start) cur = open(i, start);
    }

    cur.content++;
    cur.lastContent = i;
    if (cur.kind === null && !cur.present && mayOpenPresence(line.flat) && PRESENCE_OPENING.test(line.flat)) cur.present = true;
    // a lone number counts only when it counts items (`1`, or the next one): else it is a page number
    const counts = header !== null && (header.style !== 'bare' || header.number === 1 || continuesItems(cur, header));
    if (header && counts && !cur.other) {
      cur.items++;
      cur.lastItem = { number: header.number, style: header.style };
      const titleAt = header.rest === '' ? nextContent(lines, i + 1) : i;
      if (titleAt >= 0 && CLOSING.test(lines[titleAt]!.text)) cur.closesAt = titleAt;
    } else if (cur.items > 0 && !cur.other && isSignerLabels(line.flat) && (signatureFollows(lines, i) || signedWithoutRule(lines, i) || labelsRowSigned(lines, i))) {
      cur.closed = true;
    }
  }
  if (cur) documents.push(finish(cur));
  // (each after the minutes it stands in: in the order their first lines come)
  if (noticePages.length) {
    documents.push(...noticePages);
    documents.sort((a, b) => a.start - b.start);
  }
  // (a preview is repeated by a later document: one document alone has none; an outline marks lines only where there are tabs)
  const previews = documents.length < 2 ? [] : findPreviews(lines, documents);
  return {
    // a lone page number or count before the first document (`9`) is no document
    documents: documents.filter((d) => !previews.includes(d) && hasWords(lines, d)),
    outline: outline === NO_OUTLINE ? [] : marked(outline),
    previews,
  };
}

/**
 * The notice page titled at line `i`, its points ending before line `end`; on a transcript's page run on in one line,
 * to the end of that line: its signer and its posting under the points (`Lillö den 28.4.2026 Elin Vikström, ordf` /
 * `Denna möteskallelse har anslagits …`).
 */
function noticePage(lines: readonly Line[], i: number, end: number, titleLines: number[]): DocumentSpan {
  let last = end - 1;
  const page = lines[last]!.no;
  for (let k = end; k < lines.length && lines[k]!.cutOut && lines[k]!.no === page; k++) last = k;
  return { start: i, end: last + 1, kind: 'notice', titleLines, certificate: false, letter: false, other: false };
}

// the title a page issued as a notice has where its letterhead's row was taken as page furniture
const ISSUED_PAGE: KindTitle = { kind: 'notice', text: '' };

/** Line i is the first content of a page: the page starts at it, or at the blank lines right above it (furniture taken). */
function opensPageAt(lines: readonly Line[], i: number): boolean {
  if (lines[i]!.pageStart) return true;
  for (let k = i - 1; k >= 0 && isBlank(lines[k]!); k--) if (lines[k]!.pageStart) return true;
  return false;
}

/**
 * Line i heads a page: the page opens at it, or it is the piece a transcript's run-on page cut out right after the
 * page's first, a letterhead's short row (`ÖSTBY KOMMUN KOMMUNSTYRELSEN` / `FÖREDRAGNINGSLISTA Nr 7/26 Tid …`).
 */
// how many short lines of a page's running head may stand above a heading that opens the page
const PAGE_HEAD_LINES = 5;
/** The line at `i` opens its page under at most a few short lines of the page's running head (`REGIONEN` / `Chefsgruppen` / …). */
function underPageHead(lines: readonly Line[], i: number): boolean {
  for (let k = i, seen = 0; k >= 0 && seen <= PAGE_HEAD_LINES; k--) {
    const line = lines[k]!;
    if (line.pageStart) return true;
    if (isBlank(line)) continue;
    if (k < i && line.flat.length > LETTERHEAD_LENGTH) return false;
    seen++;
  }
  return false;
}

function atPageHead(lines: readonly Line[], i: number): boolean {
  if (opensPageAt(lines, i)) return true;
  const line = lines[i]!;
  const above = lines[i - 1];
  return line.cutOut && above !== undefined && above.pageStart && above.no === line.no && above.flat.length <= LETTERHEAD_LENGTH;
}

/** One past the last line of the numbered points right under the heading at line `i` (blank lines between them kept). */
function pointsEnd(lines: readonly Line[], i: number): number {
  let end = i + 1;
  for (let k = nextContent(lines, i + 1); k >= 0 && recogniseItemHeader(lines[k]!) !== null; k = nextContent(lines, k + 1)) end = k + 1;
  return end;
}

// how many lines a table of contents may fill
const CONTENTS_REACH = 400;
// a contents heading is a short line, an entry ends in its page number
const mayOpenContents = (line: Line): boolean => line.flat.length <= 40 || endsInDigit(line.text);

// the item styles that are trusted before the items stage has chosen one
const ITEM_STYLES = new Set(['paragraph', 'agenda', 'bare', 'tabbed'] as const);

/** The heading numbers the item after the current document's last one, in the same style. */
const continuesItems = (cur: Current, header: { number: number | null; style: string }): boolean =>
  cur.lastItem !== null && cur.lastItem.number !== null && header.number === cur.lastItem.number + 1 && header.style === cur.lastItem.style;

// how many content lines after a title the next item's heading may stand (a date, the organ)
const ITEM_NEXT_REACH = 2;

// a letterhead's line is short
const LETTERHEAD_LENGTH = 60;

/** The line right above a title, set off by a blank line above it, that reads as a letterhead (`Tallviks kommun`): its index, else the title's. */
function letterheadAbove(lines: readonly Line[], i: number): number {
  const p = i - 1;
  if (p < 1 || isBlank(lines[p]!) || !isBlank(lines[p - 1]!)) return i;
  const t = lines[p]!.flat;
  return t.length <= LETTERHEAD_LENGTH && OPENS_UPPER.test(t) && !/[.!?:,;]$/u.test(t) && !recogniseItemHeader(lines[p]!) ? p : i;
}

/** One of the next content lines after line `i` heads the current document's next item. */
function itemNext(lines: readonly Line[], i: number, cur: Current, reach = ITEM_NEXT_REACH): boolean {
  for (let k = i, n = 0; n < reach; n++) {
    k = nextContent(lines, k + 1);
    if (k < 0) return false;
    const header = recogniseItemHeader(lines[k]!, ITEM_STYLES);
    // (or the next part of the last one: `KS § 3 b` after `KS § 3 a`)
    if (header) return continuesItems(cur, header) || (header.label !== null && header.number === cur.lastItem?.number && header.style === cur.lastItem.style);
  }
  return false;
}

/** Where a line stands: the lines around it and the gap before it. */
interface At {
  lines: readonly Line[];
  i: number;
  line: Line;
  /** Blank lines right before it. */
  blanks: number;
  /** Three blank lines, or a page's link dump and a blank line, before it. */
  gap: boolean;
}

/**
 * The ways a line without a kind keyword opens a new document, in the order they are
 * tried: a small recogniser each, `applies` to the document it would end and `opens`
 * saying what the new one is (or null, to decline after all).
 */
interface DocumentStart {
  name: string;
  applies(cur: Current, at: At): boolean;
  opens(at: At): Partial<DocumentSpan> | null;
}

/** A kind heading opens that kind; else the document is `other` (or a meeting by its header). */
const titled = (at: At, otherwise: Partial<DocumentSpan> | null): Partial<DocumentSpan> | null => {
  const heading = kindHeading(at.line);
  return heading ? { kind: heading.kind, titleLines: [at.i] } : otherwise;
};
/** A document may end once it has a body and is not a certificate (which runs to its file's end). */
const hasBody = (cur: Current): boolean => !cur.certificate && cur.content >= MIN_BODY_LINES;
const mayEnd = (cur: Current): boolean => hasBody(cur) && (cur.closed || cur.other);

const DOCUMENT_STARTS: readonly DocumentStart[] = [
  {
    // a certificate runs to the end of its file; where files are joined, the next meeting ends it
    name: 'meeting after a certificate',
    applies: (cur, at) => cur.certificate && (isHeaderLabel(at.line.flat) || kindHeading(at.line) !== null) && meetingAhead(at.lines, at.i),
    opens: (at) => titled(at, {}),
  },
  {
    name: 'e-signing certificate',
    applies: (cur, at) => hasBody(cur) && isCertificateTitle(at.line),
    opens: (at) => ({ titleLines: [at.i], certificate: true, other: true }),
  },
  {
    name: 'letter',
    applies: (cur, at) => mayEnd(cur) && at.gap && isGreeting(at.line),
    opens: () => ({ letter: true, other: true }),
  },
  {
    // minutes that open without a title (`Datum: 230531` / `Protokoll fört vid …`) are a meeting too
    name: 'heading after a closed document',
    applies: (cur, at) => mayEnd(cur) && at.gap && (isHeadingLike(at.line) || at.line.heading === 1) && !signsOff(at.line),
    opens: (at) => titled(at, meetingAhead(at.lines, at.i) ? {} : { titleLines: [at.i], other: true }),
  },
  {
    // a web transcript's notice, then the minutes' front page after its points (`Protokollssida …`, or untitled, `Nr. 21` /
    // `Plats och tid …`): its participants' heading with `Paragrafer` or `Protokolljustering` under it opens the minutes
    name: 'minutes front page after a notice',
    // (the current document's own fields asked first, a notice's or a document's with points: most lines stand in minutes)
    applies: (cur, at) => (cur.kind === 'notice' || (cur.kind === null && cur.items > 0)) && !cur.other && hasBody(cur) && mayOpenRole(at.line.flat) && frontPageAfterNotice(cur, at) >= 0,
    // (minutes, titled or not: `KALLELSE OCH BESLUTFÖRHET`, their first §'s title, names no notice)
    opens: (at) => {
      const from = minutesFrontPageStart(at.lines, at.i);
      return { start: from, kind: 'minutes', titleLines: kindHeading(at.lines[from]!)?.kind === 'minutes' ? [from] : [] };
    },
  },
  {
    // another meeting's header after this one's items: minutes joined into one file (not a page's
    // header, `Sammanträdesdatum` / `2007-01-08` / `KS § 2`, right over the next § of these minutes)
    name: 'header after items',
    applies: (cur, at) => hasBody(cur) && at.blanks >= 1 && cur.items > 0 && isHeaderLabel(at.line.flat) && meetingAhead(at.lines, at.i) && !itemNext(at.lines, at.i, cur),
    opens: () => ({}),
  },
  {
    // `Bilaga 1` on a line of its own after signed minutes, or `Bilaga till protokoll § 5` after the last §
    // (a blank line before it, no gap): the appendix's own content, not the last §'s text nor lost after the signatures
    // (but not where a § of the same minutes follows: minutes that sign every page go on after it)
    name: 'appendix after the minutes',
    applies: (cur, at) => hasBody(cur) && cur.items > 0 && at.blanks >= 1 && !cur.other && isAppendixHeading(at.line) && (cur.closed || APPENDED_TO.test(at.line.flat)) && !itemAfter(at.lines, at.i, cur),
    opens: (at) => ({ titleLines: [at.i], other: true }),
  },
  {
    // `TJÄNSTESKRIVELSE` at the top of a page after a notice's points, or after signed minutes: the case's papers sent
    // with them (a form feed alone is no gap, but a page that such a title opens starts a document of its own)
    name: 'other document on a new page after items',
    applies: (cur, at) =>
      hasBody(cur) && cur.items > 0 && !cur.other && at.line.pageStart && (cur.kind === 'notice' || cur.closed) && namesOtherDocument(at.line) && !itemAfter(at.lines, at.i, cur),
    opens: (at) => ({ titleLines: [at.i], other: true }),
  },
  {
    // a forwarded e-mail (`Från:` / `Skickat:` / `Till:` / `Ämne:`) or a case paper (`Tjänsteskrivelse` / `Datum …` /
    // `Diarienummer …`) after a notice's points or signed minutes: the case's papers sent with them, documents of their own
    // (not where an item of the same document follows: an e-mail quoted inside a §)
    name: 'case paper after items',
    applies: (cur, at) =>
      hasBody(cur) && cur.items > 0 && !cur.other && at.blanks >= 1 && (cur.kind === 'notice' || cur.closed) &&
      (opensMailHeader(at.lines, at.i) || opensCasePaper(at.lines, at.i)) && !itemAfter(at.lines, at.i, cur),
    // (an e-mail's head names its sender, no title)
    opens: (at) => ({ titleLines: opensCasePaper(at.lines, at.i) ? [at.i] : [], other: true }),
  },
  {
    // a report, an utredning or a PM after a notice's points or signed minutes, with a head of its own over its table of
    // contents (`Tjänsteskrivelse` / `2023-09-20` / `Dnr …` / `Översyn av …` / `Innehållsförteckning` / `1 Bakgrund .... 3`):
    // a document of its own, whose contents' entries are no points of the notice
    name: 'paper with its own contents after items',
    applies: (cur, at) =>
      hasBody(cur) && cur.items > 0 && !cur.other && at.blanks >= 1 && (cur.kind === 'notice' || cur.closed) && opensPaperWithContents(at.lines, at.i) && !itemNext(at.lines, at.i, cur),
    opens: (at) => ({ titleLines: [at.i], other: true }),
  },
  {
    // `Östby kommun PROTOKOLL Sida 1(8)`: a letterhead flattened with its page counter at page one, after this
    // document's items, opens the next document of the file (the same letterhead at `Sida 2(8)` is a page's head)
    name: 'letterhead of a first page after items',
    applies: (cur, at) => hasBody(cur) && cur.items > 0 && !cur.other && countsFirstPage(at.line.flat) && kindHeading(at.line) !== null && !itemNext(at.lines, at.i, cur, FIRST_PAGE_REACH),
    opens: (at) => titled(at, {}),
  },
  {
    // `Protokoll från styrelsemöte 2023-03-15` after a kallelse, `Bilaga 1` after minutes
    name: 'kind or appendix heading after items',
    applies: (cur, at) => hasBody(cur) && at.gap && cur.items > 0 && !titleOfPrevious(at.lines, at.i),
    opens: (at) => titled(at, namesOtherDocument(at.line) ? { titleLines: [at.i], other: true } : null),
  },
];

// `… Sida 1(8)`, `… 1 (8)`, `… Sida 1 av 8`: a page counter at page one ending the line
const FIRST_PAGE = /\s(?:[Ss]ida\s)?1\s?[([]\d{1,3}[)\]]$|\s[Ss]ida\s1\s(?:av|\/)\s\d{1,3}$/u;
// (no match is longer: ` Sida 1 av 123`)
const FIRST_PAGE_LENGTH = 14;
// (a counter ends on its bracket or a digit: most lines are passed by before the pattern; and the pattern, which ends at
// the line's end and looks behind nothing, reads only the characters a match can take, not every place of a § body's lines)
const countsFirstPage = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  return (c === 41 || c === 93 || (c >= 48 && c <= 57)) && FIRST_PAGE.test(text.length > FIRST_PAGE_LENGTH ? text.slice(-FIRST_PAGE_LENGTH) : text);
};
// how many lines under such a letterhead the current document's next § may stand (the organ, the date, a blank)
const FIRST_PAGE_REACH = 4;

// `Bilaga 1`, `Bilaga B:`, `Bilaga 2 Verksamhetsplan 2026`, `Bilaga till protokoll § 5`: a short line, no sentence
const APPENDIX = new RegExp(`^(?:${alternation(APPENDIX_HEADINGS)})(?:\\s+(?:\\d{1,2}[a-z]?|[${UPPER_LETTER}])(?=[\\s:.]|$)|\\s+till\\s)`, 'iu');
const APPENDED_TO = /\still\s+(?:protokoll|§|paragraf)/iu;
const APPENDIX_LENGTH = 80;
const SENTENCE_END = new RegExp(`[${LOWER_LETTER}]\\.(?:\\s[${UPPER_LETTER}]|$)`, 'u');
// (the heading's word opens the line: a line whose first letter opens none is passed by before the pattern)
const mayOpenAppendix = opensLike(APPENDIX_HEADINGS);
const isAppendixHeading = (line: Line): boolean => line.flat.length <= APPENDIX_LENGTH && mayOpenAppendix(line.flat) && APPENDIX.test(line.flat) && !SENTENCE_END.test(line.flat);

/** A heading of the current document's next item stands somewhere after line i (a `Bilaga` line inside the minutes, not after them). */
function itemAfter(lines: readonly Line[], i: number, cur: Current): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const header = lines[k]!.text === '' ? null : recogniseItemHeader(lines[k]!, ITEM_STYLES);
    if (header && continuesItems(cur, header)) return true;
  }
  return false;
}

/**
 * Where the minutes' front page whose participants' heading stands at the line begins, after the current document's
 * points (or, on a page of its own, after a titled notice whose points ran on in one line); else -1. The caller asks it
 * of a notice or of an untitled document with points only.
 */
function frontPageAfterNotice(cur: Current, at: At): number {
  if (!ROLE_OPENING.test(at.line.flat) || itemNext(at.lines, at.i, cur)) return -1;
  const from = minutesFrontPageStart(at.lines, at.i);
  return from > ownStart(at.lines, cur) && (cur.items > 0 || at.lines[from]!.pageStart) ? from : -1;
}

/**
 * The current document's first line of its own: past a sharing site's title of it above the wrapper (`-2, STST
 * 2016-03-14 16:00` / `Transkript`), a copy of the first words that opens no document (the page under it is the same
 * document's first, not one after it).
 */
function ownStart(lines: readonly Line[], cur: Current): number {
  let k = cur.start;
  while (k < cur.lastContent && (lines[k]!.siteTitle || isBlank(lines[k]!))) k++;
  return k;
}

/** What the first of DOCUMENT_STARTS that applies to the current document opens at the line, or null. */
function opensDocument(cur: Current, at: At): Partial<DocumentSpan> | null {
  for (const start of DOCUMENT_STARTS) if (start.applies(cur, at)) return start.opens(at);
  return null;
}

/**
 * The next lines read like a meeting's header: two of its signs, each on a line of its
 * own — a date label, the kind named, a participant heading, a `§`. (One alone is too
 * common: `Ledamöter i styrelsen:` in a list of elected members.)
 */
function meetingAhead(lines: readonly Line[], i: number): boolean {
  const signs = new Set<string>();
  for (let k = i, seen = 0; k < lines.length && seen < MEETING_LOOKAHEAD; k++) {
    const line = lines[k]!;
    if (isBlank(line)) continue;
    seen++;
    if (mayOpenHeaderLabel(line.flat) && DATE_LABEL.test(line.flat) && meetingLabel(line.flat)) signs.add('date');
    else if (KIND_OPENING.test(line.flat)) signs.add('kind');
    else if (ROLE_OPENING.test(line.flat)) signs.add('role');
    else if (recogniseItemHeader(line)?.style === 'paragraph') signs.add('§');
    if (signs.size >= 2) return true;
  }
  return false;
}

/** No item heading yet, but perhaps a lone `1` (the first page's number, which counts as a first item until more come). */
const noHeadingYet = (cur: Current): boolean => cur.items === 0 || (cur.items === 1 && cur.lastItem?.style === 'bare');

/** A line between `from` and `to` opens with a participants' heading or a meeting's label: a front page's. */
function frontPageAbove(lines: readonly Line[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const flat = lines[k]!.flat;
    if (flat !== '' && (ROLE_OPENING.test(flat) || isHeaderLabel(flat))) return true;
  }
  return false;
}

/**
 * The line runs on into the next in lower case (`Förslag till dagordning` / `godkändes med ett
 * tillägg.`): a sentence of the body wrapped after a kind's words, no title of a document.
 */
function sentenceGoesOn(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || !OPENS_LOWER.test(next.text)) return false;
  // (`Protokoll` / `fört vid sammanträde med styrelsen`: the title goes on)
  const word = /^\p{Ll}+/u.exec(next.text)![0];
  return !TITLE_GOES_ON.has(word);
}
const TITLE_GOES_ON = new Set<string>([...TITLE_LINK_WORDS, ...KIND_TITLE_GOES_ON]);

/** The line is the title of an item whose number stands alone on the line before (`§ 12` / `Protokoll …`). */
function titleOfPrevious(lines: readonly Line[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isBlank(lines[p]!)) p--;
  return p >= 0 && recogniseItemHeader(lines[p]!)?.rest === '';
}

// the words of the lines that sign a document off: its signers and the anslag after them
const SIGN_OFF = new RegExp(
  `(?<![${ANY_LETTER}])(?:${alternation([...SIGNATURE_LABELS.flatMap((s) => s.words), ...POSTING_BLOCK_HEADINGS, 'justerat', 'justeras', 'anslaget', 'anslag', 'protokollet'])})(?![${ANY_LETTER}])`,
  'iu',
);

/** `Carl Hedin, sekreterare`, `Ordförande: ____ Margareta Klint`: a signer of the document above, not a new one. */
const signsOff = (line: Line): boolean => SIGN_OFF.test(line.flat) && line.flat.length <= 80;

function finish(cur: Current): DocumentSpan {
  return {
    start: cur.start,
    end: cur.lastContent + 1,
    kind: cur.kind,
    titleLines: cur.titleLines,
    certificate: cur.certificate,
    letter: cur.letter,
    other: cur.other,
    ...(cur.apart ? { apart: cur.apart } : {}),
  };
}

const titleKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function sameTitle(cur: Current, lines: readonly Line[], title: string): boolean {
  const current = cur.titleLines.map((k) => lines[k]!.text).join(' ');
  return titleKey(current) === titleKey(title);
}

/** A signature rule or leader within the next three lines (or on this one). */
// `Vid protokollet`, `Justeras`: labels no line of a § is
const SURE_SIGNER_LABEL = new RegExp(`^(?:${alternation(SURE_SIGNATURE_LABELS)})[\\s:.]*$`, 'iu');

/** `Vid anteckningarna` / `Lisa Dahl`: a sure signer's label over a name, the signature's rule lost in the export. */
function signedWithoutRule(lines: readonly Line[], i: number): boolean {
  if (!SURE_SIGNER_LABEL.test(lines[i]!.flat)) return false;
  const n = nextContent(lines, i + 1);
  return n > 0 && n - i <= 2 && looksLikeName(lines[n]!.flat);
}

function signatureFollows(lines: readonly Line[], i: number): boolean {
  for (let k = i; k < Math.min(lines.length, i + 4); k++) if (lines[k]!.rule || lines[k]!.leader) return true;
  return false;
}

// the mask of a file without tabbed lines: it marks no line (every index past its end)
const NO_OUTLINE = new Uint8Array(0);

/**
 * Blocks where every content line starts with a tab and some name a PDF file: the
 * bookmark outline pdftotext-style extractors append after each file they extract
 * (at the end, or between files joined into one).
 */
function findOutlines(lines: readonly Line[]): Uint8Array {
  // (most files have no line that opens with a tab: no mask is made for them)
  if (!lines.some((l) => l.tabbed)) return NO_OUTLINE;
  const outline = new Uint8Array(lines.length);
  let start = -1;
  let last = -1;
  let count = 0;
  let pdfs = 0;
  const close = (): void => {
    if (start >= 0 && count >= 3 && pdfs >= 1) outline.fill(1, start, last + 1);
    start = -1;
    count = 0;
    pdfs = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (!line.tabbed) {
      close();
      continue;
    }
    if (start < 0) start = i;
    last = i;
    count++;
    if (/\.pdf$/i.test(line.text)) pdfs++;
  }
  close();
  return outline;
}

function hasWords(lines: readonly Line[], d: DocumentSpan): boolean {
  for (let i = d.start; i < d.end; i++) if (/\p{L}/u.test(lines[i]!.text)) return true;
  return false;
}

// how much of a document's opening must repeat for it to be a preview of a later one
const PREVIEW_KEY = 160;
// a preview is a good deal shorter than the document (a copy of the same length is a document of its own)
const PREVIEW_SHARE = 0.6;

/**
 * Documents that a later one repeats from its start (a sharing site's preview line before
 * its transcript): the same opening, and much less text than the later one.
 */
function findPreviews(lines: readonly Line[], documents: readonly DocumentSpan[]): DocumentSpan[] {
  const opening = (d: DocumentSpan): string => {
    let key = '';
    for (let i = d.start; i < d.end && key.length < PREVIEW_KEY; i++) key += lines[i]!.flat.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
    return key.slice(0, PREVIEW_KEY);
  };
  if (documents.length < 2) return [];
  const sizes = documents.map((d) => {
    let n = 0;
    for (let i = d.start; i < d.end; i++) n += lines[i]!.flat.length;
    return n;
  });
  // (an opening is read only for a document that a later, longer one may repeat: most have none)
  const keys: (string | undefined)[] = [];
  const keyAt = (k: number): string => (keys[k] ??= opening(documents[k]!));
  return documents.filter((_, k) => repeatedLater(k));
  /** A later document, long enough, opens as document k does (k's opening too short to tell ends the search). */
  function repeatedLater(k: number): boolean {
    for (let j = k + 1; j < documents.length; j++) {
      if (sizes[k]! > PREVIEW_SHARE * sizes[j]!) continue;
      if (keyAt(k).length < PREVIEW_KEY) return false;
      if (keyAt(j) === keyAt(k)) return true;
    }
    return false;
  }
}

/** The indices a mask marks (a loop: most files have no outline at all). */
function marked(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = mask.indexOf(1); i >= 0 && i < mask.length; i++) if (mask[i] === 1) out.push(i);
  return out;
}
