// A roll printed as a table of two columns, names and organisations, flattened one column after the other, a cell a line:
// `Anna Ek` / `Per Ås` / `Eva Berg` / `Norrby kommun` / `Försäkringskassan` / `Region Norrdal`. The list ends on as many
// organisations alone on their lines as the names right before them, each organisation the name's in its place, in
// order. (One organisation under each name is organisation-under.ts's; organisations over the names head them.)
import { namesSomebody } from '../../segment/participants.js';
import { organisationOnly } from './line.js';

// (two people make a column)
const MIN_ROWS = 2;

/** The entries with each organisation of the column at the list's end joined to its name; null where the list ends otherwise. */
export function organisationColumnAfterNames<E extends { text: string }>(entries: readonly E[]): E[] | null {
  const n = entries.length;
  // (the cheap test first: the list's last two entries each an organisation alone, as few lists end)
  if (n < 2 * MIN_ROWS || organisationOnly(entries[n - 1]!.text) === null || organisationOnly(entries[n - 2]!.text) === null) return null;
  let orgs = 2;
  while (orgs < n && organisationOnly(entries[n - 1 - orgs]!.text) !== null) orgs++;
  const from = n - 2 * orgs;
  if (from < 0) return null;
  // the names right before the column, as many as its organisations, each naming somebody and no organisation of its own
  for (let k = from; k < n - orgs; k++) {
    const t = entries[k]!.text;
    if (!namesSomebody(t) || organisationOnly(t) !== null) return null;
  }
  // (a name before them too: the column of names is longer than the organisations', and nobody knows whose they are)
  if (from > 0 && namesSomebody(entries[from - 1]!.text) && organisationOnly(entries[from - 1]!.text) === null) return null;
  const out = entries.slice(0, from) as E[];
  for (let k = 0; k < orgs; k++) {
    const name = entries[from + k]!;
    out.push({ ...name, text: `${name.text.trimEnd()}, ${entries[n - orgs + k]!.text.trim()}` });
  }
  return out;
}
