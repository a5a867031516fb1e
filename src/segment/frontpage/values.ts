// What a value on a front page is, from its text alone: a § range (`1-12`, `§§ 88–94`), a
// date (`2007-01-08`, `tisdagen den 23 januari 2024`), people (`Ewa Engdahl (c),
// ordförande`, `Ekonomichef Anders Svensson`), or some other text (a place, an organ).
// The pairing of labels with values an extractor printed apart goes by these classes.
import type { ValueClass } from '../../lexicon/frontpage.js';
import {
  ASSOCIATION_ACRONYMS, ORGANISATION_HEADS, ORGANISATION_SUFFIXES, PARTICIPANTS_ELSEWHERE, PARTIES, POSITION_ACRONYMS, POSITION_MODIFIERS, POSITION_ORDINALS, POSITION_WORDS, ROLE_HEADINGS,
  SURNAME_LIKE_SUFFIXES, WEEKDAYS,
} from '../../lexicon/sv.js';
import { findDates, findTimes } from '../../text/dates.js';
import { TextMemo } from '../../text/memo.js';
import { isRangeList } from '../../text/range-list.js';
import { allButLength } from '../../text/all-members-but.js';
import { alternation, opensLikeTwo, trimEndOf, trimStartOf } from '../../text/patterns.js';
import { surnameFirstRun } from '../../text/surname-first-run.js';
import { givenNameList, isGivenName, isPartyWord, isStaffPosition, splitPersons, surnameFirst } from '../../text/persons.js';
import { ANY_LETTER, CAPITALISED_WORD, LOWER_LETTER, OPENS_LOWER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const RANGE = /^(?:§§?\s*)?\d{1,4}\s*(?:[-‐‑‒–—]+|till)\s*(?:§\s*)?\d{1,4}$/u;
const WEEKDAY = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(WEEKDAYS)})(?![${ANY_LETTER}])|(?<![${ANY_LETTER}])den(?![${ANY_LETTER}])`, 'giu');
const LEADING_MARK = new RegExp(`^[xX-] [${UPPER_LETTER}]`, 'u');
const PARTY = new RegExp(`\\(\\s*(?:${alternation(PARTIES)})\\s*\\)`, 'iu');
// (the letters as capitals, then a capitalised word: `S Ulla`, not an initial before a surname's hyphen; or a local
// party's two to four capitals, `MBP Henry Sand`, which the lexicon does not know)
const PARTY_BEFORE = new RegExp(`^(?:${alternation(PARTIES.filter((p) => p === p.toUpperCase()))}|[${UPPER_LETTER}]{2,4}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
// the most letters a party's name before a person is written with (`SVPL`)
const PARTY_LETTERS = 4;
// (a double name written as one word, `JanAnders`, is one capitalised word too)
const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:[${UPPER_LETTER}][${LOWER_LETTER}]+)?(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*\\*?$`, 'u');
const POSITION = new RegExp(`(?:${alternation(POSITION_WORDS)})$`, 'iu');
const PARTICLE = /^(?:von|af|van|de|der|da)$/u;
// a middle name's initial with its point (`Karin B. Holm`)
const INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.$`, 'u');
// or without it right after a given name (`Eva R Sten`; not after a surname, where a capital alone is a party's: `Per Ås M`)
const BARE_INITIAL = new RegExp(`^[${UPPER_LETTER}]$`, 'u');
const initialAt = (words: readonly string[], k: number): boolean =>
  INITIAL.test(words[k]!) || (k > 0 && BARE_INITIAL.test(words[k]!) && isGivenName(words[k - 1]!) && (k < 2 || !CAPITALISED.test(words[k - 2]!)));
