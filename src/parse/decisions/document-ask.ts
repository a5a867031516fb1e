// What the document a § handles asks for, as the case's text tells it: `Maria Ek (KD) föreslår i en motion att …`,
// `Motionärerna föreslår: att …`, `I medborgarförslaget föreslås …`. That is the case, not the item's proposal: the item's
// proposal is what a preparing body or the office puts to the meeting (`Arbetsutskottet föreslår …`).
import { PROCESS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER } from '../../text/letters.js';
import { hintOf } from '../../text/hint.js';

const B = `(?![${ANY_LETTER}])`;
// `… föreslår i en motion`, `… i sitt medborgarförslag`, `… i skrivelsen`
const IN_DOCUMENT_AFTER = new RegExp(
  `^\\s*i\\s+(?:(?:en|ett|sin|sitt|denna|detta)\\s+)?(?:${alternation([...PROCESS.documentNouns, ...PROCESS.documentIndefinite])})${B}`,
  'iu',
);
// `Motionären föreslår`, `Förslagsställarna föreslår`, `I motionen föreslås`: the document or its author right before the verb
const DOCUMENT_BEFORE = new RegExp(
  `(?:^|[\\s,;:])(?:(?:${alternation(PROCESS.documentRoles)})|i\\s+(?:${alternation(PROCESS.documentNouns)}))\\s*$`,
  'iu',
);
// (a plain hint first, of the same words as the two patterns: most sentences name no document)
const MAY_NAME_DOCUMENT = hintOf([...PROCESS.documentNouns, ...PROCESS.documentIndefinite, ...PROCESS.documentRoles]);

/** The proposing words at `at` (`length` long) in `sentence` tell what the § handles asks for, not what is proposed to the meeting. */
export function asksInDocument(sentence: string, at: number, length: number): boolean {
  if (!MAY_NAME_DOCUMENT.test(sentence)) return false;
  return IN_DOCUMENT_AFTER.test(sentence.slice(at + length)) || DOCUMENT_BEFORE.test(sentence.slice(0, at));
}
