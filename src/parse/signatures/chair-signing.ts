// `Justeras` over two names and no label saying who signs as what (`Justeras` / `Anna Ek   Bo Lind`):
// where the minutes elect the others to adjust (`Bo Lind valdes att jämte ordföranden justera
// protokollet`) and name the one left the meeting's chair — in the participants' list (`Anna Ek (S),
// ordförande`) or, where the list names none, in an opening § (`Ordförande Anna Ek hälsade välkommen`)
// — that one signs as chair. A chair the minutes also elect to adjust stays an adjuster.
import type { Item, Participant } from '../../schema/result.js';
import type { FrontPageField } from '../../segment/frontpage/read.js';
import { LISTED_SIGNER_POSITIONS } from '../../lexicon/sv.js';
import { escapeRegExp } from '../../text/patterns.js';
import { ANY_LETTER } from '../../text/letters.js';

interface Signers {
  chair: string[];
  secretary: string[];
  adjusters: string[];
}

// how far into the minutes an opening § may name the chair
const ITEMS_READ = 3;

/** The signers with the chair moved from the adjusters to the chair, where the election and the chair's naming say so. */
export function chairAmongAdjusters(signers: Signers, people: readonly Participant[], elected: readonly string[], items: readonly Item[]): Signers {
  if (signers.chair.length > 0 || signers.adjusters.length < 2 || elected.length === 0) return signers;
  const others = signers.adjusters.filter((n) => !elected.includes(n));
  if (others.length !== 1 || !elected.every((n) => signers.adjusters.includes(n))) return signers;
  const other = others[0]!;
  const listed = people.filter((p) => p.position === 'ordförande' && p.role !== 'absent').map((p) => p.name);
  const chair = listed.length > 0 ? listed.length === 1 && listed[0] === other : namedChair(other, items);
  return chair ? { ...signers, chair: [other], adjusters: signers.adjusters.filter((n) => n !== other) } : signers;
}

/** An opening § names the person chair: `Ordförande Anna Ek hälsade …`, `Anna Ek, ordförande, öppnade …`. */
function namedChair(name: string, items: readonly Item[]): boolean {
  const n = escapeRegExp(name);
  const said = new RegExp(`(?<![${ANY_LETTER}])(?:[Oo]rdföranden?:?\\s+${n}|${n},?\\s+ordförande)(?![${ANY_LETTER}])`, 'u');
  return items.slice(0, ITEMS_READ).some((it) => it.text.includes(name) && said.test(it.text));
}

/**
 * `Underskrifter Sekreterare Paragrafer Ordförande Justerande` with no name under the chair's or the secretary's label (the
 * lines left to be signed by hand): the one participant the list gives that position signs (`Eva Dahl (S), ordförande`;
 * the secretary's as the last of the positions, `Bo Lind, utredare, sekreterare`).
 */
export function signersFromList(signers: Signers, people: readonly Participant[], fields: readonly FrontPageField[]): Signers {
  if (signers.chair.length > 0 && signers.secretary.length > 0) return signers;
  let out = signers;
  for (const role of ['chair', 'secretary'] as const) {
    if (out[role].length > 0 || !fields.some((f) => f.field === role && f.values.length === 0)) continue;
    const position = LISTED_SIGNER_POSITIONS[role];
    const listed = people.filter((p) => p.role !== 'absent' && p.position !== null && (p.position === position || p.position.endsWith(`, ${position}`)));
    if (listed.length === 1) out = { ...out, [role]: [listed[0]!.name] };
  }
  // (the chair who signs as chair is no adjuster)
  return out.chair.length > 0 && out !== signers ? { ...out, adjusters: out.adjusters.filter((n) => !out.chair.includes(n)) } : out;
}

/**
 * `Protokolljustering Norrvik den 3 mars 2026 Lovisa Strand Maja Lind Frida Dahl`: three names read as adjusters and no
 * secretary, the secretary's name printed level with the adjusting's row (Åland's grids, flattened). The one participant
 * the list gives the secretary's position (`Strand Lovisa, kommunsekreterare, sekreterare`, surname first or not), where
 * that one is among them, signs as secretary; two adjusters stay at least.
 */
export function secretaryAmongAdjusters(signers: Signers, people: readonly Participant[]): Signers {
  if (signers.secretary.length > 0 || signers.adjusters.length < 3) return signers;
  const position = LISTED_SIGNER_POSITIONS.secretary;
  const listed = people.filter((p) => p.role !== 'absent' && p.position !== null && (p.position === position || p.position.endsWith(`, ${position}`)));
  if (listed.length !== 1) return signers;
  const key = wordsKey(listed[0]!.name);
  const found = signers.adjusters.filter((n) => wordsKey(n) === key);
  return found.length === 1 ? { ...signers, secretary: found, adjusters: signers.adjusters.filter((n) => n !== found[0]) } : signers;
}

/** A name's words in order of their letters: `Strand Lovisa` and `Lovisa Strand` are one person. */
const wordsKey = (name: string): string => name.split(' ').sort().join(' ');

/**
 * `Sekreterare … Ordförande Eva Dahl Justerande Olle Sand Kim Berg`: a row of labels and names whose names slid one label on
 * (the secretary's name printed after the chair's label), read as the secretary signing as chair too and the chair as an
 * adjuster. The list of who took part decides: where the one it names `ordförande` was read as an adjuster, and the chair
 * read is the secretary read or the one the list names secretary, the list's chair signs as chair.
 */
export function chairByRoll(signers: Signers, people: readonly Participant[]): Signers {
  if (signers.chair.length === 0 || signers.adjusters.length === 0) return signers;
  const chairs = people.filter((p) => p.role !== 'absent' && p.position === 'ordförande');
  if (chairs.length !== 1) return signers;
  const chair = chairs[0]!.name;
  if (signers.chair.includes(chair) || !signers.adjusters.includes(chair)) return signers;
  const secretary = LISTED_SIGNER_POSITIONS.secretary;
  const listedSecretary = (n: string): boolean => people.some((p) => p.name === n && p.position !== null && (p.position === secretary || p.position.endsWith(`, ${secretary}`)));
  if (!signers.chair.every((n) => signers.secretary.includes(n) || listedSecretary(n))) return signers;
  const moved = signers.chair.filter((n) => !signers.secretary.includes(n));
  return { chair: [chair], secretary: [...signers.secretary, ...moved], adjusters: signers.adjusters.filter((n) => n !== chair) };
}
