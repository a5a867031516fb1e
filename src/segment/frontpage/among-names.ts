// A list one name a line keeps a name whose given name the lexicon lacks (`Ryszard Nowicki`,
// `Erk Holmer`) when the list's shape says it is one: it stands in the column of the name
// above it, with no blank line between, and the names go on under it in that column (or the
// column of marks printed after the names: `X`, `X, ordförande`).
import type { Piece } from './pieces.js';
import { markOnly } from './roles-after.js';
import { classOf, nameShaped } from './values.js';
import { UPPER_LETTER } from '../../text/letters.js';

/**
 * The piece at k is name-shaped and stands in a run of such pieces in the column of the
 * list's entry above it, which a name closes (`Anna Berg (S)`), a mark of the list's attendance column, or the values' end.
 */
export function amongNames(values: readonly Piece[], k: number): boolean {
  const p = values[k]!;
  const above = values[k - 1];
  if (above === undefined || p.groupStart || above.col !== p.col || !nameShaped(entryName(p.text))) return false;
  let j = k + 1;
  while (j < values.length && inColumn(values[j]!, p.col) && nameShaped(entryName(values[j]!.text)) && classOf(values[j]!.text) !== 'persons') j++;
  if (j === values.length) return true;
  const next = values[j]!;
  return inColumn(next, p.col) && (classOf(next.text) === 'persons' || markOnly(next.text));
}

// `Amadeu Batel, Civos`: a `Name, Unit` entry, as notes list who came, is its name before the comma
const UNIT_AFTER = new RegExp(`^[${UPPER_LETTER}]`, 'u');
const entryName = (text: string): string => {
  const comma = text.indexOf(', ');
  return comma > 0 && UNIT_AFTER.test(text.slice(comma + 2)) ? text.slice(0, comma) : text;
};

const inColumn = (q: Piece, col: number): boolean => !q.groupStart && q.col === col;
