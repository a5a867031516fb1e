// Noting as a decision (SCHEMA.md, Decision): the meeting takes note of the item itself,
// actively (`Styrelsen noterar informationen`, `Styrelsen noterade lägesrapporten`) or in the
// passive with the item for subject (`Informationen noteras.`, `Redovisningen noterades.`,
// `Informationen antecknas.`), as it lays it `till handlingarna`. Noting a finding (`Styrelsen
// noterar att ekonomin är i balans`, `Det noteras att …`, `Beträffande X noteras uppgifter …`)
// is the discussion, no decision.
import { DECISION, PROCESS } from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import { alternation, opensLikeTwo } from '../../text/patterns.js';
import { ANY_LETTER } from '../../text/letters.js';

const B = `(?![${ANY_LETTER}])`;
const ITEM = `[${ANY_LETTER}-]*(?:${alternation(PROCESS.selfSubjects)})${B}`;
// the object right after the verb: the item, after at most two words (`den ekonomiska
// rapporten`, `dagens information…`) and never after `att` (a finding)
const ITEM_OBJECT = new RegExp(`^\\s+(?!att${B})(?:(?!att${B})[${ANY_LETTER}-]+\\s+){0,2}?${ITEM}`, 'iu');
const TO_MINUTES = /till protokollet/i;
const NOTING = new Set<string>(DECISION.notingVerbs);
// the item as the subject, within the first words before the passive (`Informationen om
// budgeten noteras`), and not the impersonal `Det noteras att …`
// (`Till protokollet antecknas att …`: what is noted follows in an `att` clause, a note, no decision)
const NOTED = new RegExp(`^(?!det${B})(?:[${ANY_LETTER}-]+\\s+){0,4}?${ITEM}\\s+(?:[${ANY_LETTER}-]+\\s+){0,3}?(?:${alternation(DECISION.notedPassive)})${B}(?!\\s+att${B})`, 'iu');
/** Plain hint of the passives, for the caller's quick tests. */
export const MAY_BE_NOTED = hintOf(DECISION.notedPassive);

// `Till protokollet antecknas att Bo Ek (C) inte deltar i beslutet.`: the secretary's note in the passive
const NOTED_TO_MINUTES = new RegExp(`^(?:${alternation(PROCESS.notePassive)})${B}`, 'iu');
// (every form says one of these; most sentences neither)
export const MAY_NOTE_TO_MINUTES = /till protokollet|det anteckna/i;
/** A note to the minutes in the passive, no decision: `Till protokollet antecknas att …`. */
// (the pattern is anchored: the text opens like one of its phrases by its first two letters, looked at first)
export const isNoteToMinutes = (text: string): boolean => MAY_OPEN_NOTE(text) && MAY_NOTE_TO_MINUTES.test(text) && NOTED_TO_MINUTES.test(text);
const MAY_OPEN_NOTE = opensLikeTwo(PROCESS.notePassive);

/** Whether a verb of noting decides here: `rest`, the text after the verb, names the item or says `till protokollet`. */
export function notesItem(verb: string, rest: string): boolean {
  return !NOTING.has(verb) || ITEM_OBJECT.test(rest) || TO_MINUTES.test(rest);
}

/** `Informationen noteras.`: the item noted in the passive, its subject in the sentence's first words. */
export function notedPassively(text: string): boolean {
  return MAY_BE_NOTED.test(text) && NOTED.test(text);
}
