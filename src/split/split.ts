// Stage 3: one file → several documents. A file exported from a förbund's archive often
// holds a kallelse, the protokoll, and the appendices after them (seed 004), or minutes
// followed by an e-signing certificate (seed 002). A document starts at
// - a kind keyword (`PROTOKOLL`, `KALLELSE`), unless it repeats the current title as a
//   running page header, or the current document has nothing but a date yet;
// - a certificate heading (`Certification`), which then runs to the end;
// - a letter's greeting, or a heading-like line after a gap or page break, once the
//   current document has closed (its closing item or signatures seen) or is itself `other`.
// A PDF outline dump at the very end is not a document; it is returned apart.
import { CLOSING_TITLE_WORDS, SIGNATURE_LABELS } from '../lexicon/sv.js';
import type { DocumentKind } from '../schema/result.js';
import { blanksBefore, collapse, isBlank, nextContent, type Line } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { alternation } from '../text/patterns.js';
import { isCertificateTitle, isGreeting, isHeadingLike, kindHeading, kindTitle, namesOtherDocument } from './titles.js';

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
}

export interface Split {
  documents: DocumentSpan[];
  /** Index where a trailing PDF outline starts (lines.length when none). */
  outlineStart: number;
}

const CLOSING = new RegExp(`(?<![\\p{L}])(?:${alternation(CLOSING_TITLE_WORDS)})(?![\\p{L}])`, 'iu');
// a line of signature labels only (`Vid protokollet`, `Justeras   Ordförande`), not a
// sentence that starts with `Ordförande …`
const SIGNATURE_OPENER = new RegExp(`^(?:${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))})(?:\\s+(?:${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))}))*[\\s:.]*$`, 'iu');
const GAP = 3;
// a document with this few content lines is still its own preamble (a date, a year)
const PREAMBLE_LINES = 3;
// a document has a body: a heading needs this many lines of the current one before it
const MIN_BODY_LINES = 3;

interface Current extends DocumentSpan {
  content: number;
  items: number;
  closed: boolean;
  /** The closing item's title line; the document may end after it. */
  closesAt: number;
  lastContent: number;
}

export function splitDocuments(lines: readonly Line[]): Split {
  const outlineStart = findOutline(lines);
  const documents: DocumentSpan[] = [];
  let cur: Current | null = null;

  const open = (i: number, patch: Partial<DocumentSpan>): Current => {
    if (cur) documents.push(finish(cur));
    return {
      start: i, end: i + 1, kind: null, titleLines: [], certificate: false, letter: false, other: false,
      content: 0, items: 0, closed: false, closesAt: -1, lastContent: i, ...patch,
    };
  };

  for (let i = 0; i < outlineStart; i++) {
    const line = lines[i]!;
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

    const title = kindTitle(line);
    if (title) {
      const titleLines = [i];
      // `KALLELSE` + `FÖREDRAGNINGSLISTA` on the next line is one title
      const n = nextContent(lines, i + 1, outlineStart);
      if (n > 0 && n - i <= 2 && kindTitle(lines[n]!)) titleLines.push(n);
      const joined = titleLines.map((k) => lines[k]!.flat).join(' ');
      if (!cur) {
        cur = open(i, { kind: title.kind, titleLines });
      } else if (cur.kind === null && cur.content <= PREAMBLE_LINES && cur.items === 0) {
        cur.kind = title.kind;
        cur.titleLines = titleLines;
      } else if (cur.kind === title.kind && !cur.closed && (cur.items === 0 || sameTitle(cur, lines, joined))) {
        // `KALLELSE` … `Föredragningslista` before any item, or a running header: one document
      } else {
        cur = open(i, { kind: title.kind, titleLines });
      }
      i = titleLines[titleLines.length - 1]!;
      cur.content += titleLines.length;
      cur.lastContent = i;
      continue;
    }

    if (!cur) {
      const heading = kindHeading(line);
      cur = open(i, heading ? { kind: heading.kind, titleLines: [i] } : {});
    } else if (cur.kind === null && cur.content < PREAMBLE_LINES && cur.items === 0 && kindHeading(line)) {
      cur.kind = kindHeading(line)!.kind;
      cur.titleLines = [i];
    } else if (!cur.certificate && cur.content >= MIN_BODY_LINES) {
      const mayEnd = cur.closed || cur.other;
      if (isCertificateTitle(line)) {
        cur = open(i, { titleLines: [i], certificate: true, other: true });
      } else if (mayEnd && gapBefore && isGreeting(line)) {
        cur = open(i, { letter: true, other: true });
      } else if (mayEnd && gapBefore && (isHeadingLike(line) || line.heading === 1)) {
        const heading = kindHeading(line);
        cur = open(i, heading ? { kind: heading.kind, titleLines: [i] } : { titleLines: [i], other: true });
      } else if (gapBefore && cur.items > 0 && !titleOfPrevious(lines, i)) {
        // `Protokoll från styrelsemöte 2023-03-15` after a kallelse, `Bilaga 1` after minutes
        const heading = kindHeading(line);
        if (heading) cur = open(i, { kind: heading.kind, titleLines: [i] });
        else if (namesOtherDocument(line)) cur = open(i, { titleLines: [i], other: true });
      }
    }

    cur.content++;
    cur.lastContent = i;
    const header = recogniseItemHeader(line, ITEM_STYLES);
    if (header && !cur.other) {
      cur.items++;
      const titleAt = header.rest === '' ? nextContent(lines, i + 1, outlineStart) : i;
      if (titleAt >= 0 && CLOSING.test(lines[titleAt]!.text)) cur.closesAt = titleAt;
    } else if (cur.items > 0 && !cur.other && SIGNATURE_OPENER.test(line.flat) && signatureFollows(lines, i)) {
      cur.closed = true;
    }
  }
  if (cur) documents.push(finish(cur));
  return { documents, outlineStart };
}

// the item styles that are trusted before the items stage has chosen one
const ITEM_STYLES = new Set(['paragraph', 'agenda', 'bare', 'tabbed'] as const);

/** The line is the title of an item whose number stands alone on the line before (`§ 12` / `Protokoll …`). */
function titleOfPrevious(lines: readonly Line[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isBlank(lines[p]!)) p--;
  return p >= 0 && recogniseItemHeader(lines[p]!)?.rest === '';
}

function finish(cur: Current): DocumentSpan {
  return {
    start: cur.start,
    end: cur.lastContent + 1,
    kind: cur.kind,
    titleLines: cur.titleLines,
    certificate: cur.certificate,
    letter: cur.letter,
    other: cur.other,
  };
}

const titleKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function sameTitle(cur: Current, lines: readonly Line[], title: string): boolean {
  const current = cur.titleLines.map((k) => lines[k]!.text).join(' ');
  return titleKey(current) === titleKey(title);
}

/** A signature rule or leader within the next three lines (or on this one). */
function signatureFollows(lines: readonly Line[], i: number): boolean {
  for (let k = i; k < Math.min(lines.length, i + 4); k++) if (lines[k]!.rule || lines[k]!.leader) return true;
  return false;
}

/**
 * A trailing block where every content line starts with a tab and some name a PDF file:
 * the bookmark outline pdftotext-style extractors append.
 */
function findOutline(lines: readonly Line[]): number {
  let start = lines.length;
  let pdfs = 0;
  let count = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (!line.tabbed) break;
    start = i;
    count++;
    if (/\.pdf$/i.test(line.text)) pdfs++;
  }
  return count >= 3 && pdfs >= 1 ? start : lines.length;
}
