// Where one person's entry ends and the next begins in text that lists several without a
// separator — a two-column participant table flattened line by line (`Lisa Andersson (M),
// Ordförande Susanne Andersson (SD) ersätter`), a page on one line (`Agneta Holm (S),
// ordförande Per Sjödin (M), vice ordförande Britt Engman (S) Ali Hassan (S)`) — and
// whether a piece of text continues the entry above it (`ordförande`, `kommundirektör, § 2`,
// `1-20`, or anything after a dangling `ersätter`).
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { LABEL_WORDS_BESIDE_SIGNERS } from '../lexicon/frontpage.js';
import { ASSOCIATION_ACRONYMS, ASSOCIATION_NAME_ENDINGS, MEMBER_POSITION_WORDS, ORGAN_ABBREVIATIONS, ORGANISATION_ACRONYMS, ORGANISATION_HEADS, ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES, PARTIES, POSITION_ACRONYMS, POSITION_ADJECTIVES, POSITION_MODIFIERS, POSITION_ORDINALS, POSITION_WORDS, PROCESS, SUBSTITUTE_PHRASES, SUBSTITUTE_WORDS_BETWEEN_PARTIES, VACANT_SEAT_WORDS } from '../lexicon/sv.js';
import { hintOf } from './hint.js';
import { allMatches, alternation, opensLikeTwo, trimEndOf } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from './letters.js';

const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*\\*?,?$`, 'u');
const PARTY_WORD = new Set<string>(PARTIES.map((p) => p.toUpperCase()));
/** `S`, `KD`, `MP`: a party's letters written as a word of their own (before a name, in a column). */
export const isPartyWord = (w: string): boolean => w.length <= 2 && PARTY_WORD.has(w);
// `MBP Ylva Höglund`: a local party's letters before the name, where the list writes the parties first (not an
// organisation's or an organ's letters)
const LETTERS = new RegExp(`^[${UPPER_LETTER}]{2,4}$`, 'u');
// (nor a position's, in capitals: `VD Per Ås`)
const NOT_PARTY_LETTERS = new Set<string>([...ORGANISATION_ACRONYMS, ...ASSOCIATION_ACRONYMS, ...ORGAN_ABBREVIATIONS, ...POSITION_ACRONYMS, ...POSITION_WORDS.filter((w) => w.length <= 4)].map((a) => a.toUpperCase()));
/** Two to four capitals that may be a local party's letters (`MBP`), not an organisation's (`FK`), an organ's (`KS`) or a position's (`VD`). */
// (two to four characters, the last one that may be a capital: the plain test before the pattern, most words fail it)
export const mayBePartyLetters = (w: string): boolean => w.length >= 2 && w.length <= 4 && mayBeCapital(w.charCodeAt(w.length - 1)) && LETTERS.test(w) && !NOT_PARTY_LETTERS.has(w);
const PARTY_AT = new RegExp(`^\\(\\s*(?:${alternation(PARTIES)})\\s*\\)`, 'iu');
// the words after which a name is the object, not a new person: `ersätter Rut Lund (S)`
const OBJECT_BEFORE = new Set<string>([...SUBSTITUTE_PHRASES.map((p) => p.split(' ').pop()!), ...SUBSTITUTE_WORDS_BETWEEN_PARTIES, 'och', 'samt', 'av', 'med']);
// an entry that ends on one of these goes on in the next piece of its column
const DANGLING_WORDS = [...SUBSTITUTE_PHRASES, ...POSITION_MODIFIERS, 'för', 'ärende', 'ärendena', 'deltar', 'och', 'samt', 'tjänstgör', 'från', 'i'];
const DANGLING = new RegExp(
  // (and `… kommunchef samt sekreterare` / `Eva Sand`: the position a conjunction puts before the name on the next line)
  `(?:,|(?<![${ANY_LETTER}])(?:${alternation(DANGLING_WORDS)})|(?<=\\s)(?:och|samt)\\s+[${LOWER_LETTER}]*(?:${alternation(POSITION_WORDS)}))\\s*$`,
  'iu',
);
// the plain characters such an entry may end on: its comma, or the last of one of the words (a letter, the point of
// `ordf.`); an entry that ends on another plain character, a party's bracket or a number (`Anna Ek (S)`, `§ 1-5`), is
// passed by before the pattern, which tries every place in the entry
const DANGLING_ENDS = new Set<string>([',', ...[...DANGLING_WORDS, ...POSITION_WORDS].map((w) => w.charAt(w.length - 1))]);
const isPlainLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const WORD = /\S+/g;
// a middle name's initial, its point or not (`Eva R Sten`, `Eva R. Sten`)
const MIDDLE_INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.?$`, 'u');

