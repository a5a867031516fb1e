// A labels-first block whose value column lost a line break: the adjusters and the adjusting's
// place and date on one line (`Erik Malm och Anna Holm Socialkontoret 2025-04-25`,
// `Eva Berg (C) Förvaltningen 6 mars`) under `Utses att justera` and `Justeringens plats och tid`.
// The names are read as a given name and a surname each, a party in brackets after it, joined by
// `och` or a comma; what follows them is the next label's: a dated text, or a building's or a
// room's name where a transcript dropped the day and hour (`Eva Lund Kommunhuset Ekby`).
import { OFFICE_WORD_ENDINGS, PLACE_WORD_ENDINGS } from '../../lexicon/sv.js';
import { alternation, withoutComma } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import type { Piece } from './pieces.js';
import { findDates } from '../../text/dates.js';
import { LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*$`, 'u');
const JOINS = new Set(['och', 'samt']);
// a first word that names a building or a room (`Kommunhuset`, `Sammanträdesrummet`, `Kansliet,`)
// (in any case: the word may be the ending itself, `Kansliet`; the rest opens with a capital, tested first)
const PLACE_FIRST = new RegExp(`^[${LOWER_LETTER}]*?(?:${alternation(PLACE_WORD_ENDINGS)})(?![${LOWER_LETTER}])`, 'iu');
// or an administration's unit named in full, `Miljöenheten, Kinna` where the transcript dropped the day and hour (not the
// bare `Förvaltningen`, which may be a word of the value's text)
const OFFICE_FIRST = new RegExp(`^[${LOWER_LETTER}]+?(?:${alternation(OFFICE_WORD_ENDINGS)})(?![${LOWER_LETTER}])`, 'iu');
// a party's letters in brackets after a name (`(C)`, `(KD),`, `(c)`)
const PARTY = new RegExp(`^\\([${UPPER_LETTER}${LOWER_LETTER}]{1,5}\\),?$`, 'u');

/** The names at the start of `text` and the text after them, or null where the line is not names and then a dated text or a place. */
/**
 * (`lonePlace`: a place of one word may close the line, `Eva Holm Kommunkansliet`, which alone reads as a name of three
 * words; asked where the line closes a run of people under the adjusters' and the adjusting's labels)
 */
export function namesThenPlace(text: string, lonePlace = false): { names: string; rest: string } | null {
  const words = text.split(' ');
  let k = 0;
  for (;;) {
    const given = words[k];
    const surname = words[k + 1];
    if (given === undefined || surname === undefined || !isGivenName(given) || !CAPITALISED.test(withoutComma(surname))) return null;
    k += 2;
    // a second surname only where the list goes on or ends right after it (`Eva Holm Berg och …`)
    const next = words[k];
    // (not, where asked, the place's one word after the last name: `Eva Holm Kommunkansliet`)
    if (next !== undefined && !surname.endsWith(',') && CAPITALISED.test(withoutComma(next)) && joinsAfter(words, k + 1) && !(lonePlace && placeAtEnd(words, k))) k++;
    // (the party after the name, where the name has no comma of its own)
    if (words[k]?.charCodeAt(0) === 40 && !words[k - 1]!.endsWith(',') && PARTY.test(words[k]!)) k++;
    if (words[k - 1]!.endsWith(',')) continue;
    if (words[k] !== undefined && JOINS.has(words[k]!)) {
      k++;
      continue;
    }
    break;
  }
  const rest = words.slice(k).join(' ');
  if (rest === '' || !OPENS_UPPER.test(rest) || !(isDated(rest) || PLACE_FIRST.test(rest) || OFFICE_FIRST.test(rest))) return null;
  return { names: words.slice(0, k).join(' '), rest };
}

// a date, or a day and a month's name whose year the heading says (`6 mars`; not `6/3` alone, which may be a share)
const isDated = (text: string): boolean => findDates(text).some((d) => d.iso !== null || d.spelledOut || (d.year === null && !d.compact));
const placeAtEnd = (words: readonly string[], k: number): boolean => k === words.length - 1 && (PLACE_FIRST.test(words[k]!) || OFFICE_FIRST.test(words[k]!));
const joinsAfter = (words: readonly string[], k: number): boolean => words[k] === undefined || JOINS.has(words[k]!) || isGivenName(words[k]!);

/** The piece cut in two at the end of its names: each half a value of its own. */
export function splitNamesThenPlace(piece: Piece): [Piece, Piece] | null {
  const cut = namesThenPlace(piece.text);
  if (!cut) return null;
  const restCol = piece.col + cut.names.length + 1;
  return [
    { label: null, text: cut.names, at: piece.at, col: piece.col, groupStart: piece.groupStart },
    { label: null, text: cut.rest, at: piece.at, col: restCol, groupStart: false },
  ];
}
