// What a line under or around a heading is: a sentence, a body heading, a decision, a group heading.
import { DECISION, INLINE_BODY_LABELS, TITLE_LINK_WORDS } from '../../lexicon/sv.js';
import type { ItemType } from '../../schema/result.js';
import { collapse, isBlank, type Line } from '../../text/line.js';
import { alternation, GENITIVE_NAME } from '../../text/patterns.js';
import { isCapitalsHeading, readSectionHeading } from '../../text/section-heading.js';
import { ANY_LETTER, HOLDS_LOWER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const SECTION_LENGTH = 60;
// a subtitle under an item's title is at most this long
export const SUBTITLE_LENGTH = 80;
export const SUB_ITEM = /^([a-h])[.)]\s(.*)$/u;
export const DECIMAL_SUB_ITEM = /^(\d{1,3})\.(\d{1,2})\.?\s(.*)$/u;
// `1.a Protokolljusterare`, `2 a) Budget`, `2a. Budget`: the parent's number and a letter
export const NUMBERED_LETTER_SUB_ITEM = /^(\d{1,3})[.\s]?([a-h])[.)]?\s(.*)$/u;

export const ENDS_SENTENCE = /[.!?:]$/;
// `Kommunstyrelsens förslag till kommunfullmäktige`, `Beslut`, `Ärendebeskrivning`: the
// body's first heading under a § that has no title of its own
export const BODY_HEADING = new RegExp(
  `^(?:(?:${GENITIVE_NAME}\\s+)?(?:beslut|förslag(?:\\s+till\\s+(?:${alternation(DECISION.proposalTargets)}|[${LOWER_LETTER}]*(?:${alternation(DECISION.proposalTargetEndings)})))?)|${alternation(DECISION.subheadings)})\\s*:?$`,
  'iu',
);
// `§ 5` / `Information`: a sub-heading that titles whole points too
export const TITLE_TOO = new RegExp(`^(?:${alternation(DECISION.subheadingTitles)})$`, 'iu');

// `Föredragande: Karin Ström`, `Bilagor: 1–3`: a label of the body with its colon, no part of a title
export const BODY_LABEL = new RegExp(`^(?:${alternation(INLINE_BODY_LABELS)})\\s*:`, 'iu');
// `Direktionen beslutar` / `att godkänna …`, `Styrelsen beslutar att:`: the body's decision, no title
const DECIDE_LINE = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${ANY_LETTER}-]+){0,3}\\s+(?:${alternation(DECISION.decideVerbs)})(?:\\s+(?:att|följande))?\\s*:?$`, 'u');
export const opensDecision = (text: string): boolean => /^att\s/u.test(text) || (text.includes('eslu') && DECIDE_LINE.test(text));
const ENDS_ON_LINK = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(TITLE_LINK_WORDS)})$`, 'iu');
// (asked of the last word alone: the words hold no space, and on a whole title the pattern is tried at every place)
export const endsOnLink = (text: string): boolean => ENDS_ON_LINK.test(text.slice(text.lastIndexOf(' ') + 1));
// a whole sentence, not a heading: five words or more ending in a full stop
export const isSentence = (text: string): boolean => /[.!?]$/.test(text) && text.split(' ').length >= 5;

/** The section a heading line names, with the type it implies, or null. */
export function sectionOf(text: string): { section: string; type: ItemType | null } | null {
  // a group heading is a few words
  if (text.length > SECTION_LENGTH) return null;
  return readSectionHeading(collapse(text));
}

/**
 * A group heading in capitals right under a point whose title is not in capitals (`2. Tid för justering` / `EKONOMI` /
 * `3. Budget`): the section of the points after it, no wrapped rest of the title; null for other lines.
 */
export function capitalsSectionUnder(title: string, text: string): { section: string; type: ItemType | null } | null {
  if (text.length > SECTION_LENGTH || !isCapitalsHeading(text) || !HOLDS_LOWER.test(title)) return null;
  return { section: text, type: null };
}

export const titleKeyOf = (t: string): string => t.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/** The group heading on the content line right above `at`, if that is one. */
export function sectionAbove(lines: readonly Line[], at: number, start: number): { section: string; type: ItemType | null } | null {
  let p = at - 1;
  while (p >= start && isBlank(lines[p]!)) p--;
  return p >= start && at - p <= 2 ? sectionOf(lines[p]!.text) : null;
}

/** Move an exclusive end back over trailing blank lines. */
export function trimEnd(lines: readonly Line[], start: number, end: number): number {
  let e = end;
  while (e > start + 1 && isBlank(lines[e - 1]!) && !lines[e - 1]!.rule) e--;
  return e;
}
