// Lines under a point's title that are never its rest, wherever the title stands (a line of its
// own or a table's cell): who presents or handles the point (`Föredragande ekonomichef Lisa Berg`,
// `Föredragande: Lisa Berg`, `Handläggare Ola Sund`), and a proposal's heading (`Förslag till beslut`).
import { CASE_CONTACT_LABELS, DECISION, PRESENTER_LABELS } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';

const PRESENTER_LINE = new RegExp(`^(?:${alternation([...PRESENTER_LABELS, ...CASE_CONTACT_LABELS])})(?:\\s*:|\\s+[${ANY_LETTER}])`, 'iu');
const PROPOSAL_HEADING = new RegExp(`^förslag\\s+till\\s+(?:${alternation(DECISION.proposalTargets)})\\s*:?$`, 'iu');
// every such line opens with one of these letters (a look before the patterns)
const OPENERS = new Set([...PRESENTER_LABELS, ...CASE_CONTACT_LABELS, 'förslag'].map((w) => w.charAt(0)));

/** A line that ends the title above it: a presenter's or a case contact's line, a proposal's heading. */
export function stopsTitle(text: string): boolean {
  if (!OPENERS.has(text.charAt(0).toLowerCase())) return false;
  return PRESENTER_LINE.test(text) || PROPOSAL_HEADING.test(text);
}
