// A line that only opens the clauses after it: who decides (`Styrelsen beslutar enligt
// följande:`) or who recommends them to another organ (`Kommunstyrelsen föreslår fullmäktige
// besluta`). The clauses under it may be `att` clauses, bullets, numbers, or plain sentences
// (`Budgeten för 2025 fastställs.`), and a page flattened by a converter runs the first of
// them on after the intro on the same line.
import { DECISION } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { DECIDE_HEADING } from './headings.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const RECOMMENDING = alternation(DECISION.proposalMarkers.filter((m) => !m.includes(' ')));
// `Styrelsen föreslår medlemmarna besluta`, `Kommunstyrelsen föreslår kommunfullmäktige att besluta:`
// (the subject's capitalised words, the marker, the organ it recommends to, the infinitive and what heads the clauses)
const RECOMMENDS = `([${UPPER_LETTER}][${ANY_LETTER}-]*(?: [${UPPER_LETTER}][${ANY_LETTER}-]*){0,3}) (?:${RECOMMENDING}) (?:[${ANY_LETTER}][${ANY_LETTER}-]* ){1,3}?(?:att )?(?:${alternation(DECISION.recommendedVerbs)})(?: (?:${alternation(DECISION.clauseIntroTails)}))?`;
// (its end: a colon, or a full stop after a word that announces, `… beslutar följande.`)
const END = `(?: ?:|(?<=${alternation(DECISION.announcingTails)})\\.)?`;
const RECOMMEND_INTRO = new RegExp(`^${RECOMMENDS}${END}$`, 'u');
// the same run on with its first clause, a capitalised sentence (`… besluta Budgeten för 2025 fastställs.`)
const RECOMMEND_RUN_ON = new RegExp(`^${RECOMMENDS}${END} (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
// every intro names the verb of deciding: a plain look first
const MAY_OPEN = /eslut|eslöt/;

/** Who recommends, where the line only opens the clauses of a recommendation to another organ; else null. */
export function recommendsIntro(text: string): string | null {
  return MAY_OPEN.test(text) ? (RECOMMEND_INTRO.exec(text)?.[1] ?? null) : null;
}

/** The line only opens the clauses after it: a heading of who decides, or a recommendation's opening. */
export const opensClauseList = (line: string): boolean => MAY_OPEN.test(line) && (DECIDE_HEADING.test(line) || RECOMMEND_INTRO.test(line));

/** Where the first clause starts in a recommendation's opening run on with it (`… besluta Budgeten fastställs.`), or -1. */
export function clauseAfterIntro(text: string): number {
  if (!MAY_OPEN.test(text)) return -1;
  const m = RECOMMEND_RUN_ON.exec(text);
  return m ? m[0].length : -1;
}
