// A group heading that items stand under (`Beslutsärenden`, `Övriga beslutsärenden`,
// `Sekretessärenden`, `Remisser:`): the lexicon's headings, or any kind of `ärenden`.
import { SECTION_HEADINGS, SECTION_NOUN, SECTION_QUALIFIERS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';
import { ANY_LETTER } from './letters.js';

export type SectionType = (typeof SECTION_HEADINGS)[number]['type'];

// (the heading's noun in group 1: its type is the listed word's, whatever qualifier stands before it)
// (`A. Beslutsärenden`, `B) Informationsärenden`: a letter marking the group, no part of its name)
const MARK = /^[A-H][.)]\s{1,3}/u;
const SECTION = new RegExp(`^(?:(?:${alternation(SECTION_QUALIFIERS)})\\s+)?(${alternation(SECTION_HEADINGS.flatMap((s) => s.words))}|[${ANY_LETTER}]{2,}${SECTION_NOUN})[.:]?$`, 'iu');
const TYPES = new Map<string, SectionType>(SECTION_HEADINGS.flatMap((s) => s.words.map((w) => [w, s.type] as const)));

/** The heading as written (without its closing colon) and the type its noun implies; null when the text is none. */
export function readSectionHeading(text: string): { section: string; type: SectionType } | null {
  const mark = MARK.exec(text);
  const named = mark ? text.slice(mark[0].length) : text;
  const m = SECTION.exec(named);
  if (!m) return null;
  return { section: named.replace(/[.:]$/u, ''), type: TYPES.get(m[1]!.toLowerCase().replace(/\s+/gu, ' ')) ?? null };
}
