// A board's officers listed under their own labels right before its members
// (`Ordförande: Karin Holm (M)` / `Vice ordförande: Tord Berg (S)` / `Ledamöter: Astrid Lund (M)`):
// the chair's label there heads no signature but the first of the members: each officer is a
// member under their own label, which is also their position.
import type { FrontPageField, FieldValue } from './read.js';
import { classOf } from './values.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';

// how many lines after the officers the members' heading may stand (a blank line between)
const NEAR = 2;
// `Vice ordförande: Tord Berg (S)`, `2:e vice ordförande Per Ek (S)`: an officer's label before the name on a value's line
const OFFICER_FIRST = new RegExp(`^((?:[${ANY_LETTER}\\d:.]+\\s){0,2}ordförande):?\\s+(?=[${UPPER_LETTER}])`, 'iu');
// a party's bracket: an officer among members, not a signer
const PARTY = new RegExp(`\\(\\s*[${ANY_LETTER}]{1,3}\\s*\\)`, 'u');

/**
 * The officers each member list takes: a chair's field before any signatures heading,
 * every value a person with a party, and a member list's heading right after it.
 */
export function officersBeforeMembers(fields: readonly FrontPageField[], isMembers: (label: string) => boolean): Map<FrontPageField, Officer[]> {
  const out = new Map<FrontPageField, Officer[]>();
  for (let k = 0; k + 1 < fields.length; k++) {
    const f = fields[k]!;
    if (f.field === 'signatures') break;
    if (f.field !== 'chair' || f.values.length === 0) continue;
    const next = fields[k + 1]!;
    const last = f.values[f.values.length - 1]!;
    if (next.field !== 'participants' || next.at <= last.at || next.at - last.at > NEAR || !isMembers(next.label)) continue;
    if (!f.values.every((v) => PARTY.test(v.text) && classOf(v.text) === 'persons')) continue;
    out.set(next, f.values.map((v) => officer(v, f.label)));
  }
  return out;
}

export interface Officer {
  /** The label as written: `Ordförande`, `Vice ordförande`. */
  label: string;
  value: FieldValue;
}

/** `Karin Holm (M)` under `Ordförande` → `Karin Holm (M), ordförande`; `Vice ordförande: Tord Berg (S)` → `Tord Berg (S), vice ordförande`. */
function officer(v: FieldValue, label: string): Officer {
  const own = OFFICER_FIRST.exec(v.text);
  const written = own ? own[1]! : label;
  return { label: written, value: { text: `${own ? v.text.slice(own[0].length) : v.text}, ${written.toLowerCase()}`, at: v.at, col: v.col } };
}
