// The labels of the rows under a letterhead, run on at the end of its row (`SAMMANTRÄDESPROTOKOLL
// Nr 4/23 Tid Plats Närvarande`), as Åland minutes print their grid: the values follow, on the lines
// under it (`tisdag den 14 mars 2023 kl 17:00-19:30` / `Kommungården`), or run on after them on a page
// flattened to one line, where the place is the text after the hours. Each label is cut off the row and
// put before its value; a list's heading among them (`Närvarande`) stands after them, over the lists.
import { labelsEndingRow, namesWhenOrWhere, type LabelHit } from '../../text/labels.js';
import { UPPER_LETTER } from '../../text/letters.js';
import type { Piece } from './pieces.js';

// the hours, the last clock time of a value, then the place after them
const PLACE_AFTER_HOURS = new RegExp(`^(.*\\d{1,2}[.:]\\d{2})\\s+([${UPPER_LETTER}].*)$`, 'u');

/** The values of when and where: the texts after the labels, one each; or one text, the hours and then the place. */
function valuesOf(whenWhere: readonly LabelHit[], values: readonly Piece[]): Piece[] | null {
  if (values.length === whenWhere.length) return [...values];
  if (values.length !== 1 || whenWhere.length !== 2 || whenWhere[1]!.field !== 'place') return null;
  const v = values[0]!;
  const m = PLACE_AFTER_HOURS.exec(v.text);
  if (!m) return null;
  return [
    { ...v, text: m[1]! },
    { ...v, text: m[2]!, col: v.col + v.text.length - m[2]!.length },
  ];
}

/**
 * The front page's pieces with each letterhead row that ends with the grid's labels cut at them, and every label of
 * when or where put before its value (a list's heading after them, over its lists). Rewrites `pieces` in place and
 * returns it; a row whose values cannot be paired with its labels is left as it is.
 */
export function labelsEndingTitle(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    const end = p.label ? null : labelsEndingRow(p.text);
    if (!end) continue;
    // (a list's heading the page's cutting put on a line of its own, right after the row: one of the labels)
    let k = i + 1;
    const lists: Piece[] = [];
    while (k < pieces.length && pieces[k]!.label?.field === 'participants' && pieces[k]!.text === '') lists.push(pieces[k++]!);
    const from = k;
    while (k < pieces.length && !pieces[k]!.label) k++;
    const whenWhere = end.labels.filter(namesWhenOrWhere);
    const values = valuesOf(whenWhere, pieces.slice(from, k));
    if (!values) continue;
    const col = p.col + end.text.length + 1;
    const out: Piece[] = [{ ...p, text: end.text }];
    whenWhere.forEach((label, n) => out.push({ label, text: '', at: p.at, col, groupStart: false }, values[n]!));
    for (const label of end.labels) if (!namesWhenOrWhere(label)) out.push({ label, text: '', at: p.at, col, groupStart: false });
    out.push(...lists);
    pieces.splice(i, k - i, ...out);
    i += out.length - 1;
  }
  return pieces;
}