const MODIFIER = new RegExp(`^(?:${alternation(POSITION_MODIFIERS)})$`, 'iu');
const ORDINAL = new Set<string>(POSITION_ORDINALS);
const ACRONYM_POSITIONS = new Set<string>(POSITION_ACRONYMS);
const ASSOCIATIONS = new Set<string>(ASSOCIATION_ACRONYMS);
const ORGANISATION_HEAD = new RegExp(`^(?:${alternation(ORGANISATION_HEADS)})$`, 'iu');
const ORGANISATION = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)})$|^(?:${alternation(ORGANISATION_HEADS)})$`, 'iu');

// (each of them, where a list and its column of crosses ran on: `Jonas Holm X Maja Ek X`)
const SPACED_CROSS = new RegExp(`(?<=[${LOWER_LETTER}]|\\)) {1,3}X(?=,| {1,3}[${UPPER_LETTER}]|$)`, 'gu');

/** A § range (`1-12`, `§§ 88–94`), or a list of numbers and ranges that holds one (`35-39, 42`). */
export const isRange = (text: string): boolean => {
  const t = text.trim();
  return RANGE.test(t) || isRangeList(t);
};

// `Shirin Hedlund X`, `Madelaine Sjöö X, ej § 91-97`: capitalised words crossed in an attendance column
const CROSSED_NAME = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}]+){1,3}\\s+X(?:,|$)`, 'u');
/** A name crossed as present, though the lexicon may not know its given name. */
export const crossedName = (text: string): boolean => CROSSED_NAME.test(text);

