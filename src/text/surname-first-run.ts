// The roll of Swedish-language Finnish minutes, surname first and no comma (`Nordqvist
// Sven-Ove`), flattened by a transcript onto one line, so that the names run on
// (`Nordqvist Sune Wiklöf Gunvor Storbacka Rolf …`) with a position after some (`Söderbacka Lena,
// viceordförande`, `Rosenlund Jonas ordförande`, `I viceordförande`). Read by pairs: every
// surname is no known given name, and half the given names are (both, of two people). Where
// only the last name has words after it, as many as the names, they are the column of
// positions flattened after the names (`… Westman Siv ordförande ekonomichef`). A roll
// written given name first opens with a given name, and is left to the other readers.
import { withoutComma } from './patterns.js';
import { endsPosition, isGivenName } from './persons.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';
import { presidiumAtTop, trailingRemarkAt } from './roll-column.js';

// (a double surname's second part in lower case too, as Finnish ones are written: `Mäki-aho Jouni`, `Ala-outinen Sari`)
const NAME_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*,?$`, 'u');
// `Oker Jan D.`: an initial after the given name
const INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.,?$`, 'u');
// a position's word: lower case (`viceordförande`, `fm:s`), or the ordinal before it (`I viceordförande`)
const POSITION_WORD = new RegExp(`^(?:[${LOWER_LETTER}]|(?:I{1,3}|IV|\\d\\.?)$)`, 'u');
// `Ahls ersättare`: the member a deputy serves for, in the genitive before the deputy's word
const GENITIVE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’-]+s$`, 'u');
// `Holmström Eva 12-17,`: the paragraphs a member sat for, after the name (read as a § range)
const PARAGRAPHS_WORD = /^\d+(?:[-–]\d+)?,?$/u;
// `Nyberg Tove suppleant kl. 17:00-18:20`: the hours a member sat, after the position (`kl.` is a position's word)
const HOURS_WORD = /^\d{1,2}[:.]\d{2}(?:[-–]\d{1,2}[:.]\d{2})?,?$/u;
const HOURS_AFTER = /(?:^|\s)(?:kl\.?\s|klo\.?\s)?\d{1,2}[:.]\d{2}(?:[-–]\d{1,2}[:.]\d{2})?,?$/u;
// `Söderström Jens ( 69-)`, `Frisk Carolina, PoS-chef (- 71)`: the §§ a person sat for in a bracket after the name or the
// position, a space inside it (read as the entry's paragraphs)
const BRACKET_RANGE = /^\(\s?§?\s?(?:\d{1,4}\s?[-–]\s?\d{0,4}|[-–]\s?\d{1,4})\s?\),?$/u;
// `Frisk Carolina, PoS-chef`: a position's word with capitals inside its first part (an abbreviated unit's), after the comma
const CAPITALS_POSITION = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}]*-[${LOWER_LETTER}]+,?$`, 'u');
// (two people in a run only where both given names are known)
const MIN_PEOPLE = 2;
// a word that ties the name after it to the entry before (`ersättare för`, `ersätter`, `tjg`, `i stället för`)
const LINKS = new Set(['för', 'ersätter', 'tjg', 'tjg.', 'tjänstgör', 'av', 'med', 'och', 'samt', 'till']);


