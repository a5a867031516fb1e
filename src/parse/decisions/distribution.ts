// Where a decision is sent (`Beslutet skickas till: Ekonomienheten`, `Expedieras: Akten`,
// `Protokollsutdrag till: Kommunstyrelsen`, `Utdrag: Revisorerna`): a secretary's note on
// the §, no clause of the decision. A line opening so ends the clauses under a decision
// heading; a sentence so after a decision, in the same paragraph, ends the decision's text.
import { DECISION } from '../../lexicon/sv.js';
import { alternation, capitalise, eachMatch, opensLikeTwo } from '../../text/patterns.js';
import { sentences } from './sentences.js';
import { ANY_LETTER } from '../../text/letters.js';

const { subjects, verbs, labels } = DECISION.distribution;
// `Beslutet skickas till …`, `Expedieras till: …`: a verb of sending
const SENT = `(?:(?:${alternation(subjects)})\\s+)?(?:${alternation(verbs)})(?:\\s+till)?(?:\\s*:|\\s|$)`;
// `Protokollsutdrag till: …`, `Utdrag: …`, `Kopia till Akten`: a label, with its colon or its `till`
const LABELLED = `(?:${alternation(labels)})(?:\\s*:|\\s+till(?:\\s*:|\\s))`;
const DISTRIBUTION = new RegExp(`^(?:${SENT}|${LABELLED})`, 'iu');
// every such line says one of these stems
export const MAY_DISTRIBUTE = /skicka|expedier|sänds|delges|utdrag|kopia|sändlista/i;
// (the anchored pattern first: it fails at a paragraph's first words, where the stems' test reads all of it;
// and before it the first letter, asked of every paragraph and of every line of one)
// (by its first two letters: `Det`, `Den`, `Bedömning` open like none of them; shared with the other tests by two letters)
const MAY_OPEN = opensLikeTwo([...subjects, ...verbs, ...labels]);

export const isDistribution = (text: string): boolean => MAY_OPEN(text) && DISTRIBUTION.test(text) && MAY_DISTRIBUTE.test(text);

// `… enligt bilaga 2 Expedieras: Samhällsbyggnad`, `… till medlemskommunerna Beslutet expedieras till Revisorerna`: a
// transcript runs the note on after the decision with no stop between; its first word, capitalised inside the sentence,
// opens it (in small letters it is the decision's own: `… och att beslutet skickas till länsstyrelsen`)
const CAPITALISED_OPENING = new RegExp(`\\s(?=(?:${alternation([...new Set([...subjects, ...verbs, ...labels].map((w) => capitalise(w.split(' ')[0]!)))])})(?![${ANY_LETTER}]))`, 'gu');

/**
 * A decision's text without the distribution note run on after it (`Direktionen godkänner
 * rapporten. Beslutet skickas till: Revisorerna`): cut at the first sentence that is one, or at a
 * capitalised note run on inside a sentence.
 */
export function withoutDistribution(text: string): string {
  if (!MAY_DISTRIBUTE.test(text)) return text;
  for (const s of sentences(text)) {
    if (s.offset > 0 && isDistribution(s.text)) return text.slice(0, s.offset).trim();
  }
  for (const m of eachMatch(CAPITALISED_OPENING, text)) {
    if (m.index > 0 && isDistribution(text.slice(m.index + 1))) return text.slice(0, m.index).trim();
  }
  return text;
}
