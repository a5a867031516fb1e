// `Ulla Berg (M), Storby, ordf. Sten Ahl (S), Storby Eva Rask (C), Norrvik …`: a kommunalförbund's members written
// `Name (P), Town`, one to a line, the line breaks lost (a web archive's transcript), so that each town stands glued
// before the next person's name and reads as its first word. Each party's bracket closes a name; the name is cut from the
// capitalised words before the bracket, and what stands between one bracket and the next name is the person's before.
import { isGivenName } from '../../text/persons.js';
import { PARTIES } from '../../lexicon/sv.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a party's bracket and the comma and capital after it: `(M), S`, `(kd), Ö`
const BRACKET_THEN_TOWN = new RegExp(` \\(([${UPPER_LETTER}${LOWER_LETTER}]{1,4})\\)(, [${UPPER_LETTER}])?`, 'gu');
// a word of a name: capitalised (`Eiserman-Wikström`, `Andréasson`) or a middle initial (`F`, `F.`)
const NAME_WORD = new RegExp(`^(?:[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)*|[${UPPER_LETTER}]\\.?)$`, 'u');
const MIDDLE_INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.?$`, 'u');
const PARTY = new Set<string>(PARTIES.map((p) => p.toUpperCase()));
const ALL_CAPITALS = new RegExp(`^[${UPPER_LETTER}]+$`, 'u');
// (a name is two words or three; a town before it one or two: a run longer names nobody this list would)
const MAX_RUN = 6;
// (three people at least make the layout, not a line that happens to hold two brackets)
const MIN_PEOPLE = 3;

/** A party's letters in a bracket: a known party's in either case, or a local party's in capitals (`(SRD)`). */
const isPartyLetters = (letters: string): boolean => PARTY.has(letters.toUpperCase()) || ALL_CAPITALS.test(letters);

/**
 * Where the name that ends at `end` (the space before its bracket) starts: the capitalised words before it, less a town
 * when they follow a comma (`, Storby Eva Rask`, the entry before's town); -1 when no name of two words stands there.
 */
function nameStartBefore(text: string, end: number, from: number): number {
  const words: number[] = [];
  let stop = end;
  while (words.length < MAX_RUN && stop > from) {
    const space = text.lastIndexOf(' ', stop - 1);
    const start = Math.max(space + 1, from);
    if (!NAME_WORD.test(text.slice(start, stop))) break;
    words.unshift(start);
    if (space < from) break;
    stop = space;
  }
  if (words.length < 2) return -1;
  const first = words[0]!;
  const afterComma = first >= 2 && text.charCodeAt(first - 2) === 44;
  if (!afterComma || words.length === 2) return words.length <= 4 ? first : -1;
  // `Storby Eva Rask`: the last two words name the person; `Ekdala Karin Maria Lind`, `Storby Per K Lund` three, where a
  // given name or a middle initial stands before the last two and a word is left for the town
  const wordAt = (k: number): string => text.slice(words[k]!, text.indexOf(' ', words[k]!));
  const n = words.length;
  const three = n >= 4 && (isGivenName(wordAt(n - 3)) || MIDDLE_INITIAL.test(wordAt(n - 2)));
  return words[three ? n - 3 : n - 2]!;
}

/**
 * The entries of a list of `Name (P), Town` run on into one line, each from its name to the next name; null for any
 * other line: every party's bracket must stand after a name and before a comma and a capital, the first name open the
 * line, and each name after it stand after the words of the entry before (its town at least).
 */
export function townsAfterBrackets(text: string): string[] | null {
  const starts: number[] = [];
  let from = 0;
  for (const m of text.matchAll(BRACKET_THEN_TOWN)) {
    if (!isPartyLetters(m[1]!)) continue;
    // (every name but the first stands after words of the entry before, its town at least: `Anna Ek (S), Bo Ås (M)` is
    // a list of people, no towns in it)
    if (m[2] === undefined) return null;
    const at = nameStartBefore(text, m.index, from);
    if (at < 0 || (starts.length === 0 ? at !== 0 : at === from)) return null;
    starts.push(at);
    from = m.index + m[0].length - 1;
  }
  if (starts.length < MIN_PEOPLE) return null;
  const out: string[] = [];
  for (let k = 0; k < starts.length; k++) out.push(text.slice(starts[k], starts[k + 1] ?? text.length).trim());
  return out;
}
