// Who carries a decision out and by when, run on after it on its line (`Beslut: Kansliet tar fram
// en broschyr. Ansvarig: Eva Ås`, `… Ansvar: Per Ek Klart till: maj`), as notes kept as an action
// list write it: no part of the decision (on a line of its own, headings.ts reads it as a body label).
import { ACTION_LABELS } from '../../lexicon/sv.js';
import { alternation, capitalise } from '../../text/patterns.js';

// (capitalised, as a label opens: `ansvar` inside a sentence is a word of it; no `i` flag, so \p{Lu} stays upper case)
const ACTION = new RegExp(`\\s(?:${alternation(ACTION_LABELS.map(capitalise))})\\s*:`, 'u');
export const MAY_ACT = /Ansvar|Klar|Deadline|Återrapport/;

/** A decision's text without the action label run on after it, and what follows the label. */
export function withoutActions(text: string): string {
  if (!MAY_ACT.test(text)) return text;
  const m = ACTION.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index).trim() : text;
}
