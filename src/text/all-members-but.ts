// `Samtliga ledamöter utom Per Lind och Eva Ek`, `Samtliga ledamöter närvarande förutom …`, `Kommunfullmäktiges samtliga
// ledamöter med undantag för …`: a list of who decided written as its exceptions. The words before the exceptions,
// for the front page's value classes and the participants' list openings alike (the words in ALL_MEMBERS_BUT).
import { ALL_MEMBERS_BUT } from '../lexicon/sv.js';
import { alternation } from './patterns.js';
import { LOWER_LETTER, UPPER_LETTER } from './letters.js';

const opening = (organ: boolean): RegExp =>
  new RegExp(
    // (after the organ's name in the genitive where asked: `Kommunfullmäktiges samtliga ledamöter utom …`; `närvarande`
    // perhaps between the members and the exception)
    `^${organ ? `(?:[${UPPER_LETTER}][${LOWER_LETTER}]+s\\s+)?` : ''}(?:${alternation(ALL_MEMBERS_BUT.all)})(?:\\s+(?:${alternation(ALL_MEMBERS_BUT.present)}))?,?\\s+(?:${alternation(ALL_MEMBERS_BUT.but)}):?\\s+(?=[${UPPER_LETTER}])`,
    'iu',
  );
const AFTER_ORGAN = opening(true);
const ALONE = opening(false);

// (every phrase of all the members says `ledamöter` today: a text without an `ö` is passed by before the pattern, for as long
// as the lexicon's phrases all hold one)
const ALL_HOLD_OE = ALL_MEMBERS_BUT.all.every((p) => p.includes('ö'));
// (and every word of the exception holds `utom` or `undantag`, letters /iu folds from no other character but their
// capitals: asked of the lower-cased text after the `ö`, for as long as the lexicon's words all hold one)
const BUT_CORES = ['utom', 'undantag'] as const;
const BUT_HOLD_CORES = ALL_MEMBERS_BUT.but.every((w) => BUT_CORES.some((c) => w.includes(c)));
function mayListAllBut(text: string): boolean {
  if (!ALL_HOLD_OE) return true;
  if (!text.includes('ö') && !text.includes('Ö')) return false;
  if (!BUT_HOLD_CORES) return true;
  const lower = text.toLowerCase();
  return lower.includes('utom') || lower.includes('undantag');
}

/** The length of the words before the exceptions at the text's start (the organ's name before them where `organ`), or 0. */
export function allButLength(text: string, organ: boolean): number {
  if (!mayListAllBut(text)) return 0;
  return (organ ? AFTER_ORGAN : ALONE).exec(text)?.[0].length ?? 0;
}
