// A text that opens a sentence: a subject (a name, a noun, an organ) and a finite verb right
// after it (`Protokollet lades …`, `Eva Lind valdes …`, `Styrelsen godkänner …`, `Ekonom Lisa
// Holm redovisar …`); not a title (`Karin Lund (V) om …`, `Steget Vidare i …`).
import { MODAL_VERBS, STRONG_PAST_VERBS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';

// (an organ of an organ too: `Kommunstyrelsens arbetsutskott beslutar …`, the genitive and a noun in lower case)
const SUBJECT_VERB = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,2}(?:(?<=\\p{Ll}s)\\s\\p{Ll}{4,})?\\s(?:\\p{Ll}+(?:r|s|de|te)|${alternation([...MODAL_VERBS, ...STRONG_PAST_VERBS])})(?![\\p{L}])`, 'u');

export const opensSentence = (text: string): boolean => SUBJECT_VERB.test(text);
