// `Styrelsen beslutar: att godkänna förstudien, att uppdra åt förvaltningen att …`: a decision and
// its `att` clauses run on one line, where a heading over them would list them one a line. Each
// clause is a decision of its own, as under the heading.
import { DECISION } from '../../lexicon/sv.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

export interface InlineClause {
  text: string;
  /** Where the clause starts in the text it was read from. */
  offset: number;
}

// where the clauses start: after the verb of deciding (and `följande`, a colon), or at the text's own opening `att`
const HEAD = new RegExp(`^(?:[^.!?:]{0,120}?\\s(?:${alternation(DECISION.decideVerbs)})(?:\\s+(?:enligt\\s+)?följande)?(?:\\s?:)?\\s)?(?=[Aa]tt\\s)`, 'u');
// between two clauses: a comma or semicolon and a word that joins them at most (`, samt att`), or the
// joining word alone (`… samt att`); `och att` without a comma goes on with the clause before it
// (one white space each: the text is collapsed)
const JOINS = DECISION.clauseJoins.filter((j) => !j.includes(' '));
const BETWEEN = new RegExp(`[,;]\\s(?:(?:${alternation(JOINS)})\\s)?(?=att\\s)|\\ssamt\\s(?=att\\s)`, 'gu');
// (most decisions hold one clause: a look for a second `att` after a comma or `samt` first; the callers look, and ask
// inlineClauses only where it finds one)
export const MAY_HOLD_CLAUSES = new RegExp(`(?:[,;]|\\ssamt)\\s(?:[${LOWER_LETTER}]+\\s)?att\\s`, 'u');

// `… var för sig. Detta innebär att …, att …`: where the decision's sentence ends, a capital after its stop; the `att`
// clauses of a sentence after it explain the decision and are none of its own
const SENTENCE_END = new RegExp(`[.!?]\\s(?=[${UPPER_LETTER}])`, 'gu');

/** The clauses of a decision written on one line, where it holds two or more; null where it holds one. */
export function inlineClauses(text: string): InlineClause[] | null {
  if (!MAY_HOLD_CLAUSES.test(text)) return null;
  const head = HEAD.exec(text);
  if (!head) return null;
  const out: InlineClause[] = [];
  let from = head[0].length;
  const push = (end: number): void => {
    const clause = trimEndOf(text.slice(from, end).replace(/^[Aa]tt\s+/u, ''), ',;');
    if (clause !== '') out.push({ text: clause, offset: from });
  };
  SENTENCE_END.lastIndex = from;
  const ends = SENTENCE_END.exec(text)?.index ?? text.length;
  BETWEEN.lastIndex = from;
  for (let m = BETWEEN.exec(text); m && m.index < ends; m = BETWEEN.exec(text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out.length >= 2 ? out : null;
}
