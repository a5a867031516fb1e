// One participant line → name, organisation, party, position, attended paragraphs,
// substitution and note, whatever the order they were written in:
//   `Håkan Linnarsson (S), Västra Götalandsregionen`      `Arbetsförmedlingen, Leif Johansson`
//   `Marks kommun Anders Lindal (M),`                     `Jonas Erlandsson, ordf.`
//   `Peter Vigren      Umeå kommun, ordförande`           `Mikael Broman  Försäkringskassan $ 52–58`
//   `Johan Björkman (M), Svenljunga (tom §5, därefter representation genom Kerstin)`
// The line is cut into segments at commas and column gaps, each segment into words, and
// the words are typed: organisation words (and the place names they attach to), position
// words, capitalised name words, and lower-case rest.
import {
  ORGANISATION_HEADS, ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES, PARTIES, POSITION_ABBREVIATIONS, POSITION_MODIFIERS,
  POSITION_WORDS, SUBSTITUTE_PHRASES,
} from '../../lexicon/sv.js';
import type { ParagraphRange } from '../../schema/result.js';
import { collapse } from '../../text/line.js';
import { alternation, DASH, trimEndOf, trimOf } from '../../text/patterns.js';

export interface ParticipantFields {
  name: string;
  organisation: string | null;
  party: string | null;
  position: string | null;
  paragraphs: ParagraphRange | null;
  substituteFor: string | null;
  note: string | null;
}

const PARTY_ALT = alternation(PARTIES);
const PARTY_IN_PARENS = new RegExp(`\\(\\s*(${PARTY_ALT})\\s*\\)`, 'u');
const PARTY_ALONE = new RegExp(`^(?:${PARTY_ALT})$`, 'u');
const SECTION = '(?:§§?|\\$)';
const ATTENDANCE: ReadonlyArray<{ re: RegExp; range: (m: RegExpExecArray) => ParagraphRange }> = [
  { re: new RegExp(`(?<![\\p{L}])(?:t\\.?\\s?o\\.?\\s?m\\.?|till och med)\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: null, to: Number(m[1]) }) },
  { re: new RegExp(`(?<![\\p{L}])(?:fr\\.?\\s?o\\.?\\s?m\\.?|från och med)\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: Number(m[1]), to: null }) },
  { re: new RegExp(`${SECTION}\\s*(\\d{1,4})\\s*${DASH}\\s*${SECTION}?\\s*(\\d{1,4})`, 'u'), range: (m) => ({ from: Number(m[1]), to: Number(m[2]) }) },
  { re: new RegExp(`${SECTION}\\s*(\\d{1,4})(?!\\d)`, 'u'), range: (m) => ({ from: Number(m[1]), to: Number(m[1]) }) },
];
const NAME_WORD = `\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*`;
const substitute = (phrases: readonly string[]): RegExp =>
  new RegExp(
    `[,;]?\\s*(?<![\\p{L}])(?:${alternation(phrases)})\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){0,3})(?:\\s*\\(\\s*(?:${PARTY_ALT})\\s*\\))?`,
    'u',
  );
const SUBSTITUTE = substitute(SUBSTITUTE_PHRASES);
// in a list of deputies a bare `för` says it too: `Eva Ek (V) för Fredrik Fors (S)`
const DEPUTY_SUBSTITUTE = substitute([...SUBSTITUTE_PHRASES, 'för']);
const PARENS = /\(([^()]{0,200})\)/g;

