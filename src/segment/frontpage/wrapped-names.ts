// A name wrapped in a narrow column: the surname's last word on the line under the rest of the
// name, with the party or the position after it (`Karl-Johan Lindqvist` / `Holmberg (M)`), or the
// party's bracket alone under the name (`Karl-Johan Lindqvist Holmberg` / `(M)`), or the surname's
// last word alone under a name whose party's cell stood on its first line (`Karl-Johan Bergkvist (M)` /
// `Sandström`). The second line is no one new: it goes on the name above, before its party.
import { PARTIES, POSITION_WORDS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import { nameShaped } from './values.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

interface Placed {
  text: string;
  at: number;
  col: number;
}

const PARTY_ALT = alternation(PARTIES);
// one capitalised word, then a party's bracket, a comma before what is said of the person, or nothing
const WRAPPED_WORD = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?=\\s*(?:\\(\\s*(?:${PARTY_ALT})\\s*\\)|,\\s*[${LOWER_LETTER}]|$))`, 'u');
// a position's word, capitalised as a cell of its own (`Förbundschef`), is no surname
const POSITION = new RegExp(`(?:${alternation(POSITION_WORDS)})$`, 'iu');
// the party's bracket at the end of a name (`Karl-Johan Bergkvist (M)`), which a wrapped word goes before
const PARTY_END = new RegExp(`\\(\\s*(?:${PARTY_ALT})\\s*\\)$`, 'u');
// a party's bracket alone, perhaps with what is said of the person after a comma
const PARTY_ALONE = new RegExp(`^\\(\\s*(?:${PARTY_ALT})\\s*\\)(?:,?\\s*[${LOWER_LETTER}].*)?$`, 'u');

/**
 * The piece goes on the name on the line above it, in its column: a surname's last word
 * (not a given name, which a list of given names writes alone) or a party's bracket alone.
 */
function wrapsName(above: Placed | undefined, p: Placed): boolean {
  if (above === undefined || above.at !== p.at - 1 || above.col !== p.col) return false;
  // (the piece is read first: most pieces are whole names, neither a word alone nor a bracket, and the name above is not read)
  const alone = PARTY_ALONE.test(p.text);
  const word = alone ? undefined : WRAPPED_WORD.exec(p.text)?.[1];
  if (!alone && word === undefined) return false;
  // (a name with its party: only a word alone goes on it)
  const party = above.text.endsWith(')') ? PARTY_END.exec(above.text) : null;
  const name = party ? above.text.slice(0, party.index).trimEnd() : above.text;
  if (!nameShaped(name)) return false;
  if (word === undefined) return party === null;
  return (party === null || word === p.text) && !isGivenName(word) && !POSITION.test(word) && nameShaped(`${name} ${word}`);
}

/** The name above with the wrapped line joined on, before the party's bracket the name's first line holds. */
function joined(above: string, wrapped: string): string {
  const party = above.endsWith(')') ? PARTY_END.exec(above) : null;
  return party ? `${above.slice(0, party.index).trimEnd()} ${wrapped} ${above.slice(party.index)}` : `${above} ${wrapped}`;
}

/** values[k], the first piece of its line, goes on the name in its column on the line above (see wrapsName). */
export function wrapsAt(values: readonly Placed[], k: number): boolean {
  return k > 0 && values[k - 1]!.at !== values[k]!.at && wrapsName(aboveInColumn(values, k), values[k]!);
}

/** The piece in the column of values[k] on the line right above it, if any (a table's row holds other cells too). */
function aboveInColumn<V extends Placed>(values: readonly V[], k: number): V | undefined {
  const p = values[k]!;
  for (let j = k - 1; j >= 0 && values[j]!.at >= p.at - 1; j--) if (values[j]!.at === p.at - 1 && values[j]!.col === p.col) return values[j];
  return undefined;
}

/** The values with each wrapped name's second line joined to its first. */
export function wrappedNamesJoined<V extends Placed>(values: readonly V[]): V[] {
  const out: V[] = [];
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    // (a piece already joined is no longer in out: it joins nothing more)
    const above = wrapsAt(values, k) ? aboveInColumn(values, k) : undefined;
    const at = above !== undefined ? out.indexOf(above) : -1;
    if (at < 0) {
      out.push(v);
      continue;
    }
    // (the joined piece keeps the first line's place)
    out[at] = { ...above!, text: joined(above!.text, v.text) };
  }
  return out;
}
