// The proposal of an item: `Förslag till beslut: …` in a notice, `Arbetsutskottet
// föreslår styrelsen att …`, `Förslag är att …` in minutes.
import { DECISION } from '../../lexicon/sv.js';
import type { Paragraph } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { sentences } from './sentences.js';

const LABELLED = /^förslag\s+till\s+beslut\s*:/iu;
const MARKER = new RegExp(`(?<![\\p{L}])(?:${alternation(DECISION.proposalMarkers)})(?![\\p{L}])`, 'iu');

export function findProposal(paragraphs: readonly Paragraph[]): string | null {
  const found: string[] = [];
  for (const p of paragraphs) {
    const labelled = LABELLED.exec(p.text);
    if (labelled) {
      const rest = p.text.slice(labelled[0].length).trim();
      if (rest) found.push(rest);
      continue;
    }
    for (const s of sentences(p.text)) if (MARKER.test(s.text)) found.push(s.text);
  }
  return found.length ? found.join('\n\n') : null;
}
