// A text that opens a sentence: a subject (a name, a noun, an organ) and a finite verb right
// after it (`Protokollet lades …`, `Eva Lind valdes …`, `Styrelsen godkänner …`, `Ekonom Lisa
// Holm redovisar …`); not a title (`Karin Lund (V) om …`, `Steget Vidare i …`).
import { DECISION, MODAL_VERBS, STRONG_PAST_VERBS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';

// (an organ of an organ too: `Kommunstyrelsens arbetsutskott beslutar …`, the genitive and a noun in lower case)
const SUBJECT_VERB = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,2}(?:(?<=\\p{Ll}s)\\s\\p{Ll}{4,})?\\s(?:\\p{Ll}+(?:r|s|de|te)|${alternation([...MODAL_VERBS, ...STRONG_PAST_VERBS])})(?![\\p{L}])`, 'u');

// `Till sekreterare valdes Ivar Holm.`, `Till revisorer för ett år väljs …`: an election told from its office, the verb within a few words
// (the term written out or in digits: `Till ordinarie ledamöter på två år valdes: …`, `Till kassör på 2 år valdes …`)
const ELECTED_TO = new RegExp(`^Till\\s\\p{Ll}+(?:\\s[\\p{Ll}\\d]+){0,5}\\s(?:${alternation(DECISION.elections)})(?![\\p{L}])`, 'u');

/** `Till justerare väljs Kajsa Wid …`: an election told from its office. */
export const electsFromOffice = (text: string): boolean => text.startsWith('Till ') && ELECTED_TO.test(text);

export const opensSentence = (text: string): boolean => SUBJECT_VERB.test(text) || electsFromOffice(text);

// `Fastställdes`, `Valdes Bo Ek och Siv Al`, `Beslutades att …`: the passive verb first, as terse minutes write a point's text
const PASSIVE_FIRST = /^\p{Lu}\p{Ll}{2,}(?:ades|des|ogs|tes)(?![\p{L}])/u;
/** `Godkändes och lades till handlingarna.`: a sentence that opens on its verb in the passive or past. */
export const opensOnPassive = (text: string): boolean => PASSIVE_FIRST.test(text);