// where a second entry can start (the cheap test before each word is read): a capitalised word
// after another word with a capital after it that is a given name or has a bracket after the
// word that follows it (`Olle Sand`, `Hravn Forsne (M)`), or a vacant seat's word
// (`startsName`'s two readings, and the words `opensVacantSeat` reads in a word of its own)
// (the space before the word read, not looked behind for at every place; the one after it looked ahead to, so the next match may start there)
const NAME_AFTER_WORD = new RegExp(`\\s([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*\\*?)(?=\\s+[${UPPER_LETTER}])`, 'gu');
const BRACKET_AFTER_WORD = /^\s+\S+\s+\(/u;
const MAY_BE_VACANT = hintOf(['vakan']);
// (a party's letters before two capitalised words, the other reading `partyBeforeName` has)
const PARTY_BEFORE_TWO_WORDS = new RegExp(`\\s[${UPPER_LETTER}]{1,4}\\s[${UPPER_LETTER}][${LOWER_LETTER}'’-]+\\s[${UPPER_LETTER}]`, 'u');

// four capitalised words in a row: two names when the lexicon lacks the second one's given name (`Göran Ek Gunder Lind`)
const FOUR_CAPITALISED = new RegExp(`[${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}][${LOWER_LETTER}'’]`, 'u');

// a name, a comma, a remark in lower case and two capitalised words: `afterNamesRemark`'s reading
const NAME_AFTER_REMARK = new RegExp(`[${LOWER_LETTER}], (?:[${LOWER_LETTER}][${LOWER_LETTER}.:-]* ){1,3}[${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}]`, 'u');

// the list's last word a party's letters after a name (`… Lisa Dahl KD`): each party may close its entry (`partiesAfterNames`)
const PARTY_WORD_AT_END = new RegExp(`[${LOWER_LETTER}]\\s(?:${alternation([...PARTY_WORD])})$`, 'u');
const PARTY_WORD_LAST_LETTERS = new Set<number>([...PARTY_WORD].map((p) => p.charCodeAt(p.length - 1)));
// a name, a comma and two capitalised words: `pairAfterComma`'s reading
const PAIR_AFTER_COMMA = new RegExp(`[${LOWER_LETTER}], [${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}]`, 'u');
// a value's last word, then a name of two and its comma: `nameBeforeComma`'s reading
const NAME_BEFORE_COMMA = new RegExp(`[${LOWER_LETTER}] [${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}][${LOWER_LETTER}'’-]+,`, 'u');
// a word in lower case, then two capitalised words, and a position's word last: `positionsAfterNames`'s reading
const LOWER_THEN_TWO_CAPITALISED = new RegExp(`[${LOWER_LETTER}] [${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}]`, 'u');

// what every reading below but the vacant seat's and the party's at the end needs: a capitalised word after white space,
// and a capital after the white space that ends it (`Anna Ek (S), ordförande` has none, and is not read five times more)
const CAPITAL_AFTER_WORD = new RegExp(`\\s[${UPPER_LETTER}]\\S*\\s+[${UPPER_LETTER}]`, 'u');

/** Whether `personStarts` may find more than one start: most entries name one person, and no word of theirs need be read. */
function mayOpenSecond(text: string): boolean {
  // (PARTY_WORD_AT_END only where the text ends on a party's last letter: most entries end on a bracket or a word)
  if (MAY_BE_VACANT.test(text) || (PARTY_WORD_LAST_LETTERS.has(text.charCodeAt(text.length - 1)) && PARTY_WORD_AT_END.test(text))) return true;
  if (!CAPITAL_AFTER_WORD.test(text)) return false;
  if (PARTY_BEFORE_TWO_WORDS.test(text) || FOUR_CAPITALISED.test(text) || NAME_AFTER_REMARK.test(text)) return true;
  if (LOWER_THEN_TWO_CAPITALISED.test(text) && POSITION_AT_END.test(text)) return true;
  if (PAIR_AFTER_COMMA.test(text)) return true;
  // (a name and its comma after an entry's value: asked where a comma opens the text's first entry before it)
  const pair = NAME_BEFORE_COMMA.exec(text);
  if (pair !== null && text.indexOf(',') < pair.index) return true;
  // (read with exec: the first word that may open one decides)
  let found = false;
  NAME_AFTER_WORD.lastIndex = 0;
  for (let m = NAME_AFTER_WORD.exec(text); m !== null && !found; m = NAME_AFTER_WORD.exec(text)) {
    found = isGivenName(m[1]!) || BRACKET_AFTER_WORD.test(text.slice(m.index + m[0].length));
  }
  NAME_AFTER_WORD.lastIndex = 0;
  return found;
}

/** The character offsets where a new person's entry starts in `text` (0 always). */
export function personStarts(text: string): number[] {
  const starts = [0];
  if (!mayOpenSecond(text)) return starts;
  const words = allMatches(WORD, text);
  // (whether a word is capitalised is asked of it up to three times below: it is read once)
  // (`ClasGöran`, a double given name written as one word, is a capitalised word too: the cheap shape first)
  // (a loop, not map with a callback: every entry that may name two is read so)
  const capitalised: boolean[] = [];
  for (const m of words) capitalised.push(CAPITALISED.test(m[0]) || (isUpper(m[0].charCodeAt(0)) && isJoinedDouble(m[0])));
  let depth = 0;
  let seenName = false;
  // where the entry being read started: `Anna Maria Ek`, `Britta Fjällström Jansson (S)` open with a given name
  // that a second name or a double surname follows, and a given name alone is no one's entry
  let entry = 0;
  // `Monica Dahlén, S Marcus Berg, M Anna Ek, C`: each party after its name and a comma, the list's last word one;
  // a party's letters then close their entry, and the capitalised word after them opens the next
  // (both readings of parties after their names need the list's last word a party's: asked once, before either)
  const lastParty = words.length >= 5 && isPartyWord(words[words.length - 1]![0]);
  const partiesAfter = lastParty && partiesAfterCommas(words);
  let closedByParty = false;
  // `Okke Sand S ordförande Yrsa Holm M vice ordförande Lisa Dahl KD`: each party after its name with no comma, the
  // list's last word one; a party's letters then close their entry (its position may follow them), and the next
  // two capitalised words open the next, whatever their given name (and no party opens an entry before a name)
  const bareAfter = !partiesAfter && lastParty && partiesAfterNames(words, capitalised);
  let closedByBareParty = false;
  // `Okke Sand ordförande Yrsa Holm vice ordförande Wiremu Tane ledamot`, `Lindroos Maja ordförande Sandell Kim I
  // viceordförande`: each position after its name with no comma, the list's last word one; a position's word then
  // closes its entry, and the next two capitalised words open the next, whatever their given name
  // (five words at least, the first capitalised: what positionsAfterNames asks first)
  const positionsAfter = !partiesAfter && !bareAfter && words.length >= 5 && capitalised[0]! && positionsAfterNames(words, capitalised);
  // (the two words such an entry opens with are one name: `Sandell Kim`, the given name second, opens nothing)
  let openedByPosition = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]![0];
    const at = words[k]!.index;
    // `Eva R Sten Anna Berg`: the word after a middle initial is the surname of the name it stands in, not a new one
    // (but in a list of parties after their names, `Lisa Martin S Per Ås M`, a capital alone is the party's)
    // (an initial is one capital, its point after it or not: the word's length and first character before the pattern)
    const before = words[k - 1]?.[0] ?? '';
    const initial = k >= 2 && capitalised[k] && before.length <= 2 && mayBeCapital(before.charCodeAt(0)) && MIDDLE_INITIAL.test(before) && isGivenName(words[k - 2]![0]);
    if (initial && !w.includes('(') && !((bareAfter || partiesAfter) && isPartyWord(words[k - 1]![0]))) {
      seenName = true;
      continue;
    }
    if (closedByParty) {
      closedByParty = false;
      if (capitalised[k]) {
        starts.push(at);
        entry = k;
        continue;
      }
    }
    if (partiesAfter && depth === 0 && k > 0 && isPartyWord(w) && words[k - 1]![0].endsWith(',')) {
      closedByParty = true;
      continue;
    }
    if (closedByBareParty && depth === 0 && capitalised[k] && capitalised[k + 1] && !words[k]![0].endsWith(',') && !OBJECT_BEFORE.has(words[k - 1]![0].toLowerCase()) && !ORGANISATION_OPENING.has(w.toLowerCase())) {
      closedByBareParty = false;
      starts.push(at);
      entry = k;
      seenName = true;
      continue;
    }
    if (bareAfter && depth === 0 && isPartyWord(w) && k - entry >= 2 && capitalised[k - 1] && !words[k - 1]![0].endsWith(',')) {
      closedByBareParty = true;
      continue;
    }
    if (positionsAfter && depth === 0 && k - entry >= 3 && closesWithPosition(words, capitalised, k) && !ORGANISATION_OPENING.has(w.toLowerCase()) && !organisationAfterPosition(words, k) && !teamBeforeNextEntry(words, k)) {
      starts.push(at);
      entry = openedByPosition = k;
      seenName = true;
      continue;
    }
    const hold = (openedByPosition >= 0 && k === openedByPosition + 1) || (k - entry <= 2 && bracketedName(words, capitalised, entry, k));
    const lone = k - entry === 1 && isGivenName(words[entry]![0]);
    // `… Karin Ström M Olle Sand`: a party written before the name opens the entry (and before two capitalised
    // words it opens one whatever the given name: `… Rebecca Berg V Madeléne Jensen`), as do a local party's letters
    // (not after a given name alone: `Karin M Ström` has a middle initial)
    if (!bareAfter && !hold && depth === 0 && seenName && !lone && k + 2 < words.length && partyBeforeName(words, capitalised, k) && !organisationAfterPosition(words, k)) {
      starts.push(at);
      entry = k;
      seenName = false;
      continue;
    }
    // (every reading needs word k capitalised, and all but startsName the word after it too: asked once, before them)
    const opensHere =
      !hold && depth === 0 && k > 0 && seenName && !lone && capitalised[k]! &&
      (startsName(words, capitalised, k) ||
        (capitalised[k + 1] === true && (secondPairOfFour(words, capitalised, entry, k) || unknownPairOfFour(words, capitalised, entry, k) || afterNamesRemark(words, capitalised, entry, k) || pairAfterComma(words, capitalised, entry, k) || pairAfterNumbers(words, capitalised, entry, k) || nameBeforeComma(words, capitalised, entry, k))));
    // `Ann Ek (S) Vakant (SD) Bo Ström (KD)`: a seat nobody holds is an entry of its own, which the reader drops
    if (depth === 0 && seenName && isUpper(w.charCodeAt(0)) && opensVacantSeat(w) > 0) {
      starts.push(at);
      entry = k;
    } else if (opensHere) {
      const before = words[k - 1]![0].toLowerCase().replace(/[,;:]$/u, '');
      if (!OBJECT_BEFORE.has(before) && !objectGoesOn(words, capitalised, k) && !teamAfterPosition(words, capitalised, k) && !organisationAfterPosition(words, k)) {
        starts.push(at);
        entry = k;
      }
    }
    if (capitalised[k]) seenName = true;
    // (most words hold no bracket: a search, not a walk over their letters, says so)
    if (w.includes('(') || w.includes(')')) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (c === 40) depth++;
        else if (c === 41) depth = Math.max(0, depth - 1);
      }
    }
  }
  return starts;
}

