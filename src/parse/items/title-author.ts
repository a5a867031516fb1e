// The author named in a title of what a member brought (`Svar på motion från Eva Ek (S) om …`, `Initiativ från Per Ås (V)
// m.fl. om …`, `Interpellation till Kim Berg (M) från Ola Lund (C)`, `Motion väckt av Eva Ek (S) och Per Ås (MP) om …`):
// the name after the title's preposition is the title's own, not the first words of a body run on after it (a flattened
// page puts the heading, the title and the text on one line). The words of the names, their party brackets and `m.fl.` are
// one span; the title goes on after it (`om …`).
import { AUTHORED_TITLE_WORDS } from '../../lexicon/sv.js';
import { isTitleLink } from '../../text/row-opening.js';
import { isGivenName } from '../../text/persons.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const AUTHORED = new Set<string>(AUTHORED_TITLE_WORDS);
// `Eva`, `Ann-Sofie`, `Öhman`: a capitalised word of a name
const NAME_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?,?$`, 'u');
// `(S)`, `(MP),`, `(KD)`: a party's letters in brackets after a name
const PARTY = new RegExp(`^\\([${UPPER_LETTER}]{1,3}\\)[,.]?$`, 'u');
// `m.fl.`, `m fl`: the others with the author (its second part when written `m. fl.`)
const OTHERS = /^m\.?\s?fl\.?,?$/u;
// a name's words at most (`Maj-Britt Rane Andersson`)
const MAX_NAME_WORDS = 4;
// authors named one after another (`Eva Ek (S), Per Ås (MP) och Kim Berg (V)`) at most
const MAX_AUTHORS = 4;

/** One name from word `i`: the index after it (its party bracket included) and whether a bracket closed it; null where none opens there. */
function nameAt(words: readonly string[], i: number): { end: number; party: boolean } | null {
  let k = i;
  while (k < words.length && k - i < MAX_NAME_WORDS && NAME_WORD.test(words[k]!)) k++;
  if (k - i < 1) return null;
  if (k < words.length && PARTY.test(words[k]!)) return { end: k + 1, party: true };
  // without a party: a given name the lexicon knows and a family name, then a word in small letters (`… Eva Ek om …`)
  return k - i >= 2 && isGivenName(words[i]!.replace(/,$/u, '')) && k < words.length && OPENS_SMALL.test(words[k]!) ? { end: k, party: false } : null;
}
const OPENS_SMALL = new RegExp(`^[${LOWER_LETTER}]`, 'u');

/**
 * The span of words `[from, to)` that names the author of an authored title, or null: an authored word (`motion`,
 * `initiativ`, …) among the words before it, a preposition right before it (`från`, `av`, `till`), then one name or
 * several joined by `och`, commas or another preposition, each with its party in brackets (or a known given name and a family name before a
 * word in small letters), and `m.fl.` after them.
 */
export function authorSpan(words: readonly string[], limit: number): { from: number; to: number } | null {
  let authored = false;
  for (let i = 0; i < Math.min(words.length, limit); i++) {
    const w = words[i]!.toLowerCase();
    if (!authored) {
      authored = AUTHORED.has(w.replace(/[,.:;]$/u, ''));
      continue;
    }
    if (!isTitleLink(w) || i + 1 >= words.length) continue;
    let name = nameAt(words, i + 1);
    if (name === null) continue;
    let end = name.end;
    for (let n = 1; n < MAX_AUTHORS && name.party; n++) {
      // `… (S) och Per Ås (MP)`, `… (S), Per Ås (MP)`: the next author after a joining word or the comma of the last bracket
      // (or the one asked after the one who asks, with their parties both: `Interpellation till Kim Berg (M) från Ola Lund (C)`)
      const joined = end < words.length && isTitleLink(words[end]!) ? end + 1 : words[end - 1]!.endsWith(',') ? end : -1;
      const next = joined > 0 ? nameAt(words, joined) : null;
      if (next === null || !next.party) break;
      end = next.end;
      name = next;
    }
    if (end < words.length && OTHERS.test(words[end]!)) end++;
    else if (words[end] === 'm.' && OTHERS.test(`m.${words[end + 1] ?? ''}`)) end += 2;
    return { from: i + 1, to: end };
  }
  return null;
}
