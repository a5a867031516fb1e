// `Beslutande: Övriga deltagande:` on one line, the names of both lists run on in one line under them (`Anna Ek (S),
// ordförande Bo Ås (M) … Maja Nord, socialchef …`): the labels' block then the values' block, the run paired by kind and
// order so that the first heading took its first name and the second every other. The whole run stands under both heads;
// the first is left empty, so the reading of heads over one run (`columnsBefore`, `membersThenDeputies`) gives each
// person to the heading that the party, the seat or the position says.
import type { FrontPageField } from './read.js';
import { roleOfHeading } from '../participants.js';

/** The front page's fields, a members' heading's one name from the run under it and the others' heading given back to the run. */
export function headsOverOneRun(fields: FrontPageField[]): FrontPageField[] {
  let out: FrontPageField[] | null = null;
  for (let k = 1; k < fields.length; k++) {
    const before = fields[k - 1]!;
    const f = fields[k]!;
    // (the cheap tests first: two lists' labels on one line, the first with one name, on the line of the second's first)
    if (before.field !== 'participants' || f.field !== 'participants' || before.at !== f.at || before.values.length !== 1 || f.values.length === 0) continue;
    const only = before.values[0]!;
    if (only.at === before.at || only.at !== f.values[0]!.at) continue;
    if (roleOfHeading(before.label) !== 'member' || roleOfHeading(f.label) !== 'other') continue;
    out ??= [...fields];
    out[k - 1] = { ...before, values: [] };
    out[k] = { ...f, values: [only, ...f.values] };
  }
  return out ?? fields;
}
