// A flattened list's row whose next rows lost their numbers (a transcript's agenda or contents list: `6. Ansökan om
// bidrag Föreningsstipendium Kulturstipendium 11. …`): the rows after it run on into its title. The title ends where
// the first of them opens:
//   - at its own first word again (`Medfinansiering av projekt Norrsjö Medfinansiering av projekt Tallbacka …`);
//   - in a list of Finland-Swedish rows, each a heading in capitals before its title, at the next word in capitals
//     (`BUDGET Bokföringsrapport BIDRAG Fördelning av anslag`);
//   - else at the first capitalised word after a word in small letters that is no preposition (`… för perioden 1 januari
//     - 30 juni Tertialuppföljning …`, `… för mandatperioden Motion om …`).
import { OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';
import { opensLostRow } from '../../text/row-opening.js';

const CAPITALS = new RegExp(`^[${UPPER_LETTER}]{4,}[,;]?$`, 'u');
// the words a row's title keeps before the next row may open
const MIN_TITLE_WORDS = 2;

// the last row of a list, no gap after it to tell of rows lost, is cut at a capitalised word only where so many open in it
// (`… i rörelse PR-strategi … omsorgsstyrelsen Sekretessparagraf … kontaktperson Mål …`; not `… i svenska Finland r.f. …`)
const MIN_LAST_ROWS = 3;

/** The title up to where the rows that lost their numbers run on, or null where no row opens in it; `last`: the list's last row. */
export function cutLostRows(title: string, last: boolean): string | null {
  const words = title.split(' ');
  const at = repeatedFirst(words) ?? nextCapitals(words) ?? firstCapitalised(words, last ? MIN_LAST_ROWS : 1);
  return at === null ? null : words.slice(0, at).join(' ');
}

/** The index where the title's first word stands again, capitalised (a second row of the same kind), or null. */
function repeatedFirst(words: readonly string[]): number | null {
  const first = words[0]!;
  if (first.length < 4 || !OPENS_UPPER.test(first)) return null;
  const at = words.indexOf(first, MIN_TITLE_WORDS);
  return at > 0 && at < words.length - 1 ? at : null;
}

/** In a title opening with a heading in capitals, the index of the next word in capitals after one that is not, or null. */
function nextCapitals(words: readonly string[]): number | null {
  if (!CAPITALS.test(words[0]!)) return null;
  for (let i = MIN_TITLE_WORDS; i < words.length - 1; i++) if (CAPITALS.test(words[i]!) && !CAPITALS.test(words[i - 1]!)) return i;
  return null;
}

/** The index of the first capitalised word after a word in small letters that is no preposition, where `rows` such open in all; or null. */
function firstCapitalised(words: readonly string[], rows: number): number | null {
  let first: number | null = null;
  let found = 0;
  for (let i = MIN_TITLE_WORDS; i < words.length && found < rows; i++) {
    if (opensLostRow(words[i - 1]!, words[i]!)) {
      first ??= i;
      found++;
    }
  }
  return found >= rows ? first : null;
}

/**
 * The rows a title ran on over, where each opens as sure as a number would: with a heading in capitals in a
 * Finland-Swedish list (`FLYKTINGMOTTAGANDE Mottagande … UNDERSTÖD Fördelning … KOMMITTÈER Arbetsgrupp …`), or with the
 * first row's own first word (`Bidrag till projekt Sjöhaga Bidrag till projekt Hamnfesten`): every row, the first too,
 * or null where no second opens. Not the looser cut at a capitalised word: a title may name a place or a body so.
 */
export function rowsOfLostNumbers(title: string): string[] | null {
  const words = title.split(' ');
  const capitals = CAPITALS.test(words[0]!);
  const first = words[0]!;
  if (!capitals && (first.length < 4 || !OPENS_UPPER.test(first))) return null;
  const rows: string[] = [];
  let from = 0;
  for (let i = MIN_TITLE_WORDS; i < words.length; i++) {
    const opens = capitals ? CAPITALS.test(words[i]!) && !CAPITALS.test(words[i - 1]!) : words[i] === first;
    if (!opens || i - from < MIN_TITLE_WORDS) continue;
    rows.push(words.slice(from, i).join(' '));
    from = i;
  }
  if (rows.length === 0) return null;
  rows.push(words.slice(from).join(' '));
  return rows;
}

// a row of one word: a capitalised compound of some length (`Avgifter`, `Budgetuppföljning`), as Finland-Swedish lists
// title many points
const MIN_ONE_WORD_ROW = 6;
const isOneWordRow = (word: string): boolean => word.length >= MIN_ONE_WORD_ROW && OPENS_UPPER.test(word);

/**
 * The rows a title ran on over, cut at every capital that opens a lost row (after a word in small letters that is no
 * preposition: `… för mandatperioden Motion om …`), each two words at least or one long capitalised word, a row's own
 * title (`… för åren Avgifter Anhållan om …`: the capital right after such a row opens the next): every row, the first
 * too, or null where none opens. Asked where the numbers missing are as many as the rows, which the looser cut alone
 * does not tell.
 */
export function rowsAtCapitals(title: string): string[] | null {
  const words = title.split(' ');
  const rows: string[] = [];
  let from = 0;
  for (let i = MIN_TITLE_WORDS; i < words.length; i++) {
    const oneWord = i - from === 1 && isOneWordRow(words[from]!);
    if (!opensLostRow(words[i - 1]!, words[i]!) && !(oneWord && from > 0 && OPENS_UPPER.test(words[i]!))) continue;
    if (i - from < MIN_TITLE_WORDS && !oneWord) return null;
    rows.push(words.slice(from, i).join(' '));
    from = i;
  }
  if (rows.length === 0 || (words.length - from < MIN_TITLE_WORDS && !(words.length - from === 1 && isOneWordRow(words[from]!)))) return null;
  rows.push(words.slice(from).join(' '));
  return rows;
}
