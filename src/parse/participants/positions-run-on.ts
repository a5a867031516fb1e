// Officials printed as a table with each row's position first, flattened by a web archive onto
// one line without separators (`Nämndsekreterare Emir Kadri Tf. socialchef Lisa Bodin 63-68
// Administrativ chef Tore Nyqvist Utredare Oskar Juhl`): each known given name and the surname
// after it is a person, the words before it up to the previous person their position, and the
// §§ after a name that person's. Read only where the line opens with a position and every
// person has one before them.
// The mirror layout, each row's name first (`Olof Berg Förvaltningschef Stina Dahl Verksamhetschef Teknik …`),
// is read by namesBeforePositions: a person is a name a position's word follows.
import { withoutComma } from '../../text/patterns.js';
import { isGivenName, isStaffPosition } from '../../text/persons.js';
import { kindOf } from './words.js';
import { LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

// a surname's word: capitalised, a hyphen inside it at most
const SURNAME = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)?$`, 'u');
// what may follow a name and still be that person's: §§ and numbers (`63-68,`, `70`, `§`)
const AFTER_NAME = /^(?:§§?|[\d,–-]+)$/u;
const CONJUNCTIONS = new Set<string>(['och', 'samt']);

const opensPosition = (word: string): boolean => {
  const kind = kindOf(word);
  return kind === 'position' || kind === 'modifier';
};
const surname = (word: string | undefined): boolean => word !== undefined && SURNAME.test(word) && kindOf(word) !== 'position';
// (a name's surname closed by its entry's comma: `Lund,`)
const surnameOrClosed = (word: string | undefined): boolean => surname(word !== undefined ? withoutComma(word) : word);
/** The word at k, closed by a comma, is a capitalised word (a surname) and the word after it opens with a capital (the next position). */
const closesEntry = (words: readonly string[], k: number): boolean => {
  const next = words[k + 1];
  return next !== undefined && !OPENS_LOWER.test(next) && !OPENS_LOWER.test(words[k]!);
};

/**
 * `Nämndsekreterare Fitim Kunushevci Tf. socialchef …`: two capitalised words right after a position's own word, and a
 * position's word (or the §§ attended, or the end) right after them, are a person whose given name the lexicon lacks.
 */
const unknownNameAt = (words: readonly string[], i: number): boolean =>
  kindOf(words[i - 1]!) === 'position' && surname(words[i]) && surname(words[i + 1]) && !opensPosition(words[i]!) &&
  (i + 2 >= words.length || opensPosition(words[i + 2]!) || AFTER_NAME.test(words[i + 2]!));

/** `Position Name Position Name …` → `Name, position` each; null for any other line. */
export function positionsBeforeNames(text: string): string[] | null {
  // (the first word's kind first: most lines open with a name, and are not cut into words)
  const space = text.indexOf(' ');
  if (space < 0 || !opensPosition(text.slice(0, space))) return null;
  const words = text.split(' ');
  if (words.length < 6) return null;
  // (`Kommundirektör Jan Frid, kommunsekreterare Linda Mal, …`: commas part the entries, which the list's reader cuts; a
  // comma after a name before the next capitalised position only closes an entry: `Karin Lund, Kanslichef Lars Ek`)
  for (let k = 0; k < words.length; k++) if (words[k]!.endsWith(',') && !AFTER_NAME.test(words[k]!) && !closesEntry(words, k)) return null;
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!(isGivenName(words[i]!) && (surnameOrClosed(words[i + 1]) || (INITIAL.test(words[i + 1]!) && surnameOrClosed(words[i + 2])))) && !unknownNameAt(words, i)) continue;
    // (`Ann Kristine Persson`: a second given name before the surname; `Eva K Strand`: an initial)
    const end = (isGivenName(words[i + 1]!) || INITIAL.test(words[i + 1]!)) && surnameOrClosed(words[i + 2]) && !isGivenName(words[i + 2]!) ? i + 3 : i + 2;
    // (`… samt sekreterare Eva Sand`: the conjunction before the last is no part of the position)
    const position = words.slice(CONJUNCTIONS.has(words[from]!) ? from + 1 : from, i);
    if (!position.some((w) => kindOf(w) === 'position')) return null;
    let next = end;
    while (next < words.length && AFTER_NAME.test(words[next]!)) next++;
    const after = words.slice(end, next).join(' ').replace(/,$/u, '');
    const said = position.join(' ');
    const name = words.slice(i, end).join(' ');
    out.push(`${withoutComma(name)}, ${said.charAt(0).toLowerCase()}${said.slice(1)}${after ? `, ${after}` : ''}`);
    from = next;
    i = next - 1;
  }
  return out.length >= 2 && from === words.length ? out : null;
}

// an initial between a given name and a surname (`Stina K Dahl`)
// (a word of two capitals or more opens the position: an acronym)
const ACRONYM = new RegExp(`^[${UPPER_LETTER}]{2}`, 'u');
// (with its point or without: `Anna B. Lund`, `Stina K Dahl`; a given name written as its initial has its point: `A. Lund`)
const POINT = 0x2e;
const INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.?$`, 'u');
const isPointedInitial = (word: string): boolean => word.length === 2 && word.charCodeAt(1) === POINT && INITIAL.test(word);

