// Named roll-calls, read from the lines of a § (column positions matter, so not from its
// paragraphs): a voteringslista / omröstningslista table — `Ledamot  Ja  Nej  Avstår` over
// rows `Anna Ek (S)      X` (a mark under a column) or `Anna Ek  S  Ja` (the vote as a
// word), closed by an optional `Summa  7  5  1` row — and the Finnish-Swedish tally block
// `Ja-röster: 76` / `names, …` / `Nej-röster: 8` / … / `Blanka: 1` / `Frånvarande: 0`. A
// table headed `Omröstningslista § 47` belongs to § 47 wherever it stands.
import { PROCESS } from '../../lexicon/sv.js';
import type { RollCall } from '../../schema/result.js';
import { columns, isBlank, type Line } from '../../text/line.js';
import { allMatches, alternation } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import { captionsVoteList } from '../../text/vote-list.js';
import { initials, opensWith } from '../decisions/plain.js';
import { partyOf, readActors } from './actors.js';
import type { CountKind, Counts } from './counts.js';

export interface ListedVote {
  counts: Counts;
  roll: RollCall[];
  /** Source line of the table head or the first tally line. */
  line: number;
  /** The § a table names in its caption (`Voteringslista § 47`), when it names one. */
  target: number | null;
  /** The counts were stated (a `Summa` row, a tally block), not counted from the rows. */
  stated: boolean;
}

const C = PROCESS.rollColumns;
const COLUMN = new Map<string, CountKind>(
  (Object.entries(C) as [CountKind, readonly string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind] as [string, CountKind])),
);
const HEAD_WORDS = new Set<string>([...COLUMN.keys(), ...PROCESS.rollLabels].flatMap((w) => w.split(/\s+/u)).concat(PROCESS.rollVoteHeads));
const TOTALS = new Set<string>(PROCESS.rollTotals);
const VOTE_HEADS = new Set<string>(PROCESS.rollVoteHeads);
const MARKS = new Set<string>(PROCESS.rollMarks);
const VOTE_WORD = new Map<string, CountKind>([...COLUMN].filter(([w]) => w.length > 1 && !w.endsWith('.')));
const TALLY_WORD = new Map<string, CountKind>(
  (Object.entries(PROCESS.counts) as [CountKind, readonly string[]][]).flatMap(([kind, words]) => words.filter((w) => !w.includes(' ')).map((w) => [w, kind] as [string, CountKind])),
);
const LIST_WORD = new Map<string, CountKind>(
  (Object.entries(PROCESS.rollLists) as [CountKind, readonly string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind] as [string, CountKind])),
);
// `Ja röstar: Anna Ek (S), Bo Al (M)`, `Avstår: Eva Ek (L)` (read on a line's `flat` text)
const LIST_LINE = new RegExp(`^(${alternation([...LIST_WORD.keys()])}) ?: ?(\\S.*)$`, 'iu');
// `Ja-röster: 76`, `Nej 5`, `Blanka: 1 Anna Ek`
// (read on a line's `flat` text, one space between words)
const TALLY_LINE = new RegExp(`^(${alternation([...TALLY_WORD.keys()])})\\s?:?\\s?(\\d{1,3})(?:\\s(\\S.*))?$`, 'iu');
// (every tally or list line opens with one of their words: a look at its first character spares both patterns on most lines)
const MAY_TALLY = opensWith(initials([...TALLY_WORD.keys(), ...LIST_WORD.keys()]), 'iu');
const CAPTION = new RegExp(`(?:${alternation([...PROCESS.headings.votes, ...PROCESS.rollTitles, 'bilaga'])})[^§]{0,40}§\\s*(\\d{1,4})`, 'iu');
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test is several times faster
const HINT = /nej|röst|votering/i;
const BARE_PARAGRAPH = /^§\s*(\d{1,4})(?![\d])/u;

const key = (w: string): string => w.toLowerCase().replace(/[:]$/u, '');

interface Word {
  text: string;
  /** Index in the line's text. */
  start: number;
  /** Centre column in the source line (indentation counted), to find the column head above. */
  at: number;
}

