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
// The parts live beside it: attended.ts (§§), party.ts, substitute.ts, abbreviations.ts, surname-first.ts,
// words.ts (each word's kind) and read-segment.ts (a segment's words grouped).
import type { ParagraphRange } from '../../schema/result.js';
import { collapse } from '../../text/line.js';
import { mayNameVacantSeat } from '../../text/persons.js';
import { alternation, trimOf } from '../../text/patterns.js';
import { CLOCK_WORDS } from '../../lexicon/sv.js';
import { writeOutAbbreviations } from './abbreviations.js';
import { MAY_ATTEND, PART_OF, readAttendance } from './attended.js';
import { servesForNamed } from './bare-for.js';
import { genitiveMember } from './genitive-member.js';
import { attendedRange, remarkBefore } from './change.js';
import { isPartyAlone, PARTY_AFTER_NAME, PARTY_IN_PARENS, partyFirst } from './party.js';
import { readSegment, type Parts } from './read-segment.js';
import { findSubstitute, findVacantSubstitute } from './substitute.js';
import { joinSurnameFirst } from './surname-first.js';
import { isAcronym, isPositionWord, kindOf, positionCase } from './words.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

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
  /** the line says the person serves in a seat nobody holds (`ersätter vakant (S)`): a deputy, for no member */
  servesVacant?: boolean;
}

// where a line's segments part: a comma, a semicolon, a slash (not one between two acronyms: `samordnare MT/CT`, nor one
// between two words in lower case, which join one position's: `sektorchef gata/park`, `budgetekonom/controller`), a tab, a
// column gap
// (the slash's alternative opens on the slash itself: a letter of the same case either side of it is asked only there)
const SEGMENT_BREAK = new RegExp(`[,;]|\\/(?!(?<=[${UPPER_LETTER}]\\/)[${UPPER_LETTER}]|(?<=[${LOWER_LETTER}]\\/)[${LOWER_LETTER}])|\\t+| {2,}`, 'u');
const PARENS = /\(([^()]{0,200})\)/g;
// lower-case words (a position, `v ordf`) and then a party's letters in lower case: `ordf m`, `v ordf s`
const PARTY_AFTER_POSITION = new RegExp(`^([${LOWER_LETTER}][${LOWER_LETTER}.]*(?: [${LOWER_LETTER}][${LOWER_LETTER}.]*)*) ([${LOWER_LETTER}]{1,3})$`, 'u');
// a position in a bracket is a few words, letters only
const MAX_BRACKETED_POSITION = 3;
// the most words a unit in a position's bracket is read whole with (`Arbete och välfärd`, `teknisk förvaltning`)
const MAX_UNIT_WORDS = 5;
// (`Teknik och service`: capitalised, its parts joined by `och`)
const CAPITALISED_AND = new RegExp(`^[${UPPER_LETTER}][^,;()\\d]* och [${LOWER_LETTER}][^,;()\\d]*$`, 'u');

/**
 * The words after a position's comma in a bracket, where the bracket bounds one unit that the segment reader would cut:
 * capitalised with `och` in it (`Teknik och service`), or in lower case ending on an organisation's word
 * (`teknisk förvaltning`); null for anything else (`Norrby kommun`, a party, a remark), read as before.
 */
function unitAfterPosition(tail: string): string | null {
  const words = tail.split(/\s+/);
  if (words.length < 2 || words.length > MAX_UNIT_WORDS) return null;
  if (CAPITALISED_AND.test(tail)) return tail;
  return kindOf(words[0]!) === 'lower' && kindOf(words[words.length - 1]!) === 'org' && LOWER_WORDS.test(tail) ? tail : null;
}
const LOWER_WORDS = new RegExp(`^[${LOWER_LETTER}. -]+$`, 'u');
// (the end's minutes a transcript lost too: `kommunchef 8:15-11:`)
const HOURS_AFTER_WORD = new RegExp(`([${LOWER_LETTER}])\\s+(\\d{1,2}[.:]\\d{2}\\s?[-–]\\s?\\d{1,2}(?:[.:]\\d{2}|:(?![\\d:])))(?!\\d)`, 'gu');
// (the cheap test: a clock time that opens a range)
const MAY_HOURS = /\d[.:]\d\d\s?[-–]/;
const DIGIT = /\d/;
// a clock's word after a word in lower case (a position's, a remark's) and nothing after it
const LOST_CLOCK = new RegExp(`(?<=[${LOWER_LETTER}.])[\\s,]+(?:${alternation(CLOCK_WORDS)})$`, 'u');
const MAY_END_ON_CLOCK = /[lon.]$/u;
// (or a space before a comma: `ersättare , 312`, the number that stood before the comma stripped)
const EMPTY_SLOT = /,\s*,|\s,/u;
// what a list of §§ is written with: digits, a range's dash, commas and spaces
const LIST_CHAR = /[\d\s,–-]/u;
// a § number or range
const LIST_ENTRY = /^\d{1,4}(?:[-–]\d{1,4})?$/u;

