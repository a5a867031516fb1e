// The labels of the rows under a letterhead, run on at the end of its row (`SAMMANTRÄDESPROTOKOLL
// Nr 4/23 Tid Plats Närvarande`), as Åland minutes print their grid: the values follow, on the lines
// under it (`tisdag den 14 mars 2023 kl 17:00-19:30` / `Kommungården`), or run on after them on a page
// flattened to one line, where the place is the text after the hours. Each label is cut off the row and
// put before its value; a list's heading among them (`Närvarande`) stands after them, over the lists.
// The list's heading cut off the row before the values (`… Sammanträdestid Sammanträdesplats Beslutande kl.
// 16:00 19:30. Kommunkansliet Berg Anna, ordförande, …`): the hours, the place, then the list's people.
import { labelsEndingRow, namesWhenOrWhere, type LabelHit } from '../../text/labels.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { isGivenName } from '../../text/persons.js';
import type { Piece } from './pieces.js';

// the hours, the last clock time of a value, then the place after them
const PLACE_AFTER_HOURS = new RegExp(`^(.*\\d{1,2}[.:]\\d{2})\\s+([${UPPER_LETTER}].*)$`, 'u');

// the hours with no capital among them (`kl. 16:00 19:30.`, `16.1.2018 kl. 19:00 19:45.`), their last clock time, then a capital
const HOURS_OPENING = new RegExp(`^[^${UPPER_LETTER}]*\\d{1,2}[.:]\\d{2}\\.?\\s+(?=[${UPPER_LETTER}])`, 'u');
// two capitalised words and a comma: a person, one of the words a given name (`Jansson Harry,`, `Harry Jansson,`)
const WORD = `[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?`;
const NAME_AND_COMMA = new RegExp(`(?<= )(${WORD}) (${WORD}),`, 'gu');

/**
 * One text after the list's heading, the hours, the place and the list's people in it (`kl. 16:00 19:30. Kommunkansliet
 * Jansson Harry, ordförande, …`): the hours, the place, and the people, cut where the first person's name starts; or null.
 */
function hoursPlaceList(v: Piece): [Piece, Piece, Piece] | null {
  const hours = HOURS_OPENING.exec(v.text);
  if (!hours) return null;
  const from = hours[0].length;
  NAME_AND_COMMA.lastIndex = from;
  for (let m = NAME_AND_COMMA.exec(v.text); m; m = NAME_AND_COMMA.exec(v.text)) {
    if (!isGivenName(m[1]!) && !isGivenName(m[2]!)) continue;
    return [
      { ...v, text: hours[0].trimEnd() },
      { ...v, text: v.text.slice(from, m.index).trimEnd(), col: v.col + from },
      { ...v, text: v.text.slice(m.index), col: v.col + m.index, groupStart: false },
    ];
  }
  return null;
}

/**
 * The values of when and where: the texts after the labels, one each; or one text, the hours and then the place (and
 * where a list's heading stands after the labels, the list's people after the place: the list's value is the last).
 */
function valuesOf(whenWhere: readonly LabelHit[], values: readonly Piece[], listed: boolean): Piece[] | null {
  if (values.length === whenWhere.length) return [...values];
  if (values.length !== 1 || whenWhere.length !== 2 || whenWhere[1]!.field !== 'place') return null;
  const v = values[0]!;
  if (listed) {
    const cut = hoursPlaceList(v);
    if (cut) return cut;
  }
  const m = PLACE_AFTER_HOURS.exec(v.text);
  if (!m) return null;
  return [
    { ...v, text: m[1]! },
    { ...v, text: m[2]!, col: v.col + v.text.length - m[2]!.length },
  ];
}

// a full stop that ends a list, the next list's first name after it
const LIST_END = new RegExp(`\\. (?=[${UPPER_LETTER}])`, 'gu');

/**
 * The lists' headings, the people after them: one text, or where there are several headings (`Beslutande Frånvarande`)
 * and the text is as many lists each closed by a full stop (`Berg Anna, ordförande, Holm Per. Ek Lisa.`), each heading
 * with its list. A text of another count of lists goes after the headings whole.
 */
function peopleUnder(lists: readonly Piece[], people: Piece): Piece[] {
  if (lists.length < 2) return [...lists, people];
  const cuts = [...people.text.matchAll(LIST_END)].map((m) => m.index + 1);
  if (cuts.length !== lists.length - 1) return [...lists, people];
  const out: Piece[] = [];
  let from = 0;
  lists.forEach((list, n) => {
    const to = cuts[n] ?? people.text.length;
    out.push(list, { ...people, text: people.text.slice(from, to).trim(), col: people.col + from });
    from = to + 1;
  });
  return out;
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
    const values = valuesOf(whenWhere, pieces.slice(from, k), lists.length > 0);
    if (!values) continue;
    const col = p.col + end.text.length + 1;
    const out: Piece[] = [{ ...p, text: end.text }];
    whenWhere.forEach((label, n) => out.push({ label, text: '', at: p.at, col, groupStart: false }, values[n]!));
    for (const label of end.labels) if (!namesWhenOrWhere(label)) out.push({ label, text: '', at: p.at, col, groupStart: false });
    // (the lists' people, cut off the hours and the place: after their headings)
    const people = values[whenWhere.length];
    if (people) out.push(...peopleUnder(lists, people));
    else out.push(...lists);
    pieces.splice(i, k - i, ...out);
    i += out.length - 1;
  }
  return pieces;
}
