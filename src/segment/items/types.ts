// The shapes the item segmenter hands on: items, their sub-items and pages, and the layout of a document.
import type { ItemType, Warning } from '../../schema/result.js';
import type { ItemHeader, NumberingStyle } from '../../text/numbering.js';

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

export interface Candidate {
  at: number;
  header: ItemHeader;
}
