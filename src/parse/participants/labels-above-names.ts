// A roll whose table gave each person's position (or seat) a cell of its own above the name, flattened one cell a line:
// `ordförande` / `Anna Ek` / `medlem` / `Per Ås` / `sekreterare` / `Eva Lind`, as Swedish-language Finnish minutes
// print their roll with the labels first. Where the list opens with such a label alone on its line and a name under
// it, each label alone on a line is the position of the name under it, and is read as one line with it
// (`ordförande Anna Ek`). A list that writes its positions under the names opens with a name, and is left as it is.
import { namesSomebody } from '../../segment/participants.js';
import { positionOnly } from './line.js';
import { isMembershipOnly } from './list-roles.js';

/** A line that holds a position or a seat and nothing else (`vice ordförande`, `medlem`, `Förbundschef`). */
const isLabel = (text: string): boolean => isMembershipOnly(text) || positionOnly(text) !== null;

/** The entries with each label alone on its line joined to the name under it; null where the list does not open with one. */
export function labelsAboveNames<E extends { text: string }>(entries: readonly E[]): E[] | null {
  // (the cheap test first: the list's first line holds a word or two, as a label does, and no name's two capitals)
  const first = entries[0]?.text;
  if (first === undefined || entries.length < 2 || namesSomebody(first) || !isLabel(first)) return null;
  const out: E[] = [];
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    if (namesSomebody(e.text) || !isLabel(e.text)) {
      out.push(e);
      continue;
    }
    // (a label over another label, or at the list's end, stands over nobody: the list is some other table, read as before)
    const next = entries[k + 1];
    if (next === undefined || !namesSomebody(next.text) || isLabel(next.text)) return null;
    out.push({ ...next, text: `${e.text.trim()} ${next.text.trimStart()}` });
    k++;
  }
  return out;
}