// `Maria Lövstad`: a surname that ends as a town does (`Kristianstad`), the person's where a known given name goes before it
const SURNAME_LIKE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:${alternation(SURNAME_LIKE_SUFFIXES)})$`, 'u');
/** Whether the run's word at k names an organisation, not the surname after a known given name. */
const organisationAt = (run: readonly string[], k: number): boolean =>
  ORGANISATION.test(run[k]!) && !(k > 0 && SURNAME_LIKE.test(run[k]!) && isGivenName(run[k - 1]!));

const NAME_SHAPED = new RegExp(`^${CAPITALISED_WORD}(?:\\s${CAPITALISED_WORD}){1,2}$`, 'u');
/** Two or three capitalised words and nothing else, none an organisation's (`Xiomara Hedlund`, not `Region Kronoberg`). */
export const nameShaped = (text: string): boolean => NAME_SHAPED.test(text) && !text.split(' ').some((w) => ORGANISATION.test(w));

const ELSEWHERE = new RegExp(`^(?:${alternation(PARTICIPANTS_ELSEWHERE)})(?:\\s?\\d{1,3})?\\.?$`, 'iu');
/** `Se bilaga`, `Enligt närvarolista`, `Se följande sidor`: a list of people that stands elsewhere. */
// (its words' first two letters asked first: most values open otherwise)
const mayOpenElsewhere = opensLikeTwo(PARTICIPANTS_ELSEWHERE);
export const namesElsewhere = (text: string): boolean => {
  const t = text.trim();
  return mayOpenElsewhere(t) && ELSEWHERE.test(t);
};

/** A date and little else (a weekday, `den`). */
export function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of [...dates].sort((a, b) => b.index - a.index)) rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
  return rest.replace(WEEKDAY, '').replace(/[^\p{L}]/gu, '').length <= 2;
}

export const hasDate = (text: string): boolean => findDates(text).some((d) => d.iso !== null || d.spelledOut);

/**
 * Somebody named at the start: `Ewa Engdahl (c), ordförande`, `Björn Ekvall (C)`,
 * `Maja Roth`, `Peter Kron, kommunchef`, `Ekonomichef Anders Svensson`, `Engdahl Ewa`.
 * Two capitalised words are a person when one of them is a known given name, or when a
 * party, a position or an organisation stands beside them.
 */
export function namesPerson(text: string): boolean {
  // a mark of attendance before the name or a cross after it (`Tina Lund X`) says nothing of who it is
  // (as does the leader a signer's label left before it: `... Per Lund`)
  let t = trimStartOf(text.trim(), '.…_:').trimStart().replace(/^(?:\[[ xX✓]?\]|[☐☒☑✓✔])\s*/u, '');
  // (and an Åland roll's bare mark before the name: `x Sundberg Ragnar`, or `- Grönlund Britt` where a cross marks a name
  // further on; a dash alone before names is a list's bullet)
  if (t.charCodeAt(1) === 32 && LEADING_MARK.test(t) && (t.charCodeAt(0) !== 45 || t.includes(' x '))) t = t.slice(2);
  if (t.includes(' X')) t = t.replace(SPACED_CROSS, '');
  // `Wiremu Tane Anmält förhinder`, `Yrsa Holm, frånvarande`: a remark that the person sent word says the words before it
  // name one, whatever the given name (an attendance table's row; the list ended there and lost the rows after it)
  const remark = MAY_ABSENCE.test(t) ? ABSENCE_REMARK.exec(t) : null;
  // (`Eva Lind (M), förhinder`: the party's bracket before the remark's comma says so too)
  if (remark) return isName(t.slice(0, remark.index), true) || namesPerson(t.slice(0, remark.index));
  // `Försäkringskassan: Lena Holm`, `Region Norrby: Per Ås`: the organisation and a colon before the name
  const colon = t.indexOf(': ');
  // (or the person's position: `Förbundschef: Maria Sten`)
  if (colon > 0 && colon <= MAX_ORGANISATION && (organisationBefore(t.slice(0, colon)) || POSITION.test(t.slice(0, colon)))) return namesPerson(t.slice(colon + 2));
  // `C Märta Lindgren, ordförande`: a party's letters in capitals before the name, one space apart (a party column run on)
  const space = t.indexOf(' ');
  const lead = space >= 1 && space <= PARTY_LETTERS ? PARTY_BEFORE.exec(t) : null;
  if (lead) return namesPerson(t.slice(lead[0].length));
  // `Marks kommun Anders Lindal (M)`: the capitalised words right before a party
  const party = PARTY.exec(t);
  if (party) {
    // (`Okke Sand, (s), Ahlby`: a comma may stand between the name and its bracket)
    const before = t.slice(0, party.index).trim().replace(/,$/u, '').split(/\s+/);
    let n = 0;
    while (n < before.length && (CAPITALISED.test(before[before.length - 1 - n]!) || (n > 0 && n + 1 < before.length && initialAt(before, before.length - 1 - n)))) n++;
    const run = before.slice(before.length - n).filter((w) => !INITIAL.test(w) && !BARE_INITIAL.test(w));
    if (run.length >= 2 && !run.some((_, k) => organisationAt(run, k))) return true;
  }
  // `Samtliga ledamöter utom Per Lind och Eva Ek`: the members who stayed away, named after the words that all but they came
  const allBut = allButLength(t, false);
  if (allBut > 0) return namesPerson(t.slice(allBut));
  // `Maria, Johan, Kalle (FK)`: notes that name people by their given names alone
  if (t.includes(',') && givenNameList(t) !== null) return true;
  // `Granlund, Ann-Sofie (S)`: the surname first, a comma, then a known given name
  if (surnameFirst(t)) return true;
  // `Ahlgren Anders Björkqvist Curt Grönlund Marita`: surname-first names run on without commas
  if (surnameFirstRun(t) !== null) return true;
  // (`Tove Ås/Helena Ny, sekretariatet`: two people sharing a role, a slash between them)
  const segments = t.split(/[,(;/]|\s{2,}|\s[-–]\s/u).slice(0, 3);
  // `Richard Thorell, Mariestads kommun`: an organisation beside the name says it is one
  // (or one that opens with an organisation's head: `Yrsa Holm, Region Mellanland`)
  const organisation = segments.some((seg) => {
    // (`Fia Lund (Sundby kommun)`: the bracket closes the organisation)
    const trimmed = seg.trim();
    const words = (trimmed.endsWith(')') ? trimmed.slice(0, -1) : trimmed).split(/\s+/);
    return ORGANISATION.test(words[words.length - 1]!) || (words.length > 1 && ORGANISATION_HEAD.test(words[0]!));
  });
  // `Okke Sand, V Yrsa Holm, KD`: a party after a bare comma says the words before it are a name, as a bracketed one does
  const bareParty = t.includes(',') && PARTY_AFTER_COMMA.test(t);
  return segments.some((segment, k) => isName(segment, organisation || (k === 0 && (bareParty || (t.includes(',') && /,\s*\p{Ll}/u.test(t))))));
}
// (an organisation's name before its people's colon is a few words)
const MAX_ORGANISATION = 40;
const organisationBefore = (text: string): boolean => {
  const words = text.split(' ');
  return words.length <= 4 && words.every((w) => OPENS_UPPER.test(w) || w === 'kommun' || w === 'län') && (ORGANISATION.test(words[words.length - 1]!) || ORGANISATION_HEAD.test(words[0]!));
};
const ABSENCE_WORDS = ROLE_HEADINGS.find((r) => r.role === 'absent')!.words;
const ABSENCE_REMARK = new RegExp(`(?:(?<=[${LOWER_LETTER}])\\s+|,\\s*)(?:${alternation(ABSENCE_WORDS)})$`, 'iu');
// (a cheap look first: the remarks' last words; plain `i` folds å/ä/ö without Unicode mode)
const MAY_ABSENCE = new RegExp(alternation([...new Set(ABSENCE_WORDS.map((w) => w.split(' ').pop()!))]), 'i');
const PARTY_AFTER_COMMA = new RegExp(`^[^,]{3,60},\\s*(?:${alternation(PARTIES)})(?:\\s|$)`, 'iu');

/**
 * Two to five capitalised words at the start (after a position: `Ekonomichef Anders
 * Svensson`): a name when one is a known given name, or another sign says so (a party, an
 * organisation or a position beside it).
 */
function isName(segment: string, sign: boolean): boolean {
  let words = segment.trim().split(/\s+/).filter((w) => w !== '');
  // `Ekonomichef Anders Svensson`, `Teknisk chef Nils Ruud`, `Bitr. förbundschef Eva Holm`
  const positionWords = words.length > 2 && POSITION.test(words[0]!) ? 1 : words.length > 3 && OPENS_LOWER.test(words[1]!) && POSITION.test(words[1]!) ? 2 : 0;
  const positionFirst = positionWords > 0;
  if (positionFirst) words = words.slice(positionWords);
  let n = 0;
  while (n < words.length && n < 5 && (CAPITALISED.test(words[n]!) || (n > 0 && (PARTICLE.test(words[n]!) || (initialAt(words, n) && CAPITALISED.test(words[n + 1] ?? '')))))) n++;
  // `Lisa Dahl Försäkringskassan`: an organisation after two words of a name, a column gap lost between, says they are one
  const org = words.slice(0, n).findIndex((_, k) => organisationAt(words, k));
  if (org >= 2 && !positionFirst) n = org;
  const run = words.slice(0, n);
  if (run.length < 2 || run.some((_, k) => organisationAt(run, k))) return false;
  // `Pernilla Knutsson biträdande förbundschef`: a position after the name
  const after = words[n];
  // (`Sandell Kim I viceordförande`: a Roman ordinal before the position; a capital I alone is no word of a name)
  const ordinal = after !== undefined && ORDINAL.has(after) && words[n + 1] !== undefined && POSITION.test(words[n + 1]!);
  const positionAfter = after !== undefined && (POSITION.test(after) || MODIFIER.test(after) || ordinal || ACRONYM_POSITIONS.has(after.replace(/[,.]$/u, '')));
  // (`Roger Alm 08.15–11.00`, `Eva Ek 6-13`: the hours or §§ attended after the name are a remark, as lower-case words are)
  if (after !== undefined && !positionAfter && !/^[\p{Ll}\d]/u.test(after)) {
    // `Anna Sand S ordförande`, `Lisa Dahl Försäkringskassan`: the party's letters or the organisation after the name, a column gap lost between
    // (or the association a council's member speaks for: `Rolf Lind PRO`)
    if (isPartyWord(after) || ORGANISATION.test(after) || ASSOCIATIONS.has(trimEndOf(after, ','))) return true;
    // (more capitalised words than a name has: several names in a row, `Berit Lund Karin Ström Olle Sjö`)
    return !positionFirst && namesInRow(words);
  }
  return run.some(isGivenName) || sign || positionFirst || positionAfter;
}

/**
 * Capitalised words that the person splitter cuts into names of two to four words, most of them (and one at least)
 * opening with a known given name (`Maidie Wiklund Robert Uitto Mona Nyberg`: a given name the lexicon lacks is no
 * reason to read the list as a place); what follows the run in small letters is the last name's remark (`Bo Ek för Eva Ås`).
 */
function namesInRow(words: readonly string[]): boolean {
  let n = 0;
  while (n < words.length && (CAPITALISED.test(words[n]!) || PARTICLE.test(words[n]!))) n++;
  if (n < words.length && !OPENS_LOWER.test(words[n]!)) return false;
  const said = words.slice(0, n).join(' ');
  // (`Nordqvist Sune Wiklöf Gunvor Storbacka Rolf`: a Finnish roll, surname first, is names in a row too)
  if (surnameFirstRun(said) !== null) return true;
  const names = splitPersons(said);
  if (names.length < 2) return false;
  let known = 0;
  for (const name of names) {
    const w = name.split(' ');
    if (w.length < 2 || w.length > 4) return false;
    if (isGivenName(w[0]!)) known++;
  }
  return known >= 1 && 2 * known >= names.length;
}

/**
 * `Lisa Berg, kommunchef`: a person named with a staff position, no party and no organisation
 * (`Anna Berg, Försäkringskassan, sektionschef` sits on a förbund's board for her agency).
 */
export function namesStaff(text: string): boolean {
  if (PARTY.test(text)) return false;
  if (isStaffPosition(text) && !text.split(/[\s,]+/u).some((w) => ORGANISATION.test(w))) return true;
  // (`Jon Kvist (kvalitetschef) 107`, `Eva Holm (chef vård- och omsorgsförvaltningen)`, `Rut Alm (medicinskt ansvarig
  // sjuksköterska, MAS)`: the position in brackets after the name, its first clause, perhaps the §§ attended after it)
  const bracket = text.includes('(') ? BRACKETED_LAST.exec(text) : null;
  if (!bracket) return false;
  const clause = bracket[1]!.split(',')[0]!.trim();
  const space = clause.indexOf(' ');
  return isStaffPosition(clause) || (space > 0 && isStaffPosition(clause.slice(0, space)));
}
// the last bracket of an entry, and the §§ after it
const BRACKETED_LAST = /\(([^()]{2,80})\)[\s\d,–-]*$/u;

