// Where a proposal's text runs on into what is none of it, where no blank line parts them (a PDF's lines):
// the case's text (case-text.ts), who presents the case (`Ekonomichefen redogör för ärendet.`,
// `Föredragande borgarrådet Anna Berg anför följande.`), a member's motion (`Ledamoten Eva Holm föreslog, …`)
// and a vote (`Eftersom det fanns två förslag förrättades omröstning.`).
import { DECISION, TITLE_PRESENTER_VERBS } from '../../lexicon/sv.js';
import type { Paragraph } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';
import { isCaseText } from './case-text.js';
import { CLAUSE_START } from './clauses.js';
import { decides } from './decides.js';
import { sentences } from './sentences.js';
import { decidesAfterUnstopped } from './split.js';

// `Per Lind föreslog att ärendet bordläggs.`, `… föreslog, understödd av Eva Holm, att …`: a member's motion at the
// meeting, told in the past after the name, no proposal of the item; so is `Anna Ek (S) föreslår att …`, a member's
// in the present, named with a party
export const MEMBER_MOVED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}]+){1,3}(?:\\s*\\([^()]{1,12}\\),?\\s+föreslår(?!\\s+i\\s)|(?:\\s*\\([^()]{1,12}\\))?,?\\s+föreslog)(?![${ANY_LETTER}])`, 'u');

// `Ekonomichefen redogör för ärendet.`, `Föredragande borgarrådet Anna Berg anför följande.`: a subject of at most five
// words, then a verb of presenting
const PRESENTING = [...TITLE_PRESENTER_VERBS, 'anför'];
const PRESENTS = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${ANY_LETTER}-]+){0,4}?\\s+(?:${alternation(PRESENTING)})(?![${ANY_LETTER}])`, 'u');
// every verb of presenting says one of these; most lines none
const MAY_PRESENT = /informer|föredr|redog|presenter|rapporter|berätta|anför/i;
const MAY_VOTE = /omröstning|votering/i;

/** A line after a proposal that is none of it: the case's text, a presentation, a member's motion, a vote. */
function endsProposal(line: string, next: string | undefined): boolean {
  return (
    (MAY_PRESENT.test(line) && PRESENTS.test(line)) || MEMBER_MOVED.test(line) || MAY_VOTE.test(line) || isCaseText(line, next === undefined ? undefined : { text: next })
  );
}

// `… beslutar enligt förslaget`, `… i enlighet med arbetsutskottets förslag`: a decision that refers to the proposal, so none of it
export const AS_PROPOSED = new RegExp(`(?:enligt|i enlighet med)\\s(?:[${ANY_LETTER}]+\\s){0,2}förslag`, 'u');
const DECIDED_PAST = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.pastDecisions)})(?![${ANY_LETTER}])`, 'u');

/**
 * `Att styrelsen godkänner rapporten.` / `Styrelsen beslutar enligt förslaget.`, `… att godkänna rapporten` / `Styrelsen
 * beslutade att godkänna rapporten.`: line k (k ≥ 1) of a proposal's paragraph opens a sentence in which the meeting
 * decides on it, as proposed or told in the past (a proposal is never told in the past), after a line that ended a
 * sentence or one that ended with no stop (decidesAfterUnstopped: an organ named there); minutes printed with no blank
 * line between. Neither part of the proposal nor, in a notice, of what it proposes.
 */
export function decidesOnProposalAt(p: Paragraph, k: number): boolean {
  const at = p.starts[k]!.offset;
  const line = p.text.slice(at, p.starts[k + 1]?.offset ?? p.text.length).trim();
  // (its words of deciding, plain, before the sentence is read: most lines of a proposal hold neither)
  if (!OPENS_UPPER.test(line) || CLAUSE_START.test(line) || !(DECIDED_PAST.test(line) || (line.includes('förslag') && AS_PROPOSED.test(line)))) return false;
  const s = sentences(line)[0];
  if (s === undefined || !(DECIDED_PAST.test(s.text) || AS_PROPOSED.test(s.text))) return false;
  return /[.!]$/u.test(p.text.slice(p.starts[k - 1]!.offset, at).trimEnd()) ? decides(s) !== null : decidesAfterUnstopped(p, k, null) !== null;
}

/**
 * Where a proposal's text in `p`, from `from`, ends: at a line that opens a sentence after one that ended, marked as
 * no clause, which `endsProposal` reads as none of it, or one in which the meeting decides on it; else the paragraph's end.
 */
export function runsOnAt(p: Paragraph, from: number): number {
  for (let k = 1; k < p.starts.length; k++) {
    const at = p.starts[k]!.offset;
    if (at <= from) continue;
    if (decidesOnProposalAt(p, k)) return at;
    const end = p.starts[k + 1]?.offset ?? p.text.length;
    const line = p.text.slice(at, end).trim();
    if (!OPENS_UPPER.test(line) || CLAUSE_START.test(line)) continue;
    const before = p.text.slice(p.starts[k - 1]!.offset, at).trimEnd();
    // (a heading's line ends in no stop: `… enligt bilaga 1.` / `Avgift` / `Avgiften är …`)
    if (!/[.!]$/u.test(before)) continue;
    const next = k + 1 < p.starts.length ? p.text.slice(end, p.starts[k + 2]?.offset ?? p.text.length).trim() : undefined;
    if (endsProposal(line, next)) return at;
  }
  return p.text.length;
}