/** The §§ list ending an entry, where an entry between its commas is empty (a number stripped): where it starts, and the note. */
function lostEntries(text: string): { at: number; note: string } | null {
  let at = text.length;
  while (at > 0 && LIST_CHAR.test(text[at - 1]!)) at--;
  const tail = text.slice(at);
  if (!DIGIT.test(tail)) return null;
  const parts = tail.split(',').map((part) => part.trim());
  if (!parts.every((part) => part === '' || LIST_ENTRY.test(part))) return null;
  // (the entry's own comma right after its last word, and one closing the list, part nothing)
  if (parts[0] === '' && !/^\s/u.test(tail)) parts.shift();
  if (parts[parts.length - 1] === '') parts.pop();
  if (!parts.includes('')) return null;
  return { at, note: parts.map((part) => (part === '' ? '…' : part)).join(', ') };
}
// a segment of dashes and points only: a cell's filler, no word
const DASHES_ONLY = /^[-–.]+$/;
const DASH_OPENS = new Set<number>([...'-–.'].map((c) => c.charCodeAt(0)));
// (a space among the last four characters: what PARTY_AFTER_POSITION's last word of one to three letters needs)
const endsInShortWord = (segment: string): boolean => segment.lastIndexOf(' ') >= segment.length - 4;

const clean = (s: string): string => trimOf(collapse(s), ',;:–*-');

