// Attended §§ written without the sign, as transcripts that lost every § write them
// (`ersätter Ulla Ek (KD) 33-38`, `Ahmed Rashid, ekonomichef 34`): a bare number or range
// that ends a participant's note or position is taken for the §§ attended only when it lies
// inside the range the minutes declare (`Paragrafer 33-40`), or where they declare none, inside
// the range of their numbered items; any other number stays as written.
import { CLOCK_WORDS, POSITION_ACRONYMS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import type { Participant } from '../../schema/result.js';
import { LOWER_LETTER } from '../../text/letters.js';

// (a list run on as a sentence ends its last entry with a point: `ersätter Per Ås (S) 19-24.`)
// (and several ranges or numbers end it as a list: `31-34, 38-40`, `31, 33-35`, `4 och 7`, their commas
// lost where the list's line was cut in segments at them: `31-34 38-40`)
const ENTRY = '\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?';
const TRAILING = new RegExp(`(?:^|\\s)(${ENTRY}(?:(?:\\s*,\\s*|\\s+och\\s+|\\s+)${ENTRY})*)\\.?$`, 'u');
const ENTRIES = /(\d{1,4})(?:\s?[-–]\s?(\d{1,4}))?/gu;

// (or a position's acronym: `Gunilla Marc, MAS 43, 45`)
const POSITION = new RegExp(`^(?:[${LOWER_LETTER}][${LOWER_LETTER}-]*(?: [${LOWER_LETTER}][${LOWER_LETTER}-]*)?|${POSITION_ACRONYMS.join('|')})$`, 'u');

// a position held for some §§ only, its number cut off into the note (`ordförande under 62`, Åland's rolls)
const HELD_UNDER = /\sunder$/u;

interface Declared {
  from: number | null;
  to: number | null;
}

/**
 * The §§ the minutes hold, from their first numbered item to their last, where the front page
 * declares none (`Paragrafer` left empty): two numbered items at least.
 */
export function heldParagraphs(items: readonly { number: number | null }[]): Declared | null {
  let from = Infinity;
  let to = -Infinity;
  let n = 0;
  for (const it of items) {
    if (it.number === null) continue;
    n++;
    from = Math.min(from, it.number);
    to = Math.max(to, it.number);
  }
  return n >= 2 ? { from, to } : null;
}

/**
 * Where the minutes show no range at all (a front page alone, `Paragrafer` left empty and fewer than two numbered
 * items): a note that is nothing but §-sized numbers is still the §§ attended (`Eva Ek, ekonom, 65-66,`, `Per Ås 69`),
 * a position's trailing number is not (`ersättare 2`).
 */
const UNDECLARED: Declared = { from: 1, to: 999 };

// the hours attended after the §§ (`rektor, 98, kl. 16:00-16:50`, Åland's rolls): a clock's word and a time or two, ending the note
const HOURS_AFTER = new RegExp(`\\s(?:${alternation(CLOCK_WORDS)})\\s?\\d{1,2}[.:]\\d{2}(?:\\s?[-–]\\s?\\d{1,2}[.:]\\d{2})?\\.?$`, 'u');
// (a digit first and a clock's word: the cheap test)
const MAY_HOURS_AFTER = /^\d.*\sk/u;

export function bareParagraphs(people: Participant[], declared: Declared | null | undefined): Participant[] {
  for (const p of people) if (p.position !== null && p.note !== null && HELD_UNDER.test(p.position)) heldUnder(p);
  // the hours after the §§ set aside while the §§ are read, and given back to the note after
  const hours = new Map<Participant, { note: string; hours: string }>();
  for (const p of people) {
    const m = p.paragraphs === null && p.note !== null && MAY_HOURS_AFTER.test(p.note) ? HOURS_AFTER.exec(p.note) : null;
    if (m === null) continue;
    hours.set(p, { note: p.note!, hours: m[0].trim() });
    p.note = p.note!.slice(0, m.index).trim();
  }
  const read = readBare(people, declared);
  for (const [p, h] of hours) p.note = p.paragraphs === null ? h.note : p.note === null ? h.hours : `${p.note}; ${h.hours}`;
  return read;
}

function readBare(people: Participant[], declared: Declared | null | undefined): Participant[] {
  if (declared === null || declared === undefined) return noteParagraphs(people);
  if (declared.from === null || declared.to === null) return people;
  const { from, to } = declared;
  const inRange = (text: string | null): Bare | null => {
    // (the numbers end the text, a point after them or not: the last digit asked before the pattern, most texts end in a word)
    const last = text === null ? NaN : text.charCodeAt(text.length - (text.endsWith('.') ? 2 : 1));
    const m = last >= 48 && last <= 57 ? TRAILING.exec(text!) : null;
    return m ? entriesWithin(m[1]!, text!.slice(0, m.index).trim(), from, to) : null;
  };
  for (const p of people) {
    if (p.paragraphs !== null) continue;
    const note = inRange(p.note);
    const position = inRange(p.position);
    // a position of words, then the number (`ekonomichef 34`)
    const after = position && POSITION.test(position.rest) ? position : null;
    // a note that is the number alone (`från kl 13` is a time); a list's first entry may end the position (`fritidschef 31` / `33-35`)
    // (not the § a position was held under, `vice ordförande, ordförande under 62`: she sat through them all)
    if (note && note.rest === '' && !HELD_UNDER.test(p.position ?? '')) {
      const all = after && after.to <= note.from ? { from: after.from, to: note.to, entries: [...after.entries, ...note.entries], rest: '' } : note;
      p.paragraphs = { from: all.from, to: all.to };
      p.note = all.entries.length > 1 ? all.entries.join(', ') : null;
      if (all !== note) p.position = after!.rest;
      continue;
    }
    if (after) {
      p.paragraphs = { from: after.from, to: after.to };
      p.position = after.rest;
      if (after.entries.length > 1) p.note = p.note === null ? after.entries.join(', ') : `${after.entries.join(', ')}; ${p.note}`;
    }
  }
  return people;
}

/** The §§ of a note that is numbers alone, with no range to hold them against (see UNDECLARED). */
function noteParagraphs(people: Participant[]): Participant[] {
  for (const p of people) {
    const note = p.note;
    // (not a list begun on the position, `rektor 6-9` / `20`: which numbers are §§ no range tells)
    const position = p.position ?? '';
    if (p.paragraphs !== null || note === null || !NUMBERS_ALONE.test(note) || HELD_UNDER.test(position) || DIGIT_END.test(position)) continue;
    const all = entriesWithin(note.replace(/\.$/u, ''), '', UNDECLARED.from!, UNDECLARED.to!);
    if (!all) continue;
    p.paragraphs = { from: all.from, to: all.to };
    p.note = all.entries.length > 1 ? all.entries.join(', ') : null;
  }
  return people;
}
const DIGIT_END = /\d$/u;
const NUMBERS_ALONE = new RegExp(`^${ENTRY}(?:(?:\\s*,\\s*|\\s+och\\s+|\\s+)${ENTRY})*\\.?$`, 'u');

// the office held for some §§ after a comma (`vice ordförande, ordförande under` / `115`): the note's, with its §§
const OFFICE_UNDER = /, ?([^\s,][^,]*\sunder)$/u;
const NUMBER_FIRST = /^(?:§{1,2}\s?)?\d/u;

/** `vice ordförande, ordförande under` with the note `115`: the position is the seat's, the office under the §§ a note. */
function heldUnder(p: Participant): void {
  const m = OFFICE_UNDER.exec(p.position!);
  if (!m || !NUMBER_FIRST.test(p.note!)) return;
  p.note = `${m[1]} ${p.note}`;
  p.position = p.position!.slice(0, m.index).trim();
}

interface Bare {
  from: number;
  to: number;
  /** Each number or range as written (`31-34`), for the note a list keeps. */
  entries: string[];
  rest: string;
}

/**
 * The numbers and ranges of a list, each inside the declared range, none repeating a § of another; or null. A list
 * written out of order (`68-70, 54, 66`, the §§ in the order the person was called in) spans its least to its greatest.
 */
function entriesWithin(list: string, rest: string, from: number, to: number): Bare | null {
  const entries: string[] = [];
  const seen: [number, number][] = [];
  let least = Infinity;
  let most = -1;
  for (const e of list.matchAll(ENTRIES)) {
    const a = Number(e[1]);
    const b = e[2] === undefined ? a : Number(e[2]);
    if (a < from || b > to || b < a || seen.some(([x, y]) => a <= y && b >= x)) return null;
    seen.push([a, b]);
    least = Math.min(least, a);
    most = Math.max(most, b);
    entries.push(e[2] === undefined ? e[1]! : `${e[1]}-${e[2]}`);
  }
  return most < 0 ? null : { from: least, to: most, entries, rest };
}
