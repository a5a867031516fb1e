// Words inside a list that open a sentence of names and say whose they are (`Övriga deltagande
// Ersättarna Kent Wik (M) och Ann Bo (S)`): the plural's definite form, which no front page
// takes for a heading of its own.
import type { Participant } from '../../schema/result.js';
import { ROLE_SENTENCE_OPENERS } from '../../lexicon/sv.js';
import { alternation, opensLikeTwo } from '../../text/patterns.js';
import { namesSomebody } from '../../segment/participants.js';
import type { ListOpening } from './entry-openings.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const NAME_FIRST = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?\\s+[${UPPER_LETTER}]`, 'u');
const SENTENCE_OPENER = new RegExp(`^(?:${alternation(ROLE_SENTENCE_OPENERS.flatMap((o) => o.words))})(?![${ANY_LETTER}])`, 'iu');
// (their first two letters, asked without a pattern: most entries open with a name)
const MAY_OPEN_SENTENCE = opensLikeTwo(ROLE_SENTENCE_OPENERS.flatMap((o) => o.words));
const COLON_AFTER = /^\s*:?\s*/u;
const SENTENCE_OPENER_ROLE = new Map<string, Participant['role']>(ROLE_SENTENCE_OPENERS.flatMap((o) => o.words.map((w) => [w, o.role] as const)));
/** `Ersättarna Kent Wik (M) och Ann Bo (S)` among the others: the words that say whose the names after them are. */
export function sentenceOpening(text: string): ListOpening | null {
  const m = MAY_OPEN_SENTENCE(text) ? SENTENCE_OPENER.exec(text) : null;
  if (!m) return null;
  const rest = text.slice(m[0].length).replace(COLON_AFTER, '');
  const role = SENTENCE_OPENER_ROLE.get(m[0].toLowerCase());
  return role !== undefined && NAME_FIRST.test(rest) && namesSomebody(rest) ? { label: m[0], length: text.length - rest.length, role } : null;
}