/**
 * Word k goes on the name of an object that opened one word before it (`ersättare för Sara
 * Stenlid Tellebo (FP)`): the object's first word alone is nobody's whole name, so the
 * capitalised words after it, a party after them, are its surnames, not a new person.
 */
function objectGoesOn(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], k: number): boolean {
  if (k < 2 || !capitalised[k - 1] || words[k - 1]![0].endsWith(',')) return false;
  return OBJECT_BEFORE.has(words[k - 2]![0].toLowerCase().replace(/[,;:]$/u, ''));
}

/**
 * Word k opens the capitalised words that close the text right after a position's word, and is no given name (`Eva Ek,
 * projektledare Steget Vidare`, `Ola Berg, verksamhetsledare Samordningsteam Norr`): the team or project the person
 * before works in, no second person (`förbundschef Lisa Dal` is one; in a run-on list a position follows the name:
 * `…, förbundschef Eva Ek, ekonom`).
 */
function teamAfterPosition(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], k: number): boolean {
  const n = words.length;
  if (!POSITION_WORD.test(words[k - 1]![0]) || isGivenName(words[k]![0])) return false;
  if (n - k > 2) return teamBeforeNextEntry(words, k);
  for (let j = k + 1; j < n; j++) if (!capitalised[j]) return false;
  return true;
}

