// Where a row whose number a transcript lost opens inside the title run on before it: at a capitalised word after a
// word in small letters that is no preposition (`… för mandatperioden Motion om …`; not `… avtal med Region …`).
import { TITLE_LINK_WORDS } from '../lexicon/sv.js';
import { LOWER_LETTER, OPENS_UPPER } from './letters.js';

const LINK_WORDS = new Set<string>(TITLE_LINK_WORDS);
/** A word that links a title's words (`i`, `för`, `med`): no capital after it opens a row of its own. */
export const isTitleLink = (word: string): boolean => LINK_WORDS.has(word);
const SMALL_WORD = new RegExp(`^[${LOWER_LETTER}][${LOWER_LETTER}-]*$`, 'u');

/** `word` opens a lost row after `before`: it is capitalised, and `before` a word in small letters that is no preposition. */
export const opensLostRow = (before: string, word: string): boolean => OPENS_UPPER.test(word) && SMALL_WORD.test(before) && !isTitleLink(before);
