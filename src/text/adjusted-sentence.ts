// The sentence that says who adjusted the minutes, written instead of a block of signers
// (`Protokollet har justerats digitalt av Anna Holm (ordförande) och Bo Ek (justerare)
// 2025-03-19.`, `Protokollet justerades den 19 mars 2025 av ordförande Anna Holm och justerare
// Bo Ek.`). The past forms only: `Protokollet justeras av …` (future) elects the adjusters.
// Shared by the segmenter (the sentence ends the last §) and the signatures' reader.

import { isBlank, type Line } from './line.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

// (the lines' collapsed texts: one space between words; the signers, a name first or a role's word and a name, run to the sentence's end)
export const ADJUSTED_BY =
  new RegExp(`(?<![${ANY_LETTER}])(?:[Pp]rotokollet|[Dd]etta protokoll) (?:(?:har|är|blev) )?(?:justerats|justerades|justerat)(?: och (?:signerats|undertecknats))?(?: (?:digitalt|elektroniskt))?(?: (?:den )?(?:[\\d-]{8,10}|\\d{1,2} [${LOWER_LETTER}]+ \\d{4}))? av ((?:[${LOWER_LETTER}]+ )?[${UPPER_LETTER}][^.]{2,200})`, 'u');

// the sentence at a line's start (it stands as a paragraph of its own after the last §)
const OPENS = new RegExp(`^(?:[Pp]rotokollet|[Dd]etta protokoll) (?:(?:har|är|blev) )?(?:justerats|justerades|justerat)(?![${ANY_LETTER}])`, 'u');
/** How many lines the sentence may wrap over. */
export const SENTENCE_LINES = 3;

/** Line i opens the sentence, and the sentence names who adjusted (`… av Anna Holm och Bo Ek.`, its `av …` perhaps on the next line). */
export function saysAdjusted(lines: readonly Line[], i: number): boolean {
  const flat = lines[i]!.flat;
  // (the sentence opens with `P`, `p`, `D` or `d`: the signature finder asks of every line that opens no block, and
  // nine in ten are passed by on their first character, before the pattern)
  const c = flat.charCodeAt(0);
  if (c !== 80 && c !== 112 && c !== 68 && c !== 100) return false;
  if (!OPENS.test(flat)) return false;
  let text = flat;
  for (let k = i + 1; k < Math.min(lines.length, i + SENTENCE_LINES) && !isBlank(lines[k]!); k++) text += ` ${lines[k]!.flat}`;
  return ADJUSTED_BY.test(text);
}
