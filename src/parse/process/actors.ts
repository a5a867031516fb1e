// Who a statement names, read from the words before (or after) its verb: `Anna Ek (S),
// Bo Al (V) och Eva Ström (MP)`, `Karin Lund (KD) med instämmande av Per Ek (L)`,
// `Ledamöterna från S, V och MP`, `Vice ordföranden Lars Bo (M)`, `Socialdemokraterna`,
// `Vänsterpartiets ledamot Anna Ek`, `Pär Lindgård, fp`. A span reads as actors only when
// every piece of it is a name, a party or a role: `Den som är jävig`, `I motionen`,
// `Ledamot som reserverar sig` name nobody, and precision matters more than recall here.
import { ASSOCIATION_ACRONYMS, ORGAN_ABBREVIATIONS, ORGANISATION_ACRONYMS, ORGANISATION_SUFFIXES, PARTIES, PROCESS, PUBLIC_BODIES } from '../../lexicon/sv.js';
import { alternation, capitalise, trimEndOf } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

export interface Person {
  name: string;
  party: string | null;
}

export interface Actors {
  /** Names as written, in order; a role (`Ordföranden`) when the text names nobody. */
  by: string[];
  /** Parties, each once, in order. */
  parties: string[];
  /** Each named person with the party the text gives them (`X och Y (M)`: both M). */
  people: Person[];
}

