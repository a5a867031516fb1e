// What runs on under a decision in its paragraph, where no blank line parts them, and is the
// case's text, no clause of it: a heading over the text after it (`Avgift`, `Särskilt uttalande`,
// `Skäl för beslutet`), the case's papers reported (`Av en tjänsteskrivelse … framgår att …`)
// and a member's jäv (`Sören Dahl deltar inte i handläggningen på grund av jäv.`).
import { DECISION } from '../../lexicon/sv.js';
import { declaresConflict } from '../process/conflicts.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';
import { decides } from './decides.js';

// `Avgift`, `Särskilt uttalande`, `Skäl för beslutet`: a capital, then up to three words in lower case, no stop (a name is capitalised throughout)
const HEADING_LIKE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]{2,}(?: [${LOWER_LETTER}]+){0,3}$`, 'u');
const MAX_HEADING = 40;
/** A line that heads the text after it: short, a capital and lower case, no stop, and no decision in the passive (`Avgiften höjs`). */
export const isHeadingLike = (line: string): boolean => line.length <= MAX_HEADING && HEADING_LIKE.test(line) && decides({ text: line, offset: 0 }) === null;

const { opening, verbs } = DECISION.caseReport;
const REPORT = new RegExp(`^${opening}[^.!?]{0,160}?\\s(?:${alternation(verbs)})(?![${ANY_LETTER}])`, 'u');
/** `Av en tjänsteskrivelse från planeringsenheten framgår att …`: the case's papers reported. */
export const reportsCasePapers = (text: string): boolean => text.startsWith(opening) && REPORT.test(text);

/** `text`, a clause after a decision that ended: the case's text, not a clause (`next`, the clause after it). */
export function isCaseText(text: string, next: { text: string } | undefined): boolean {
  if (reportsCasePapers(text) || declaresConflict(text)) return true;
  return next !== undefined && OPENS_UPPER.test(next.text) && isHeadingLike(text);
}
