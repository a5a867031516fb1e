// What follows a decision in its paragraph and is none of it, where no blank line parts them:
// the proceedings run on as labels (`Omröstning: 4 ja, 1 nej.`, `Reservation: …`), a member's
// reservation (`Lisa Sund reserverade sig mot beslutet.`, `Nils Ek anmälde avvikande åsikt.`)
// the secretary's finding (`Noterades att Nils Ek inte deltog i beslutet.`) and a remark on the
// decision (`Kommentar: …`, `Beslutet fattades med 4 röster mot 1.`).
import { DECISION, PROCESS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { isProceedingsLabel } from './headings.js';
import { ANY_LETTER } from '../../text/letters.js';

const A = `(?<![${ANY_LETTER}])`;
const B = `(?![${ANY_LETTER}])`;
const QUALIFIED_NOUN = `(?:(?:${alternation(PROCESS.reserveQualifiers)})\\s+){0,3}(?:${alternation(PROCESS.reserveNouns)})`;
const RESERVES = new RegExp(`${A}(?:${alternation(PROCESS.reserveVerbs)}|(?:${alternation(PROCESS.reserveNounVerbs)})\\s+${QUALIFIED_NOUN})${B}`, 'iu');
// (every reservation says one of these; most lines neither)
const MAY_RESERVE = /reserv|avvikande/i;
const FINDING = new RegExp(`^(?:${alternation(DECISION.findingNotes)})${B}`, 'iu');
const MAY_FIND = /^(?:not|kons|ante)/i;
// `Kommentar: …`, `Beslutet fattades med 4 röster mot 1.`: a remark on the decision
const REMARK = new RegExp(`^(?:(?:${alternation(DECISION.remarkLabels)})\\s*:|(?:${alternation(DECISION.remarkOpenings)})${B})`, 'iu');
const MAY_REMARK = /^(?:kom|not|anm|besl)/i;

/** A finding of the secretary's (`Noterades att …`): no clause of a decision. */
export const isFindingNote = (text: string): boolean => MAY_FIND.test(text) && FINDING.test(text);

/** A line after a decision that opens what is none of it: a proceedings label, a reservation, a finding, a remark. */
export const endsDecision = (line: string): boolean =>
  isProceedingsLabel(line) || isFindingNote(line) || (MAY_REMARK.test(line) && REMARK.test(line)) || (MAY_RESERVE.test(line) && RESERVES.test(line));
