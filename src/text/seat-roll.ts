// `Ordförande Anna Berg (S) 1:e vice ordförande - (M) 2:e vice ordförande Per Sund (C)`: a roll whose first column labels
// each seat with its position, flattened onto one line. What tells it from a signer's label before a name: after a party's
// bracket or a dash (a seat nobody filled), the next seat's position and a name or a dash. The roll is read by
// parse/participants/labels-before-names.ts; the front page and the signatures leave such a line to it.
import { MEMBER_POSITION_WORDS, POSITION_MODIFIERS } from '../lexicon/sv.js';
import { alternation, capitalise } from './patterns.js';
import { UPPER_LETTER } from './letters.js';

// (the words in either case, as a roll writes them, and no `i` flag: a name's capital after the position must be one, so
// `(S) ordförande och …` is no next seat)
const bothCases = (words: readonly string[]): string[] => words.flatMap((w) => [w, capitalise(w)]);
const SEAT_AFTER_SEAT = new RegExp(
  `(?:\\)|\\s[-–])\\s+(?:(?:${alternation(bothCases(POSITION_MODIFIERS))})\\s+)*(?:${alternation(bothCases(MEMBER_POSITION_WORDS))})\\s+(?:[-–]|[${UPPER_LETTER}])`,
  'u',
);

// the roll's first seat: its position opens the line (`Ordförande`, `1:e vice ordförande`); a signer's word that is no
// seat's (`Justerare Per Sund (C) Ordförande Anna Berg (S)`, `Sekreterare …`) opens a row of signers, not a roll
const FIRST_SEAT = new RegExp(
  `^(?:(?:${alternation(bothCases(POSITION_MODIFIERS))})\\s+)*(?:${alternation(bothCases(MEMBER_POSITION_WORDS))})\\s`,
  'u',
);

/** The text goes on as a roll of labelled seats (see above). */
// (a bracket or a dash the cheap test: most lines hold neither)
export const goesOnAsSeatRoll = (text: string): boolean => (text.includes(')') || text.includes(' -') || text.includes(' –')) && SEAT_AFTER_SEAT.test(text);

/** A line that opens with a seat's position and goes on as a roll of labelled seats. */
export const opensSeatRoll = (text: string): boolean => FIRST_SEAT.test(text) && goesOnAsSeatRoll(text);
