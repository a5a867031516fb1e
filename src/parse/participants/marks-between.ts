// A roll table whose attendance column stands between the names and the functions (`Namn | Närv. | Funktion`,
// `Gun Ek  -  Kfge-ordf.`), or whose party column stands before the names (`Parti | Namn | Närv.`, `S  Anna Ek  X`),
// flattened by a transcript onto one line: `Gun Ek - Kfge-ordf. Bo Ås - Kfge-vice ordf. Kim Lund X Kommundirektör`,
// `S Anna Ek X M Bo Ås - C Eva Lind X`. Cut into one entry per person, the mark in a column of its own after the
// name, the function after its comma and the party in its bracket, so each reads as a table's row does
// (`Gun Ek, Kfge-ordf.   -`, `Anna Ek (S)   X`). Where the roll writes neither functions nor parties and crosses
// alone mark it, the crosses' own cut (`cutAtCrosses`) reads it.
import { PARTICIPANT_COLUMN_HEADS, PARTIES } from '../../lexicon/sv.js';
import { isGivenName } from '../../text/persons.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a mark alone between words: a cross came, a dash stayed away
const MARKS = new Map<string, string>([
  ['X', 'X'],
  ['x', 'X'],
  ['-', '-'],
  ['–', '-'],
]);
// a name's word (a double name's parts each capitalised or not: `Dan-Johan`, `Nordlund-White`), a comma after the last
const NAME_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*$`, 'u');
// the word before a mark ends on a letter or an abbreviation's point (`ordf -`), never on a digit (`18.00 - 19.00`)
const BEFORE_MARK = new RegExp(`[${UPPER_LETTER}${LOWER_LETTER}.]$`, 'u');
const OPENS_UPPER_WORD = new RegExp(`^[${UPPER_LETTER}]`, 'u');
const PARTY = new Set<string>(PARTIES);
// a table's column heads (`Namn Närv. Funktion`), the next table's run on after the last mark
const COLUMN_HEADS = new Set<string>(PARTICIPANT_COLUMN_HEADS);
// the most words a function after the mark holds (`Kfge-vice ordf.`)
const MAX_FUNCTION_WORDS = 4;

/** A surname, its comma perhaps, then a given name: the roll's first name written surname first (not `S Anna Ek`, a party's). */
const surnameFirst = (first: string, second: string): boolean => {
  const surname = first.endsWith(',') ? first.slice(0, -1) : first;
  return NAME_WORD.test(surname) && (first.endsWith(',') || !isGivenName(surname)) && isGivenName(second);
};

interface Row {
  name: string;
  party: string | null;
  rest: string;
  mark: string;
  function: string;
}

/** Each person's entry of a roll run on with its marks between names and functions, or null where the text is no such roll. */
export function cutAtMarksBetween(text: string): string[] | null {
  // (a column gap says the columns still stand apart: other readers read them)
  if (text.includes('  ')) return null;
  const words = text.split(' ');
  // (a roll written surname first, its comma before the given name, `Holm, Anna X Lund, Per X`: the crosses' own cut reads
  // it, where a surname would be read as the function of the person before it)
  // (and without the comma, `Holm Anna X Lund Per X`: the given name second, the surname no given name)
  if (words.length > 1 && surnameFirst(words[0]!, words[1]!)) return null;
  const marks: number[] = [];
  let crosses = 0;
  let dashes = 0;
  for (let k = 1; k < words.length; k++) {
    const mark = MARKS.get(words[k]!);
    if (mark === undefined || !BEFORE_MARK.test(words[k - 1]!)) continue;
    const next = words[k + 1];
    if (next !== undefined && !OPENS_UPPER_WORD.test(next)) continue;
    marks.push(k);
    if (mark === 'X') crosses++;
    else dashes++;
  }
  if (marks.length < 2 || crosses === 0) return null;
  const rows: Row[] = [];
  let from = 0;
  let functions = 0;
  for (const m of marks) {
    const segment = words.slice(from, m);
    const start = nameStart(segment);
    // (the first row opens with its name; every row has one)
    if (start < 0 || (rows.length === 0 && start > 0)) return null;
    if (start > 0) {
      if (start > MAX_FUNCTION_WORDS) return null;
      rows[rows.length - 1]!.function = segment.slice(0, start).join(' ');
      functions++;
    }
    const party = PARTY.has(segment[start]!) ? segment[start]! : null;
    const own = segment.slice(party === null ? start : start + 1);
    const comma = own.findIndex((w) => w.endsWith(','));
    const named = comma < 0 ? own : own.slice(0, comma + 1);
    rows.push({ name: named.join(' ').replace(/,$/u, ''), party, rest: comma < 0 ? '' : own.slice(comma + 1).join(' '), mark: MARKS.get(words[m]!)!, function: '' });
    from = m + 1;
  }
  // (the next table's column heads after the last mark are nobody's: `… Linda Berg - Namn Närv. Funktion`)
  const after = words.slice(from);
  const tail = after.length > 0 && after.every((w) => COLUMN_HEADS.has(w.toLowerCase())) ? [] : after;
  // the words after the last mark are its person's function where the table has a column of them; without one they are
  // something else (`Namn Närv. Funktion`, the next table's heads), and the crosses' own cut reads the text
  if (tail.length > 0) {
    if (functions === 0 || tail.length > MAX_FUNCTION_WORDS || !OPENS_UPPER_WORD.test(tail[0]!)) return null;
    rows[rows.length - 1]!.function = tail.join(' ');
    functions++;
  }
  // (neither functions, parties nor a dash: the crosses' own cut reads such a roll)
  if (functions === 0 && dashes === 0 && !rows.some((r) => r.party !== null)) return null;
  return rows.map((r) => {
    const said = [r.rest, r.function].filter((w) => w !== '').join(', ');
    return `${r.name}${r.party === null ? '' : ` (${r.party})`}${said === '' ? '' : `, ${said}`}   ${r.mark}`;
  });
}

/**
 * Where the person's name opens in the words before a mark: the first word from which the rest reads as a name (a party's
 * letters first, perhaps), two words, or three after a known given name, or the name then a comma and what is said of the
 * person (no second name); -1 where no word does.
 */
function nameStart(segment: readonly string[]): number {
  for (let s = 0; s < segment.length; s++) if (isName(segment, PARTY.has(segment[s]!) ? s + 1 : s)) return s;
  return -1;
}

function isName(segment: readonly string[], s: number): boolean {
  const n = segment.length - s;
  if (n < 2) return false;
  // `Gunnel Holm-Ek, vice ordf`: the name to its comma, what is said of the person after it
  const comma = segment.findIndex((w, k) => k > s && w.endsWith(','));
  const end = comma < 0 ? segment.length : comma + 1;
  const words = segment.slice(s, end).map((w) => w.replace(/,$/u, ''));
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return false;
  if (words.length === 3 && !isGivenName(words[0]!)) return false;
  // (what is said of the person after the comma, in any case, `ordf`, `KFGE-ordförande`: no second name, `Anna Ek, Bo Ås`)
  return comma < 0 || !segment.slice(end).some((w, k, said) => k + 1 < said.length && NAME_WORD.test(w) && NAME_WORD.test(said[k + 1]!.replace(/,$/u, '')));
}