/** The class of a value, for pairing it with a label that takes that class. */
export function classOf(text: string): Exclude<ValueClass, 'none'> {
  return CLASSES.get(text);
}

// the reader asks for a value's class several times, and the same values (`Ersättare`, a
// date) recur from document to document
const CLASSES = new TextMemo<Exclude<ValueClass, 'none'>>(10_000, (text) =>
  // (`Enligt närvarolista`, `Se bilaga`: the list of people a label takes, standing elsewhere)
  isRange(text) ? 'range' : isDateOnly(text) ? 'date' : (namesPerson(text) && !isPlaceAndTime(text)) || namesElsewhere(text) ? 'persons' : 'text',
);

/**
 * A place with the hour or day of the meeting (`Stadshuset Ulla, kl 13.00`, `Hotell Nora Vik,
 * 13.15–16.00`, `Sal Gustav, 2024-02-01`): a room may bear a given name, but a person's
 * entry with hours starts with a given name or a position, or has a party (`Per Lind, kl 13.00–14.00`).
 */
function isPlaceAndTime(text: string): boolean {
  if (!/\d/.test(text) || PARTY.test(text)) return false;
  const first = /^[\p{L}-]+/u.exec(text)?.[0];
  if (first !== undefined && (isGivenName(first) || POSITION.test(first))) return false;
  // (nor a roll of several, surname first, with the hours one of them sat: `Ek Anna ordförande Berg Eva suppleant kl. 17:00-18:20`)
  return !surnameFirstWithPosition(text) && (findTimes(text, true).length > 0 || hasDate(text)) && surnameFirstRun(text) === null;
}

// a name written surname first and its position after a comma (`Nordberg Mika, kommunfullmäktiges ordförande, 21, kl. 16:00-17:00`)
const SURNAME_FIRST_ENTRY = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]+ ([${UPPER_LETTER}][${ANY_LETTER}-]+), ([^,]+)`, 'u');
/** A person's entry, surname first, the given name known and a position after it: no place, whatever hours it holds. */
function surnameFirstWithPosition(text: string): boolean {
  const m = SURNAME_FIRST_ENTRY.exec(text);
  return m !== null && isGivenName(m[1]!) && POSITION.test(m[2]!.trimEnd());
}

/** A label of this class may take a value of that class. */
export function takes(label: ValueClass, value: Exclude<ValueClass, 'none'>, text: string): boolean {
  switch (label) {
    case 'range':
      return value === 'range';
    case 'date':
      return value === 'date' || hasDate(text);
    case 'persons':
      return value === 'persons';
    case 'text':
      return value === 'text' || value === 'date';
    default:
      return false;
  }
}
