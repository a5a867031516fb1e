// `Lars Holm PRO, Ordförande Uno Ek Omsorgsnämnden Eva Berg Humanistiska nämnden Rolf Lind PRO Gun Ås SKPF`: the roll
// of a pensioners' or a disability council flattened without its line breaks, each member's association written in
// capitals after the name (or the committee that sends a politician), and no comma anywhere between two people. Read as
// it stands, the capitals look like a party's written before the next name, and every association goes one person astray.
// Each association (or committee) closes its entry: a comma is put before the association, and a semicolon after what
// still belongs to the entry (`, Ordförande`, `tjänstgörande för Eva Ås`), so that each entry reads `Name, PRO`.
import { ASSOCIATION_ACRONYMS, ENTRY_DEPUTY_WORDS, ENTRY_SERVES_FOR, SENDING_BODY_ENDINGS } from '../../lexicon/sv.js';
import { alternation, withoutComma } from '../../text/patterns.js';
import { kindOf, NAME_PARTICLES } from './words.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const ASSOCIATIONS = new Set<string>(ASSOCIATION_ACRONYMS);
// (the cheap test: three capitals in a row, which no party's letters are; most entries hold none)
const THREE_CAPITALS = new RegExp(`[${UPPER_LETTER}]{3}`, 'u');
// a committee that sends its member (`Omsorgsnämnden`, `Humanistiska nämnden`, `Kommunstyrelsen`), or the office of the
// council's secretary (`Vård- och omsorgsförvaltningen`)
const COMMITTEE = new RegExp(`(?:${alternation(SENDING_BODY_ENDINGS)})$`, 'u');
const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?,?$`, 'u');
const LOWER = new RegExp(`^[${LOWER_LETTER}]`, 'u');
// a deputy's word, cut short or not, before the association and `för` (`ers PRO för Eva Ek`)
const DEPUTY_WORDS = new Set<string>(ENTRY_DEPUTY_WORDS);
// the words that say whom a deputy serves for, the name after them still the entry's
const SERVES_FOR = new Set<string>(ENTRY_SERVES_FOR);
// a list of several such people names two associations at least
const MIN_ASSOCIATIONS = 2;

const association = (word: string): boolean => ASSOCIATIONS.has(withoutComma(word));

/**
 * `Lisa Ek, ers PRO för Olle Falk` on a line of its own: a deputy for the association's member named after `för`; the
 * deputy's word after the association (`Lisa Ek, PRO, ers för Olle Falk`), where the serving reads. Null for other lines.
 */
function deputyForAssociation(words: readonly string[]): string | null {
  for (let a = 2; a + 1 < words.length; a++) {
    if (!association(words[a]!) || !DEPUTY_WORDS.has(words[a - 1]!) || !SERVES_FOR.has(words[a + 1]!)) continue;
    return [...words.slice(0, a - 1), `${withoutComma(words[a]!)},`, ...words.slice(a - 1, a), ...words.slice(a + 1)].join(' ');
  }
  return null;
}

// (a name of two to four words before its association)
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/**
 * `Olle Falk PRO` on a line of its own, a council's roll written one member a line: the name, then its association's
 * letters with no comma; the entry as `Olle Falk, PRO`, or null where the words before the letters are no name's.
 */
function ownAssociation(words: readonly string[]): string | null {
  if (!association(words[words.length - 1]!)) return null;
  const name = words.slice(0, -1);
  if (name.length < MIN_NAME_WORDS || name.length > MAX_NAME_WORDS || !name.every((w) => CAPITALISED.test(w) && !w.endsWith(','))) return null;
  return `${name.join(' ')}, ${words[words.length - 1]!}`;
}

/** The list with each entry closed after its association or committee; the text itself where it names fewer than two associations. */
export function associationsAfterNames(text: string): string {
  if (!THREE_CAPITALS.test(text)) return text;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  let named = 0;
  for (const w of words) if (association(w)) named++;
  if (named === 1) return ownAssociation(words) ?? deputyForAssociation(words) ?? text;
  if (named < MIN_ASSOCIATIONS) return text;
  const entries: string[] = [];
  let entry: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const closes = association(w) || COMMITTEE.test(withoutComma(w));
    // (`Rolf Lind PRO`: the comma the name lost before its association)
    if (association(w) && entry.length >= 2 && CAPITALISED.test(entry[entry.length - 1]!) && !entry[entry.length - 1]!.endsWith(',')) entry[entry.length - 1] += ',';
    // (`Vivi Holm, ers PRO för Eva Ek`: the deputy's word before the association goes after it, where the serving reads)
    const deputy = association(w) && entry.length >= 2 && DEPUTY_WORDS.has(entry[entry.length - 1]!) && SERVES_FOR.has(words[k + 1] ?? '') ? entry.pop()! : null;
    entry.push(deputy === null ? w : `${w.endsWith(',') ? w : `${w},`} ${deputy}`);
    if (!closes) continue;
    // what follows the association and is still the entry's: a position after its comma (`PRO, Ordförande`), words in
    // lower case (`tjänstgörande för`), and the name of the member a deputy serves for after them
    let j = k + 1;
    let served = 0;
    while (j < words.length) {
      const next = words[j]!;
      const before = words[j - 1]!;
      if (LOWER.test(next)) served = SERVES_FOR.has(next) ? 2 : 0;
      else if (served > 0 && CAPITALISED.test(next)) served--;
      else if (!(before.endsWith(',') && kindOf(next) === 'position')) break;
      entry.push(next);
      j++;
    }
    k = j - 1;
    // (the entry closes only before another name, two capitalised words or a particle between, or at the text's end)
    if (j < words.length && !(CAPITALISED.test(words[j]!) && (CAPITALISED.test(words[j + 1] ?? '') || NAME_PARTICLES.has(words[j + 1] ?? '')))) continue;
    entries.push(entry.join(' ').replace(/,$/u, ''));
    entry = [];
  }
  if (entry.length > 0) entries.push(entry.join(' '));
  return entries.length >= MIN_ASSOCIATIONS ? entries.join('; ') : text;
}
