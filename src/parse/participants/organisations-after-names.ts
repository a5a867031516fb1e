// `Anna Ek Per Ås Eva Berg Ljusdals kommun Region Gävleborg Försäkringskassan`: a column of names and the column of their
// organisations flattened one after the other (a samordningsförbund's roll of its members' representatives, read across a
// table's columns): each name with the organisation in its place, in order. Without this the last name took every
// organisation. The organisations are read by the kinds of their words: an organisation's own word closes one
// (`kommun`, `Försäkringskassan`, `Götalandsregionen`), the capitalised words before it and a compass word its name; a
// head opens one and may take one capitalised word (`Region Gävleborg`, `Landstinget`).
import { splitPersons } from '../../text/persons.js';
import { mayNamePerson } from './people.js';
import { kindOf } from './words.js';

// (two people make a column; a line of more words than this is no such pair of columns)
const MAX_WORDS = 60;
// (a name before an organisation's own word, `Ljusdals kommun`, `Nya Vägens förening`, is two capitalised words at most)
const MAX_NAME_WORDS = 2;

/** The organisations that `words` hold from `from` to the end, each its words joined, or null where they are not all such. */
function organisations(words: readonly string[], from: number): string[] | null {
  const out: string[] = [];
  let k = from;
  while (k < words.length) {
    const start = k;
    // (each opens with a capital: `kommun` alone is the end of one, not one)
    if (words[k]!.charCodeAt(0) >= 97) return null;
    const kind = kindOf(words[k]!);
    if (kind === 'orgHead') {
      k++;
      if (k < words.length && kindOf(words[k]!) === 'cap' && !endsOrganisationAt(words, k + 1)) k++;
    } else {
      let caps = 0;
      while (k < words.length && (kindOf(words[k]!) === 'cap' || kindOf(words[k]!) === 'orgPrefix') && caps < MAX_NAME_WORDS) {
        k++;
        caps++;
      }
      if (k >= words.length || kindOf(words[k]!) !== 'org') return null;
      k++;
    }
    out.push(words.slice(start, k).join(' '));
  }
  return out;
}

/** Whether an organisation of the kinds read above closes at `k` after one word (`Gävleborg kommun`: the word is its name). */
const endsOrganisationAt = (words: readonly string[], k: number): boolean => k < words.length && kindOf(words[k]!) === 'org' && words[k]!.charCodeAt(0) >= 97;

/** Each name with its organisation (`Anna Ek, Ljusdals kommun`), or null for any other line. */
export function organisationsAfterNames(text: string): string[] | null {
  // (the cheap test: the line ends on an organisation's word, or a head and a word)
  const last = text.slice(text.lastIndexOf(' ') + 1);
  const lastKind = kindOf(last);
  if (lastKind !== 'org' && lastKind !== 'orgHead' && lastKind !== 'cap') return null;
  const words = text.split(' ');
  if (words.length > MAX_WORDS || words.length < 6) return null;
  // the organisations' column is the shortest tail that reads as organisations as many as the names before it
  for (let from = words.length - 1; from >= 4; from--) {
    const k = kindOf(words[from]!);
    if (k !== 'org' && k !== 'orgHead' && k !== 'cap' && k !== 'orgPrefix') return null;
    // (a compass word before the column's first organisation is its: `Västra Götalandsregionen`)
    if (kindOf(words[from - 1]!) === 'orgPrefix') continue;
    const orgs = organisations(words, from);
    if (!orgs || orgs.length < 2) continue;
    const names = splitPersons(words.slice(0, from).join(' '));
    if (names.length === orgs.length && names.every((n) => mayNamePerson(n) && !n.includes(',') && !n.includes('('))) return names.map((n, j) => `${n}, ${orgs[j]}`);
    if (names.length < orgs.length) return null;
  }
  return null;
}
