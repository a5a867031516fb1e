// One segment of a participant line (between commas, slashes, column gaps): its words typed and
// grouped into a name, organisations, positions and the rest, which is a note.
import { isGivenName } from '../../text/persons.js';
import { COMPANY_FORMS, MEETING_SEAT_WORDS, ORGANISATION_SUFFIXES, PLACE_ORGANISATION_NOUNS } from '../../lexicon/sv.js';
import {
  ADJECTIVE, INITIAL, isAcronym, kindOf, MAX_NAME_WORDS, NAME_PARTICLES, ORGAN_GENITIVE, POSITION_ADJECTIVE, POSITION_UNIT_PREPOSITION, SURNAME_LIKE, type WordKind,
} from './words.js';
import { LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

export interface Parts {
  names: string[][];
  orgs: string[][];
  positions: string[][];
  rest: string[];
}

type Role = 'org' | 'position' | 'name';

const WHITE = /\s+/;
const DIGIT_FIRST = /^\d/u;
// a § number alone, its sign lost (`71`; not a year: `tredje kvartalet 2023`)
const ATTENDED_NUMBER = /^\d{1,3}$/u;
// a range of §§, their signs lost (`39-48`), after a seat's word (see MEETING_SEAT_WORDS)
const ATTENDED_RANGE = /^\d{1,3}[-–]\d{1,3}$/u;
const SEAT = new Set<string>(MEETING_SEAT_WORDS);
// `ej`: a position that ends on it leaves it to the §§ after it (`ledamot ej 41`: not in § 41), no part of the position
const NOT = 'ej';
/** The word after the position's run at k ends the segment and is the §§ attended, no part of the position. */
function attendedAfter(words: readonly string[], k: number): boolean {
  if (k + 2 !== words.length) return false;
  const next = words[k + 1]!;
  return ATTENDED_NUMBER.test(next) || (ATTENDED_RANGE.test(next) && SEAT.has(words[k]!.toLowerCase()));
}
// a company's form after its name (`Norrby Energi AB`)
const COMPANY = new Set<string>(COMPANY_FORMS);
const PLACE_NOUN = new Set<string>(PLACE_ORGANISATION_NOUNS);
// an organisation's noun as a whole word, no compound (`Universitet`, `Sjukhuset`, `Högskola`): a kind of organisation,
// whose name the capitalised word before it gives (`Ekby Universitet`), as a place's does before `Kommun`, `Stad`
const GENERIC_ORGANISATION = new Set<string>(ORGANISATION_SUFFIXES);

// a genitive that may open an organisation's name: a capitalised word of four letters at least ending in `s`
const GENITIVE_END = 0x73;
const MIN_GENITIVE = 4;
/** The capitalised word at k is a genitive naming the organisation after it, not a surname in `s` after a given name. */
function organisationGenitive(words: readonly string[], kinds: readonly WordKind[], k: number): boolean {
  const w = words[k]!;
  if (w.length < MIN_GENITIVE || w.charCodeAt(w.length - 1) !== GENITIVE_END || isGivenName(w)) return false;
  return !(k > 0 && kinds[k - 1] === 'cap' && isGivenName(words[k - 1]!));
}

// a capital alone, and the rest of the word in lower case
const LONE_CAPITAL = new RegExp(`^[${UPPER_LETTER}]$`, 'u');
// (not a verb's or a participle's ending, a remark's word: `Anna B ersätter`, `Per K närvarande`, `Eva L avgick`)
const LOWER_REST = new RegExp(`^[${LOWER_LETTER}]{3,}(?<!er|ar|ir|de|te|ck|nde)$`, 'u');
/** A given name, a capital alone and a word in lower case that is nothing else: the surname a space cut, joined again. */
function withSurnameRejoined(words: string[]): string[] {
  const [given, initial, rest] = words as [string, string, string];
  if (!LONE_CAPITAL.test(initial) || !LOWER_REST.test(rest) || kindOf(rest) !== 'lower' || !isGivenName(given)) return words;
  return [given, initial + rest];
}

function claim(role: (Role | undefined)[], from: number, to: number, r: Role): void {
  for (let k = from; k <= to; k++) role[k] = r;
}

/** The word at k goes on with a position: unclaimed, in lower case, a position word, a modifier or something else. */
function continuesPosition(kinds: readonly WordKind[], role: readonly (Role | undefined)[], k: number): boolean {
  return k < kinds.length && role[k] === undefined && (kinds[k] === 'lower' || kinds[k] === 'position' || kinds[k] === 'modifier' || kinds[k] === 'other');
}

/** The word at k, an organisation's noun in lower case, follows a position word directly or as a compound's second half (`vård- och`). */
function unitOfPosition(words: readonly string[], kinds: readonly WordKind[], k: number): boolean {
  if (k === 0 || !OPENS_LOWER.test(words[k]!)) return false;
  if (kinds[k - 1] === 'position') return true;
  return k >= 3 && words[k - 1] === 'och' && words[k - 2]!.endsWith('-') && kinds[k - 3] === 'position';
}

export /** Type the words of one segment and group them into name, organisation and position runs. */
function readSegment(segment: string, parts: Parts): void {
  // (a cut at white space leaves an empty word only at either end: most segments are trimmed, and are not copied again)
  let words = segment.split(WHITE);
  if (words[0] === '' || words[words.length - 1] === '') words = words.filter((w) => w !== '');
  if (words.length === 0) return;
  // `Sabina D zonlic`: a surname a stray space cut after its first letter, the segment's last two words (the lone capital the cheap test)
  if (words.length === 3 && words[1]!.length === 1) words = withSurnameRejoined(words);
  const kinds = wordKindsOf(words);
  const role = new Array<Role | undefined>(words.length).fill(undefined);

  // organisations: `Marks kommun`, `Region Västerbotten`, `Västra Götalandsregionen`, `Koncernkontoret Västra …`
  const orgRuns = organisationRuns(words, kinds, role, parts);

  // positions: modifiers and a position word, and what follows it up to an organisation
  const posRuns = positionRuns(words, kinds, role, parts);

  // after the first lower-case word that is no position, the segment is a remark:
  // `medverkar enbart inför mötet`, `därefter Per Persson`
  let remarkFrom = -1;
  for (let k = 0; k < words.length && remarkFrom < 0; k++) if (role[k] === undefined && kinds[k] === 'lower' && !NAME_PARTICLES.has(words[k]!)) remarkFrom = k;

  // names: runs of capitalised words; after the first name, a capitalised run is an organisation
  readNameRuns(words, kinds, role, parts, orgRuns, remarkFrom);
  for (const [a, b] of orgRuns) parts.orgs.push(words.slice(a, b + 1));
  for (const [a, b] of posRuns) parts.positions.push(words.slice(a, b + 1));
  // everything else, in the order it was written
  for (let k = 0; k < words.length; k++) if (role[k] === undefined) parts.rest.push(words[k]!);
}

/** Each word's kind (a capital, an organisation's noun, a position word, …), an initial before a capital a name's, an agency's letters before a place an organisation's head. */
function wordKindsOf(words: readonly string[]): WordKind[] {
  const kinds: WordKind[] = [];
  for (const w of words) {
    const kind = kindOf(w);
    // `sekreterare A. Strand`: a given name written as its initial and point, before a capitalised word, is a name's word
    // (not a position's going on)
    const k = kinds.length;
    if (kind === 'cap' && k > 0 && kinds[k - 1] === 'other' && INITIAL.test(words[k - 1]!)) kinds[k - 1] = 'cap';
    // `chef arbetsförmedlingen`, `samordnare projektkontoret`, `chef vård- och omsorgsförvaltningen`: the unit in lower
    // case right after a position word is the position's, no organisation (a name is capitalised: `chef Arbetsförmedlingen`)
    kinds.push(kind === 'org' && unitOfPosition(words, kinds, k) ? 'lower' : kind);
  }
  // `IFO Norrby`, `AF Kristianstad`: an agency's or a unit's letters before a place open an organisation, no name
  // (not a party's letters, nor a name's word in capitals: `ANNA EK`)
  for (let i = 0; i + 1 < words.length; i++) {
    const before = i === 0 || kinds[i - 1] !== 'cap';
    if (kinds[i] === 'cap' && before && (kinds[i + 1] === 'cap' || kinds[i + 1] === 'org') && isAcronym(words[i]!) && !isGivenName(words[i + 1]!)) kinds[i] = 'orgHead';
  }
  return kinds;
}

/** The runs of words that name organisations (`Marks kommun`, `Region Västerbotten`, `VD Norrby Energi AB`), claimed in `role`. */
function organisationRuns(words: readonly string[], kinds: WordKind[], role: (Role | undefined)[], parts: Parts): [number, number][] {
  const orgRuns: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    let from = -1;
    let to = -1;
    // `Linnea Bergstad (M)`: a surname that ends like an organisation (`-stad`), right after a given name
    if (kinds[i] === 'org' && i === 1 && words.length === 2 && isGivenName(words[0]!) && SURNAME_LIKE.test(words[1]!)) {
      kinds[i] = 'cap';
      continue;
    }
    if (COMPANY.has(words[i]!) && i > 0 && kinds[i - 1] === 'cap' && role[i - 1] === undefined) {
      // `VD Norrby Energi AB`: the capitalised words before a company's form are its name, no person's
      // (back to a given name, which opens the person's name before the company's: `Per Lind Norrby Energi AB`)
      from = i;
      while (from > 0 && kinds[from - 1] === 'cap' && role[from - 1] === undefined && !isGivenName(words[from - 1]!)) from--;
      if (from === i) continue;
      to = i;
    } else if (kinds[i] === 'org') {
      from = i;
      to = i;
      // (`Skara Kommun`, `Borås Stad`: the bare noun capitalised takes its place too; `Försäkringskassan` is a whole name)
      const lowerSuffix = OPENS_LOWER.test(words[i]!) || PLACE_NOUN.has(words[i]!.toLowerCase());
      if (lowerSuffix && i > 0 && kinds[i - 1] === 'cap' && role[i - 1] === undefined) from = i - 1;
      // (not the surname after a given name: `Anna Fors Universitet` names the person before the organisation)
      else if (i > 0 && kinds[i - 1] === 'cap' && role[i - 1] === undefined && GENERIC_ORGANISATION.has(words[i]!.toLowerCase()) && !isGivenName(words[i - 1]!) && !(i > 1 && kinds[i - 2] === 'cap' && isGivenName(words[i - 2]!))) from = i - 1;
      // `Sjöbygdens Samordningsförbund`, `Skogsarbetarnas Riksförbund`: a capitalised genitive before the noun is its name
      // (not a surname after a given name: `Anna Fors Försäkringskassan`)
      else if (i > 0 && kinds[i - 1] === 'cap' && role[i - 1] === undefined && organisationGenitive(words, kinds, i - 1)) from = i - 1;
      if (from > 0 && kinds[from - 1] === 'orgPrefix') from--;
      // `Barn- och utbildningsförvaltningen`: the first half of a compound joined to the organisation by `och`
      if (from >= 2 && words[from - 1] === 'och' && words[from - 2]!.endsWith('-') && role[from - 2] === undefined) from -= 2;
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
  return orgRuns;
}

/** The runs of words that are positions (modifiers and a position word, up to an organisation), claimed in `role`. */
function positionRuns(words: readonly string[], kinds: readonly WordKind[], role: (Role | undefined)[], parts: Parts): [number, number][] {
  const posRuns: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (role[i] !== undefined || (kinds[i] !== 'position' && kinds[i] !== 'modifier')) continue;
    let to = i;
    // `1:e vice ordförande`: a chain of modifiers counts only when a word follows them
    while (to + 1 < words.length && kinds[to] === 'modifier' && kinds[to + 1] === 'modifier') to++;
    if (kinds[to] === 'modifier' && !(kinds[to + 1] === 'position' || kinds[to + 1] === 'lower')) continue;
    // (`ekonom 71`: a number alone at the segment's end is the §§ the person attended, no part of the position; `rektor 6-9` keeps its grades)
    // (and `ordförande 39-48`: a range after a seat's word, which has no grades, is the §§ the seat was held for)
    while (continuesPosition(kinds, role, to + 1) && !attendedAfter(words, to)) to++;
    // (`ledamot ej 41`: the `ej` before the §§ missed is theirs)
    if (to > i && words[to] === NOT && (to + 1 === words.length || DIGIT_FIRST.test(words[to + 1]!))) to--;
    // `förvaltningschef för Intern Service (Tor Falk)`: the unit the position heads, up to a given name (the person's)
    if (to > i && POSITION_UNIT_PREPOSITION.has(words[to]!)) {
      while (to + 1 < words.length && role[to + 1] === undefined && kinds[to + 1] === 'cap' && !isGivenName(words[to + 1]!)) to++;
    }
    // `projektledare Cresco+`: a single capitalised word right after the position belongs to it
    if (to + 2 === words.length && role[to + 1] === undefined && kinds[to + 1] === 'cap' && parts.names.length > 0) to++;
    // `Teknisk chef Nils Ruud`: the capitalised word before a position that opens the segment qualifies it
    // `Ola Inge, administrativ chef`, `medicinskt ansvarig`: an adjective opening the segment qualifies it too
    // (a known one anywhere: `Rita Holm (S) personlig ersättare`)
    // `Per Ek, Teknisk chef`, `Per Ek Teknisk chef`: capitalised, after the name, a known adjective (`Sundell` ends like one), or
    // any adjective that opens the segment after the name's
    const before = i > 0 && kinds[i] === 'position' && role[i - 1] === undefined ? words[i - 1]! : '';
    const adjective =
      before !== '' &&
      (kinds[i - 1] === 'lower'
        ? (ADJECTIVE.test(before) && (i === 1 || words[i - 2]!.endsWith(','))) || POSITION_ADJECTIVE.has(before)
        : kinds[i - 1] === 'cap' && OPENS_LOWER.test(words[i]!) && (POSITION_ADJECTIVE.has(before.toLowerCase()) || (i === 1 && parts.names.length > 0 && ADJECTIVE.test(before.toLowerCase()))));
    let from = adjective ? i - 1 : i === 1 && kinds[0] === 'cap' && role[0] === undefined && OPENS_LOWER.test(words[1]!) && kinds[to + 1] === 'cap' ? 0 : i;
    // `barn- och utbildningschef`: the first half of a compound joined to the position by `och`
    if (from >= 2 && words[from - 1] === 'och' && words[from - 2]!.endsWith('-') && role[from - 2] === undefined) from -= 2;
    // `kommunstyrelsens ordförande`, `fullmäktiges I vice ordförande` (`fm:s`): an organ's genitive before the position says whose it is
    // (capitalised as the part's first word after a name: `Per Ek, Beredningsgruppens ordförande`, `Styrelsens vice ordförande`)
    if (from > 0 && role[from - 1] === undefined && (kinds[from - 1] === 'lower' ? ORGAN_GENITIVE.test(words[from - 1]!) : from === 1 && kinds[0] === 'cap' && ORGAN_GENITIVE.test(words[0]!.toLowerCase()))) from--;
    claim(role, from, to, 'position');
    posRuns.push([from, to]);
    i = to;
  }
  return posRuns;
}

/** The runs of capitalised words: the first a name, after it one an organisation (added to `orgRuns`); none after the remark at `remarkFrom`. */
function readNameRuns(words: readonly string[], kinds: readonly WordKind[], role: (Role | undefined)[], parts: Parts, orgRuns: [number, number][], remarkFrom: number): void {
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
}
