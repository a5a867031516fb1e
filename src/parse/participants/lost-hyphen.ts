// `klimatoch miljöstrateg`: a compound position whose first half lost its hyphen and the
// space before `och` (`klimat- och miljöstrateg`) in a web transcript. No Swedish word in lower
// case ends in `och` before a position word, so the hyphen and the space come back there.
import { kindOf } from './words.js';
import { ANY_LETTER, LOWER_LETTER } from '../../text/letters.js';

// a lower-case word glued to `och`, then the next word (the position, asked below)
const GLUED_AND = new RegExp(`(?<![${ANY_LETTER}-])([${LOWER_LETTER}]{3,})och ([${LOWER_LETTER}]+)`, 'gu');

export function withLostHyphens(text: string): string {
  if (!text.includes('och ')) return text;
  return text.replace(GLUED_AND, (all, head: string, next: string) => (kindOf(next) === 'position' ? `${head}- och ${next}` : all));
}