const OPEN_BRACKET = 0x28;

/**
 * The word after a name (its comma dropped) opens a position: `Förvaltningschef`, `Ekonom,`, `Teknisk chef`. Not one in
 * a bracket (`Rut Sjövall (chef, teknisk förvaltning), Lars Ek (S)`): a bracketed entry is read by its brackets.
 */
// (an empty word asked apart: a character read past a string's end, NaN, cost the function its optimised code)
const positionAt = (word: string | undefined): boolean => word !== undefined && (word === '' || word.charCodeAt(0) !== OPEN_BRACKET) && opensPosition(withoutComma(word));

// (a position opened by a department's capitalised word reaches its own word within so many words: `Vård och äldreomsorgschef`)
const MAX_DEPARTMENT_WORDS = 3;

/**
 * A position opens at word k: a position's word (`Förvaltningschef`, `Teknisk chef`), or a department's capitalised word
 * that words in lower case lead to a position's own word (`Vård och äldreomsorgschef`), not a name's.
 */
function positionFrom(words: readonly string[], k: number): boolean {
  if (positionAt(words[k])) return true;
  const first = words[k];
  if (first === undefined || !SURNAME.test(first) || isGivenName(first)) return false;
  for (let j = k + 1; j < words.length && j <= k + MAX_DEPARTMENT_WORDS; j++) {
    const word = words[j]!;
    if (!OPENS_LOWER.test(word)) return false;
    if (kindOf(withoutComma(word)) === 'position') return true;
  }
  return false;
}

/**
 * `Kourosh Tehrani Förvaltningschef`, `… Hemtjänstchef Yasmeen Ohlsson Ekonom`: two capitalised words that open no position,
 * right after a position's own word (or opening the line), and a staff position's own word right after them, are a person
 * whose given name the lexicon lacks (not before a member's: `Okke Sand ordförande` is left to the readers of members).
 */
const unknownNameBetween = (words: readonly string[], i: number): boolean =>
  (i === 0 || kindOf(withoutComma(words[i - 1]!)) === 'position') && surname(words[i]) && surname(words[i + 1]) && !opensPosition(words[i]!) &&
  !opensPosition(words[i + 1]!) && words[i + 2] !== undefined && kindOf(withoutComma(words[i + 2]!)) === 'position' && isStaffPosition(withoutComma(words[i + 2]!));

/**
 * Where the name at word i ends (given name, an initial or a second given name, surname; or an initial and its point,
 * surname; or two words the lexicon does not know, between positions), or -1 where no name stands there.
 */
