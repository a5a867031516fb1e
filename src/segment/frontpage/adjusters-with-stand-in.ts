// The adjusters' phrase, with who adjusts in the stead of either (`Sara Ek och Vera Dahl med Fia Borg
// som ersättare`), whose label a transcript lost, so that it runs on into the list before it
// (`Övriga närvarande Ulla Berg, sekr Sara Ek och Vera Dahl med Fia Borg som ersättare`): the phrase
// names the adjusters, not more people present. It is cut off the list; where no adjusters' label
// named any, it is the adjusters' value.
import { splitPersons } from '../../text/persons.js';
import type { FrontPageField } from './read.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// `med Fia Borg (S) som ersättare` closing the value
const STAND_IN = new RegExp(` med [${UPPER_LETTER}][${LOWER_LETTER}]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}]+){1,3}(?: \\([^()]{1,12}\\))? som ersättare\\.?$`, 'u');

export function adjustersWithStandIn(fields: FrontPageField[]): void {
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    const v = f.field === 'participants' ? f.values[f.values.length - 1] : undefined;
    // (the phrase's last word first: most lists end otherwise)
    if (!v?.text.endsWith('ersättare') && !v?.text.endsWith('ersättare.')) continue;
    const m = STAND_IN.exec(v.text);
    if (!m) continue;
    const before = v.text.slice(0, m.index);
    // the adjusters: the last entry before `med`, one name or two joined by `och`
    const entries = splitPersons(before);
    const last = entries[entries.length - 1];
    if (!last) continue;
    const at = before.lastIndexOf(last);
    const kept = before.slice(0, at).trimEnd();
    const phrase = { ...v, text: v.text.slice(at) };
    if (kept === '') f.values.pop();
    else f.values[f.values.length - 1] = { ...v, text: kept };
    if (!fields.some((g) => g.field === 'adjusters' && g.values.length > 0)) {
      fields.splice(k + 1, 0, { field: 'adjusters', value: 'persons', label: f.label, at: f.at, values: [phrase] });
    }
    return;
  }
}
