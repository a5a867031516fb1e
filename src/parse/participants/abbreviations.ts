// Abbreviated positions written out before a line's words are typed: `v. ordf.` → `vice ordförande`,
// `kommunsekr.` → `kommunsekreterare`, `ek.chef` → `ekonomichef`.
import { POSITION_ABBREVIATED_ENDS, POSITION_ABBREVIATED_STEMS, POSITION_ABBREVIATIONS } from '../../lexicon/sv.js';
import { alternation, escapeRegExp } from '../../text/patterns.js';
import { POSITION_END } from './words.js';
import { ANY_LETTER, LOWER_LETTER } from '../../text/letters.js';

// abbreviations written out before the words are typed: `v. ordf.` → `vice ordförande`
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = Object.entries(POSITION_ABBREVIATIONS)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([abbr, full]) => [new RegExp(`(?<![${ANY_LETTER}])${escapeRegExp(abbr).replace(/ /g, '\\s?')}(?![${ANY_LETTER}])`, 'giu'), full]);

// `kommunsekr.`, `nämndsekr`: a compound position whose last part is cut short (the stem before it kept)
const ABBREVIATED_END = new RegExp(`(?<![${ANY_LETTER}])([${LOWER_LETTER}]{3,}?)(${alternation(Object.keys(POSITION_ABBREVIATED_ENDS))})\\.?(?![${ANY_LETTER}])`, 'gu');
// `ek.chef`, `förv.chef`, `ekon. handläggare`: one whose first part is cut at a point (written out only before a position word)
const ABBREVIATED_STEM = new RegExp(`(?<![${ANY_LETTER}])(${alternation(Object.keys(POSITION_ABBREVIATED_STEMS))})\\.\\s?([${LOWER_LETTER}]+)(?![${ANY_LETTER}])`, 'gu');
function writeOutCompounds(text: string): string {
  return text
    .replace(ABBREVIATED_END, (_m, stem: string, end: string) => stem + POSITION_ABBREVIATED_ENDS[end]!)
    .replace(ABBREVIATED_STEM, (m, stem: string, rest: string) => (POSITION_END.test(rest) ? POSITION_ABBREVIATED_STEMS[stem]! + rest : m));
}

// cheap first tests before the costly patterns
// (each abbreviation ends on one of these (an organ's genitive on `:s`: `fm:s`), and no letter follows it: `ordförande`, written out, needs none of them;
// a compound's stem cut short ends on a point a letter follows: `ek.chef`; `v ordförande`, the `vice` alone cut short)
const MAY_ABBREVIATE = new RegExp(`(?:ordf|sekr|bitr)(?![${ANY_LETTER}])|ers\\.|:s(?![${ANY_LETTER}])|[${LOWER_LETTER}]\\.\\s?[${LOWER_LETTER}]|(?<![${ANY_LETTER}])v\\sordförande`, 'iu');

/** The text with its abbreviated positions written out. */
export function writeOutAbbreviations(input: string): string {
  if (!MAY_ABBREVIATE.test(input)) return input;
  let text = input;
  for (const [re, full] of ABBREVIATIONS) text = text.replace(re, full);
  return writeOutCompounds(text);
}
