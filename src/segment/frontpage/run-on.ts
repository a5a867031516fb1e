// A block of labels and then all their values run on in one line — a page a transcript
// flattened to a line, a table whose cells were read across (`Ledamöter Tjg ersättare
// Tjänstemän Jan Berg (S), ordf Eva Ek (M) Olle Ny (S) för Ulla Ås Lisa Holm, socialchef`):
// the line is cut into its people (and the pieces between them), and each label takes a run
// of them in order, as `align.ts` pairs a block of labels with a value a line. Without this
// every person went to one label.
import { alternation } from '../../text/patterns.js';
import { splitPersons } from '../../text/persons.js';
import { officialsAfterMembers } from '../../text/officials-after-members.js';
import { SUBSTITUTE_PHRASES } from '../../lexicon/sv.js';
import { roleOfHeading } from '../participants.js';
import type { Piece } from './pieces.js';
import type { FrontPageField } from './read.js';
import { classOf } from './values.js';
import { namesThenPlace } from './names-then-place.js';
import { findDates } from '../../text/dates.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const PERSON_TAKERS = new Set<string>(['participants', 'adjusters']);
const WHEN_AND_WHERE = new Set<string>(['placeAndTime', 'dateAndTime', 'place']);
// (a run-on line names several people: fewer than this many characters is a name or two)
const MIN_RUN = 40;
const SUBSTITUTE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...SUBSTITUTE_PHRASES, 'för'])})\\s+[${UPPER_LETTER}]`, 'u');
// `Tjg ersättare`, `Tjänstgörande ersättare`: those who sit in another's stead, not the deputies who only attend
const SERVING = /^(?:tjg|tjänstgörande)\b/iu;

/**
 * The values' lines for pairing with two or more labels of people, a person a line, where
 * the values stand on fewer lines than there are labels and one of them runs on; else null.
 */
export function runOnEntries(takers: readonly FrontPageField[], values: readonly Piece[]): Piece[][] | null {
  // (or one, after the meeting's place and time: `Plats och tid Beslutande Stadshuset, 3 mars 2014 Eva Ek (S) Olle Ny (M)`)
  const people = takers.filter((f) => PERSON_TAKERS.has(f.field)).length;
  if (people < 2 && !(people === 1 && WHEN_AND_WHERE.has(takers[0]!.field))) return null;
  if (!values.some((p) => p.text.length >= MIN_RUN)) return null;
  const lines: Piece[][] = [];
  for (const p of values) {
    // (a run may open with the text of a label before the people's: `Stadshuset, Ekeby Eva Ek (S) …`)
    // (`… Olle Rask (M) Kommunchef Åsa Ek Ekonomichef Jan Berg`: the officials, positions first, are one entry, not cut
    // name first, which gave each official the next one's position)
    const officials = p.text.length < MIN_RUN ? null : officialsAfterMembers(p.text);
    const entries = p.text.length < MIN_RUN ? [] : officials ? [...splitPersons(officials[0]), officials[1]] : splitPersons(p.text);
    // (most of what it holds name people: a remark or a label's text among them takes the run of a label of its kind, or costs)
    // (and a list whose people commas part one from the next, every one, is one cell's: one label's list, not runs of several)
    if (entries.length < 2 || commaList(entries) || 2 * entries.filter((e) => classOf(e) === 'persons').length <= entries.length) lines.push([p]);
    else for (const entry of entries) lines.push([{ ...p, text: entry }]);
  }
  // (`Övriga närvarande Utses att justera Justeringens plats och tid Eva Ek, kommunchef … Olle Berg Kommunkansliet`: the run's
  // last entry is the adjuster's name run on into the adjusting's place, which is that label's)
  // (and `… Lisa Holm, kanslichef Kommunkansliet 2016-09-29`: the last official's position run on into the adjusting's place
  // and day, which are that label's, not the position's)
  if (lines.length > 1 && takers.some((f) => f.field === 'adjustedAt')) {
    const last = lines[lines.length - 1]!;
    const cut = last.length === 1 ? (namesThenPlace(last[0]!.text, true) ?? datedAfterPosition(last[0]!.text)) : null;
    if (cut) lines.splice(lines.length - 1, 1, [{ ...last[0]!, text: cut.names }], [{ ...last[0]!, text: cut.rest }]);
  }
  return lines.length > takers.length ? lines : null;
}

// a name, its comma and a position in lower case, then perhaps a place's capitalised words: what stands before the day
const POSITION_THEN_PLACE = new RegExp(`^(.+?, [${LOWER_LETTER}][${LOWER_LETTER} .-]*?)(?: ([${UPPER_LETTER}][^,]*))?$`, 'u');
// (a dated tail is short: the day and perhaps its hour, `2016-09-29 kl 15.00`)
const MAX_AFTER_DATE = 16;
/** `Lisa Holm, kanslichef Kommunkansliet 2016-09-29`: the entry cut before its place and day, or null. */
function datedAfterPosition(text: string): { names: string; rest: string } | null {
  if (!text.includes(', ')) return null;
  const date = findDates(text)[0];
  if (!date || date.index === 0 || text.length - (date.index + date.length) > MAX_AFTER_DATE) return null;
  const m = POSITION_THEN_PLACE.exec(text.slice(0, date.index).trimEnd());
  if (!m || classOf(m[1]!) !== 'persons') return null;
  return { names: m[1]!.trim(), rest: text.slice(m[1]!.length).trim() };
}

/** Every entry but the last closed by a comma (`Sven Ek,` `Lisa Holm,` `Per Ås`): one list written as such. */
function commaList(entries: readonly string[]): boolean {
  for (let k = 0; k + 1 < entries.length; k++) if (!entries[k]!.endsWith(',')) return false;
  return true;
}

/** The members' label first and the attending deputies' right after it (`Beslutande ledamöter` / `Ej tjänstgörande ersättare`). */
export const attendingAfterMembers = (takers: readonly FrontPageField[]): boolean =>
  takers[0]!.field === 'participants' && roleOfHeading(takers[0]!.label) === 'member' && takers[1]?.field === 'participants' && attendingDeputies(takers[1]);

// headings that stand over the lists' own headings after them (`Närvarande` / `Ledamöter`, `Övriga närvarande` / `Ersättare`)
const OVER_HEADINGS = new Set<string>(['närvarande', 'övriga närvarande', 'övriga deltagare', 'övriga deltagande']);

/**
 * Headings over the headings after them (`Närvarande` over `Ledamöter`, `Övriga närvarande`
 * over `Tjänstemän`, `Beslutande` over `Ledamöter`) take no run of their own: the labels that do, in order.
 */
export function runTakers(takers: readonly FrontPageField[]): FrontPageField[] {
  return takers.filter((f, k) => {
    const next = takers[k + 1];
    if (!next || f.field !== 'participants' || next.field !== 'participants') return true;
    const key = f.label.toLowerCase();
    return !(OVER_HEADINGS.has(key) || (key === 'beslutande' && roleOfHeading(next.label) === 'member'));
  });
}

// an entry closed by its § numbers and a comma (`Eva Ek, 49,`), and a name of two words alone after it (`Zinta Lind,`)
const NUMBERS_CLOSED = /\d,$/u;
const NAME_OF_TWO = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)? [${UPPER_LETTER}][${LOWER_LETTER}][${LOWER_LETTER}-]*,?$`, 'u');
/**
 * A run-on entry that goes on a list of people after an official's § numbers (`Eva Ek, 49,` / `Zinta Lind,`): a name
 * of two words the splitter opened there, whatever its given name, which alone would read as a text.
 */
