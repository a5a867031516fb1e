// Names written surname first, a comma, then the given name, several run on in one line
// (`Holm, Henrik Lindqvist, Ralf Bäck, Eivor`): the roll of Swedish-language Finnish
// minutes, and of Swedish ones sorted by surname, once an extractor has flattened its
// column. Read by the commas' places, each comma would part a given name from the next
// person's surname. Every surname must end on its comma and be no given name, every word
// after it must be one; a position may follow a given name after a comma of its own
// (`Holm, Henrik, ordförande Lindqvist, Ralf`), a party in brackets without one, a remark after a dash
// (`Bäck, Eivor - till 21:20`); the column of positions may follow the last given name, one for each name,
// a cell perhaps with the organ or the hours after its position (`I viceordf., fullm.`, `kanslisekreterare, 288 kl`).
import { isGivenName } from '../../text/persons.js';
import { kindOf } from './words.js';
import { positionRuns } from '../../text/surname-first-run.js';
import { positionCells } from '../../text/position-cells.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

const SURNAME = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)*,$`, 'u');
const GIVEN = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?,?$`, 'u');
const PARTY = new RegExp(`^\\([${ANY_LETTER}-]{1,12}\\),?$`, 'u');
const LOWER = OPENS_LOWER;
// a remark set off by a dash after a given name (`Bäck, Eivor - till 21:20`): the dash, then words that open on no capital
const DASHES = new Set<string>(['-', '–']);
const REMARK_WORD = new RegExp(`^[^${UPPER_LETTER}]`, 'u');

/** Each person's text of a line of surname-first names (`Holm, Henrik`), or null when the line is anything else. */
export function surnameFirstList(text: string): string[] | null {
  // (two commas at least; most lines have fewer, and are not cut into words)
  const first = text.indexOf(',');
  if (first < 0 || text.indexOf(',', first + 1) < 0) return null;
  const words = text.trim().split(/\s+/u);
  const entries: string[] = [];
  // the given names the lexicon does not know (`Dan-Anders`, `Leena-Liis`): a few, where most are known
  let unknown = 0;
  // an entry's position written after its given name with no comma, before the next surname (`Dahl, Tove ordförande Ek, Bo`):
  // the positions are each entry's own, not a column after the last name
  let inline = false;
  let i = 0;
  while (i < words.length) {
    const surname = words[i]!;
    const given = words[i + 1];
    if (!given || !SURNAME.test(surname) || isGivenName(surname) || !GIVEN.test(given)) return null;
    if (!knownGiven(given)) unknown++;
    let j = i + 2;
    // a second given name before the next surname (`Lind, Åsa Mark Berg, Per`)
    if (!given.endsWith(',') && words[j] !== undefined && GIVEN.test(words[j]!) && !words[j]!.endsWith(',') && SURNAME.test(words[j + 1] ?? '')) j++;
    if (words[j] && PARTY.test(words[j]!)) j++;
    const own = ownPositionEnd(words, j, inline);
    if (own > j) {
      inline = true;
      entries.push(words.slice(i, own).join(' ').replace(/,$/u, ''));
      i = own;
      continue;
    }
    // the §§ attended after the given name, a word in lower case and a number (`Strand, Göran fr. 119 Sjöbacka, Mikael`)
    // when the next person's surname follows them
    if (!words[j - 1]!.endsWith(',') && attendedBeforeSurname(words, j)) j += 2;
    // a position after the given name's (or the party's) own comma, in lower case
    if (words[j - 1]!.endsWith(',')) while (j < words.length && LOWER.test(words[j]!)) j++;
    else if (DASHES.has(words[j] ?? '')) for (j++; j < words.length && REMARK_WORD.test(words[j]!); ) j++;
    entries.push(words.slice(i, j).join(' ').replace(/,$/u, ''));
    // the column of positions flattened after the last given name, in lower case (`… Berg, Olle kfge:s ordförande …`)
    if (j < words.length && !words[j - 1]!.endsWith(',') && LOWER.test(words[j]!)) return unknown * 2 < entries.length ? positionsAfter(entries, words.slice(j)) : null;
    i = j;
  }
  // (every given name known, or the line opens with a surname and its comma and most are known: `Backman, Inger Sandström, Hans`)
  return entries.length >= 2 && (unknown === 0 || unknown * 2 < entries.length) ? entries : null;
}

/** A given name the lexicon knows, or a double one whose parts it knows (`Dan-Anders`). */
function knownGiven(word: string): boolean {
  const w = word.endsWith(',') ? word.slice(0, -1) : word;
  return isGivenName(w) || (w.includes('-') && w.split('-').every((part) => isGivenName(part)));
}

const NUMBER = /^\d{1,4}(?:[-–]\d{1,4})?,?$/u;
/** A position opens at j: its own word (`controller`), or qualifiers before one (`1:e vice ordförande`; not `ej 120`). */
function opensPosition(words: readonly string[], j: number): boolean {
  let k = j;
  while (k < words.length && kindOf(words[k]!) === 'modifier') k++;
  return k < words.length && kindOf(words[k]!) === 'position';
}

/**
 * Where the entry's own position ends when its words in lower case after the given name (`rektor`, `controller 5 8, 10,
 * 15-18`, the §§ attended after them) reach the next surname and its comma: the index after them, or `j` where they do
 * not. At the text's end they are the last entry's only where an entry before it had its own (else they are the column of
 * positions after the last name).
 */
function ownPositionEnd(words: readonly string[], j: number, inline: boolean): number {
  // (a position's word opens them, or the §§ alone: `ej 120-121` is a remark on the §§ missed, read as such above)
  if (j >= words.length || words[j - 1]!.endsWith(',') || !(NUMBER.test(words[j]!) || opensPosition(words, j))) return j;
  let k = j;
  while (k < words.length && LOWER.test(words[k]!)) k++;
  while (k < words.length && NUMBER.test(words[k]!)) k++;
  if (k === words.length) return inline ? k : j;
  return SURNAME.test(words[k]!) && !isGivenName(words[k]!.slice(0, -1)) && GIVEN.test(words[k + 1] ?? '') ? k : j;
}
const SHORT_WORD = new RegExp(`^[${LOWER_LETTER}]{1,5}\\.?$`, 'u');
/** The words at j are a short word in lower case and a number (`fr. 119`, `ej 25-26`), the next person's surname after them. */
function attendedBeforeSurname(words: readonly string[], j: number): boolean {
  const next = words[j + 2];
  return SHORT_WORD.test(words[j] ?? '') && NUMBER.test(words[j + 1] ?? '') && next !== undefined && SURNAME.test(next) && !isGivenName(next);
}

/** Each name with its position from the column after them, in order; null where the positions are not as many as the names. */
function positionsAfter(entries: readonly string[], words: readonly string[]): string[] | null {
  if (entries.length < 2) return null;
  // (cut after each position's word first; where that gives other than one cell a name, cells that run on
  // past their position's word: `I viceordf., fullm.`, `personalsekreterare, 288 kl`)
  const runs = positionRuns(words);
  const positions = runs?.length === entries.length ? runs : positionCells(words);
  if (positions?.length !== entries.length) return null;
  return entries.map((e, k) => `${e}, ${positions[k]!}`);
}