const B = `(?![${ANY_LETTER}])`;
const A = `(?<![${ANY_LETTER}])`;
const SEPARATOR = new RegExp(`,|;|&|${A}(?:${alternation([...PROCESS.listWords, ...PROCESS.joiners])})${B}`, 'giu');
const PARENS = /\(([^()]{0,40})\)/gu;
const OTHERS = new RegExp(`${A}(?:${alternation(PROCESS.others)})\\s*$`, 'iu');
const ROLE = new RegExp(`^(?:${alternation(PROCESS.roleWords)})(?:\\s+|$)`, 'iu');
const GROUP_WORDS = new Set<string>(PROCESS.groupWords);
const GROUP_LINKS = new Set<string>(PROCESS.groupLinks);
const GROUP_DETERMINERS = new Set<string>(PROCESS.groupDeterminers);
const ROLE_WORDS = new Set<string>(PROCESS.roleWords);
const NAME_WORD = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}'’.-]*$`, 'u');
const PARTICLES = new Set<string>(PROCESS.nameParticles);
const NOT_ACTORS = new Set<string>(PROCESS.notActors);
const KNOWN = new Map<string, string>(PARTIES.map((p) => [p.toLowerCase(), p.toUpperCase()]));
const PARTY_NAMES = new Map<string, string>(Object.entries(PROCESS.partyNames).flatMap(([abbr, names]) => names.map((n) => [n, abbr] as [string, string])));
// a local party in brackets after a name: `(SRD)`, `(FiA)`, `(VF)`; never an organisation's or an organ's letters (`(FK)`, `(AF)`, `(KS)`)
const LOCAL_PARTY = new RegExp(`^[${UPPER_LETTER}](?:[${UPPER_LETTER}]{1,4}|[${LOWER_LETTER}][${UPPER_LETTER}]{1,3}|[${UPPER_LETTER}][${LOWER_LETTER}][${UPPER_LETTER}])$`, 'u');
const NOT_PARTY = new Set<string>([...ORGANISATION_ACRONYMS, ...ASSOCIATION_ACRONYMS, ...ORGAN_ABBREVIATIONS].map((a) => a.toUpperCase()));
// `(Region Norrby)`, `(Västby kommun)`, `(Försäkringskassan)`: the organisation a board member comes from, in brackets where a politician's party stands
const ORGANISATION_BEFORE = new RegExp(`^(?:${alternation(PUBLIC_BODIES.before)})\\s+[${UPPER_LETTER}]`, 'iu');
const ORGANISATION_END = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)})$`, 'iu');
/** A bracket's text names an organisation, not a party: its letters, or its name. */
const isOrganisation = (inner: string): boolean => NOT_PARTY.has(inner.toUpperCase()) || ORGANISATION_BEFORE.test(inner) || ORGANISATION_END.test(inner);

/** A party token: `S`, `fp` → `FP`, `Socialdemokraterna` → `S`, `SD-gruppens` → `SD`; in brackets also a local party. */
export function partyOf(token: string, inBrackets = false): string | null {
  const t = token.trim().replace(/:s$|[.:]$/u, '');
  if (t === '') return null;
  const known = KNOWN.get(t.toLowerCase());
  if (known) return known;
  const named = PARTY_NAMES.get(t.toLowerCase());
  if (named) return named;
  // `(MP-gruppen)`, `SD-gruppens`: the party of a group
  const dash = t.lastIndexOf('-');
  if (dash > 0 && GROUP_WORDS.has(t.slice(dash + 1).toLowerCase().replace(/s$/u, ''))) return partyOf(t.slice(0, dash), inBrackets);
  // `Sverigedemokraternas`: a genitive of a written-out name
  if (t.endsWith('s')) {
    const g = PARTY_NAMES.get(t.slice(0, -1).toLowerCase());
    if (g) return g;
  }
  return inBrackets && LOCAL_PARTY.test(t) && !NOT_PARTY.has(t.toUpperCase()) ? t : null;
}

const LIST_WORDS = new Set<string>(PROCESS.listWords);

/** Parties listed after a group word: `S, V och MP`, `Socialdemokraterna`. */
function partiesIn(list: string): string[] | null {
  const out: string[] = [];
  for (const token of list.split(/[\s,]/u)) {
    if (token === '' || LIST_WORDS.has(token)) continue;
    const p = partyOf(token.replace(/^\(|\)$/gu, ''), true);
    if (!p) return null;
    out.push(p);
  }
  return out;
}

const isName = (words: readonly string[]): boolean =>
  words.length >= 2 &&
  words.length <= 5 &&
  NAME_WORD.test(words[0]!) &&
  NAME_WORD.test(words[words.length - 1]!) &&
  words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w)) &&
  !NOT_ACTORS.has(words[0]!.toLowerCase()) &&
  // `Ledamöterna Anna Ek`: a group or role word is no part of a name
  !GROUP_WORDS.has(words[0]!.toLowerCase()) &&
  !ROLE_WORDS.has(words[0]!.toLowerCase());

const isGroupWord = (w: string): boolean => GROUP_WORDS.has(w.toLowerCase());

/**
 * A party group: `Ledamöterna från SD`, `Ledamöterna i (S)` (the brackets read already),
 * `SD-ledamöterna`, `SD:s ledamöter`, `Moderaternas ledamöter`, `De socialdemokratiska
 * ledamöterna`, `Vänsterpartiets ledamot Anna Ek`.
 */
function groupOf(input: readonly string[]): { names: string[]; parties: string[] } | null {
  const words = GROUP_DETERMINERS.has(input[0]?.toLowerCase() ?? '') ? input.slice(1) : [...input];
  const k = words.findIndex((w) => isGroupWord(w) || (w.includes('-') && isGroupWord(w.slice(w.lastIndexOf('-') + 1))));
  if (k < 0) return null;
  const head = words[k]!;
  const before = [...words.slice(0, k), ...(isGroupWord(head) ? [] : [head.slice(0, head.lastIndexOf('-'))])];
  const parties = partiesIn(before.join(' '));
  if (!parties) return null;
  const rest = words.slice(k + 1);
  if (rest.length && GROUP_LINKS.has(rest[0]!.toLowerCase())) {
    const after = partiesIn(rest.slice(1).join(' '));
    return after ? { names: [], parties: [...parties, ...after] } : null;
  }
  if (rest.length === 0) return { names: [], parties };
  // `Vänsterpartiets ledamot Anna Ek`, `Ledamöterna Anna Ek (S)`
  return isName(rest) ? { names: [rest.join(' ')], parties } : null;
}

/**
 * `Vi Sverigedemokrater`, `Vi i Vänsterpartiet`, `vi moderater`: a party group speaking of itself in the
 * first person plural (as it writes its reservation into the minutes): its parties, or null.
 */
function partyAsWe(words: readonly string[]): string[] | null {
  const rest = words.length > 2 && GROUP_LINKS.has(words[1]!.toLowerCase()) ? words.slice(2) : words.slice(1);
  if (rest.length === 0) return null;
  const parties = partiesIn(rest.join(' '));
  return parties && parties.length ? parties : null;
}

interface Piece {
  names: string[];
  parties: string[];
  /** An apposition (`, ordförande,`) that adds nothing. */
  skip?: boolean;
}

/** One piece between separators, or null when it is not an actor. */
function readPiece(raw: string): Piece | null {
  let s = raw.trim();
  const parties: string[] = [];
  let bad = false;
  // (most pieces hold no bracket: a plain search before the pattern and its callback)
  if (s.includes('(')) {
    s = s.replace(PARENS, (_, inner: string) => {
      const i = inner.trim();
      if (i === '' || i === '-' || i === '–') return ' ';
      const found = partiesIn(i);
      if (found) parties.push(...found);
      // `(ordf)`, `(bilaga 3)`: a remark in brackets, and `(FK)`, `(Region Norrby)` the organisation a member comes from; any other word makes no actor
      else if (!OPENS_LOWER.test(i) && !isOrganisation(i)) bad = true;
      return ' ';
    });
  }
  if (bad) return null;
  // `Anna Ek m.fl. (S).`: the brackets are gone, then the others the text does not name
  s = trimEndOf(trimEndOf(s, ':–-.,;').replace(OTHERS, ''), ':–-.,;');
  if (s === '') return parties.length ? { names: [], parties } : null;
  if (NOT_ACTORS.has(s.toLowerCase())) return null;
  const bare = partyOf(s);
  if (bare && !s.includes(' ')) return { names: [], parties: [...parties, bare] };
  const words = s.split(/\s+/u);
  const we = words[0] === 'Vi' || words[0] === 'vi' ? partyAsWe(words) : null;
  if (we) return { names: [], parties: [...we, ...parties] };
  const group = groupOf(words);
  if (group) return { names: group.names, parties: [...group.parties, ...parties] };
  const role = ROLE.exec(s);
  if (role) {
    const rest = s.slice(role[0].length).trim();
    if (rest === '') {
      // `Ordföranden yrkar …` names the role; `, ordförande,` after a name adds nothing
      return OPENS_UPPER.test(s) ? { names: [s], parties } : { names: [], parties, skip: true };
    }
    return isName(rest.split(/\s+/u)) ? { names: [rest], parties } : null;
  }
  // (`Tove yrkar …`: an association's minutes name a member by the given name alone)
  return isName(words) || (words.length === 1 && NAME_WORD.test(s) && isGivenName(s)) ? { names: [s], parties } : null;
}

// `Anna Ek (M)` / `Bo Al (KD)`, one a line under a heading: a party's bracket, then the next name
const AFTER_BRACKET = new RegExp(`(?<=\\))\\s+(?=[${UPPER_LETTER}])`, 'u');

/**
 * The pieces of a span with no separator between its people, each closed by a party's bracket
 * (`Anna Ek (M) Bo Al (KD)`): one piece each, where every part reads as one; else the one piece.
 */
function readPieces(raw: string): Piece[] | null {
  if (raw.includes(')') && AFTER_BRACKET.test(raw)) {
    const parts = raw.split(AFTER_BRACKET).map(readPiece);
    if (parts.every((p) => p !== null && p.names.length === 1 && p.parties.length === 1)) return parts as Piece[];
  }
  const one = readPiece(raw);
  return one ? [one] : null;
}

function combine(pieces: readonly Piece[]): Actors | null {
  const real = pieces.filter((p) => !p.skip);
  if (real.length === 0) return null;
  // (loops, not flatMap and a Set's spread: a roll-call's every row is read so)
  const by: string[] = [];
  const parties: string[] = [];
  for (const p of real) {
    for (const n of p.names) by.push(n);
    for (const party of p.parties) if (!parties.includes(party)) parties.push(party);
  }
  if (by.length === 0 && parties.length === 0) return null;
  // `Anna Ek och Bo Al (M)`: a name without a party takes the party of the next one that has one
  const people: Person[] = [];
  let carry: string | null = null;
  for (let k = real.length - 1; k >= 0; k--) {
    const p = real[k]!;
    const own = p.parties.length === 1 ? p.parties[0]! : null;
    if (p.names.length) carry = own ?? carry;
    else carry = null;
    for (const name of [...p.names].reverse()) people.unshift({ name, party: own ?? carry });
  }
  return { by, parties, people };
}

/** The actors of a whole span (the words before a verb), or null when any piece is no actor. */
export function readActors(span: string): Actors | null {
  const s = span.trim();
  if (s === '' || s.length > 400) return null;
  const pieces: Piece[] = [];
  for (const raw of s.split(SEPARATOR)) {
    if (raw.trim() === '') continue;
    const read = readPieces(raw);
    if (!read) return null;
    for (const piece of read) pieces.push(piece);
  }
  return combine(pieces);
}

/** The actors at the start of a text (the words after a verb), and where they end. */
export function leadingActors(text: string): { actors: Actors; end: number } | null {
  const pieces: Piece[] = [];
  let end = 0;
  let from = 0;
  SEPARATOR.lastIndex = 0;
  const limit = Math.min(text.length, 400);
  for (;;) {
    const m = SEPARATOR.exec(text);
    const stop = m && m.index < limit ? m.index : limit;
    // the last piece runs to the first word that cannot be part of a name
    const raw = text.slice(from, stop);
    const whole = readPieces(raw);
    const read = whole ?? readPieces(nameAtStart(raw));
    if (!read) break;
    for (const piece of read) pieces.push(piece);
    end = from + (whole ? raw.length : nameAtStart(raw).length);
    if (!m || m.index >= limit || end < stop) break;
    from = m.index + m[0].length;
  }
  SEPARATOR.lastIndex = 0;
  const actors = combine(pieces);
  return actors ? { actors, end } : null;
}

const PARTICLE = `(?:${alternation(PROCESS.nameParticles)})(?=\\s+[${UPPER_LETTER}])`;
// `vice ordföranden Karin Wallgren m.fl. (S)`: a role, the name, the others, the party
const NAME_AT_START = new RegExp(
  `^\\s*(?:(?:${alternation(PROCESS.roleWords.flatMap((w) => [w, capitalise(w)]))})\\s+)?(?:[${UPPER_LETTER}][${ANY_LETTER}'’.-]*|${PARTICLE})(?:\\s+(?:[${UPPER_LETTER}][${ANY_LETTER}'’.-]*|${PARTICLE})){0,5}(?:\\s+(?:${alternation(PROCESS.others)}))?(?:\\s*\\([^()]{0,40}\\))?`,
  // no `i` flag: \p{Lu} must stay upper case
  'u',
);

/** The capitalised words (and a party in brackets) that open a text: `Anna Ek (V) till förmån …` → `Anna Ek (V)`. */
function nameAtStart(text: string): string {
  return NAME_AT_START.exec(text)?.[0] ?? '';
}
