// A decision's label before its text: `Beslut: …`, `Styrelsens beslut: …`, `Beslut att välja …`,
// `BESLUT: …`, the label without its colon (`Beslut Rapporten läggs …`), a conclusion's label (`Slutsats: …`).
import { DECISION } from '../../lexicon/sv.js';
import { GENITIVE_NAME, alternation, capitalise, opensLikeTwo } from '../../text/patterns.js';
import { decides } from './decides.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// `Beslut: …`, `Styrelsens beslut: …`
// `Beslut att välja …` (no colon): the label and its `att`
// `BESLUT: …`: the label in capitals, as older templates print it
// `Beslutades: Att godkänna …`, `Beslöts: att …`, `Beslutas: …`: the decision's passive as the label, its colon after it, as
// association minutes write a point's decision (the passive's single words; with `att` and no colon it is a sentence, read so)
const PASSIVE_LABELS = [...DECISION.decidedPassive, ...DECISION.decidedImpersonal.verbs].filter((w) => !w.includes(' ') && w !== 'beslut');
const PASSIVE_LABEL = alternation(PASSIVE_LABELS.flatMap((w) => [capitalise(w), w.toUpperCase()]));
const LABEL = new RegExp(`^(?:(?:${GENITIVE_NAME}\\s+)?(?:[Bb]eslut(?:\\s*:|\\s+att\\s+(?=[${LOWER_LETTER}]))|BESLUT\\s*:)|(?:${PASSIVE_LABEL})\\s*:)`, 'u');
// (anchored: it reads the opening words only, where a test for `eslut` read the whole paragraph first)
export const labelOf = (text: string): RegExpExecArray | null => LABEL.exec(text);
// the label's `att`, its clause's own (`Beslut att välja …`)
const LABEL_ATT = /\satt\s+$/u;
/**
 * Where the decision after the label starts: after its colon, or at the `att` a label without one took (`Beslut att
 * uppdra … samt / att …`), so the clause keeps it and the clauses joined after it are read as under a heading.
 */
export function afterLabel(label: RegExpExecArray): number {
  const att = LABEL_ATT.exec(label[0]);
  return att ? att.index + 1 : label[0].length;
}

const CONCLUSION = new RegExp(`^(?:${alternation(DECISION.conclusionLabels)})\\s*:\\s*`, 'iu');
// (its first two letters, and its colon, a plain character of the pattern's, before the pattern)
const MAY_CONCLUDE = opensLikeTwo(DECISION.conclusionLabels);
export const conclusionOf = (text: string): RegExpExecArray | null => (MAY_CONCLUDE(text) && text.includes(':') ? CONCLUSION.exec(text) : null);

// `Beslut Rapporten läggs …`, `Styrelsens beslut Planen antas.`: the label without its colon, a capital after it
const BARE_LABEL = new RegExp(`^(?:${GENITIVE_NAME}\\s+)?(?:[Bb]eslut|BESLUT)\\s+(?=[${UPPER_LETTER}])`, 'u');
/** The label without its colon opening a sentence that decides by what follows it (not `Beslut Kommunfullmäktige 2023-05-12 § 45`). */
export function bareLabelOf(text: string, own: string | null): RegExpExecArray | null {
  const m = text.includes('eslut ') || text.includes('ESLUT ') ? BARE_LABEL.exec(text) : null;
  return m && decides({ text: text.slice(m[0].length), offset: 0 }, own) ? m : null;
}

// `Beslut - beslutar i enlighet med ordförandens förslag.`, `Beslut lägger punkt 10 …`: the label, then the verb of
// deciding in lower case, the organ that opened the sentence lost (its name in a column of its own that a flattened page
// dropped); at a sentence's opening or run on after the case's text with no stop before it
const ORGAN_LOST = new RegExp(
  `(?:^|\\s)(?:Beslut|BESLUT)\\s*(?:[-–:]\\s*)?(?=(?:${alternation([...DECISION.decideVerbs, ...DECISION.approveVerbs])})(?![${ANY_LETTER}]))`,
  'u',
);
/** Such a label in a sentence: where it stands and where the decision after it opens; null where none stands (the capital looked for first). */
export function organLostLabel(text: string): { at: number; end: number } | null {
  const m = text.includes('Beslut') || text.includes('BESLUT') ? ORGAN_LOST.exec(text) : null;
  return m ? { at: m.index, end: m.index + m[0].length } : null;
}
