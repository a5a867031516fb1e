// A text that opens a sentence: a subject (a name, a noun, an organ) and a finite verb right
// after it (`Protokollet lades …`, `Eva Lind valdes …`, `Styrelsen godkänner …`, `Ekonom Lisa
// Holm redovisar …`); not a title (`Karin Lund (V) om …`, `Steget Vidare i …`).
import { AUXILIARY_VERBS, DECISION, MODAL_VERBS, PHRASE_OPENERS, STRONG_PAST_VERBS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

// (an organ of an organ too: `Kommunstyrelsens arbetsutskott beslutar …`, the genitive and a noun in lower case)
const SUBJECT_VERB = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${UPPER_LETTER}][${ANY_LETTER}-]*){0,2}(?:(?<=[${LOWER_LETTER}]s)\\s[${LOWER_LETTER}]{4,})?\\s(?:[${LOWER_LETTER}]+(?:r|s|de|te)|${alternation([...MODAL_VERBS, ...STRONG_PAST_VERBS])})(?![${ANY_LETTER}])`, 'u');

// `Till sekreterare valdes Ivar Holm.`, `Till revisorer för ett år väljs …`: an election told from its office, the verb within a few words
// (the term written out or in digits: `Till ordinarie ledamöter på två år valdes: …`, `Till kassör på 2 år valdes …`)
const ELECTED_TO = new RegExp(`^Till\\s[${LOWER_LETTER}]+(?:\\s[${LOWER_LETTER}\\d]+){0,5}\\s(?:${alternation(DECISION.elections)})(?![${ANY_LETTER}])`, 'u');

/** `Till justerare väljs Kajsa Wid …`: an election told from its office. */
export const electsFromOffice = (text: string): boolean => text.startsWith('Till ') && ELECTED_TO.test(text);

// `På förslag av ordföranden godkänner nämnden att …`, `Efter diskussion beslutar styrelsen …`: a decision whose verb stands
// before its subject after an opening phrase, the verb within a few words and an organ's noun in lower case after it
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const INVERTED_DECISION = new RegExp(
  `^(?:${alternation(DECISION.invertedOpeners.map(capitalised))})\\s(?:[^\\s.!?]+\\s){0,8}?(?:${alternation([...DECISION.decideVerbs, ...DECISION.approveVerbs])})\\s[${LOWER_LETTER}]{4,}(?![${ANY_LETTER}])`,
  'u',
);
// (its first letter one of the openers': most texts open otherwise, and the pattern is not asked)
const INVERTED_FIRST = new Set<string>(DECISION.invertedOpeners.map((w) => w.charAt(0).toUpperCase()));
const opensInverted = (text: string): boolean => INVERTED_FIRST.has(text.charAt(0)) && INVERTED_DECISION.test(text);

export const opensSentence = (text: string): boolean => SUBJECT_VERB.test(text) || electsFromOffice(text) || opensInverted(text);

// `Fastställdes`, `Valdes Bo Ek och Siv Al`, `Beslutades att …`: the passive verb first, as terse minutes write a point's text
const PASSIVE_FIRST = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]{2,}(?:ades|des|ogs|tes)(?![${ANY_LETTER}])`, 'u');
/** `Godkändes och lades till handlingarna.`: a sentence that opens on its verb in the passive or past. */
export const opensOnPassive = (text: string): boolean => PASSIVE_FIRST.test(text);

// `Vid sitt sammanträde i oktober tillstyrkte …`, `Den 14 maj överlämnades …`, `På kort tid har …`: an opening phrase of up to
// six words (no stop), then a finite verb: one in the past (`-ade`, `-de`, `-te`, the passive `-des`, `-ts`; not a participle's `-ande`)
// or an auxiliary, modal or strong one
const PHRASE_THEN_VERB = new RegExp(
  `^(?:${alternation(PHRASE_OPENERS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)))})(?:\\s[^\\s.!?:;]+){1,6}?\\s(?:[${LOWER_LETTER}]{2,}(?:ade|ades|de|des|te|tes|ts|ogs)(?<!ande|ende|andes|endes)|${alternation([...AUXILIARY_VERBS, ...MODAL_VERBS, ...STRONG_PAST_VERBS])})(?![${ANY_LETTER}])`,
  'u',
);
/** `Vid sitt sammanträde tillstyrkte styrelsen …`: a sentence that opens on a phrase, its verb second. */
export const opensOnPhrase = (text: string): boolean => PHRASE_THEN_VERB.test(text);
