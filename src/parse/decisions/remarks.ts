// Sentences under a decision that are no clause of it: a remark on how it was decided
// (`Beslutet är enhälligt.`) and the note that the § was adjusted at once (`Paragrafen
// förklaras omedelbart justerad.`, `att förklara paragrafen omedelbart justerad`).
import { DECISION, DECISION_EXPLAINED } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { sentences } from './sentences.js';

const REMARK = new RegExp(`^(?:${alternation([...DECISION.remarks, ...DECISION.adjustedAtOnce])})\\.?$`, 'iu');
// every remark says one of these stems; most clauses none
const MAY_REMARK = /eslut|omedelbar/i;
// (the note that the § was adjusted at once, the only remark cut off after a decision, says this)
export const MAY_ADJUSTED = /omedelbar/i;

// `Detta beslut innebär att …`: what the decision means, said after its clauses (every opening says `innebär`)
const EXPLAINS = new RegExp(`^(?:${alternation(DECISION_EXPLAINED)})\\s`, 'iu');

/** The whole text is a remark, not a clause; or it opens by saying what the decision means. */
export const isRemark = (text: string): boolean => (MAY_REMARK.test(text) && REMARK.test(text.trim())) || (text.includes('innebär') && EXPLAINS.test(text));

/** `Styrelsen antar planen. Paragrafen förklaras omedelbart justerad.` → the decision without the note after it. */
export function withoutRemarks(text: string): string {
  if (!MAY_ADJUSTED.test(text)) return text;
  const said = sentences(text);
  let end = text.length;
  for (let k = said.length - 1; k > 0 && isRemark(said[k]!.text); k--) end = said[k]!.offset;
  return text.slice(0, end).trim();
}