function nameEnd(words: readonly string[], i: number): number {
  if (!isGivenName(words[i]!)) return isPointedInitial(words[i]!) && surname(words[i + 1]) ? i + 2 : unknownNameBetween(words, i) ? i + 2 : -1;
  if (INITIAL.test(words[i + 1] ?? '') && surname(words[i + 2])) return i + 3;
  if (!surname(words[i + 1])) return -1;
  // (`Ann Kristine Persson`, `Sigrid Einarsdóttir Holm`: a second given name, or a second surname, before the position;
  // a second surname only before a capitalised position, as this layout writes them: `Anna Berg Teknisk chef` is `teknisk chef`'s)
  const third = words[i + 3];
  const second = isGivenName(words[i + 1]!) || (third !== undefined && !OPENS_LOWER.test(third));
  return second && surname(words[i + 2]) && !isGivenName(words[i + 2]!) && positionAt(third) ? i + 3 : i + 2;
}

// `Vård och äldreomsorgschef`: a department's word before `och` and a compound position, the first half of a compound
// whose hyphen a transcript lost (`Vård- och äldreomsorgschef`)
const SUSPENDED = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+) (och [${LOWER_LETTER}]+)$`, 'u');
const suspended = (said: string): string => {
  const m = said.includes(' och ') ? SUSPENDED.exec(said) : null;
  return m && kindOf(m[2]!.slice(4)) === 'position' ? `${m[1]!}- ${m[2]!}` : said;
};

/**
 * `Name Position Name Position …`, the names first and no comma after them (`Olof Berg Förvaltningschef Stina Dahl
 * Verksamhetschef Gata 44 Lars Falk Nämndsekreterare`) → `Name, position …` each: a person is a name a position follows,
 * what stands up to the next such person (a department's capitalised word, §§) is their position's. Null for any other line.
 */
export function namesBeforePositions(text: string): string[] | null {
  // (the cheap test: the line opens on a given name, and the word two on opens a position; most lines hold a comma after the name)
  // (or on a capitalised word, where the third is a position's own: `Kourosh Tehrani Förvaltningschef`)
  const space = text.indexOf(' ');
  if (space < 0 || !(isGivenName(text.slice(0, space)) || SURNAME.test(text.slice(0, space)))) return null;
  // (the first six words only, before the line is cut: most entries that open on a name have a comma or a bracket after it)
  const head = text.split(' ', 6);
  const first = nameEnd(head, 0);
  if (first < 0 || head[first - 1]!.endsWith(',') || !positionFrom(head, first)) return null;
  const words = text.split(' ');
  if (words.length < 6) return null;
  const out: string[] = [];
  let name = 0;
  let end = first;
  for (let i = first + 1; i <= words.length; i++) {
    const next = i < words.length ? nameEnd(words, i) : -1;
    // (a name that closes the line after a position is a person's too, whose position stood under a label of its own:
    // `… Lena Ås Ekonom Inga Sand` before `Sekreterare`)
    if (i < words.length && (next < 0 || words[next - 1]!.endsWith(',') || (next < words.length && !positionFrom(words, next)))) continue;
    // (the §§ the person attended end the entry, after a position of lower-case words too: `Sektorchef kost- och städ 51-52,`)
    let stop = i;
    while (stop > end + 1 && AFTER_NAME.test(words[stop - 1]!)) stop--;
    const said = suspended(words.slice(end, stop).join(' ').replace(/,$/u, ''));
    const attended = words.slice(stop, i).join(' ').replace(/,$/u, '');
    // (a position's acronym stays as written: `MAS`)
    const lower = ACRONYM.test(said) ? said : `${said.charAt(0).toLowerCase()}${said.slice(1)}`;
    out.push(said === '' ? words.slice(name, end).join(' ') : `${words.slice(name, end).join(' ')}, ${lower}${attended ? `, ${attended}` : ''}`);
    if (i === words.length) break;
    name = i;
    end = next;
    // (past the position's first word; a name that closes the line is pushed by the pass at the line's end)
    i = next < words.length ? next : next - 1;
  }
  return out.length >= 2 ? out : null;
}