const WORD_RUN = /\S+/gu;
const wordsOf = (line: Line): Word[] => allMatches(WORD_RUN, line.text).map((m) => ({ text: m[0], start: m.index, at: line.indent + m.index + m[0].length / 2 }));

/** Column heads of a roll table: their kinds and centres, or null when the line is no head. */
function headOf(line: Line): Map<number, CountKind> | null {
  if (!HINT.test(line.flat)) return null;
  const words = wordsOf(line);
  if (words.length < 2 || words.length > 12 || !words.every((w) => HEAD_WORDS.has(key(w.text)))) return null;
  const cols = new Map<number, CountKind>();
  for (const w of words) {
    const kind = COLUMN.get(key(w.text));
    if (kind) cols.set(w.at, kind);
  }
  const kinds = new Set(cols.values());
  // `Ledamot  Parti  Röst`: the rows give the vote as a word
  return (kinds.has('yes') && kinds.has('no')) || words.some((w) => VOTE_HEADS.has(key(w.text))) ? cols : null;
}

const nearest = (cols: Map<number, CountKind>, at: number): CountKind => {
  let best: CountKind = 'yes';
  let dist = Infinity;
  for (const [c, kind] of cols) {
    if (Math.abs(c - at) < dist) {
      dist = Math.abs(c - at);
      best = kind;
    }
  }
  return best;
};

/** One person in a cell, or null. */
function onePerson(cell: string | undefined): { name: string; party: string | null } | null {
  const actors = cell ? readActors(cell) : null;
  return actors && actors.people.length === 1 ? actors.people[0]! : null;
}

/**
 * `Anna Ek (S), ordf` or `Anna Ek   S`: one person, or null. `Per Lind (S)   Mona Frid (S)`,
 * a member and the deputy in the seat (an `Ersättare` column): the deputy voted.
 */
function personOf(text: string): { name: string; party: string | null } | null {
  const cols = columns(text);
  const person = onePerson(cols[0]);
  if (!person) return null;
  const deputy = cols.length === 2 && cols[1]!.includes(' ') ? onePerson(cols[1]) : null;
  // (a given name first: `Ekby kommun` beside a member is no deputy)
  if (deputy && deputy.name.includes(' ') && isGivenName(deputy.name.split(' ')[0]!)) return { name: deputy.name, party: deputy.party ?? person.party };
  const party = person.party ?? (cols[1] ? partyOf(cols[1], true) : null);
  return { name: person.name, party };
}

function readTable(lines: readonly Line[], at: number, cols: Map<number, CountKind>): { vote: ListedVote; end: number } | null {
  const roll: RollCall[] = [];
  let totals: Counts | null = null;
  let j = at + 1;
  let blanks = 0;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlank(line)) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    const words = wordsOf(line);
    if (TOTALS.has(key(words[0]!.text))) {
      totals = { yes: null, no: null, abstain: null, absent: null };
      for (const w of words.slice(1)) if (/^\d{1,3}$/u.test(w.text)) totals[nearest(cols, w.at)] ??= Number(w.text);
      j++;
      break;
    }
    let k = words.length;
    while (k > 1 && (MARKS.has(words[k - 1]!.text) || VOTE_WORD.has(key(words[k - 1]!.text)))) k--;
    const person = personOf(line.text.slice(0, words[k]?.start ?? line.text.length));
    if (!person) break;
    const mark = words[k];
    if (!mark) continue;
    const vote = VOTE_WORD.get(key(mark.text)) ?? (cols.size ? nearest(cols, mark.at) : null);
    if (!vote) continue;
    roll.push({ name: person.name, party: person.party, vote });
  }
  if (roll.length < 2) return null;
  const tally = (kind: CountKind): number => roll.filter((r) => r.vote === kind).length;
  const kinds = new Set(cols.values());
  const counted: Counts = {
    yes: tally('yes'),
    no: tally('no'),
    abstain: kinds.has('abstain') || tally('abstain') ? tally('abstain') : null,
    absent: kinds.has('absent') || tally('absent') ? tally('absent') : null,
  };
  const stated = totals !== null && totals.yes !== null && totals.no !== null;
  return { vote: { counts: stated ? totals! : counted, roll, line: lines[at]!.no, target: null, stated }, end: j };
}

