// A front page that writes each member's party in a column of its own before the name
// (`Beslutande   L    Berit Lund, ordförande` / `M    Karin Ström`), or after it (`Maria Ek,
// ordförande   S`, under `Ledamöter   Parti`): the party goes after the
// name in brackets, as most templates write it (`Berit Lund (L), ordförande`), so that the
// cell is one value and every reader of participants reads it as usual.
import type { Cell } from '../../text/line.js';
import { isPartyWord } from '../../text/persons.js';
import { namesPerson, nameShaped } from './values.js';
import { PARTIES } from '../../lexicon/sv.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';

const NAME_WORD = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}'’-]*,?$`, 'u');
// the parties' letters, as the lexicon writes them (`S`, `KD`)
const PARTY_LETTERS = new Set<string>(PARTIES);
// a name has at most this many words
const NAME_WORDS = 4;

/** The cells of a row with each party cell joined to its name (the cell after it, or the one before it as the row's last); the same cells when there is none. */
export function withPartyColumn(cells: readonly Cell[]): readonly Cell[] {
  // (the cheap test: a cell of one to two letters that is a party, in a row of two cells at least)
  if (cells.length < 2 || !cells.some((c) => isPartyWord(c.text))) return cells;
  const out: Cell[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    const next = cells[k + 1];
    // (or two capitalised words after a party's letters in capitals, whatever the given name: `M   Janna Wichén`)
    if (next && isPartyWord(cell.text) && (namesPerson(next.text) || (PARTY_LETTERS.has(cell.text) && nameShaped(next.text)))) {
      out.push({ text: withParty(next.text, cell.text), col: cell.col });
      k++;
    } else if (next && k + 2 === cells.length && isPartyWord(next.text) && !isPartyWord(cell.text) && namesPerson(cell.text)) {
      // (`Maria Ek, ordförande   S`: the party column after the names, the row's last; where more columns follow, a
      // table's reader pairs each with its head: `Sand, Okke   S   Östby   Ja` under `Ledamöter   Parti   Kommun   Närvaro`)
      out.push({ text: withParty(cell.text, next.text), col: cell.col });
      k++;
    } else out.push(cell);
  }
  return out;
}

/** `Berit Lund, ordförande` + `L` → `Berit Lund (L), ordförande`: the party after the name's words. */
function withParty(text: string, party: string): string {
  const words = text.split(' ');
  let n = 0;
  while (n < words.length && n < NAME_WORDS && NAME_WORD.test(words[n]!)) {
    n++;
    if (words[n - 1]!.endsWith(',')) break;
  }
  const last = words[n - 1] ?? '';
  const comma = last.endsWith(',');
  const name = [...words.slice(0, n - 1), comma ? last.slice(0, -1) : last].join(' ');
  return [`${name} (${party})${comma ? ',' : ''}`, ...words.slice(n)].join(' ');
}
