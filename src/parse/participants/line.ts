// One participant line → name, organisation, party, position, attended paragraphs,
// substitution and note, whatever the order they were written in:
//   `Håkan Linnarsson (S), Västra Götalandsregionen`      `Arbetsförmedlingen, Leif Johansson`
//   `Marks kommun Anders Lindal (M),`                     `Jonas Erlandsson, ordf.`
//   `Peter Vigren      Umeå kommun, ordförande`           `Mikael Broman  Försäkringskassan $ 52–58`
//   `Johan Björkman (M), Svenljunga (tom §5, därefter representation genom Kerstin)`
// Attendance, substitution and party are read off first; the rest is cut into segments at
// commas, slashes and column gaps, each segment into words, and the words are typed:
// organisation words (and the place names they attach to), position words, capitalised
// name words, and the lower-case rest, which is a note.
import {
  ORGAN_NOUNS, ORGANISATION_HEADS, ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES, PARTIES, POSITION_ABBREVIATED_ENDS, POSITION_ABBREVIATED_STEMS, POSITION_ABBREVIATIONS, POSITION_ADJECTIVES, POSITION_MODIFIERS, POSITION_ORDINALS,
  POSITION_WORDS, SERVED_PARAGRAPHS, SERVICE_MODIFIERS, SUBSTITUTE_PHRASES, SUBSTITUTE_WORDS_BETWEEN_PARTIES, SURNAME_LIKE_SUFFIXES,
} from '../../lexicon/sv.js';
import type { ParagraphRange } from '../../schema/result.js';
import { collapse } from '../../text/line.js';
import { attendedRange, remarkBefore } from './change.js';
import { servesForNamed } from './bare-for.js';
import { TextMemo } from '../../text/memo.js';
import { alternation, DASH, escapeRegExp, trimEndOf, trimOf } from '../../text/patterns.js';
import { isGivenName, mayBePartyLetters } from '../../text/persons.js';

export interface ParticipantFields {
  name: string;
  organisation: string | null;
  party: string | null;
  position: string | null;
  paragraphs: ParagraphRange | null;
  substituteFor: string | null;
  note: string | null;
  /** the remark, when the line says the person came or left during the meeting, or missed some §§ */
  changed?: string;
}