export const nameAfterNumbers = (before: string, entry: string): boolean => NUMBERS_CLOSED.test(before) && NAME_OF_TWO.test(entry);

/** Whether an entry names a substitute and whom they sit for (`Bo Ek (S) ersätter Ulf Ås (S)`). */
export const substitutes = (text: string): boolean => SUBSTITUTE.test(text);

/** An entry unlikely under its label beside the others: a substitute among members when deputies in service have a label, and the reverse. */
export function unlikelyInService(f: FrontPageField, text: string, serving: boolean): boolean {
  if (!serving || f.field !== 'participants') return false;
  const role = roleOfHeading(f.label);
  if (role === 'member') return SUBSTITUTE.test(text);
  return role === 'deputy' && SERVING.test(f.label) && !SUBSTITUTE.test(text);
}

/**
 * `Beslutande ledamöter` before `Ej tjänstgörande ersättare`, their people run on: the members' list
 * closes on its substitutes (`Bo Ek (S) ersätter Ulf Ås (S)`) and the deputies who only attend
 * follow them. How label `k` weighs the substitutes among its entries: `closes` (the members, whose
 * entries after the run's last substitute stand where the deputies' would), `holdsNone` (the attending
 * deputies, whose substitutes stand where the members' would), or null. (Asked once a label: its
 * headings' roles read once, not for every run the alignment weighs.)
 */
export function servingOrderOf(takers: readonly FrontPageField[], k: number): 'closes' | 'holdsNone' | null {
  const f = takers[k]!;
  if (f.field !== 'participants') return null;
  const role = roleOfHeading(f.label);
  const next = takers[k + 1];
  if (role === 'member' && next?.field === 'participants' && attendingDeputies(next)) return 'closes';
  const before = takers[k - 1];
  if (attendingDeputies(f) && before?.field === 'participants' && roleOfHeading(before.label) === 'member') return 'holdsNone';
  return null;
}

/** Which of the entries [from, to) stand where the other list's would, by the label's order (see servingOrderOf). */
export function outOfServingOrder(order: 'closes' | 'holdsNone' | null, substitutes: readonly boolean[], from: number, to: number): number {
  if (order === 'closes') {
    let last = -1;
    for (let j = from; j < to; j++) if (substitutes[j]) last = j;
    return last < 0 ? 0 : to - 1 - last;
  }
  if (order === 'holdsNone') {
    let n = 0;
    for (let j = from; j < to; j++) if (substitutes[j]) n++;
    return n;
  }
  return 0;
}
// `Ej tjänstgörande ersättare`, `Närvarande ej tjänstgörande ersättare`: deputies who attend and do not sit
const NOT_SERVING = /(?:^|\s)ej\s+tjänstgörande(?:\s|$)/iu;
const attendingDeputies = (f: FrontPageField): boolean => NOT_SERVING.test(f.label) && roleOfHeading(f.label) === 'deputy';

/**
 * `Ej tjänstgörande ersättare Beslutande`: the attending deputies' label written right before the members', their lists
 * run on after both as they run after the members' label first (the chair's list, closing on its substitutes, then the
 * deputies who only attend): the labels in the order their lists stand. The labels themselves where no such pair is.
 */
export function membersFirst(takers: FrontPageField[]): FrontPageField[] {
  const k = takers.findIndex((f, j) => f.field === 'participants' && attendingDeputies(f) && takers[j + 1]?.field === 'participants' && roleOfHeading(takers[j + 1]!.label) === 'member');
  return k < 0 ? takers : [...takers.slice(0, k), takers[k + 1]!, takers[k]!, ...takers.slice(k + 2)];
}

/** Whether any label names the deputies in service. */
export const namesServing = (takers: readonly FrontPageField[]): boolean => takers.some((f) => f.field === 'participants' && SERVING.test(f.label));