// a team's or a place's word: capitalised, or two such parted by a slash (`Hallsta/Sura`); not capitals alone, which
// before a name are a local party's (`FNS Eva Ek`)
const TEAM_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:/[${UPPER_LETTER}][${LOWER_LETTER}]+)?$`, 'u');
// (the team's words before the next name: one or two)
const MAX_TEAM_WORDS = 2;
/**
 * Word k opens one or two words of a team right after a position's word, and the next entry's name and its comma follow
 * them (`Ola Berg, verksamhetsledare Samordningsteam Norr Eva Ek, kurator …`): the list's entries are `Name, position`, and
 * a known given name opens the next; the team's words are the entry's before it.
 */
function teamBeforeNextEntry(words: readonly RegExpMatchArray[], k: number): boolean {
  for (let m = k + 1; m <= k + MAX_TEAM_WORDS && m + 1 < words.length; m++) {
    const team = words[m - 1]![0];
    if (!TEAM_WORD.test(team) || PARTY_WORD.has(team) || (m - 1 > k && isGivenName(team))) return false;
    const given = words[m]![0];
    const surname = words[m + 1]![0];
    if (isGivenName(given) && surname.endsWith(',') && CAPITALISED.test(surname)) return true;
  }
  return false;
}

// capitals alone, two to five of them (`FTV`): an organisation's letters or a party's
const CAPITALS_ONLY = new RegExp(`^[${UPPER_LETTER}]{2,5}$`, 'u');
const ASSOCIATION_NAME_END = new RegExp(`(?:${alternation(ASSOCIATION_NAME_ENDINGS)})$`, 'u');
/**
 * Word k names the organisation of the entry before it, written right after its position's word (`Sofia Ek, ordförande
 * Kvinnojouren Solrosen i Norrby 222 Maja Lind, …`, `Eva Ås, klinikchef FTV Jane Berg, …`): no given name, and an
 * organisation's ending or capitals that are no national party's. Neither a new person (`Kvinnojouren Solrosen`) nor the
 * party of the next (`FTV Jane Berg`).
 */
function organisationAfterPosition(words: readonly RegExpMatchArray[], k: number): boolean {
  const before = words[k - 1]![0];
  if (before.endsWith(',') || !POSITION_WORD.test(before) || isGivenName(words[k]![0])) return false;
  const w = words[k]![0];
  return ORGANISATION_END.test(w) || ASSOCIATION_NAME_END.test(w) || (CAPITALS_ONLY.test(w) && !PARTY_WORD.has(w));
}

/** Whether every party of a list follows its name after a comma: two or more such parties, the last the list's last word. */
function partiesAfterCommas(words: readonly RegExpMatchArray[]): boolean {
  const n = words.length;
  if (n < 6 || !isPartyWord(words[n - 1]![0]) || !words[n - 2]![0].endsWith(',') || isPartyWord(words[0]![0])) return false;
  let after = 0;
  for (let k = 1; k < n - 1; k++) if (isPartyWord(words[k]![0]) && words[k - 1]![0].endsWith(',')) after++;
  return after >= 1;
}

/**
 * Whether every party of a list follows its name with no comma between: the list's last word a party's letters
 * after a capitalised word, its first no party's, and another party's letters after a capitalised word before them.
 */
function partiesAfterNames(words: readonly RegExpMatchArray[], capitalised: readonly boolean[]): boolean {
  const n = words.length;
  if (n < 5 || !isPartyWord(words[n - 1]![0]) || !capitalised[n - 2] || words[n - 2]![0].endsWith(',') || isPartyWord(words[0]![0])) return false;
  for (let k = 2; k < n - 2; k++) if (isPartyWord(words[k]![0]) && capitalised[k - 1] && capitalised[k - 2] && !words[k - 1]![0].endsWith(',')) return true;
  return false;
}

// a position's last word in lower case, as a word of its own (`ordförande`, `viceordförande`, `ledamot`, `förbundschef`)
const POSITION_WORD = new RegExp(`^[${LOWER_LETTER}]*(?:${alternation(POSITION_WORDS)})$`, 'u');
const POSITION_AT_END = new RegExp(`\\s[${LOWER_LETTER}]*(?:${alternation(POSITION_WORDS)})$`, 'u');

/** Word k and the one after it are capitalised, and the word before k is a position's, after a capitalised word or its modifiers. */
function closesWithPosition(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], k: number): boolean {
  if (!capitalised[k] || !capitalised[k + 1] || !POSITION_WORD.test(words[k - 1]![0])) return false;
  // (`ordförande`, `vice ordförande`, `I viceordförande`: back over the position's lower-case words and Roman ordinals to a name)
  let j = k - 2;
  while (j >= 0 && !capitalised[j] && j > k - 4) j--;
  if (j >= 0 && ORDINALS.has(words[j]![0])) j--;
  return j >= 1 && capitalised[j] === true && capitalised[j - 1] === true;
}

const ORDINALS = new Set<string>(POSITION_ORDINALS);

/**
 * Whether every position of a list follows its name with no comma between: the list's last word a position's after a
 * name, and another position's word between two names before it.
 */
function positionsAfterNames(words: readonly RegExpMatchArray[], capitalised: readonly boolean[]): boolean {
  const n = words.length;
  if (n < 5 || !capitalised[0] || !POSITION_WORD.test(words[n - 1]![0])) return false;
  for (let k = 3; k + 1 < n; k++) if (closesWithPosition(words, capitalised, k)) return true;
  return false;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;

/** The word at k is a party's letters written before the name that follows it. */
function partyBeforeName(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], k: number): boolean {
  const w = words[k]![0];
  if (isPartyWord(w)) return startsName(words, capitalised, k + 1) || (capitalised[k + 1]! && !words[k + 1]![0].endsWith(',') && capitalised[k + 2]!);
  return mayBePartyLetters(w) && isGivenName(words[k + 1]![0]) && capitalised[k + 2]!;
}

/**
 * A person's name starts at word k: a given name and a capitalised word after it, or two
 * capitalised words and a party right after them (`Hravn Forsne (M)`, `Okke Sand, s,`).
 */
function startsName(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], k: number): boolean {
  const w = words[k]![0];
  const next = words[k + 1]?.[0];
  // `Lilja, Sekreterare`: a word the comma closes is a whole name's end, not a given name opening one
  if (!capitalised[k] || w.endsWith(',') || !next) return false;
  // `… (S) Yvonne de Berg (C)`: a particle between the given name and the surname (`de`, `von`, `af`)
  if (!OPENS_UPPER.test(next)) return NAME_PARTICLES.has(next) && OPENS_UPPER.test(words[k + 2]?.[0] ?? '') && (isGivenName(w) || (k > 0 && BRACKET_CLOSED.test(words[k - 1]![0])));
  if (isGivenName(w)) return true;
  const after = words[k + 2]?.[0] ?? '';
  // `… (M) Calin Mc Quillan (M)`: after an entry its bracket closed, the three capitalised words before the next bracket
  // are one name, whatever its given name: it opens at the first of them, not at the second
  const closed = k > 0 && BRACKET_CLOSED.test(words[k - 1]![0]);
  // (`(M), Ordförande Susanne Andersson (SD)`: a position's word opens no name)
  const named = (i: number): boolean => !POSITION_WORD.test(words[i]![0].toLowerCase()) && !ORGANISATION_OPENING.has(words[i]![0].toLowerCase());
  // (the words run straight into the bracket: `(s), Ahlby Wiremu Tane, (c)` is a place, then a name and its comma)
  if (closed && capitalised[k + 1] && capitalised[k + 2] && PARTY_AT.test(words[k + 3]?.[0] ?? '') && !words[k + 1]![0].endsWith(',') && !words[k + 2]![0].endsWith(',') && named(k)) return true;
  if (k > 1 && capitalised[k - 1] && BRACKET_CLOSED.test(words[k - 2]![0]) && PARTY_AT.test(after) && !next.endsWith(',') && named(k - 1)) return false;
  // (or a party's letters after a comma, in either case: `Okke Sand, s, ordförande`)
  return capitalised[k + 1]! && (PARTY_AT.test(after) || (next.endsWith(',') && PARTY_AFTER_COMMA.test(after)));
}
const NAME_PARTICLES = new Set<string>(PROCESS.nameParticles);
// an entry's closing bracket, its comma perhaps (`(M)`, `(M),`)
const BRACKET_CLOSED = /\),?$/u;
// a party's letters as a word of its own, a comma or nothing after them, all in one case (`s,`, `KD`)
const PARTY_AFTER_COMMA = new RegExp(`^(?:${alternation([...PARTIES.map((p) => p.toUpperCase()), ...PARTIES.map((p) => p.toLowerCase())])}),?$`, 'u');

/**
 * Word k opens a second name after a first of two (`Göran Ek Gunder Lind`, `Per Ek Dorota Wiśniewska Lind`):
 * two or three capitalised words from k to the next name or the end, the first name's given name known and
 * its second word no given name (`Anna Maria Ek Lind` is one name of two given names). A name of four words
 * with one given name and three surnames is rarer than a given name the lexicon lacks.
 */
function secondPairOfFour(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], entry: number, k: number): boolean {
  if (k - entry !== 2 || !capitalised[entry]! || !capitalised[entry + 1]! || !capitalised[k]! || !capitalised[k + 1]!) return false;
  const first = words[entry]![0];
  const second = words[entry + 1]![0];
  if (first.endsWith(',') || second.endsWith(',') || words[k]![0].endsWith(',') || !isGivenName(first) || isGivenName(second)) return false;
  // (an organisation's name after a person's in a flattened table, `Eva Ek Region Norrbotten`, opens with its head or ends on its noun)
  if (ORGANISATION_OPENING.has(words[k]![0].toLowerCase()) || startsName(words, capitalised, k + 1)) return false;
  // (the second name's run of capitalised words: to a comma, a small word, a bracket, the end or the name after it)
  let end = k + 1;
  while (end - k < 3 && !words[end]![0].endsWith(',') && capitalised[end + 1] && !startsName(words, capitalised, end + 1)) end++;
  const ends = end + 1 >= words.length || !capitalised[end + 1] || words[end]![0].endsWith(',') || startsName(words, capitalised, end + 1);
  return ends && !words.slice(k, end + 1).some((w) => ORGANISATION_END.test(w[0]));
}

/**
 * Word k opens a second name of two after a first of two whose given names the lexicon lacks both (`Okke Sand
 * Yrsa Holm Lisa Dahl (M)`): exactly four capitalised words from the entry's start, no given name among them,
 * no organisation's word, and a bracket, the next name or the end after them. (`secondPairOfFour` reads those
 * whose first given name is known.)
 */
function unknownPairOfFour(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], entry: number, k: number): boolean {
  if (k - entry !== 2 || !capitalised[entry]! || !capitalised[entry + 1]! || !capitalised[k]! || !capitalised[k + 1]!) return false;
  const four = [words[entry]![0], words[entry + 1]![0], words[k]![0], words[k + 1]![0]];
  if (four.some((w) => w.endsWith(',') || isGivenName(w) || ORGANISATION_OPENING.has(w.toLowerCase()) || ORGANISATION_END.test(w))) return false;
  const after = words[k + 2]?.[0];
  return after === undefined || after.startsWith('(') || startsName(words, capitalised, k + 2);
}

/**
 * Word k opens a name after the remark that closed the entry's own (`Zlatko Berg, ordförande Okke Strand, vice …`):
 * the entry opened with two or more capitalised words (an organisation perhaps after them), a comma ended them, one to three words in lower case said
 * who that was, and two capitalised words follow, whatever their given name. (`för`, `i`, … before the words make
 * them an object, `Region Kalmar` an organisation.)
 */
function afterNamesRemark(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], entry: number, k: number): boolean {
  if (!capitalised[k] || !capitalised[k + 1] || words[k]![0].endsWith(',') || !isLowerWord(words[k - 1]![0])) return false;
  let j = k - 1;
  while (j > entry && k - j <= 3 && isLowerWord(words[j]![0])) j--;
  if (j - entry < 1 || isLowerWord(words[j]![0]) || !words[j]![0].endsWith(',')) return false;
  // (the name's words, and an organisation after them: `Okke Sand, Östby kommun, ordförande Wiremu Tane`)
  if (!capitalised[entry + 1]) return false;
  for (let i = entry; i <= j; i++) if (!capitalised[i] && !(i > entry + 1 && ORGANISATION_END.test(words[i]![0]))) return false;
  for (let i = j + 1; i < k; i++) if (REMARK_BEFORE_OBJECT.has(words[i]![0])) return false;
  return !ORGANISATION_OPENING.has(words[k]![0].toLowerCase()) && !ORGANISATION_END.test(words[k]![0]) && !ORGANISATION_END.test(words[k + 1]![0]);
}

/**
 * Word k opens a name of two after a whole name and a comma (`Olof Björk, Tova Lindahl Rune Hed`), whatever its given
 * name: the entry two or three capitalised words the comma closes, two capitalised words after it, and the end, a
 * comma, a bracket or the next name after those; no organisation's word (`Eva Ek, Region Kalmar`, `Bo Lind, Sundby
 * Kommun`) nor position's among them.
 */
function pairAfterComma(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], entry: number, k: number): boolean {
  const span = k - entry;
  if (span < 2 || span > 3 || !words[k - 1]![0].endsWith(',') || !capitalised[k] || !capitalised[k + 1] || words[k]![0].endsWith(',')) return false;
  for (let i = entry; i < k; i++) if (!capitalised[i] || (i < k - 1 && words[i]![0].endsWith(','))) return false;
  return namePairAt(words, capitalised, k);
}

/**
 * Word k stands inside the name of three capitalised words that opened the entry right after the bracket closing the
 * entry before it, and that a party's bracket closes (`… (S) Jons Ingemar Larsson (S)`): the name `startsName` opened
 * whatever its given name, which a known given name inside it (`Ingemar`) does not cut again.
 */
function bracketedName(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], entry: number, k: number): boolean {
  if (entry === 0 || k <= entry || !BRACKET_CLOSED.test(words[entry - 1]![0])) return false;
  const bracket = entry + 3;
  if (bracket >= words.length || !PARTY_AT.test(words[bracket]![0])) return false;
  for (let i = entry; i < bracket; i++) if (!capitalised[i] || words[i]![0].endsWith(',')) return false;
  return true;
}

/**
 * Word k opens a name of two that its comma closes, after an entry written `Name, value` (`Eva Holm, Region Norr Dave
 * Ek, Landstinget Syd …`, `Maria Alm, Arbetsmedicin Lund Dave Borg, Malmö stad`), whatever its given name: the entry
 * opened with a name of two or three words and its comma, a value of a word or more followed it, and the pair is a
 * name as after a name's comma. Not after a word that an organisation's place follows (`Region Västra Götaland,`), nor
 * after a small word whose object the capitalised words are (`ledamot i Norra Dalen,`).
 */
function nameBeforeComma(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], entry: number, k: number): boolean {
  if (!words[k + 1]![0].endsWith(',') || words[k]![0].endsWith(',') || !capitalised[entry] || !capitalised[entry + 1]) return false;
  // (the entry's own comma closes its name, of two or three words, and a value stands between it and word k)
  let comma = -1;
  for (let i = entry + 1; i <= entry + 2 && i < k && comma < 0; i++) if (words[i]![0].endsWith(',')) comma = i;
  const before = words[k - 1]![0];
  if (comma < 0 || comma >= k - 1 || before.endsWith(',') || (comma === entry + 2 && !capitalised[entry + 2])) return false;
  if (ORGANISATION_OPENING.has(before.toLowerCase()) || REMARK_BEFORE_OBJECT.has(before)) return false;
  return namePairAt(words, capitalised, k);
}

// the § numbers an entry closes on, its comma after them (`49,`, `50-56,`)
const NUMBERS_CLOSED = /^\d{1,3}(?:-\d{1,3})?,$/u;

/**
 * Word k opens a name of two after an entry's § numbers and their comma (`Eva Ek, 49, Zinta Lind, Bo Alm, 59`),
 * whatever its given name: the entry opened with a capitalised word, and the pair is a name as after a name's comma.
 */
function pairAfterNumbers(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], entry: number, k: number): boolean {
  if (k - entry < 3 || !capitalised[entry] || !NUMBERS_CLOSED.test(words[k - 1]![0]) || !capitalised[k] || !capitalised[k + 1] || words[k]![0].endsWith(',')) return false;
  return namePairAt(words, capitalised, k);
}

/** Words k and k + 1 are a name of two: no organisation's word nor position's, and the end, a comma, a bracket or the next name after them. */
function namePairAt(words: readonly RegExpMatchArray[], capitalised: readonly boolean[], k: number): boolean {
  const pair = [words[k]![0], words[k + 1]![0].replace(/,$/u, '')];
  if (pair.some((w) => ORGANISATION_OPENING.has(w.toLowerCase()) || ORGANISATION_END.test(w) || POSITION_WORD.test(w.toLowerCase()))) return false;
  const after = words[k + 2]?.[0];
  return after === undefined || words[k + 1]![0].endsWith(',') || after.startsWith('(') || startsName(words, capitalised, k + 2);
}

// (a word in lower case: letters, perhaps a point or a colon, `ordf.`, `tf`)
const LOWER_WORD = new RegExp(`^[${LOWER_LETTER}][${LOWER_LETTER}.:-]*$`, 'u');
const isLowerWord = (w: string): boolean => LOWER_WORD.test(w);
// the small words after which capitalised words are an object (OBJECT_BEFORE), a place or an organ (`ledamot i Norra Dalen`), not a person
const REMARK_BEFORE_OBJECT = new Set<string>([...OBJECT_BEFORE, 'i', 'på', 'vid', 'från', 'hos', 'inom', 'till']);

const ORGANISATION_OPENING = new Set<string>([...ORGANISATION_HEADS, ...ORGANISATION_PREFIXES]);
const ORGANISATION_END = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)}),?$`, 'iu');

