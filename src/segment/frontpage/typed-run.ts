// A row of labels and then all their values run on as one text, as a web archive's transcript
// prints a flattened front page: `Organ: Plats och tid: Beslutande: Trafiknämnden Stadshuset,
// Västby torsdagen den 9 oktober 2009 kl 13.00-15.45 Erik Sand, ordf Maria Holm …`. No line
// break or column gap parts the values; what each value is does: an organ's name ends with its
// organ's noun, a place and time with the time (or the date), a date with the date, a place
// where a person's name starts, a § range with its last number. Each label but the last takes
// the text up to where a value of its kind ends, in order; the last label takes the rest, when
// the rest is of its kind.
import type { FrontField } from '../../lexicon/frontpage.js';
import { ORGAN_ENDINGS, ORGAN_NOUNS } from '../../lexicon/sv.js';
import { findDates, findTimes } from '../../text/dates.js';
import { alternation } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import type { Piece } from './pieces.js';
import type { FrontPageField } from './read.js';
import { classOf, takes } from './values.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// the first word that is an organ's noun, compounds (`Trafiknämnden`) and endings included
const ORGAN_WORD = new RegExp(`(?<![${ANY_LETTER}-])[${ANY_LETTER}]*?(?:${alternation(ORGAN_NOUNS)})(?:${alternation(ORGAN_ENDINGS)})?(?![${ANY_LETTER}-])`, 'iu');
// the first given name after a word of the place, a capitalised word after it (the lexicon decides whether it is a given name)
const NAME_AFTER_PLACE = new RegExp(`(?<=\\S )([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?= [${UPPER_LETTER}][${LOWER_LETTER}])`, 'gu');
const RANGE_AT_START = /^(?:§§?\s*)?\d{1,4}\s*[-–]\s*\d{1,4}(?!\d)/u;
// labels of a date or hours alone, whose values a transcript may drop from a run (not `Plats och tid`, whose place stays)
const LOST_WHEN = new Set<FrontField>(['date', 'time', 'dateAndTime']);

/** Where a value of the field's kind that opens `text` ends, or -1 (the field's values are not cut out of a run). */
const CUTTERS: Partial<Record<FrontField, (text: string) => number>> = {
  organ: (text) => {
    const m = ORGAN_WORD.exec(text);
    const date = findDates(text)[0];
    // (an organ's noun past the date is the place's or the people's, not the organ's)
    return m && !(date && date.index < m.index) ? m.index + m[0].length : -1;
  },
  // (or, where the transcript lost the day and the hours, the place alone, which ends where a person's name starts)
  placeAndTime: (text) => {
    const end = timeOrDateEnd(text);
    return end >= 0 ? end : placeEnd(text);
  },
  time: (text) => timeOrDateEnd(text),
  // a place ends where a person's name starts: a given name and a capitalised word (`Korrö Hantverksby, Linneryd Marie Holm (c) …`)
  place: (text) => placeEnd(text),
  dateAndTime: (text) => timeOrDateEnd(text),
  date: (text) => {
    const d = findDates(text)[0];
    return d ? d.index + d.length : -1;
  },
  paragraphs: (text) => RANGE_AT_START.exec(text)?.[0].length ?? -1,
};

function placeEnd(text: string): number {
  for (const m of text.matchAll(NAME_AFTER_PLACE)) if (isGivenName(m[1]!)) return m.index;
  return -1;
}

function timeOrDateEnd(text: string): number {
  // (a bare range too, `18:30-20:00 Skolans aula`: under a time's label a clock needs no `kl`)
  const t = findTimes(text, true)[0];
  if (t) return t.index + t.length;
  const d = findDates(text)[0];
  return d ? d.index + d.length : -1;
}

/**
 * One value piece after two labels or more, each label but the last of a kind a run can be cut
 * by: each label's piece of the run, or null.
 */
export function typedRun(takers: readonly FrontPageField[], values: readonly Piece[]): Piece[][] | null {
  if (takers.length < 2 || values.length !== 1) return null;
  const piece = values[0]!;
  const runs: Piece[][] = [];
  let at = 0;
  for (let k = 0; k < takers.length - 1; k++) {
    const field = takers[k]!.field;
    const cut = CUTTERS[field];
    if (!cut) return null;
    const rest = piece.text.slice(at);
    const end = cut(rest);
    // (`Datum Tid Plats Beslutande Norrgården, Storvik Karin Berg (S) …`: a date's or the hours' label whose value is nowhere
    // in the run, the transcript having lost it, takes nothing; the labels after it take theirs)
    if (end < 0 && LOST_WHEN.has(field)) {
      runs.push([]);
      continue;
    }
    // (the value must leave text for the labels after it)
    if (end <= 0 || end >= rest.trimEnd().length) return null;
    runs.push([part(piece, at, at + end)]);
    at += end;
    while (piece.text[at] === ' ' || piece.text[at] === ',') at++;
  }
  const last = takers[takers.length - 1]!;
  const rest = piece.text.slice(at).trim();
  if (!rest || !takes(last.value, classOf(rest), rest)) return null;
  runs.push([part(piece, at, piece.text.length)]);
  return runs;
}

const part = (piece: Piece, from: number, to: number): Piece => ({ ...piece, text: piece.text.slice(from, to).trim(), col: piece.col + from, groupStart: from === 0 && piece.groupStart });