const PARTY_ALT = alternation(PARTIES);
// the party after the name a deputy serves for, in any case (`ersätter Per Ohlin (c)`): these patterns are case-sensitive
const ANY_CASE_PARTY_ALT = alternation([...PARTIES, ...PARTIES.map((p) => p.toLowerCase())]);
// `(S)`, and `(s)` as some minutes write it
const PARTY_IN_PARENS = new RegExp(`\\(\\s*(${PARTY_ALT})\\s*\\)`, 'iu');
// a segment of its own, in either case (`Gun Ahlberg, s, ordförande`)
const PARTY_ALONE = new RegExp(`^(?:${PARTY_ALT})$`, 'iu');
// the party in a column before the name, run together with it (`L Berit Lund, ordförande`)
const PARTY_FIRST = new RegExp(`^(${PARTY_ALT})\\s+(?=\\p{Lu}\\p{Ll})`, 'u');
// `§§ 6-37`, `$ 47–54` (OCR), `ärende 1-20`, `punkt 4`, `p.6` (notes number their items)
const SECTION = '(?:§§?|\\$|(?<![\\p{L}])(?:ärende(?:na)?|punkt(?:erna)?|p\\.)(?![\\p{L}]))';
// what each pattern below needs in the text, as cheap tests: a digit, the § sign or a section's word, `t.o.m`/`och med`
const SECTION_HINT = /[§$]|ärende|punkt|p\./iu;
const UNTIL_HINT = /o\.?\s?m|och med/iu;
const SERVED_HINT = /tj/iu;
const DIGIT = /\d/;
// a bare number or range right after a word of service: `tjg 19-32`, `Tjg 20`, `tjänstgörande ersättare 36-40`
// (no clock time: `tjänstgör 13.00-15.00`; no year: three digits at most)
const SERVED = `(?<=(?<![\\p{L}])(?:${alternation(SERVED_PARAGRAPHS.words)})(?:\\s+(?:${alternation(SERVED_PARAGRAPHS.between)}))?\\s{1,3})`;
const BARE_NUMBER = '(\\d{1,3})(?![.:]?\\d)';
const ATTENDANCE: ReadonlyArray<{ re: RegExp; range: (m: RegExpExecArray) => ParagraphRange; listed?: boolean; until?: boolean; served?: boolean }> = [
  // `ärende 13, 15`, `§§ 3, 5 och 7`, `§§ 1-4, 9-12`, `§ 2, 5-7`: a list of paragraphs and ranges, kept as the range it
  // spans and noted as written
  {
    re: new RegExp(`${SECTION}\\s*(\\d{1,4})(?:\\s*${DASH}\\s*\\d{1,4})?((?:\\s*(?:,|och)\\s*(?:${SECTION}\\s*)?\\d{1,3}(?![.:]?\\d)(?:\\s*${DASH}\\s*(?:${SECTION}\\s*)?\\d{1,3}(?![.:]?\\d))?)+)`, 'iu'),
    range: (m) => ({ from: Number(m[1]), to: Number(/(\d{1,4})\s*$/u.exec(m[2]!)![1]) }),
    listed: true,
  },
  { re: new RegExp(`(?<![\\p{L}])(?:t\\.?\\s?o\\.?\\s?m\\.?|till och med)\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: null, to: Number(m[1]) }), until: true },
  { re: new RegExp(`(?<![\\p{L}])(?:fr\\.?\\s?o\\.?\\s?m\\.?|från och med)\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: Number(m[1]), to: null }), until: true },
  { re: new RegExp(`(?<![\\p{L}])från\\s*${SECTION}\\s*(\\d{1,4})(?!\\s*${DASH})`, 'iu'), range: (m) => ({ from: Number(m[1]), to: null }) },
  { re: new RegExp(`${SECTION}\\s*(\\d{1,4})\\s*${DASH}\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: Number(m[1]), to: Number(m[2]) }) },
  { re: new RegExp(`${SECTION}\\s*(\\d{1,4})(?!\\d)`, 'iu'), range: (m) => ({ from: Number(m[1]), to: Number(m[1]) }) },
  {
    re: new RegExp(`${SERVED}${BARE_NUMBER}(?:\\s*${DASH}\\s*${BARE_NUMBER})?`, 'iu'),
    range: (m) => ({ from: Number(m[1]), to: Number(m[2] ?? m[1]) }),
    served: true,
  },
];

const isPositionWord = (word: string): boolean => kindOf(word) === 'position';
// where a line's segments part: a comma, a semicolon, a slash (not one between two acronyms: `samordnare MT/CT`), a tab, a column gap
const SEGMENT_BREAK = /[,;]|(?<!\p{Lu})\/|\/(?!\p{Lu})|\t+| {2,}/u;
// (before a § reference)
const PART_OF = /(?<![\p{L}])del av\s*$/iu;

/** The first § reference of the text, by the first pattern that finds one. */
function readAttendance(text: string): { m: RegExpExecArray; listed: boolean; range: ParagraphRange } | null {
  // (every pattern reads a number; those but `t.o.m` and `fr.o.m` a § or a section's word)
  if (!DIGIT.test(text)) return null;
  const section = SECTION_HINT.test(text);
  const until = UNTIL_HINT.test(text);
  const served = SERVED_HINT.test(text);
  for (const a of ATTENDANCE) {
    if (a.until === true ? !until : a.served === true ? !served : !section) continue;
    const m = a.re.exec(text);
    if (m) return { m, listed: a.listed === true, range: a.range(m) };
  }
  return null;
}
const NAME_WORD = `\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*`;
// the party's letters in capitals after a name of two words or more that opens the text, one space between (`Anna Sand S`, `Per Ås KD, Östby`)
// (or in lower case, as a roll's party column prints them, and not an abbreviation's first letter: `Rut Lind m x`, not `m.fl.`)
const PARTY_AFTER_NAME = new RegExp(
  `^(?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3}(\\s+((?:${alternation(PARTIES.map((p) => p.toUpperCase()))})(?![\\p{L}])|(?:${alternation(PARTIES.map((p) => p.toLowerCase()))})(?![\\p{L}.])))`,
  'u',
);
// the party after the name, in brackets or as a segment of its own (`ersätter Åke Lund, s`)
const substitute = (phrases: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}])(?:${alternation(phrases)})\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){0,3})(?:\\s*\\(\\s*(?:${ANY_CASE_PARTY_ALT})\\s*\\)|,\\s*(?:${ANY_CASE_PARTY_ALT})(?![\\p{L}]))?`,
    'u',
  );
// `Bo Ström, KD, Ersättare för Kim Berg`: the phrase capitalised, as a table's cell or a segment after a comma writes it
const CAPITALISED_SUBSTITUTE_PHRASES = SUBSTITUTE_PHRASES.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]);
const SUBSTITUTE = substitute(CAPITALISED_SUBSTITUTE_PHRASES);
// in a list of deputies a bare `för` says it too: `Eva Ek (V) för Fredrik Fors (S)`
const DEPUTY_SUBSTITUTE = substitute([...CAPITALISED_SUBSTITUTE_PHRASES, 'för']);
// in any list a bare `för` (or `tjg`) says it where both stand with a party: `Dan Fält (S) för Ebba Lind (S)`, `Rolf Ek (NP) tjg Sara Wall (L)`
const FOR_PARTY_MEMBER = new RegExp(`(?<=\\))\\s*(?:${alternation(SUBSTITUTE_WORDS_BETWEEN_PARTIES)})\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3})\\s*\\(\\s*(?:${ANY_CASE_PARTY_ALT})\\s*\\)`, 'u');
const PARENS = /\(([^()]{0,200})\)/g;
// a position in a bracket is a few words, letters only
const MAX_BRACKETED_POSITION = 3;
const LOWER_WORDS = /^[\p{Ll}. -]+$/u;
// abbreviations written out before the words are typed: `v. ordf.` → `vice ordförande`
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = Object.entries(POSITION_ABBREVIATIONS)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([abbr, full]) => [new RegExp(`(?<![\\p{L}])${escapeRegExp(abbr).replace(/ /g, '\\s?')}(?![\\p{L}])`, 'giu'), full]);