/** The entries of a text that lists several people without separators. */
export function splitPersons(text: string): string[] {
  const starts = personStarts(text);
  // (a loop, not map and filter: every entry of every list is split so)
  const out: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const entry = text.slice(starts[k], starts[k + 1] ?? text.length).trim();
    if (entry !== '') out.push(entry);
  }
  return out;
}

/**
 * The names of `count` signers written one after another on one line (`Bo Lind Karin Alm (S)
 * Olle Brink (M)`): as the splitter cuts them (none longer than three words), or, where it finds too few, two capitalised
 * words a name when the line is nothing else; null when they do not come out as `count`.
 */
export function signerNames(text: string, count: number): string[] | null {
  const entries = splitPersons(text);
  // (a name of four capitalised words is two names the splitter did not know)
  if (entries.length === count && entries.every((e) => e.replace(/\([^()]*\)/gu, '').trim().split(/\s+/u).length <= 3)) return entries;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  if (words.length !== 2 * count || !words.every((w) => CAPITALISED.test(w) && !w.endsWith(','))) return null;
  return Array.from({ length: count }, (_, k) => `${words[2 * k]!} ${words[2 * k + 1]!}`);
}

/** The entry ends on a word that the next piece completes (`ersätter`, `2:e vice`, a comma). */
export const dangles = (entry: string): boolean => {
  const end = entry.trimEnd();
  const c = end.charCodeAt(end.length - 1);
  if (c < 128 && !isPlainLetter(c) && !DANGLING_ENDS.has(end.charAt(end.length - 1))) return false;
  return DANGLING.test(entry);
};

