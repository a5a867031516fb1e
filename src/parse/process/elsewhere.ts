// Sentences that report another meeting's process rather than this one's: a date
// (`Kommunfullmäktige beslutade 2023-06-12 med 40 röster mot 21`), an earlier meeting
// (`vid föregående sammanträde`), a § reference (`KSAU § 12`), a preparing body
// (`I arbetsutskottet reserverade sig …`), or the document a § handles (`I motionen yrkar
// …`, `Motionären yrkar att …`). Counting any of these as this §'s vote or reservation
// would report what the text does not state.
import { DECISION, MONTHS, PROCESS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER } from '../../text/letters.js';

const A = `(?<![${ANY_LETTER}\\d])`;
const B = `(?![${ANY_LETTER}\\d])`;
const DATE = new RegExp(`${A}(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s+(?:${alternation(Object.keys(MONTHS))})\\.?(?:\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})${B}`, 'iu');
// `förra mötet`, `föregående styrelsemöte`, `tidigare sammanträde`
const EARLIER = new RegExp(`${A}(?:${alternation(DECISION.earlierMeeting)})\\s+(?:[${ANY_LETTER}]+\\s+)?[${ANY_LETTER}]*(?:${alternation(PROCESS.meetingNouns)})${B}`, 'iu');
const PARAGRAPH_REFERENCE = /§\s*\d/u;
const PREPARATORY = new RegExp(
  `${A}(?:i|vid|inom|under)\\s+(?:[${ANY_LETTER}]+s\\s+)?(?:[${ANY_LETTER}]*(?:${alternation(PROCESS.preparatoryStems)})[${ANY_LETTER}]*|(?:${alternation(PROCESS.preparatoryAbbreviations)})${B})`,
  'iu',
);
const DOCUMENT = new RegExp(`${A}(?:${alternation([...PROCESS.documentNouns, ...PROCESS.documentRoles])})${B}`, 'iu');

// plain `i` (no `u`) hints from the same words: the Unicode patterns run only where these stand
const MAY_EARLIER = new RegExp(alternation(DECISION.earlierMeeting), 'i');
const MAY_PREPARATORY = new RegExp(alternation([...PROCESS.preparatoryStems, ...PROCESS.preparatoryAbbreviations]), 'i');

/** The sentence names a date, an earlier meeting, a § or a preparing body. */
// (the § sign, a plain character of its pattern's, looked for first)
export const reportsOtherMeeting = (s: string): boolean =>
  (s.includes('§') && PARAGRAPH_REFERENCE.test(s)) ||
  (/\d/u.test(s) && DATE.test(s)) ||
  (MAY_EARLIER.test(s) && EARLIER.test(s)) ||
  (MAY_PREPARATORY.test(s) && PREPARATORY.test(s));

/** The words before a verb speak of a document or its author (`I motionen`, `Motionären`). */
export const speaksOfDocument = (s: string): boolean => DOCUMENT.test(s);

const RULE = new RegExp(`^(?:${alternation(PROCESS.genericSubjects)})${B}[^.!?]{0,120}?${A}(?:${alternation(PROCESS.modalVerbs)})${B}`, 'iu');
const MODAL = new RegExp(`${A}(?:${alternation(PROCESS.modalVerbs)})${B}`, 'iu');

const PAST = new RegExp(`${A}(?:${alternation(PROCESS.pastForms)})${B}`, 'iu');

/**
 * Whether a sentence of a part may state this meeting's process: anywhere but in the case's
 * history, and there only in the present (`Anna Ek (S) yrkar …`, not `… reserverade sig …`).
 */
export const mayState = (section: string | null, sentence: string): boolean => section !== 'description' || !PAST.test(sentence);

/** A rule about the process (`En ledamot får lämna en protokollsanteckning om …`), not an event of it. */
export const isRule = (s: string): boolean => RULE.test(s.trim());

/** The words hold a modal verb or `gäller` (`Vid val gäller 3 röster mot 2`). */
export const isModal = (s: string): boolean => MODAL.test(s);