// `kommunsekr.`, `nämndsekr`: a compound position whose last part is cut short (the stem before it kept)
const ABBREVIATED_END = new RegExp(`(?<![\\p{L}])(\\p{Ll}{3,}?)(${alternation(Object.keys(POSITION_ABBREVIATED_ENDS))})\\.?(?![\\p{L}])`, 'gu');
// `ek.chef`, `förv.chef`, `ekon. handläggare`: one whose first part is cut at a point (written out only before a position word)
const ABBREVIATED_STEM = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(POSITION_ABBREVIATED_STEMS))})\\.\\s?(\\p{Ll}+)(?![\\p{L}])`, 'gu');
function writeOutCompounds(text: string): string {
  return text
    .replace(ABBREVIATED_END, (_m, stem: string, end: string) => stem + POSITION_ABBREVIATED_ENDS[end]!)
    .replace(ABBREVIATED_STEM, (m, stem: string, rest: string) => (POSITION_END.test(rest) ? POSITION_ABBREVIATED_STEMS[stem]! + rest : m));
}

// cheap first tests before the costly patterns
// (each abbreviation ends on one of these (an organ's genitive on `:s`: `fm:s`), and no letter follows it: `ordförande`, written out, needs none of them;
// a compound's stem cut short ends on a point a letter follows: `ek.chef`)
const MAY_ABBREVIATE = /(?:ordf|sekr|bitr)(?![\p{L}])|ers\.|:s(?![\p{L}])|\p{Ll}\.\s?\p{Ll}/iu;
const MAY_ATTEND = /[§$]|o\.?\s?m\b|med\s|ärende|punkt|p\.\s?\d|tj/iu;
// each phrase ends on one of these words, and a name follows it (both patterns are case-sensitive)
const MAY_SUBSTITUTE = new RegExp(`(?:${alternation([...new Set([...CAPITALISED_SUBSTITUTE_PHRASES, ...SUBSTITUTE_WORDS_BETWEEN_PARTIES].map((p) => p.split(' ').pop()!))])})\\s`);
const ORG_SUFFIX = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)})$`, 'iu');
const ORG_HEAD = new Set<string>(ORGANISATION_HEADS);
const SURNAME_LIKE = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${alternation(SURNAME_LIKE_SUFFIXES)})$`, 'u');
const ORG_PREFIX = new Set<string>(ORGANISATION_PREFIXES);
const POSITION_END = new RegExp(`(?:${alternation(POSITION_WORDS)})$`, 'iu');
const POSITION_MOD = new Set<string>([...POSITION_MODIFIERS, ...SERVICE_MODIFIERS]);
const ORDINALS = new Set<string>(POSITION_ORDINALS);
const CAPITALISED = /^\p{Lu}[\p{L}'’*-]*[+]?$/u;
const PLURAL_ROLE = /^\p{Lu}\p{Ll}{3,}(?:arna|erna|orna)$/u;
const NAME_PARTICLES = new Set(['von', 'af', 'van', 'de', 'da', 'der', 'del']);
// a middle name's initial with its point, between two words of a name (`Karin B. Holm`)
const INITIAL = /^\p{Lu}\.$/u;
// more capitalised words than this in a row are not one name
const MAX_NAME_WORDS = 5;

type WordKind = 'org' | 'orgHead' | 'orgPrefix' | 'position' | 'modifier' | 'cap' | 'lower' | 'other';

// the same words (kommun, Försäkringskassan, ordförande) come back on every line: type each once
const KINDS = new TextMemo<WordKind>(20_000, (word) => typeWord(word));

export function kindOf(word: string): WordKind {
  return KINDS.get(word);
}

function typeWord(word: string): WordKind {
  const w = trimEndOf(word, '*,;:');
  const lower = w.toLowerCase();
  // `I viceordförande`, `II viceordförande` (Swedish-language Finnish minutes)
  if (ORDINALS.has(w)) return 'modifier';
  if (POSITION_MOD.has(lower)) return 'modifier';
  if (ORG_HEAD.has(lower) && CAPITALISED.test(w)) return 'orgHead';
  if (ORG_PREFIX.has(lower) && CAPITALISED.test(w)) return 'orgPrefix';
  if (ORG_SUFFIX.test(lower) && lower.length > 3) return 'org';
  if (POSITION_END.test(lower)) return 'position';
  // `Utvärderarna Siv Brink och Leif Rask`, `Revisorerna …`: a role in the definite plural, capitalised before the names it introduces
  if (PLURAL_ROLE.test(w)) return 'position';
  if (CAPITALISED.test(w)) return 'cap';
  if (/^\p{Ll}/u.test(w)) return 'lower';
  return 'other';
}

const ACRONYM = /^\p{Lu}{2,5}$/u;
const PARTY_LETTERS = new Set<string>(PARTIES.map((p) => p.toUpperCase()));
/** Two to five capitals that are no party's letters and no given name written in capitals. */
const isAcronym = (word: string): boolean => ACRONYM.test(word) && !PARTY_LETTERS.has(word) && !isGivenName(word);

interface Parts {
  names: string[][];
  orgs: string[][];
  positions: string[][];
  rest: string[];
}

type Role = 'org' | 'position' | 'name';

const WHITE = /\s+/;

function claim(role: (Role | undefined)[], from: number, to: number, r: Role): void {
  for (let k = from; k <= to; k++) role[k] = r;
}

/** The word at k goes on with a position: unclaimed, in lower case, a position word, a modifier or something else. */
function continuesPosition(kinds: readonly WordKind[], role: readonly (Role | undefined)[], k: number): boolean {
  return k < kinds.length && role[k] === undefined && (kinds[k] === 'lower' || kinds[k] === 'position' || kinds[k] === 'modifier' || kinds[k] === 'other');
}

/** Type the words of one segment and group them into name, organisation and position runs. */
function readSegment(segment: string, parts: Parts): void {
  // (a cut at white space leaves an empty word only at either end: most segments are trimmed, and are not copied again)
  let words = segment.split(WHITE);
  if (words[0] === '' || words[words.length - 1] === '') words = words.filter((w) => w !== '');
  if (words.length === 0) return;
  const kinds: WordKind[] = [];
  for (const w of words) kinds.push(kindOf(w));
  // `IFO Norrby`, `AF Kristianstad`: an agency's or a unit's letters before a place open an organisation, no name
  // (not a party's letters, nor a name's word in capitals: `ANNA EK`)
  for (let i = 0; i + 1 < words.length; i++) {
    const before = i === 0 || kinds[i - 1] !== 'cap';
    if (kinds[i] === 'cap' && before && (kinds[i + 1] === 'cap' || kinds[i + 1] === 'org') && isAcronym(words[i]!) && !isGivenName(words[i + 1]!)) kinds[i] = 'orgHead';
  }
  const role = new Array<Role | undefined>(words.length).fill(undefined);

  // organisations: `Marks kommun`, `Region Västerbotten`, `Västra Götalandsregionen`, `Koncernkontoret Västra …`
  const orgRuns: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    let from = -1;
    let to = -1;
    // `Linnea Jägerstad (M)`: a surname that ends like an organisation (`-stad`), right after a given name
    if (kinds[i] === 'org' && i === 1 && words.length === 2 && isGivenName(words[0]!) && SURNAME_LIKE.test(words[1]!)) {
      kinds[i] = 'cap';
      continue;
    }
    if (kinds[i] === 'org') {
      from = i;
      to = i;
      const lowerSuffix = /^\p{Ll}/u.test(words[i]!) || /^(?:stad|staden)$/i.test(words[i]!);
      if (lowerSuffix && i > 0 && kinds[i - 1] === 'cap' && role[i - 1] === undefined) from = i - 1;
      if (from > 0 && kinds[from - 1] === 'orgPrefix') from--;
    } else if (kinds[i] === 'orgHead') {
      from = i;
      to = i;
      while (to + 1 < words.length && to - i < 2 && (kinds[to + 1] === 'cap' || kinds[to + 1] === 'org' || kinds[to + 1] === 'orgPrefix')) to++;
      // `Region Jönköpings län`
      if (words[to + 1] === 'län') to++;
    }
    if (from < 0) continue;
    // `Försäkringskassan Jönköping`: a place after the organisation, once the name is known
    if (to + 2 === words.length && kinds[to + 1] === 'cap' && parts.names.length > 0) to++;
    claim(role, from, to, 'org');
    const last = orgRuns[orgRuns.length - 1];
    if (last && last[1] === from - 1) last[1] = to;
    else orgRuns.push([from, to]);
    i = to;
  }

  // positions: modifiers and a position word, and what follows it up to an organisation
  const posRuns: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (role[i] !== undefined || (kinds[i] !== 'position' && kinds[i] !== 'modifier')) continue;
    let to = i;
    // `1:e vice ordförande`: a chain of modifiers counts only when a word follows them
    while (to + 1 < words.length && kinds[to] === 'modifier' && kinds[to + 1] === 'modifier') to++;
    if (kinds[to] === 'modifier' && !(kinds[to + 1] === 'position' || kinds[to + 1] === 'lower')) continue;
    while (continuesPosition(kinds, role, to + 1)) to++;
    // `projektledare Cresco+`: a single capitalised word right after the position belongs to it
    if (to + 2 === words.length && role[to + 1] === undefined && kinds[to + 1] === 'cap' && parts.names.length > 0) to++;
    // `Teknisk chef Nils Ruud`: the capitalised word before a position that opens the segment qualifies it
    // `Ola Inge, administrativ chef`, `medicinskt ansvarig`: an adjective opening the segment qualifies it too
    // `Per Ek, Teknisk chef`, `Per Ek Teknisk chef`: capitalised, after the name, a known adjective (`Sundell` ends like one), or
    // any adjective that opens the segment after the name's
    const before = i > 0 && kinds[i] === 'position' && role[i - 1] === undefined ? words[i - 1]! : '';
    const adjective =
      before !== '' &&
      (kinds[i - 1] === 'lower'
        ? ADJECTIVE.test(before) && (i === 1 || words[i - 2]!.endsWith(','))
        : kinds[i - 1] === 'cap' && /^\p{Ll}/u.test(words[i]!) && (POSITION_ADJECTIVE.has(before.toLowerCase()) || (i === 1 && parts.names.length > 0 && ADJECTIVE.test(before.toLowerCase()))));
    let from = adjective ? i - 1 : i === 1 && kinds[0] === 'cap' && role[0] === undefined && /^\p{Ll}/u.test(words[1]!) && kinds[to + 1] === 'cap' ? 0 : i;
    // `barn- och utbildningschef`: the first half of a compound joined to the position by `och`
    if (from >= 2 && words[from - 1] === 'och' && words[from - 2]!.endsWith('-') && role[from - 2] === undefined) from -= 2;
    // `kommunstyrelsens ordförande`, `fullmäktiges I vice ordförande` (`fm:s`): an organ's genitive before the position says whose it is
    if (from > 0 && role[from - 1] === undefined && kinds[from - 1] === 'lower' && ORGAN_GENITIVE.test(words[from - 1]!)) from--;
    claim(role, from, to, 'position');
    posRuns.push([from, to]);
    i = to;
  }

  // after the first lower-case word that is no position, the segment is a remark:
  // `medverkar enbart inför mötet`, `därefter Per Persson`
  let remarkFrom = -1;
  for (let k = 0; k < words.length && remarkFrom < 0; k++) if (role[k] === undefined && kinds[k] === 'lower' && !NAME_PARTICLES.has(words[k]!)) remarkFrom = k;

  // names: runs of capitalised words; after the first name, a capitalised run is an organisation
  for (let i = 0; i < words.length; i++) {
    if (role[i] !== undefined || kinds[i] !== 'cap' || (remarkFrom >= 0 && i > remarkFrom)) continue;
    let to = i;
    while (
      to + 1 < words.length &&
      role[to + 1] === undefined &&
      (remarkFrom < 0 || to + 1 < remarkFrom) &&
      (kinds[to + 1] === 'cap' || ((NAME_PARTICLES.has(words[to + 1]!) || INITIAL.test(words[to + 1]!)) && kinds[to + 2] === 'cap'))
    ) {
      to++;
    }
    const run = words.slice(i, to + 1);
    if (parts.names.length === 0 && (run.length >= 2 || orgRuns.length > 0 || parts.orgs.length > 0 || words.length === 1)) {
      parts.names.push(run.slice(0, MAX_NAME_WORDS));
      claim(role, i, Math.min(to, i + MAX_NAME_WORDS - 1), 'name');
    } else if (parts.names.length > 0 && parts.orgs.length === 0 && orgRuns.length === 0) {
      claim(role, i, to, 'org');
      orgRuns.push([i, to]);
    }
    i = to;
  }
  for (const [a, b] of orgRuns) parts.orgs.push(words.slice(a, b + 1));
  for (const [a, b] of posRuns) parts.positions.push(words.slice(a, b + 1));
  // everything else, in the order it was written
  for (let k = 0; k < words.length; k++) if (role[k] === undefined) parts.rest.push(words[k]!);
}

const clean = (s: string): string => trimOf(collapse(s), ',;:–*-');

// `Ordförande`, `Vice ordförande`, `Förbundschef` as a table's cell writes them: a position is a common noun, in lower case
// (not `HR-chef`, `IT-strateg`: capitals inside the word are an abbreviation's)
// (`Teknisk chef`, `Ekonomisk rådgivare`: an adjective before the position word, capitalised as the entry's first word)
// (`ORDFÖRANDE`, `VICE ORDFÖRANDE`: a position in capitals, as some tables print their cells, is a common noun too)
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?=\s|$)/u;
const UPPER_CASE = /^[\p{Lu} .:-]+$/u;
function positionCase(position: string): string {
  const first = CAPITALISED_WORD.exec(position)?.[0];
  if (first === undefined) return position.length > 3 && UPPER_CASE.test(position) && isPositionWord(position.slice(position.lastIndexOf(' ') + 1).toLowerCase()) ? position.toLowerCase() : position;
  const lower = first.toLowerCase();
  const kind = kindOf(lower);
  const adjective = kind === 'lower' && first.length < position.length && ADJECTIVE.test(lower) && isPositionWord(position.slice(first.length + 1).split(' ')[0]!);
  return kind === 'position' || kind === 'modifier' || adjective || PLURAL_ROLE.test(first) ? position.charAt(0).toLowerCase() + position.slice(1) : position;
}

// `Granholm, Ann-Sofie, ordförande`, `ersättare för Häggblom, Roger`: a surname before the given name, with a comma
const SURNAME_FIRST = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}])/gu;

// the endings of adjectives that qualify a position (`teknisk`, `administrativ`, `medicinskt`, `regional`, and
// in the plural or definite: `politiska sekreterare`, `administrativa`)
const ADJECTIVE = /^\p{Ll}+(?:sk|skt|ska|iv|ivt|iva|ell|ellt|ella|al|alt|ala)$/u;
// an organ's noun in the genitive, the word before a position (`kommunstyrelsens`, `nämndens`, `fullmäktiges`, `utskottets`)
const ORGAN_GENITIVE = new RegExp(`^\\p{Ll}*(?:${alternation(ORGAN_NOUNS)})(?:ens|ets|ns|s)$`, 'u');
const POSITION_ADJECTIVE = new Set<string>(POSITION_ADJECTIVES);
const HOURS_AFTER_WORD = /(\p{Ll})\s+(\d{1,2}:\d{2}\s?[-–]\s?\d{1,2}:\d{2})(?!\d)/gu;

// (what the pattern needs around its comma, a plain test: most commas follow a bracket or go before a position in lower case)
const MAY_BE_SURNAME_FIRST = /[\p{Ll}'’],\s\p{Lu}/u;
/** `Granholm, Ann-Sofie` → `Granholm Ann-Sofie`: the name as written, without the comma that would part it. */
const joinSurnameFirst = (text: string): string => {
  // `Sand, Okke   S   Östby`: a table's name cell, two words and nothing else, is the surname and the given name whatever the lexicon knows
  const cell = NAME_CELL.exec(text);
  if (cell && kindOf(cell[1]!) === 'cap' && kindOf(cell[2]!) === 'cap') return `${cell[1]!} ${cell[2]!}${text.slice(cell[0].length)}`;
  return text.replace(SURNAME_FIRST, (whole, surname: string, given: string) => (isGivenName(given) && !isGivenName(surname) && kindOf(surname) === 'cap' ? `${surname} ${given}` : whole));
};
// the line's first cell: a word, a comma, a word, then a column gap, a bracket or the end
const NAME_CELL = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=\s{2,}|\s?\(|\s*$)/u;

// `MBP Ylva Höglund`: a local party's letters before a given name
const LETTERS_FIRST = /^(\p{Lu}{2,4})\s+(?=(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+\p{Lu}\p{Ll})/u;

/** The party written before the name (`S Ulf Dahl`, `MBP Ylva Höglund`) and how long it is with its space, or null. */
function partyFirst(text: string): { party: string; length: number } | null {
  // (a party's letters end by the fifth character: the cheap test first)
  if (text.charCodeAt(1) === 32 || text.charCodeAt(2) === 32) {
    const m = PARTY_FIRST.exec(text);
    if (m) return { party: m[1]!.toUpperCase(), length: m[0].length };
  }
  if (text.charCodeAt(2) !== 32 && text.charCodeAt(3) !== 32 && text.charCodeAt(4) !== 32) return null;
  const m = LETTERS_FIRST.exec(text);
  return m && mayBePartyLetters(m[1]!) && isGivenName(m[2]!) ? { party: m[1]!, length: m[0].length } : null;
}

export function parseParticipantLine(input: string, options: { deputy?: boolean } = {}): ParticipantFields | null {
  let text = input.includes(',') && MAY_BE_SURNAME_FIRST.test(input) ? joinSurnameFirst(input) : input;
  let party: string | null = null;
  const first = partyFirst(text);
  if (first) {
    party = first.party;
    text = text.slice(first.length);
  }
  // `Lena Dahl, kommunchef 08:15-11:00`: the hours attended are a note of their own, not part of the position
  if (text.includes(':')) text = text.replace(HOURS_AFTER_WORD, '$1, $2');
  if (MAY_ABBREVIATE.test(text)) {
    for (const [re, full] of ABBREVIATIONS) text = text.replace(re, full);
    text = writeOutCompounds(text);
  }
  let paragraphs: ParagraphRange | null = null;
  let substituteFor: string | null = null;
  let changed: string | null = null;
  const notes: string[] = [];

  // a second remark may follow the first (`anlände under § 2, lämnade mötet efter § 9`)
  for (let pass = 0; pass < 2 && MAY_ATTEND.test(text); pass++) {
    const found = readAttendance(text);
    if (!found) break;
    const { m, listed, range } = found;
    const before = text.slice(0, m.index);
    const remark = remarkBefore(before, isPositionWord);
    const end = m.index + m[0].length;
    if (remark) {
      // the remark as written is the note: `lämnade mötet efter punkt 9`, `deltog ej i § 14` (whose §§ stay unknown)
      const attended = attendedRange(range, remark);
      if (attended) paragraphs = paragraphs === null ? attended : { from: paragraphs.from ?? attended.from, to: paragraphs.to ?? attended.to };
      const said = clean(text.slice(remark.start, end));
      if (remark.kind !== 'present') changed = changed === null ? said : `${changed}; ${said}`;
      notes.push(said);
      text = text.slice(0, remark.start) + ' ' + text.slice(end);
      continue;
    }
    if (pass > 0) break;
    paragraphs = range;
    // `del av § 159`: part of the § only, which the note keeps as written
    const part = PART_OF.exec(before);
    if (part) notes.push(clean(before.slice(part.index) + m[0]));
    else if (listed) notes.push(clean(m[0]));
    text = (part ? before.slice(0, part.index) : before) + ' ' + text.slice(end);
    break;
  }
  const sub = MAY_SUBSTITUTE.test(text) ? ((options.deputy ? DEPUTY_SUBSTITUTE : SUBSTITUTE).exec(text) ?? FOR_PARTY_MEMBER.exec(text)) : null;
  if (sub) {
    substituteFor = sub[1]!;
    text = text.slice(0, sub.index) + ' ' + text.slice(sub.index + sub[0].length);
  }
  // `Bo Dal för Jan-Olof Ek`: a bare `för` between two names without parties
  const named = sub === null && text.includes(' för ') ? servesForNamed(text) : null;
  if (named) {
    substituteFor = named.member;
    text = named.rest;
  }
  // (both bracket patterns need a bracket)
  const bracketed = text.includes('(');
  const p = bracketed ? PARTY_IN_PARENS.exec(text) : null;
  if (p) {
    party = p[1]!.toUpperCase();
    text = text.slice(0, p.index) + '  ' + text.slice(p.index + p[0].length);
  }
  // `Anna Sand S ordförande`: the party's letters right after the name, the column gap before them lost
  const after = party === null ? PARTY_AFTER_NAME.exec(text) : null;
  if (after) {
    party = after[2]!.toUpperCase();
    const at = after[0].length - after[1]!.length;
    text = text.slice(0, at) + '  ' + text.slice(after[0].length);
  }
  if (bracketed) text = text.replace(PARENS, (whole, inner: string) => {
    const c = clean(inner);
    if (c === '') return '  ';
    // another party in brackets stays with the remark it belongs to (`därefter Per Persson (S)`)
    if (PARTY_IN_PARENS.test(whole)) return whole;
    // `(förbundschef)` is a position and `(Försäkringskassan)` an organisation in brackets;
    // `(därefter …)` a remark
    const words = c.split(/\s+/);
    const first = kindOf(words[0]!);
    // (`(politiska sekreterare)`, `(tf kommunchef)`: a few words in lower case that end on a position's word are a position too)
    if (first !== 'lower' || (words.length <= MAX_BRACKETED_POSITION && isPositionWord(words[words.length - 1]!) && LOWER_WORDS.test(c))) return `, ${c},`;
    notes.push(c);
    return '  ';
  });

  const parts: Parts = { names: [], orgs: [], positions: [], rest: [] };
  const segments = text
    .split(SEGMENT_BREAK)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^[-–.]+$/.test(s));
  for (const segment of segments) {
    if (PARTY_ALONE.test(segment) && party === null) {
      party = segment.toUpperCase();
      continue;
    }
    readSegment(segment, parts);
  }
  const name = parts.names[0];
  if (!name) return null;
  const rest = clean(parts.rest.join(' '));
  if (rest !== '') notes.push(rest);
  const fields: ParticipantFields = {
    name: clean(name.join(' ')),
    organisation: parts.orgs.length ? parts.orgs.map((o) => clean(o.join(' '))).join(', ') : null,
    party,
    position: parts.positions.length ? parts.positions.map((w) => positionCase(clean(w.join(' ')))).join(', ') : null,
    paragraphs,
    substituteFor,
    note: notes.length ? notes.join('; ') : null,
    // always present (undefined when nothing changed): one shape for every line's fields
    changed: changed ?? undefined,
  };
  return fields;
}

/** A line that names an organisation and nobody (`Försäkringskassan`, `Region Skåne`). */
export function organisationOnly(input: string): string | null {
  const text = clean(input);
  if (text === '' || /[,;(]/.test(text)) return null;
  const parts: Parts = { names: [], orgs: [], positions: [], rest: [] };
  readSegment(text, parts);
  return parts.names.length === 0 && parts.positions.length === 0 && parts.rest.length === 0 && parts.orgs.length === 1
    ? clean(parts.orgs[0]!.join(' '))
    : null;
}

/**
 * A line that is only a remark on somebody's attendance (`Lämnade mötet efter § 9`,
 * `(anslöt under punkt 3)`), wrapped under the person it concerns: its §§ and note, or null.
 */
export function attendanceOnly(input: string): { paragraphs: ParagraphRange | null; note: string } | null {
  if (!MAY_ATTEND.test(input)) return null;
  const text = trimOf(input.trim(), '()');
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  const found = readAttendance(lowered);
  if (!found) return null;
  const remark = remarkBefore(lowered.slice(0, found.m.index), isPositionWord);
  const end = found.m.index + found.m[0].length;
  if (!remark || remark.start !== 0 || clean(lowered.slice(end)) !== '') return null;
  return { paragraphs: attendedRange(found.range, remark), note: clean(text.slice(0, end)) };
}