/** A word that is a given name (`Anna`, `Hans-Åke`, `ANNA`), or a double name of two (`Anna-Karin`). */
export function isGivenName(word: string): boolean {
  const w = trimEndOf(word, '*,.;:').toLowerCase();
  if (GIVEN_NAMES.has(w)) return true;
  // (a double name has its hyphen: most words have none, and are not cut to learn so)
  if (!w.includes('-')) return isJoinedDouble(word);
  const parts = w.split('-');
  return parts.length === 2 && GIVEN_NAMES.has(parts[0]!) && GIVEN_NAMES.has(parts[1]!);
}

// `JanAnders`, `AnnSofie`, `LarsGöran`: a double name written as one word, its second name's capital inside it
const JOINED_DOUBLE = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+)([${UPPER_LETTER}][${LOWER_LETTER}]+)$`, 'u');
/** A double name of two given names written without its hyphen (the anchored pattern fails at the end of most words). */
function isJoinedDouble(word: string): boolean {
  const m = word.length > 5 && word.length < 20 && capitalInside(word) ? JOINED_DOUBLE.exec(word) : null;
  return m !== null && GIVEN_NAMES.has(m[1]!.toLowerCase()) && GIVEN_NAMES.has(m[2]!.toLowerCase());
}
/** A capital after the word's first letter, as the second name needs (`mayBeCapital`): most words have none. */
function capitalInside(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (mayBeCapital(word.charCodeAt(i))) return true;
  return false;
}

export interface GivenNameEntry {
  name: string;
  /** What the bracket after the name says (`Kalle (FK)`): a party or an organisation. */
  within: string | null;
  /** The position after the name (`Maria förbundschef`, `Maria, förbundschef`, `Maria (förbundschef)`), where there is one. */
  position?: string;
}

// `Kalle (FK)`, `Anna-Lena`: a given name alone, perhaps with a bracket after it
// (or a position after it in small letters, `Maria förbundschef`, as notes name their staff)
const GIVEN_ENTRY = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?: ?\\(([^()]{1,40})\\)| ([${LOWER_LETTER}][${LOWER_LETTER}-]+(?: [${LOWER_LETTER}][${LOWER_LETTER}-]+){0,2}))?$`, 'u');
// a position alone in small letters, a few words (`förbundschef`, `biträdande förbundschef`)
const SMALL_POSITION = new RegExp(`^[${LOWER_LETTER}][${LOWER_LETTER}-]+(?: [${LOWER_LETTER}][${LOWER_LETTER}-]+){0,2}$`, 'u');
const isPositionText = (text: string): boolean => SMALL_POSITION.test(text) && POSITION_END.test(text.slice(text.lastIndexOf(' ') + 1));
// the list's first entry as the text opens it, before the cuts at `,` `;` `&` ` och ` ` samt `
const FIRST_GIVEN_ENTRY = new RegExp(`^\\s*([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?:\\s*(?:[,;&(.]|$)|\\s+(?:och|samt)\\s|\\s[${LOWER_LETTER}])`, 'u');
// a list of given names is short
const GIVEN_LIST_LENGTH = 400;

