// `klimatoch miljöstrateg`: a compound position whose first half lost its hyphen and the
// space before `och` (`klimat- och miljöstrateg`) in a web transcript. No Swedish word in lower
// case ends in `och` before a position word, so the hyphen and the space come back there.
import { kindOf } from './words.js';

// a lower-case word glued to `och`, then the next word (the position, asked below)
const GLUED_AND = /(?<![\p{L}-])(\p{Ll}{3,})och (\p{Ll}+)/gu;

export function withLostHyphens(text: string): string {
  if (!text.includes('och ')) return text;
  return text.replace(GLUED_AND, (all, head: string, next: string) => (kindOf(next) === 'position' ? `${head}- och ${next}` : all));
}
