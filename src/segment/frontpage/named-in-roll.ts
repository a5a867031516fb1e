// A signer whose given name the lexicon lacks (`Okke Ek`, `Wiremu Sand-Holm`), standing where the signing grid holds
// signers' names (after the adjusting's or the posting's day, Åland's grid flattened): a person when the front page's
// roll lists the same words (`Ek Okke,`, `x Sand-Holm Wiremu`), surname first or not. The slot and the roll decide,
// not the dictionary alone.
import { looksLikeName } from '../../split/titles.js';
import type { FrontPageField } from './read.js';
import { namesPerson } from './values.js';

// (a roll's words apart: spaces, and the commas and points after a name or a position)
const ROLL_APART = /[\s,.;]+/u;

/** The name reads as a person's, or every word of it (two or three) is one of the roll's. */
export function signerInSlot(name: string, fields: readonly FrontPageField[]): boolean {
  if (namesPerson(name)) return true;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !looksLikeName(name)) return false;
  const roll = rollWords(fields);
  return words.every((w) => roll.has(w));
}

/** The words of the front page's participants' values. */
function rollWords(fields: readonly FrontPageField[]): Set<string> {
  const words = new Set<string>();
  for (const f of fields) if (f.field === 'participants') for (const v of f.values) for (const w of v.text.split(ROLL_APART)) words.add(w);
  return words;
}

