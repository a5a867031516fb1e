// Stage 5: one document → its regions. Items first (they bound the header), then the
// signature blocks (strict inside item bodies), then items again cut at those blocks,
// then the participant lists in the header.
import type { Warning } from '../schema/result.js';
import type { DetectedDocument } from '../detect/kind.js';
import type { Line } from '../text/line.js';
import type { NumberingStyle } from '../text/numbering.js';
import { collapse } from '../text/line.js';
import { findContents, type Contents } from '../text/contents.js';
import { readFrontPage, type FieldValue, type FrontPage } from './frontpage/read.js';
import { findItems, type ItemLayout, type ItemSegment, type Range } from './items.js';
import { findParticipantGroups, roleOfHeading, type ParticipantGroup } from './participants.js';
import { findSignatureBlocks } from './signatures.js';

export interface Segmented extends DetectedDocument {
  /** From the document start to the first item. */
  header: Range;
  participantGroups: ParticipantGroup[];
  signatureBlocks: Range[];
  /** Tables of contents before the items (kept only to confirm the items' titles). */
  contents: Contents[];
  /** The header read as labels and their values. */
  frontPage: FrontPage;
  items: ItemSegment[];
  numbering: NumberingStyle | null;
  warnings: Warning[];
}

export function segment(lines: readonly Line[], doc: DetectedDocument): Segmented {
  const none = {
    header: { start: doc.start, end: doc.end }, participantGroups: [], signatureBlocks: [], contents: [],
    frontPage: { fields: [], preamble: [], warnings: [] }, items: [], numbering: null, warnings: [],
  };
  if (doc.kind === 'other') return { ...doc, ...none };
  const { contents, items: first } = itemsAndContents(lines, doc.start, doc.end);
  const bodies = first.items.map((it) => ({ start: it.at + 1, end: it.end }));
  const signatureBlocks = findSignatureBlocks(lines, doc.start, doc.end, bodies);
  // items are found again only when a signature block cuts into one of them
  const bodyLine = new Uint8Array(doc.end);
  for (const r of bodies) bodyLine.fill(1, r.start - 1, r.end);
  const cuts = signatureBlocks.some((b) => bodyLine.subarray(b.start, b.end).includes(1));
  const layout = cuts ? findItems(lines, doc.start, doc.end, [...signatureBlocks, ...contents]) : first;
  const headerEnd = layout.listedAt ?? layout.items[0]?.at ?? doc.end;
  completeTitles(layout.items, contents);
  const frontPage = readFrontPage(lines, doc.start, headerEnd, contents);
  const fromFront = participantGroupsOf(lines, frontPage);
  return {
    ...doc,
    header: { start: doc.start, end: headerEnd },
    participantGroups: fromFront.length ? fromFront : findParticipantGroups(lines, doc.start, headerEnd, [...signatureBlocks, ...contents]),
    signatureBlocks,
    contents,
    frontPage,
    items: layout.items,
    numbering: layout.style,
    warnings: [...layout.warnings, ...frontPage.warnings],
  };
}

/**
 * The items, with the tables of contents that stand before them set aside. A list that
 * looks like contents after the first item is part of a body (a list of documents with
 * page numbers), not a table of contents.
 */
function itemsAndContents(lines: readonly Line[], start: number, end: number): { contents: Contents[]; items: ItemLayout } {
  const found = findContents(lines, start, end);
  let items = findItems(lines, start, end, found);
  const firstItem = items.items[0]?.at ?? end;
  const contents = found.filter((c) => c.start < firstItem);
  if (contents.length < found.length) items = findItems(lines, start, end, contents);
  return { contents, items };
}

const titleKey = (s: string): string => collapse(s).toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/**
 * A title the contents list gives in full where the heading lost its end (wrapped onto a
 * line that reads as body text), or where the heading has none.
 */
function completeTitles(items: ItemSegment[], contents: readonly Contents[]): void {
  const byNumber = new Map<number, string>();
  for (const c of contents) for (const e of c.entries) if (e.number !== null && !byNumber.has(e.number)) byNumber.set(e.number, e.title);
  if (byNumber.size === 0) return;
  for (const it of items) {
    const listed = byNumber.get(it.header.number);
    if (!listed) continue;
    const own = titleKey(it.titleText);
    const full = titleKey(listed);
    if (own === '' || (full.startsWith(own) && full.length > own.length)) it.titleText = listed;
  }
}

/** The participant lists of the front page, under their headings. */
function participantGroupsOf(lines: readonly Line[], front: FrontPage): ParticipantGroup[] {
  return front.fields
    .filter((f) => f.field === 'participants' && f.values.length > 0)
    .map((f) => ({ label: f.label, role: roleOfHeading(f.label), at: f.at, entries: rowsOf(lines, f.values) }));
}

/** A field's values, one entry per line: the cells of a line stay one row (`Peter Vigren   Umeå kommun, ordförande`). */
function rowsOf(lines: readonly Line[], values: readonly FieldValue[]): { text: string; line: number }[] {
  const rows: { text: string; line: number; at: number }[] = [];
  for (const v of values) {
    const last = rows[rows.length - 1];
    if (last && last.at === v.at) last.text += `   ${v.text}`;
    else rows.push({ text: v.text, line: lines[v.at]!.no, at: v.at });
  }
  return rows.map(({ text, line }) => ({ text, line }));
}
