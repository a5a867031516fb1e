// `Styrelsen B E S L U T A R`, `A t t anta planen`: a word a converter printed letter-spaced, as a decision's verb is
// set in some minutes, each letter apart, read as the word in an item's body (not over the whole text: a letter-spaced
// heading on a front page, `F Ö R E D R A G N I N G S L I S T A`, is no title of a document of its own). The word has
// four letters at least, a space between each and none beside them, or three where they spell one of the lexicon's
// short words (`A t t`); never a run of one letter (`X X X`, attendance marks), one without a vowel (`S M C V`, party
// letters) or the alphabet's own order (`a b c d`, points).
import { LETTER_SPACED_SHORT_WORDS } from '../lexicon/sv.js';
import { ANY_LETTER } from './letters.js';

const RUN = new RegExp(`(?<![${ANY_LETTER}\\d])[${ANY_LETTER}](?: [${ANY_LETTER}]){2,}(?![${ANY_LETTER}\\d])`, 'gu');
const VOWEL = /[aeiouyåäöéü]/iu;
const MIN_LETTERS = 4;
const SHORT = new Set<string>(LETTER_SPACED_SHORT_WORDS);

function word(run: string): string | null {
  const joined = run.replaceAll(' ', '');
  const lower = joined.toLowerCase();
  if (joined.length < MIN_LETTERS && !SHORT.has(lower)) return null;
  if (!VOWEL.test(joined) || new Set(lower).size === 1) return null;
  let inOrder = true;
  for (let k = 1; k < lower.length && inOrder; k++) inOrder = lower.charCodeAt(k) === lower.charCodeAt(k - 1) + 1;
  return inOrder ? null : joined;
}

// (a word before the run on its line: the run stands inside a sentence)
const WORD_BEFORE = new RegExp(`[${ANY_LETTER}] $`, 'u');

/**
 * The word as a sentence reads it: the spacing set it off, as capitals do, so its letters after the first are small,
 * and inside a sentence its first too (`Styrelsen B E S L U T A R att` → `beslutar`, `A t t anta` → `Att`).
 */
function asRead(joined: string, inside: boolean): string {
  const rest = joined.slice(1).toLowerCase();
  return (inside ? joined.charAt(0).toLowerCase() : joined.charAt(0)) + rest;
}

/** A single character between spaces twice in a row (` t t `): where a letter-spaced run may stand (the cheap look first). */
function maySpaceLetters(text: string): boolean {
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    if (text.charCodeAt(at + 2) === 32 && text.charCodeAt(at + 4) === 32 && text.charCodeAt(at + 1) !== 32 && text.charCodeAt(at + 3) !== 32) return true;
  }
  return false;
}

/** The text with its letter-spaced words closed up (the text itself where it holds none). */
export function closeLetterSpacing(text: string): string {
  if (!maySpaceLetters(text)) return text;
  let changed = false;
  const out = text.replace(RUN, (run: string, at: number) => {
    const w = word(run);
    if (w === null) return run;
    changed = true;
    return asRead(w, WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)));
  });
  return changed ? out : text;
}