/**
 * `Maria, Johan, Stina och Kalle (FK)`: notes that name people by their given names alone,
 * every entry a known given name; null when any entry is something else or there are
 * fewer than `min`.
 */
export function givenNameList(text: string, min = 2): GivenNameEntry[] | null {
  if (text.length > GIVEN_LIST_LENGTH) return null;
  // (the first entry decides most lines at the cost of one anchored pattern: `Anna Ek (S)` is no given name alone)
  const first = FIRST_GIVEN_ENTRY.exec(text);
  if (!first || !isGivenName(first[1]!)) return null;
  const t = trimEndOf(text, '.').replace(/\s+/gu, ' ');
  const parts: string[] = [];
  for (const piece of t.split(/[,;&]/u)) for (const part of piece.split(/ (?:och|samt) /u)) parts.push(part.trim());
  if (parts.length < min) return null;
  const out: GivenNameEntry[] = [];
  for (const part of parts) {
    // `Maria, förbundschef`: the position after a comma is the person's before it
    const last = out[out.length - 1];
    if (last !== undefined && last.position === undefined && last.within === null && isPositionText(part)) {
      last.position = part;
      continue;
    }
    const m = GIVEN_ENTRY.exec(part);
    if (!m || !isGivenName(m[1]!) || (m[3] !== undefined && !isPositionText(m[3]))) return null;
    const within = m[2]?.trim() ?? null;
    // (`Maria (förbundschef)`: a position in the bracket is no organisation)
    const position = m[3] ?? (within !== null && isPositionText(within) ? within : null);
    out.push(position === null ? { name: m[1]!, within } : { name: m[1]!, within: position === within ? null : within, position });
  }
  if (out.length < min) return null;
  return out;
}

