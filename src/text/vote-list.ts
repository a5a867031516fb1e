// The title of a roll-call table that a council prints apart from the § it belongs to, as an
// appendix after the last § or between §§: `Omröstningslista nr. 2` with the § on the next
// line, `Voteringslista 1, § 12`, `Bilaga 3 Omröstningsprotokoll § 47`. Its § is a caption,
// no heading of an item; its title ends the text of the § above (no decision runs on into it).
import { PROCESS } from '../lexicon/sv.js';
import { isBlank, type Line } from './line.js';
import { alternation } from './patterns.js';
import { ANY_LETTER } from './letters.js';

// (`Omröstningslista` alone is a sub-heading of the § it stands in: the decisions reader knows it)
// (read on a line's flat text: one space between words)
const TITLE = new RegExp(
  `^(?:bilaga [${ANY_LETTER}\\d]{1,3}[:.–-]? ?)?(?:${alternation(PROCESS.rollTitles)})(?: (?:nr\\.? ?|nummer )?\\d{1,3})?(?:,? ?(?:[:–-] )?(?:för |till )?§ ?\\d{1,4})?:?$`,
  'iu',
);
// (every title holds one of these: a line without them is spared the pattern)
const HINT = /lista|protokoll/i;

/** The line (its flat text) titles a roll-call table printed apart from its § (the § it names: roll.ts's caption). */
export const isVoteListTitle = (flat: string): boolean => flat.length <= 70 && HINT.test(flat) && TITLE.test(flat);

/**
 * The line is the § under a roll-call table's title (`Omröstningslista nr 1` / `§ 22`, a blank
 * line between at most): the table's caption, naming the § it belongs to, no heading of an item.
 */
export function captionsVoteList(lines: readonly Line[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && isBlank(lines[k]!)) k--;
  return k >= 0 && k < i && isVoteListTitle(lines[k]!.flat);
}
