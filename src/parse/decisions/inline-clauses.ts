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
const JOINED = `[,;]\\s(?:(?:${alternation(JOINS)})\\s)?(?=att\\s)|\\ssamt\\s(?=att\\s)`;
const BETWEEN = new RegExp(JOINED, 'gu');
// (most decisions hold one clause: a look for a second `att` after a comma or `samt` first; the callers look, and ask
// inlineClauses only where it finds one)
// (or a full stop and a capital `Att`: `Beslut: Att godkänna listan. Att välja Eva Ek till sekreterare.`)
export const MAY_HOLD_CLAUSES = new RegExp(`(?:[,;]|\\ssamt)\\s(?:[${LOWER_LETTER}]+\\s)?att\\s|[.!]\\sAtt\\s`, 'u');

// `Beslut: Att godkänna dagordningen. Att välja Eva Ek till sekreterare.`: association minutes write each clause as a
// sentence of its own, its `Att` capitalised, and run them on one line; where the first clause opens so, a stop before
// the next capital `Att` parts two clauses (not `… att anta planen. Att planen antas innebär …`, whose first is in lower case)
const BETWEEN_SENTENCES = new RegExp(`${JOINED}|[.!]\\s(?=Att\\s)`, 'gu');
const SENTENCE_END_BUT_CLAUSE = new RegExp(`[.!?]\\s(?=[${UPPER_LETTER}])(?!Att\\s)`, 'gu');

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
  const capitalRun = text.startsWith('Att ', from);
  const sentenceEnd = capitalRun ? SENTENCE_END_BUT_CLAUSE : SENTENCE_END;
  const between = capitalRun ? BETWEEN_SENTENCES : BETWEEN;
  sentenceEnd.lastIndex = from;
  const ends = sentenceEnd.exec(text)?.index ?? text.length;
  between.lastIndex = from;
  for (let m = between.exec(text); m && m.index < ends; m = between.exec(text)) {
    // (a clause that its stop ended keeps the stop)
    const c = text.charCodeAt(m.index);
    push(c === 46 || c === 33 ? m.index + 1 : m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out.length >= 2 ? out : null;
}