// the last word of a position: a staff position unless it is one members hold (`kommunchef`, not `ordförande`)
const POSITION_END = new RegExp(`(?:${alternation(POSITION_WORDS)})$`, 'u');
const MEMBER_POSITION_END = new RegExp(`(?:${alternation(MEMBER_POSITION_WORDS)})$`, 'u');
const WORD_START = new RegExp(`^[${ANY_LETTER}-]+`, 'u');

/** A word that ends a position (`ordförande`, `ekonomichef`, `ledamot`), in lower case. */
export const endsPosition = (word: string): boolean => POSITION_END.test(word);

/** A position held by staff, not by the body's members (`teknisk chef`, `nämndsekreterare`; not `vice ordförande`). */
export function isStaffPosition(position: string): boolean {
  const word = WORD_START.exec(position.slice(position.lastIndexOf(' ') + 1))?.[0].toLowerCase() ?? '';
  return POSITION_END.test(word) && !MEMBER_POSITION_END.test(word);
}

// the words that may stand before a position's own word: `vice ordförande`, `Teknisk chef`
const POSITION_QUALIFIERS = new Set<string>([...POSITION_MODIFIERS, ...POSITION_ADJECTIVES]);
// a position is a few words at most
const MAX_POSITION_WORDS = 3;
const POSITION_WORD_SHAPE = new RegExp(`^[${ANY_LETTER}][${LOWER_LETTER}.:-]*$`, 'u');

/**
 * `Miljöchef`, `Vice ordförande`, `teknisk chef`: a line that names a position and nothing else
 * (the first word perhaps capitalised, as a cell of its own is written), no name, no organisation.
 */
export function isPositionAlone(text: string): boolean {
  const words = text.trim().split(' ');
  if (words.length > MAX_POSITION_WORDS || !words.every((w, k) => POSITION_WORD_SHAPE.test(w) && (k === 0 || !OPENS_UPPER.test(w)))) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return POSITION_END.test(last) && words.slice(0, -1).every((w) => POSITION_QUALIFIERS.has(w.toLowerCase()));
}

const VACANT_SEAT = new RegExp(`^(?:${alternation(VACANT_SEAT_WORDS)})(?![${ANY_LETTER}])`, 'iu');
// (the words' first two letters, asked without a pattern: nearly every entry is a name, and most names open otherwise)
const MAY_OPEN_VACANT = opensLikeTwo(VACANT_SEAT_WORDS);
const NAMED = new RegExp(`[${UPPER_LETTER}][${LOWER_LETTER}]+\\s+[${UPPER_LETTER}][${LOWER_LETTER}]+`, 'u');

/**
 * `Vakant (SD)`, `Vakant plats   M`, `vakant, ersättare`: a seat in a list of members or deputies that
 * nobody holds (the party's, perhaps): no person, and no end of the list either.
 */
export function isVacantSeat(text: string): boolean {
  const t = text.trimStart();
  const m = opensVacantSeat(t);
  return m > 0 && !NAMED.test(t.slice(m));
}

// the cheap test of a whole line: every vacant seat's word holds one of these
// (plain searches, not an alternation: the pattern tried each word at every place of every entry)
const VACANT_CORES = ['akan', 'AKAN', 'tillsatt', 'utsedd', 'ledig'] as const;
export const mayNameVacantSeat = (text: string): boolean => {
  // (a loop, not some with a callback: asked of every entry)
  for (const core of VACANT_CORES) if (text.includes(core)) return true;
  return false;
};

/** The length of the vacant seat's word at the start of `text` (`Vakant`, `Vakant plats`), 0 when there is none. */
function opensVacantSeat(text: string): number {
  if (!MAY_OPEN_VACANT(text)) return 0;
  return VACANT_SEAT.exec(text)?.[0].length ?? 0;
}

const SURNAME_FIRST = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?),\\s([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?=$|[\\s,(])`, 'u');

/**
 * `Granlund, Ann-Sofie (S)`: a name written surname first, a comma, then a known given name
 * (not two given names, which are a list of them). The name as the lists read it
 * (`Granlund Ann-Sofie`), and how much of the text it takes; null where the text opens otherwise.
 */
export function surnameFirst(text: string): { name: string; length: number } | null {
  const m = commaAfterFirstWord(text) ? SURNAME_FIRST.exec(text) : null;
  return m && isGivenName(m[2]!) && !isGivenName(m[1]!) ? { name: `${m[1]!} ${m[2]!}`, length: m[0].length } : null;
}

const BESIDE = new Set<string>(LABEL_WORDS_BESIDE_SIGNERS);
const besideKey = (w: string): string => trimEndOf(w.toLowerCase(), ':.…_');

/** A signer's name without a label word run on at either end (`Kenneth Berg Paragrafer` → `Kenneth Berg`). */
export function withoutEdgeLabels(name: string): string {
  const words = name.trim().split(/\s+/u);
  // (a label word opens with a capital: a name's last and first words are looked up only then; two words stay a name)
  while (words.length > 2 && isUpper(words[words.length - 1]!.charCodeAt(0)) && BESIDE.has(besideKey(words[words.length - 1]!))) words.pop();
  while (words.length > 2 && isUpper(words[0]!.charCodeAt(0)) && BESIDE.has(besideKey(words[0]!))) words.shift();
  return words.join(' ');
}

/**
 * Whether a character may be one of UPPER_LETTER's capitals: A–Z, À–Þ but `×`, or any character past Latin-1, which the
 * pattern judges (no other is one). The plain test before a pattern that needs a capital at a known place: most words'
 * letters there are lower-case (`å`, `ä`, `ö` among them).
 */
export const mayBeCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c > 0xff;

/**
 * Whether the text's first comma ends its first word, no space before it: what a name written surname first needs at
 * its start (`Granlund, Ann-Sofie`: the surname's letters and hyphens, then the comma). The plain test before such a
 * pattern: most entries open with a given name and a space.
 */
export function commaAfterFirstWord(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma <= 0) return false;
  const space = text.indexOf(' ');
  return space < 0 || space > comma;
}
