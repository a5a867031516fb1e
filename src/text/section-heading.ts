// A group heading that items stand under (`Beslutsärenden`, `Övriga beslutsärenden`,
// `Sekretessärenden`, `Remisser:`): the lexicon's headings, or any kind of `ärenden`.
import { SECTION_HEADINGS, SECTION_JOINERS, SECTION_NOUN, SECTION_QUALIFIERS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';
import { ANY_LETTER, UPPER_LETTER } from './letters.js';

// a group heading in capitals (`EKONOMI`, `INDIVID OCH FAMILJ`): one to five words, one of six letters at least (no
// abbreviation: `LSS`, `KSAU`); on its own (a line) or ending a text (the words before a point on a flattened page)
const CAPITALS_WORDS = `[${UPPER_LETTER}]+(?: [${UPPER_LETTER}]+){0,4}`;
const CAPITALS_ALONE = new RegExp(`^${CAPITALS_WORDS}$`, 'u');
const CAPITALS_AT_END = new RegExp(`(?:^|\\s)(${CAPITALS_WORDS})$`, 'u');
const LONG_CAPITALS = new RegExp(`[${UPPER_LETTER}]{6}`, 'u');

/** The text is a group heading in capitals. */
export const isCapitalsHeading = (text: string): boolean => CAPITALS_ALONE.test(text) && LONG_CAPITALS.test(text);

/** The group heading in capitals that ends the text, or null. */
export function capitalsHeadingAtEnd(text: string): string | null {
  const run = CAPITALS_AT_END.exec(text);
  return run && LONG_CAPITALS.test(run[1]!) ? run[1]! : null;
}

export type SectionType = (typeof SECTION_HEADINGS)[number]['type'];

// (the heading's noun in group 1: its type is the listed word's, whatever qualifier stands before it)
// (`A. Beslutsärenden`, `B) Informationsärenden`: a letter marking the group, no part of its name)
const MARK = /^[A-H][.)]\s{1,3}/u;
const SECTION = new RegExp(`^(?:(?:${alternation(SECTION_QUALIFIERS)})\\s+)?(${alternation(SECTION_HEADINGS.flatMap((s) => s.words))}|[${ANY_LETTER}]{2,}${SECTION_NOUN})[.:]?$`, 'iu');
const TYPES = new Map<string, SectionType>(SECTION_HEADINGS.flatMap((s) => s.words.map((w) => [w, s.type] as const)));

// two headings joined into one (`ANMÄLNINGSÄRENDEN/ÖVRIGT:`, `Öppen del av sammanträdet, Nya ärenden:`): the parts
const JOINED = /[/,]/u;

/** The type the heading's noun names, or null: the listed word's, or none for a text that is no heading. */
function typeOf(named: string): { type: SectionType } | null {
  const m = SECTION.exec(named);
  return m ? { type: TYPES.get(m[1]!.toLowerCase().replace(/\s+/gu, ' ')) ?? null } : null;
}

/**
 * Two headings joined by a slash or a comma name one group: its type is the one type its parts name (information
 * and no type: information), none when they name two or none.
 */
function joinedType(named: string): { type: SectionType } | null {
  if (!named.includes('/') && !named.includes(',')) return null;
  const parts = named.replace(/[.:]$/u, '').split(JOINED).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const types = parts.map(typeOf);
  if (types.some((t) => t === null)) return null;
  const kinds = new Set(types.map((t) => t!.type).filter((t) => t !== null));
  return { type: kinds.size === 1 ? [...kinds][0]! : null };
}

// two kinds of `ärenden` written as one, the first's noun left out (`Diskussions- och informationsärenden`,
// `Besluts- och anmälningsärenden`): the first part's stem with its hyphen, the joining word, the second kind
const ELLIPTIC = new RegExp(`^([${ANY_LETTER}]{3,})- (?:${alternation(SECTION_JOINERS)}) ([${ANY_LETTER}]{2,}${SECTION_NOUN})[.:]?$`, 'iu');

/**
 * The one type two kinds of `ärenden` written as one name: the type both name; for points to discuss and points to
 * hear, which decide nothing, information; none where one kind is decided and the other not.
 */
function ellipticType(named: string): { type: SectionType } | null {
  const m = named.includes('- ') ? ELLIPTIC.exec(named) : null;
  if (!m) return null;
  const parts = [typeOf(`${m[1]!}${SECTION_NOUN}`), typeOf(m[2]!)];
  if (parts.some((t) => t === null)) return null;
  const kinds = new Set(parts.map((t) => t!.type).filter((t) => t !== null));
  if (kinds.size <= 1) return { type: kinds.size === 1 ? [...kinds][0]! : null };
  return { type: kinds.has('decision') ? null : 'information' };
}

/** The heading as written (without its closing colon) and the type its noun implies; null when the text is none. */
export function readSectionHeading(text: string): { section: string; type: SectionType } | null {
  const mark = MARK.exec(text);
  const named = mark ? text.slice(mark[0].length) : text;
  const read = typeOf(named) ?? joinedType(named) ?? ellipticType(named);
  return read && { section: named.replace(/[.:]$/u, ''), type: read.type };
}