export function parseParticipantLine(input: string, options: { deputy?: boolean } = {}): ParticipantFields | null {
  let text = joinSurnameFirst(input);
  let party: string | null = null;
  const first = partyFirst(text);
  if (first) {
    party = first.party;
    text = text.slice(first.length);
  }
  // `Lena Dahl, kommunchef 08:15-11:00` (or `08.15–11.00`): the hours attended are a note of their own, not part of the position
  // (a clock time's `:` or `.` and a digit before the pattern: most entries hold neither)
  if ((text.includes(':') || text.includes('.')) && DIGIT.test(text) && MAY_HOURS.test(text)) text = text.replace(HOURS_AFTER_WORD, '$1, $2');
  // `Olavi Saarela stadsdirektör kl`: a clock's word that ends the entry, its time stripped by a transcript, says nothing left
  // (the last letter the cheap test: `kl`, `klo`, `kl.`, `klockan`)
  if (MAY_END_ON_CLOCK.test(text)) text = text.replace(LOST_CLOCK, '');
  text = writeOutAbbreviations(text);
  let paragraphs: ParagraphRange | null = null;
  let substituteFor: string | null = null;
  let changed: string | null = null;
  const notes: string[] = [];
  // `kommunchef, , , 96`, `ekonom 57, ,`, `ersättare , 312`: a list of §§ whose other numbers a transcript stripped, the commas that parted
  // them kept; the number left is not the §§ attended, so the list is a note as written (each lost entry `…`), read no further
  // (two commas with nothing between them the cheap test: most entries hold none)
  const lost = EMPTY_SLOT.test(text) ? lostEntries(text) : null;
  if (lost) {
    notes.push(lost.note);
    text = text.slice(0, lost.at);
  }

  // a second remark may follow the first (`anlände under § 2, lämnade mötet efter § 9`)
  // (every § reference reads a number: a line without a digit, most of them, is not searched for a remark's words)
  for (let pass = 0; pass < 2 && DIGIT.test(text) && MAY_ATTEND.test(text); pass++) {
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
  const sub = findSubstitute(text, options.deputy === true);
  if (sub) {
    substituteFor = sub[1]!;
    text = text.slice(0, sub.index) + ' ' + text.slice(sub.index + sub[0].length);
  }
  // (the seat's word is the cheap test)
  const vacant = sub === null && mayNameVacantSeat(text) ? findVacantSubstitute(text) : null;
  if (vacant) {
    notes.push(clean(vacant[0]));
    text = text.slice(0, vacant.index) + ' ' + text.slice(vacant.index + vacant[0].length);
  }
  // `Bo Dal för Jan-Olof Ek`: a bare `för` between two names without parties
  const named = sub === null && text.includes(' för ') ? servesForNamed(text) : null;
  if (named) {
    substituteFor = named.member;
    text = named.rest;
  }
  // `Vik Sten   Ahls ersättare`: the member in the genitive before the deputy's word (Swedish-language Finnish minutes)
  const genitive = sub === null && named === null && text.includes('s ersättare') ? genitiveMember(text) : null;
  if (genitive) {
    substituteFor = genitive.member;
    text = genitive.rest;
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
  // the unit written after a position's comma in a bracket (`(chef, teknisk förvaltning)`): one organisation
  let units: string[] | null = null;
  // (the party's bracket taken out, most lines hold no other)
  if (bracketed && text.includes('(')) text = text.replace(PARENS, (whole, inner: string) => {
    const c = clean(inner);
    if (c === '') return '  ';
    // another party in brackets stays with the remark it belongs to (`därefter Per Persson (S)`)
    if (PARTY_IN_PARENS.test(whole)) return whole;
    // `(förbundschef)` is a position and `(Försäkringskassan)` an organisation in brackets;
    // `(därefter …)` a remark
    // (`(medicinskt ansvarig sjuksköterska, MAS)`: the words before a comma are asked, the bracket read as if after a comma)
    const comma = c.indexOf(',');
    const head = comma > 0 ? c.slice(0, comma).trimEnd() : c;
    const words = head.split(/\s+/);
    const first = kindOf(words[0]!);
    const unit = comma > 0 && isPositionWord(words[words.length - 1]!) ? unitAfterPosition(c.slice(comma + 1).trim()) : null;
    if (unit) {
      (units ??= []).push(unit);
      return `, ${head},`;
    }
    // (`(politiska sekreterare)`, `(tf kommunchef)`: a few words in lower case that end on a position's word are a position too)
    if (first !== 'lower' || (words.length <= MAX_BRACKETED_POSITION && isPositionWord(words[words.length - 1]!) && LOWER_WORDS.test(head))) return `, ${c},`;
    notes.push(c);
    return '  ';
  });

  const parts: Parts = { names: [], orgs: [], positions: [], rest: [] };
  // (a loop, not map and filter: every line is read so, and no array is made but the split's)
  for (const cut of text.split(SEGMENT_BREAK)) {
    const segment = cut.trim();
    if (segment === '' || (DASH_OPENS.has(segment.charCodeAt(0)) && DASHES_ONLY.test(segment))) continue;
    if (party === null && isPartyAlone(segment)) {
      party = segment.toUpperCase();
      continue;
    }
    // `Nils Holm, ordf m`: an attendance list's party letters after the position, in lower case
    const tail = party === null && endsInShortWord(segment) ? PARTY_AFTER_POSITION.exec(segment) : null;
    if (tail && isPartyAlone(tail[2]!)) {
      party = tail[2]!.toUpperCase();
      readSegment(tail[1]!, parts);
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
    organisation: parts.orgs.length || units ? [...cleanEach(parts.orgs, false), ...(units ?? [])].join(', ') : null,
    party,
    position: parts.positions.length ? cleanEach(parts.positions, true).join(', ') : null,
    paragraphs,
    substituteFor,
    note: notes.length ? notes.join('; ') : null,
    // always present (undefined when nothing changed): one shape for every line's fields
    changed: changed ?? undefined,
    servesVacant: vacant !== null || undefined,
  };
  return fields;
}

/** Each run of words joined and cleaned (a position's case as a position's): a loop, not map with a callback, as every entry's fields are made so. */
function cleanEach(runs: readonly string[][], positions: boolean): string[] {
  const out: string[] = [];
  for (const words of runs) out.push(positions ? positionCase(clean(words.join(' '))) : clean(words.join(' ')));
  return out;
}

/** A line that names an organisation and nobody (`Försäkringskassan`, `Region Skåne`). */
export function organisationOnly(input: string): string | null {
  const text = clean(input);
  if (text === '' || /[,;(]/.test(text)) return null;
  // (an association's or an agency's letters alone: `HRF`, `FUB`)
  if (text.length <= 5 && !text.includes(' ') && isAcronym(text)) return text;
  const parts: Parts = { names: [], orgs: [], positions: [], rest: [] };
  readSegment(text, parts);
  return parts.names.length === 0 && parts.positions.length === 0 && parts.rest.length === 0 && parts.orgs.length === 1
    ? clean(parts.orgs[0]!.join(' '))
    : null;
}

/** A line that names a position and nobody (`vice ordförande`, `Förbundschef`): the position, written out, or null. */
export function positionOnly(input: string): string | null {
  const text = clean(writeOutAbbreviations(input));
  if (text === '' || /[,;(]/.test(text)) return null;
  const parts: Parts = { names: [], orgs: [], positions: [], rest: [] };
  readSegment(text, parts);
  return parts.names.length === 0 && parts.orgs.length === 0 && parts.rest.length === 0 && parts.positions.length === 1
    ? positionCase(clean(parts.positions[0]!.join(' ')))
    : null;
}

/**
 * A line that is only a remark on somebody's attendance (`Lämnade mötet efter § 9`,
 * `(anslöt under punkt 3)`), wrapped under the person it concerns: its §§ and note, or null.
 */
export function attendanceOnly(input: string): { paragraphs: ParagraphRange | null; note: string } | null {
  if (!DIGIT.test(input) || !MAY_ATTEND.test(input)) return null;
  const text = trimOf(input.trim(), '()');
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  const found = readAttendance(lowered);
  if (!found) return null;
  const remark = remarkBefore(lowered.slice(0, found.m.index), isPositionWord);
  const end = found.m.index + found.m[0].length;
  if (!remark || remark.start !== 0 || clean(lowered.slice(end)) !== '') return null;
  return { paragraphs: attendedRange(found.range, remark), note: clean(text.slice(0, end)) };
}
