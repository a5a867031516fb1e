// Two elections in one paragraph (`Till justerare valdes Eva Lund. Till rösträknare valdes Per Ås.`,
// `Styrelsen väljer Anna Ek till ordförande. Styrelsen väljer Bo Frid till vice ordförande.`):
// a decision each, as the same elections read one a line.
import { DECISION } from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import { alternation } from '../../text/patterns.js';
import { decides } from './decides.js';
import { sentences } from './sentences.js';

const ELECTING = [...DECISION.elections, ...DECISION.electing];
const ELECTS = new RegExp(`(?<![\\p{L}])(?:${alternation(ELECTING)})(?![\\p{L}])`, 'iu');
const MAY_ELECT = hintOf(ELECTING);

const elects = (text: string, own: string | null): boolean => ELECTS.test(text) && decides({ text, offset: 0 }, own) !== null;

/** Where in a decision's text a further election starts, after a first sentence that elects; none where it does not. */
function electionCuts(text: string, own: string | null): number[] {
  if (!MAY_ELECT.test(text)) return [];
  const said = sentences(text);
  if (said.length < 2 || !elects(said[0]!.text, own)) return [];
  const cuts: number[] = [];
  for (let k = 1; k < said.length; k++) {
    const s = said[k]!;
    if (/^\p{Lu}/u.test(s.text) && MAY_ELECT.test(s.text) && elects(s.text, own)) cuts.push(s.offset);
  }
  return cuts;
}

/** A decision's text cut where each further election starts (the text alone where none does). */
export function electionParts(text: string, own: string | null): string[] {
  const cuts = electionCuts(text, own);
  if (cuts.length === 0) return [text];
  return [0, ...cuts].map((from, k) => text.slice(from, k < cuts.length ? cuts[k] : text.length).trim());
}