/** Each person's text of a flattened roll of surname-first names, or null when the line is anything else. */
export function surnameFirstRun(text: string): string[] | null {
  // (the first two words first: most lines open with no surname before a given name, and are not cut into words)
  const first = text.indexOf(' ');
  const second = first < 0 ? -1 : text.indexOf(' ', first + 1);
  const surname = text.slice(0, first);
  const given = withoutComma(text.slice(first + 1, second < 0 ? undefined : second));
  if (first < 0 || !NAME_WORD.test(surname) || isGivenName(withoutComma(surname)) || !NAME_WORD.test(given)) return null;
  const all = text.split(/\s+/u);
  // `… Ås Bo ordförande vice ordförande anlände kl. 17.10 under behandlingen av 78 §`: a remark on attendance at the end,
  // read apart (its words in lower case would pass for a position's, its `av` for a link to a name)
  const remarkAt = trailingRemarkAt(all);
  const words = remarkAt < 0 ? all : all.slice(0, remarkAt);
  const entries: string[] = [];
  // how many of them have a position after the name
  let placed = 0;
  let known = 0;
  // how many words the last entry's name has (`Mård Karl Erik`: three)
  let nameWords = 2;
  let i = 0;
  while (i < words.length) {
    const s = words[i]!;
    const g = words[i + 1];
    // (`Dahlbom, Karin`: a comma kept after a surname is the inverted name's own, and the pair holds)
    if (g === undefined || !NAME_WORD.test(s) || isGivenName(withoutComma(s)) || !NAME_WORD.test(g) || (s.endsWith(',') && !isGivenName(withoutComma(g)))) return null;
    if (isGivenName(withoutComma(g))) known++;
    let j = i + 2;
    if (!g.endsWith(',') && j < words.length && INITIAL.test(words[j]!)) j++;
    // `Karlsson-Finne Anna Lena Kivelä Marianne`: a second given name, known, where no surname can stand (a surname is no given name)
    else if (!g.endsWith(',') && isGivenName(withoutComma(g)) && j < words.length && NAME_WORD.test(words[j]!) && isGivenName(withoutComma(words[j]!))) j++;
    const named = j;
    nameWords = named - i;
    const sat = j < words.length && PARAGRAPHS_WORD.test(words[j]!) ? withoutComma(words[j++]!) : null;
    if (j + 1 < words.length && GENITIVE.test(words[j]!) && words[j + 1] === 'ersättare') j += 2;
    while (j < words.length && (POSITION_WORD.test(words[j]!) || (j > named && HOURS_WORD.test(words[j]!)) || (commaPosition(words[j]!) && (j > named || g.endsWith(','))))) j++;
    // (`Holm Rita, personlig ersättare för Mäkelä Jussi`: the name after such a word is the entry's own, which other readers read)
    if (j > named && j < words.length && LINKS.has(words[j - 1]!)) return null;
    if (j > named && sat === null) placed++;
    // (the name without its surname's comma, then the paragraphs and the position, each after a comma)
    const own = [withoutComma(s), ...words.slice(i + 1, named)].join(' ');
    // (the hours after a comma, as a list written with commas puts them: `Nyberg Tove suppleant, kl. 17:00-18:20`)
    const after = words.slice(sat === null ? named : named + 1, j).join(' ').replace(HOURS_AFTER, (h: string, at: number) => (at > 0 ? `,${h}` : h.trimStart()));
    // (a bracket's words joined again, `( 69-)` → `(69-)`, after the rest: its cheap test an opening bracket)
    const end = j < words.length && words[j]!.charCodeAt(0) === 0x28 ? bracketRangeEnd(words, j) : j;
    const bracket = end > j ? withoutComma(words.slice(j, end).join('')) : '';
    entries.push([sat === null ? own : `${withoutComma(own)}, § ${sat}`, after].filter((part) => part !== '').join(sat === null ? ' ' : ', ').replace(/,$/u, '') + (bracket === '' ? '' : ` ${bracket}`));
    i = end;
  }
  const enough = entries.length === MIN_PEOPLE ? known === MIN_PEOPLE : known * 2 >= entries.length;
  if (entries.length < MIN_PEOPLE || !enough) return null;
  // `Hakala Arja Westman Siv ordförande ekonomichef`: the column of positions flattened after the names, one word each
  // (or the presidium's cells alone, the top rows': `… Ås Bo ordförande vice ordförande`)
  const column = placed === 1 ? (positionsAfterAll(entries) ?? presidiumAfterAll(entries, nameWords)) : null;
  if (column) return column;
  // a remark right after the last name is that person's (after a column of positions it is the table's, and nobody's)
  if (remarkAt >= 0 && entries[entries.length - 1]!.split(' ').length > 2) return null;
  if (remarkAt >= 0) entries[entries.length - 1] += `, ${all.slice(remarkAt).join(' ')}`;
  return entries;
}

/** The last entry's words after its name, the presidium's positions of the rows at the roll's top; null where they are not. */
function presidiumAfterAll(entries: string[], nameWords: number): string[] | null {
  const last = entries[entries.length - 1]!.split(' ');
  return presidiumAtTop([...entries.slice(0, -1), last.slice(0, nameWords).join(' ')], last.slice(nameWords));
}

/** `PoS-chef`: a position's word whose first part an abbreviation's capitals fill. */
const commaPosition = (word: string): boolean => CAPITALS_POSITION.test(word) && endsPosition(withoutComma(word));

/** Where the bracket opening at `from` and holding a range of §§ ends (past its closing word), or `from` where it holds anything else. */
function bracketRangeEnd(words: readonly string[], from: number): number {
  // (at most three words: `(`, `-`, `71)`)
  for (let k = from; k < words.length && k < from + 3; k++) {
    if (!words[k]!.includes(')')) continue;
    return BRACKET_RANGE.test(words.slice(from, k + 1).join(' ')) ? k + 1 : from;
  }
  return from;
}

/**
 * The last entry's words after its name, one position per person, given each in order; null when they are not so many.
 * A word each, or, where the words are more, positions of several words each ending on its position's own word
 * (`ledamot fm:s ordförande ekonomichef`: `ledamot`, `fm:s ordförande`, `ekonomichef`).
 */
function positionsAfterAll(entries: string[]): string[] | null {
  const last = entries[entries.length - 1]!.split(' ');
  const words = last.slice(2);
  if (words.length < entries.length || words.some((w) => !/^\p{Ll}/u.test(w))) return null;
  const positions = words.length === entries.length ? words : positionRuns(words);
  if (positions?.length !== entries.length) return null;
  return entries.map((e, k) => `${k === entries.length - 1 ? last.slice(0, 2).join(' ') : e}, ${positions[k]!}`);
}

/** Words cut after each that ends a position, or null where the last is no position's end. */
export function positionRuns(words: readonly string[]): string[] | null {
  const runs: string[] = [];
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    if (!endsPosition(words[k]!)) continue;
    runs.push(words.slice(from, k + 1).join(' '));
    from = k + 1;
  }
  return from === words.length ? runs : null;
}
