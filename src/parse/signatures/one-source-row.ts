// A signature row flattened onto one source line, labels first and the names after them (`Ordförande Sekreterare
// Justerare Anna Ek Per Ås Bo Lind`), which the reflow cut at each label it took for a field's (`Ordförande` /
// `Sekreterare` / `Justerare Anna Ek Per Ås Bo Lind`): the pieces stacked the labels over one label's run of names, and
// that label took every name. The block's pieces are read joined again, as the row they were.
import type { Range } from '../../segment/items.js';
import { labelsFirst, type SignatureRole } from '../../segment/signatures.js';
import { isBlank, type Line } from '../../text/line.js';

/** The signers of a block whose lines are all pieces of one source line, read whole as labels then names; else null. */
export function oneSourceRow(lines: readonly Line[], b: Range): { role: SignatureRole; name: string }[] | null {
  // (the cheap tests first: every line of the block cut out of the same source line, two pieces at least)
  let no = -1;
  let pieces = 0;
  for (let i = b.start; i < b.end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (!line.cutOut || (no >= 0 && line.no !== no)) return null;
    no = line.no;
    pieces++;
  }
  if (pieces < 2) return null;
  const flat: string[] = [];
  for (let i = b.start; i < b.end; i++) if (!isBlank(lines[i]!)) flat.push(lines[i]!.flat);
  const row = labelsFirst(flat.join(' '));
  return row ? row.names.map((name, k) => ({ role: row.roles[k]!, name })) : null;
}
