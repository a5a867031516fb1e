// The proposal of an item: `Förslag till beslut: …` and the clauses under a `Förslag
// till beslut` heading, `Arbetsutskottet föreslår styrelsen att …`, `Förslag är att …`.
import { DECISION, POSITION_WORDS } from '../../lexicon/sv.js';
import type { Decision } from '../../schema/result.js';
import type { Paragraph } from '../../text/line.js';
import { hintOf } from '../../text/hint.js';
import { alternation } from '../../text/patterns.js';
import { PROPOSAL_LABEL } from '../../text/proposal-label.js';
import { recommendsIntro } from './intro.js';
import { readParagraphs, type ReadParagraph } from './roles.js';
import { sentencesOf } from './sentences.js';

const HINT = /förslag|föresl/i;
const MARKER = new RegExp(`(?<![\\p{L}])(?:${alternation(DECISION.proposalMarkers)})(?![\\p{L}])`, 'iu');
// (asked of each sentence of a paragraph that says `förslag` anywhere: its phrases plain first, which most sentences lack)
const MAY_MARK = hintOf(DECISION.proposalMarkers);

// `Stadsdirektör Anna Lindqvist` over the clauses of a Finnish `Förslag`: who proposes, no part of it
const PROPOSER = new RegExp(`^\\p{Lu}\\p{Ll}*(?:${alternation(POSITION_WORDS)})(?:\\s+\\p{Lu}[\\p{Ll}-]+){2,3}$`, 'u');
const withoutProposer = (p: Paragraph): string => {
  const second = p.starts[1]?.offset;
  return second !== undefined && PROPOSER.test(p.text.slice(0, second).trim()) ? p.text.slice(second).trim() : p.text;
};

/** `read`: the paragraphs' reading, when the caller has it already. */
export function findProposal(paragraphs: readonly Paragraph[], read: readonly ReadParagraph[] = readParagraphs(paragraphs)): string | null {
  const found: string[] = [];
  const isClause = (k: number): boolean => read[k] !== undefined && (read[k]!.role === 'proposal-clause' || (read[k]!.role === 'decision-clause' && read[k]!.proposes === true));
  for (const [k, { paragraph: p, role, procedure, earlier }] of read.entries()) {
    if (earlier) continue;
    if (isClause(k)) {
      // `- Informationen noteras.`, the one line under the heading: its bullet is no part of what is proposed
      const alone = p.starts.length <= 1 && !isClause(k - 1) && !isClause(k + 1);
      const text = withoutProposer(p);
      found.push(alone ? text.replace(/^[•\-–−*]\s+/u, '') : text);
      continue;
    }
    if (role !== 'body' || procedure) continue;
    const labelled = p.text.includes('örslag') ? PROPOSAL_LABEL.exec(p.text) : null;
    if (labelled) {
      // `Förslag: Kommundirektör Anna Ek` / `Kommunstyrelsen antecknar …`: who proposes, on the label's line, is no part of it
      const second = p.starts[1]?.offset;
      const proposer = second !== undefined && PROPOSER.test(p.text.slice(labelled[0].length, second).trim());
      const rest = p.text.slice(proposer ? second : labelled[0].length).trim();
      if (rest) found.push(rest);
      continue;
    }
    if (!HINT.test(p.text)) continue;
    for (const s of sentencesOf(p)) {
      if (!MAY_MARK.test(s.text) || !MARKER.test(s.text)) continue;
      // `Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande. Taxan höjs …`: the opening takes the clauses after it
      if (recommendsIntro(s.text) !== null) {
        found.push(p.text.slice(s.offset).trim());
        break;
      }
      found.push(s.text);
    }
  }
  return found.length ? found.join('\n\n') : null;
}

const PAST = new RegExp(`(?<![\\p{L}])(?:${alternation(DECISION.pastDecisions)})(?![\\p{L}])`, 'iu');

/**
 * What a notice's point says the meeting decides, where it labels no proposal (`Beslut: Styrelsen
 * godkänner rapporten.`, `Styrelsen beslutar` / `att fastställa …`): the meeting is still to be held,
 * so it is the point's proposal. A decision told in the past is the case's history (`Styrelsen
 * beslutade i mars att …`), none.
 */
export function proposedInNotice(decided: readonly Decision[]): string | null {
  const proposed = decided.filter((d) => !PAST.test(d.text)).map((d) => d.text);
  return proposed.length ? proposed.join('\n\n') : null;
}