interface Tally {
  /** The count written beside the label, or null for a named list without one. */
  n: number | null;
  people: { name: string; party: string | null }[];
}

/**
 * A tally block: `Ja-röster: 76` / names / `Nej-röster: 8` / … (Finnish-Swedish), or named
 * lists without counts, `Ja röstar: Anna Ek (S), Bo Al (M)` / `Nej röstar: …` / `Avstår: …`.
 */
function readTallies(lines: readonly Line[], at: number): { vote: ListedVote; end: number } | null {
  const found = new Map<CountKind, Tally>();
  let current: Tally | null = null;
  let j = at;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlank(line)) continue;
    const t = TALLY_LINE.exec(line.flat);
    const l = t ? null : LIST_LINE.exec(line.flat);
    if (t || l) {
      const kind = t ? TALLY_WORD.get(key(t[1]!))! : LIST_WORD.get(key(l![1]!).replace(/\s+/gu, ' '))!;
      const rest = t ? t[3] : l![2];
      const people = rest ? peopleIn(rest) : [];
      // `Ja: det är bra` is no list
      if (found.has(kind) || (l && !people)) break;
      current = { n: t ? Number(t[2]) : null, people: people ?? [] };
      found.set(kind, current);
      continue;
    }
    const people = current ? peopleIn(line.flat) : null;
    if (!people) break;
    current!.people.push(...people);
  }
  const yes = found.get('yes');
  const no = found.get('no');
  if (!yes || !no) return null;
  const count = (v: Tally | undefined): number | null => (v ? (v.n ?? v.people.length) : null);
  const counts: Counts = { yes: count(yes), no: count(no), abstain: count(found.get('abstain')), absent: count(found.get('absent')) };
  // a roll is given only when every list holds as many names as its count says
  const complete = [...found.values()].every((v) => v.n === null || v.people.length === v.n);
  const roll: RollCall[] = complete ? [...found].flatMap(([kind, v]) => v.people.map((p) => ({ name: p.name, party: p.party, vote: kind }))) : [];
  const stated = [...found.values()].every((v) => v.n !== null);
  return { vote: { counts, roll, line: lines[at]!.no, target: null, stated }, end: j };
}

/** A line of names, `Tuula Rahko, Samir Haddou, …` or `Anna Ek (S), Bo Al (M)`, or null. */
function peopleIn(text: string): { name: string; party: string | null }[] | null {
  const actors = readActors(text);
  // every piece a person: `Ledamöterna från S` or `Ordföranden` names nobody to put on a roll
  return actors && actors.people.length > 0 && actors.people.length === actors.by.length && actors.by.every((b) => b.includes(' ')) ? actors.people : null;
}

/** The caption above a table, `Omröstningslista § 47`: the § it belongs to. */
function captionTarget(lines: readonly Line[], at: number): number | null {
  for (let j = at - 1, seen = 0; j >= 0 && seen < 3; j--) {
    if (isBlank(lines[j]!)) continue;
    seen++;
    const m = CAPTION.exec(lines[j]!.flat);
    if (m) return Number(m[1]);
    // `Omröstningslista nr 1` / `§ 22`: the § on a line of its own under the title
    const bare = BARE_PARAGRAPH.exec(lines[j]!.flat);
    if (bare && captionsVoteList(lines, j)) return Number(bare[1]);
  }
  return null;
}

export function findListedVotes(lines: readonly Line[]): ListedVote[] {
  const out: ListedVote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const cols = headOf(line);
    const read = cols ? readTable(lines, i, cols) : MAY_TALLY(line.flat) && (TALLY_LINE.test(line.flat) || LIST_LINE.test(line.flat)) ? readTallies(lines, i) : null;
    if (!read) continue;
    out.push({ ...read.vote, target: cols ? captionTarget(lines, i) : null });
    i = read.end - 1;
  }
  return out;
}
