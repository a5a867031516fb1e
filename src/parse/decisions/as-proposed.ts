// `FÖRSLAG: Mötet konstateras lagenligt sammankallat och beslutfört.` / `BESLUT: Enligt förslag.`: Åland and
// Finland-Swedish minutes print the kommundirektör's proposal under its label in capitals and the decision after it
// under its own, as often as not one that only refers to the proposal. A transcript runs both on inside the § page's
// line (`KS 88 KALLELSE … Kommunstyrelse 88 FÖRSLAG: … beslutfört. Enligt förslag.`), and a flattened page may lose the
// decision's label with the column it stood in: the sentence that decides as proposed, all it says, is the decision.
import { PROCESS } from '../../lexicon/sv.js';
import type { Paragraph } from '../../text/line.js';
import { alternation, capitalise } from '../../text/patterns.js';
import { proposalLabelInside, proposalLabelOf } from '../../text/proposal-label.js';
import { labelOf } from './labels.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { LOWER_LETTER } from '../../text/letters.js';

// `Enligt förslag.`, `Enligt förslaget.`, `I enlighet med förslaget.`, `Enligt kommundirektörens förslag.`
const AS_PROPOSED_ALONE = new RegExp(
  `^(?:${alternation(PROCESS.asProposed.map(capitalise))})\\s(?:[${LOWER_LETTER}]+\\s){0,2}?(?:${alternation(PROCESS.proposalWords)})\\s*[.!]?$`,
  'u',
);
// (such a sentence is short: a longer one says more than that it decides as proposed)
const AS_PROPOSED_LENGTH = 60;
/** The sentence decides as proposed and says nothing else. */
export const decidesAsProposed = (text: string): boolean => text.length <= AS_PROPOSED_LENGTH && AS_PROPOSED_ALONE.test(text);

/**
 * A proposal under its label in capitals in the paragraph (at a sentence's opening or run on inside it): where the label
 * stands and where the proposal ends, at the sentence that decides on it (a decision's label, or one that decides as
 * proposed) or at the paragraph's end; null where no such label stands in it. (Its word in capitals looked for first.)
 */
export function proposalRun(p: Paragraph): { at: number; to: number } | null {
  if (!p.text.includes('ÖRSLAG')) return null;
  const said = sentencesOf(p);
  for (const [k, s] of said.entries()) {
    const opening = s.text.includes('ÖRSLAG') ? proposalLabelOf(s.text) : null;
    const inside = opening === null ? proposalLabelInside(s.text) : null;
    if (opening === null && inside === null) continue;
    const ends = said.slice(k + 1).find((t) => labelOf(t.text) !== null || decidesAsProposed(t.text));
    return { at: s.offset + (inside?.at ?? 0), to: ends?.offset ?? p.text.length };
  }
  return null;
}

/** The proposal's text in a paragraph `proposalRun` found: from its label's end to where the run ends. */
export function proposalRunText(p: Paragraph, run: { at: number; to: number }): string {
  const from = p.text.slice(run.at);
  const label = proposalLabelOf(from);
  return p.text.slice(run.at + (label?.[0].length ?? 0), run.to).trim();
}

/** The first sentence at or after `from` where it decides as proposed and says nothing else; null where the first says more. */
export function asProposedAt(p: Paragraph, from: number): Sentence | null {
  const s = sentencesOf(p).find((t) => t.offset >= from);
  return s !== undefined && decidesAsProposed(s.text) ? s : null;
}
