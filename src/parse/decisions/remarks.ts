// Sentences under a decision that are no clause of it: a remark on how it was decided
// (`Beslutet är enhälligt.`) and the note that the § was adjusted at once (`Paragrafen
// förklaras omedelbart justerad.`, `att förklara paragrafen omedelbart justerad`).
import { DECISION, DECISION_CONSEQUENCES, DECISION_EXPLAINED, DECISION_REASONS } from '../../lexicon/sv.js';
import { alternation, opensLikeTwo } from '../../text/patterns.js';
import { sentences } from './sentences.js';

const REMARK = new RegExp(`^(?:${alternation([...DECISION.remarks, ...DECISION.adjustedAtOnce])})\\.?$`, 'iu');
// every remark says one of these stems; most clauses none
const MAY_REMARK = /eslut|omedelbar/i;
// (the note that the § was adjusted at once, the only remark cut off after a decision, says this)
export const MAY_ADJUSTED = /omedelbar/i;

// `Detta beslut innebär att …`, `Skälet till beslutet är att …`, `Detta underlättar …`: what the decision means, why it
// was taken or what it brings about, said after it
const EXPLANATIONS = [...DECISION_EXPLAINED, ...DECISION_REASONS, ...DECISION_CONSEQUENCES];
const EXPLAINS = new RegExp(`^(?:${alternation(EXPLANATIONS)})\\s`, 'iu');
// (the openings' first two letters, before the pattern: most sentences open otherwise)
const MAY_EXPLAIN = opensLikeTwo(EXPLANATIONS);
/** The text opens by saying what the decision before it means or why it was taken. */
export const explainsDecision = (text: string): boolean => MAY_EXPLAIN(text) && EXPLAINS.test(text);

/**
 * `Styrelsen beslutar att godkänna rapporten. Detta underlättar uppföljningen …` → the decision without the explanation
 * run on after it in its line (a line that opens with one is cut off before: split.ts).
 */
export function withoutExplanation(text: string): string {
  for (let at = text.indexOf('. '); at > 0; at = text.indexOf('. ', at + 2)) {
    if (explainsDecision(text.slice(at + 2))) return text.slice(0, at + 1);
  }
  return text;
}

/** The whole text is a remark, not a clause; or it opens by saying what the decision means or why it was taken. */
export const isRemark = (text: string): boolean => (MAY_REMARK.test(text) && REMARK.test(text.trim())) || explainsDecision(text);

/** `Styrelsen antar planen. Paragrafen förklaras omedelbart justerad.` → the decision without the note after it. */
export function withoutRemarks(text: string): string {
  if (!MAY_ADJUSTED.test(text)) return text;
  const said = sentences(text);
  let end = text.length;
  for (let k = said.length - 1; k > 0 && isRemark(said[k]!.text); k--) end = said[k]!.offset;
  return text.slice(0, end).trim();
}
