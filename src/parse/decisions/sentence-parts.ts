// Two decisions in one line: `Mötet beslutade att anta budgeten. Mötet beslutade att höja avgiften.`,
// `LAG beslutar att prioritera A. Verksamhetsledaren redogjorde för läget. LAG beslutar att avslå B.`,
// `Beslöts att … Beslöts att …`. A web page's protocol or a page run onto one line writes its
// sentences one after another where a PDF would have broken the line: a later sentence that decides
// again in its own words, the organ named as the one deciding or the decision's passive opening it,
// starts a decision of its own. A sentence that goes on with the one decision (`Nämnden godkänner
// rapporten. Rapporten läggs till handlingarna.`) names no one and stays with it.
import { DECISION } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { decides } from './decides.js';
import { sentences } from './sentences.js';
import { ANY_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

// `Beslöts att …`, `Beslutades att …`, `Beslut fattades om …`: the decision's passive as the sentence's first words
const OPENS_DECIDED = new RegExp(`^(?:${alternation(DECISION.decidedPassive)})(?![${ANY_LETTER}])`, 'iu');
/** The text opens on the decision's passive (`Beslöts att …`): a sentence from its first word, no heading before it. */
export const opensOnDecided = (text: string): boolean => OPENS_DECIDED.test(text);

// a full stop, a space and a capital: a second sentence at all (looked for before the sentences are read)
const NEXT_SENTENCE = new RegExp(`[.!]\\s+[${UPPER_LETTER}]`, 'u');

const STOP_BEFORE = /[.!]\s*$/u;

/**
 * A decision's text cut where a later sentence in it decides again by itself (the text alone where none does).
 * `mayDecide`: the stems' plain test (decides.ts HINT), asked of the text after the first sentence's stop
 * before its sentences are read, as most decisions are one sentence or go on with text that decides nothing.
 */
export function decidingSentenceParts(text: string, own: string | null, mayDecide: (rest: string) => boolean): string[] {
  const stop = text.search(NEXT_SENTENCE);
  if (stop < 0 || !mayDecide(text.slice(stop + 1))) return [text];
  const said = sentences(text);
  const cuts: number[] = [];
  for (let k = 1; k < said.length; k++) {
    const s = said[k]!;
    // (after a stop only: a line break inside the text is split.ts' to cut, where the line before ended its sentence)
    if (!STOP_BEFORE.test(text.slice(Math.max(0, s.offset - 3), s.offset))) continue;
    if (!OPENS_UPPER.test(s.text)) continue;
    const d = decides(s, own);
    if (d !== null && (d.by !== null || OPENS_DECIDED.test(s.text))) cuts.push(s.offset);
  }
  if (cuts.length === 0) return [text];
  return [0, ...cuts].map((from, k) => text.slice(from, k < cuts.length ? cuts[k] : text.length).trim());
}