const ORG_SUFFIX = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)})$`, 'iu');
const ORG_HEAD = new Set<string>(ORGANISATION_HEADS);
const ORG_PREFIX = new Set<string>(ORGANISATION_PREFIXES);
const POSITION_END = new RegExp(`(?:${alternation(POSITION_WORDS)})$`, 'iu');
const POSITION_MOD = new Set<string>(POSITION_MODIFIERS);
const ABBREVIATION = new Map(Object.entries(POSITION_ABBREVIATIONS));
const CAPITALISED = /^\p{Lu}[\p{L}'’*-]*[+]?$/u;
const NAME_PARTICLES = new Set(['von', 'af', 'van', 'de', 'da', 'der', 'af']);
// more capitalised words than this in a row are not one name
const MAX_NAME_WORDS = 5;

type WordKind = 'org' | 'orgHead' | 'orgPrefix' | 'position' | 'modifier' | 'cap' | 'lower' | 'other';

function kindOf(word: string): WordKind {
  const w = trimEndOf(word, '*,;:');
  const lower = w.toLowerCase();
  if (ABBREVIATION.has(lower) || POSITION_MOD.has(lower)) return POSITION_MOD.has(lower) ? 'modifier' : 'position';
  if (ORG_HEAD.has(lower) && CAPITALISED.test(w)) return 'orgHead';
  if (ORG_PREFIX.has(lower) && CAPITALISED.test(w)) return 'orgPrefix';
  if (ORG_SUFFIX.test(lower) && lower.length > 3) return 'org';
  if (POSITION_END.test(lower)) return 'position';
  if (CAPITALISED.test(w)) return 'cap';
  if (/^\p{Ll}/u.test(w)) return 'lower';
  return 'other';
}

interface Parts {
  names: string[][];
  orgs: string[][];
  positions: string[][];
  rest: string[];
}

/** Type the words of one segment and group them into name, organisation and position runs. */
function readSegment(segment: string, parts: Parts): void {
  const words = segment.split(/\s+/).filter((w) => w !== '');
  const kinds = words.map(kindOf);
  const taken = new Array<boolean>(words.length).fill(false);

  // organisations: `Marks kommun`, `Region Västerbotten`, `Västra Götalandsregionen`, `Koncernkontoret Västra …`
  let orgRun: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    let from = -1;
    let to = -1;
    if (kinds[i] === 'org') {
      from = i;
      to = i;
      const lowerSuffix = /^\p{Ll}/u.test(words[i]!) || /^(?:stad|staden)$/i.test(words[i]!);
      if (lowerSuffix && i > 0 && kinds[i - 1] === 'cap' && !taken[i - 1]) from = i - 1;
      if (from > 0 && kinds[from - 1] === 'orgPrefix') from--;
      else if (from === i && i > 0 && kinds[i - 1] === 'orgPrefix') from = i - 1;
    } else if (kinds[i] === 'orgHead') {
      from = i;
      to = i;
      while (to + 1 < words.length && to - i < 2 && (kinds[to + 1] === 'cap' || kinds[to + 1] === 'org')) to++;
      // `Region Jönköpings län`
      if (words[to + 1] === 'län') to++;
    }
    if (from < 0) continue;
    const adjacent = orgRun !== null && from > 0 && taken[from - 1] && parts.orgs.length > 0;
    for (let k = from; k <= to; k++) taken[k] = true;
    const run = words.slice(from, to + 1);
    if (adjacent && orgRun) orgRun.push(...run);
    else {
      orgRun = run;
      parts.orgs.push(orgRun);
    }
    i = to;
  }

  // positions: a position word with its modifiers, and what follows it up to an organisation
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || (kinds[i] !== 'position' && kinds[i] !== 'modifier')) continue;
    if (kinds[i] === 'modifier' && !(kinds[i + 1] === 'position' || kinds[i + 1] === 'lower')) continue;
    let to = i;
    const continues = (k: number): boolean =>
      k < words.length && !taken[k] && (kinds[k] === 'lower' || kinds[k] === 'position' || kinds[k] === 'modifier' || kinds[k] === 'other');
    while (continues(to + 1)) to++;
    // `projektledare Cresco+`: a single capitalised word right after the position belongs to it
    if (to + 1 < words.length && !taken[to + 1] && kinds[to + 1] === 'cap' && to + 2 === words.length && parts.names.length > 0) to++;
    for (let k = i; k <= to; k++) taken[k] = true;
    parts.positions.push(words.slice(i, to + 1));
    i = to;
  }

  // names: runs of capitalised words; after the first name, a capitalised run is an organisation
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || kinds[i] !== 'cap') continue;
    let to = i;
    while (
      to + 1 < words.length &&
      !taken[to + 1] &&
      (kinds[to + 1] === 'cap' || (NAME_PARTICLES.has(words[to + 1]!) && kinds[to + 2] === 'cap'))
    ) {
      to++;
    }
    for (let k = i; k <= to; k++) taken[k] = true;
    const run = words.slice(i, to + 1);
    if (parts.names.length === 0 && (run.length >= 2 || parts.orgs.length > 0 || isLoneName(words))) {
      parts.names.push(run.slice(0, MAX_NAME_WORDS));
      if (run.length > MAX_NAME_WORDS) parts.rest.push(...run.slice(MAX_NAME_WORDS));
    } else if (parts.names.length > 0 && parts.orgs.length === 0) parts.orgs.push(run);
    else parts.rest.push(...run);
    i = to;
  }
  for (let i = 0; i < words.length; i++) if (!taken[i]) parts.rest.push(words[i]!);
}

/** A segment that is a single capitalised word is a name only when nothing else is in the line. */
const isLoneName = (words: readonly string[]): boolean => words.length === 1;

const clean = (s: string): string => trimOf(collapse(s), ',;:–*-');

export function parseParticipantLine(input: string, options: { deputy?: boolean } = {}): ParticipantFields | null {
  let text = input;
  let paragraphs: ParagraphRange | null = null;
  let party: string | null = null;
  let substituteFor: string | null = null;
  const notes: string[] = [];

  for (const a of ATTENDANCE) {
    const m = a.re.exec(text);
    if (m) {
      paragraphs ??= a.range(m);
      text = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
      break;
    }
  }
  const sub = (options.deputy ? DEPUTY_SUBSTITUTE : SUBSTITUTE).exec(text);
  if (sub) {
    substituteFor = sub[1]!;
    text = text.slice(0, sub.index) + ' ' + text.slice(sub.index + sub[0].length);
  }
  const p = PARTY_IN_PARENS.exec(text);
  if (p) {
    party = p[1]!.toUpperCase();
    text = text.slice(0, p.index) + '  ' + text.slice(p.index + p[0].length);
  }
  text = text.replace(PARENS, (_, inner: string) => {
    const c = clean(inner);
    if (c === '') return '  ';
    // `(förbundschef)` is a position written in brackets; `(därefter …)` a remark
    const first = kindOf(c.split(/\s+/)[0]!);
    if (first === 'position' || first === 'modifier') return `, ${c},`;
    if (/^\p{Ll}/u.test(c)) {
      notes.push(c);
      return '  ';
    }
    return `(${inner})`;
  });

  const parts: Parts = { names: [], orgs: [], positions: [], rest: [] };
  const segments = text
    .split(/[,;]|\t+| {2,}/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^[-–.]+$/.test(s));
  for (const segment of segments) {
    if (PARTY_ALONE.test(segment) && party === null) {
      party = segment.toUpperCase();
      continue;
    }
    readSegment(segment, parts);
  }
  const name = parts.names[0];
  if (!name) return null;
  const rest = clean(parts.rest.join(' '));
  if (rest !== '') notes.push(rest);
  return {
    name: clean(name.join(' ')),
    organisation: parts.orgs.length ? parts.orgs.map((o) => clean(o.join(' '))).join(', ') : null,
    party,
    position: parts.positions.length ? parts.positions.map((w) => expandPosition(clean(w.join(' ')))).join(', ') : null,
    paragraphs,
    substituteFor,
    note: notes.length ? notes.join('; ') : null,
  };
}

const expandPosition = (p: string): string => ABBREVIATION.get(p.toLowerCase()) ?? ABBREVIATION.get(`${p.toLowerCase()}.`) ?? p;
