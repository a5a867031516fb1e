// How a § was decided (issue 14): its motions, votes, reservations, jäv, protocol notes and
// outcome, read from the item's body. The paragraphs are classified once (parts.ts, on top
// of the decisions reader's roles); each reader is a small file that skips a body without
// its words at the cost of one short test.
import { AGENDA_STEMS } from '../../lexicon/sv.js';
import type { Conflict, Decision, DocumentKind, Motion, Outcome, Reservation, Vote } from '../../schema/result.js';
import { anyOf } from '../../text/hint.js';
import type { Line, Paragraph } from '../../text/line.js';
import type { ReadParagraph } from '../decisions/roles.js';
import { findConflicts } from './conflicts.js';
import { findMotions } from './motions.js';
import { findNotes } from './notes.js';
import { findOutcome, statedInBody, type Stated } from './outcome.js';
import { partsOf, type Part } from './parts.js';
import { findReservations } from './reservations.js';
import { VOTE_WORDS, YES_COUNT, findVotes } from './votes.js';
import { ANY_LETTER } from '../../text/letters.js';

export interface Process {
  outcome: Outcome | null;
  motions: Motion[];
  votes: Vote[];
  reservations: Reservation[];
  conflicts: Conflict[];
  notes: string[];
}

const NONE = (): Process => ({ outcome: null, motions: [], votes: [], reservations: [], conflicts: [], notes: [] });

// One test per paragraph says which readers have anything to read: most bodies hold none of
// these stems (or the sub-headings that carry them), and then only the outcome is read.
// Plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the tests run several times faster.
type Reader = 'motions' | 'votes' | 'conflicts' | 'reservations' | 'notes';
const WORDS: readonly (readonly [Reader, readonly string[]])[] = [
  ['motions', ['yrka', 'understödd', 'instäm']],
  ['votes', VOTE_WORDS],
  ['conflicts', ['jäv']],
  ['reservations', ['reserv', 'avvikande mening', 'avvikande åsikt']],
  ['notes', ['protokollsanteckn', 'till protokollet', 'det anteckna']],
];
// (the votes' `ja` beside a number, YES_COUNT, is a pattern of its own: votes.ts)
// (a part's section is looked up in a set: a search of the list with a callback was asked of every part)
const READERS = new Set<string>(WORDS.map(([reader]) => reader));
const STEMS: readonly (readonly [Reader, RegExp])[] = WORDS.map(([reader, words]) => [reader, new RegExp(`${words.join('|')}${reader === 'votes' ? `|${YES_COUNT.source}` : ''}`, 'i')]);
// `Godkännande av dagordningen`, `Förändring av ärendelistan`, `Fastställande av föredragningslista`
const AGENDA_TITLE = new RegExp(`(?<![${ANY_LETTER}])(?:${AGENDA_STEMS.join('|')})`, 'iu');
// (each stem's opening up to its first s, k or å, the letters `iu` folds from another character, in the title lower-cased:
// a title that holds none holds no stem, and the pattern is not asked)
const AGENDA_OPENINGS = AGENDA_STEMS.map((stem) => stem.split(/[skå]/u)[0]!);
// any reader's stem: its words as one trie, the counted `ja` apart (alternatives that open on a digit or a
// word's boundary, in the same pattern as the words, had it try every alternative at every place)
const ANY_WORD = anyOf(WORDS.flatMap(([, words]) => words));
const MAY_PROPOSE_IN_COURSE = /föreslå|föreslog/i;
// (the counted `ja` needs its two letters, in any of their four cases as plain `i` folds them: plain searches first)
const holdsStem = (text: string): boolean =>
  ANY_WORD.test(text) || ((text.includes('ja') || text.includes('Ja') || text.includes('JA') || text.includes('jA')) && YES_COUNT.test(text));

function readersFor(parts: readonly Part[]): Set<Reader> {
  const need = new Set<Reader>();
  // (the parts of one paragraph follow each other: its stems looked for once, not again for each of its parts)
  let paragraph: Paragraph | null = null;
  let stems = false;
  for (const p of parts) {
    // a labelled part (`Yrkanden` heading, `Reservation:`) is its reader's even without the stem
    if (p.section !== null && READERS.has(p.section)) need.add(p.section as Reader);
    // (`Behandling` / `Per Lind föreslog att …`: a motion in the course of the item, as Finnish-Swedish minutes move)
    // (and under the decision heading, where such minutes tell the proposals made before the decision: motions.ts keeps a member's only)
    if ((p.section === 'course' || p.section === 'decision') && MAY_PROPOSE_IN_COURSE.test(p.text)) need.add('motions');
    // (`Anna Ek (S) föreslår att …`: a member, named with a party, moves in plain language anywhere but in the description)
    else if (p.section !== 'description' && p.text.includes(')') && MAY_PROPOSE_IN_COURSE.test(p.text)) need.add('motions');
    // (the readers' stems stand in a part's text only where they stand in its paragraph's: a part
    // whose paragraph holds none is marked, and no reader tests it again)
    if (p.paragraph !== paragraph) {
      paragraph = p.paragraph;
      stems = holdsStem(paragraph.text);
    }
    if (!stems) {
      p.stems = false;
      continue;
    }
    for (const [reader, re] of STEMS) if (!need.has(reader) && re.test(p.paragraph.text)) need.add(reader);
    if (need.size === STEMS.length) break;
  }
  return need;
}

/** What the outcome is read from besides the decisions: kept so that it can be read again for other decisions. */
export interface Proceedings {
  parts: readonly Part[];
  motions: Motion[];
  /** The § sets the agenda (its title says so). */
  aboutAgenda: boolean;
  /**
   * What the body's sentences state, read on the first reading of the outcome: it depends on no decision,
   * and the decisions read again for the organ that meets (document.ts) would have it read again.
   */
  stated: Stated | null;
}

/**
 * The decision-process fields of one item, from its body paragraphs and lines.
 * `read`: the paragraphs' reading, when the caller has it already.
 * `title`: the item's title (a § about the agenda itself approves it, whatever points it takes off).
 */
export function readProcess(paragraphs: readonly Paragraph[], lines: readonly Line[], kind: DocumentKind, decisions: readonly Decision[], read?: readonly ReadParagraph[], title = ''): Process {
  return readProcessKept(paragraphs, lines, kind, decisions, read, title).process;
}

/**
 * The same, with what its outcome was read from (null where the body says nothing of a process): an item whose
 * decisions are read again (document.ts, for the organ the decisions name) reads only its outcome again (outcomeOf).
 */
export function readProcessKept(
  paragraphs: readonly Paragraph[], lines: readonly Line[], kind: DocumentKind, decisions: readonly Decision[], read?: readonly ReadParagraph[], title = '',
): { process: Process; proceedings: Proceedings | null } {
  // a notice proposes; what a meeting did is only in its minutes (or notes)
  if (kind === 'notice' || paragraphs.length === 0) return { process: NONE(), proceedings: null };
  const parts = partsOf(paragraphs, read);
  const need = readersFor(parts);
  const motions = need.has('motions') ? findMotions(parts) : [];
  const lower = title.toLowerCase();
  let agenda = false;
  for (const opening of AGENDA_OPENINGS) agenda ||= lower.includes(opening);
  const proceedings: Proceedings = { parts, motions, aboutAgenda: agenda && AGENDA_TITLE.test(title), stated: null };
  return {
    process: {
      // `finner att kommunstyrelsen antar Anna Eks yrkande`: the outcome is what her motion moved
      outcome: outcomeOf(proceedings, decisions),
      motions,
      votes: need.has('votes') ? findVotes(parts, lines) : [],
      reservations: need.has('reservations') ? findReservations(parts) : [],
      conflicts: need.has('conflicts') ? findConflicts(parts) : [],
      notes: need.has('notes') ? findNotes(parts) : [],
    },
    proceedings,
  };
}

/** The outcome of the proceedings readProcessKept kept, for these decisions. */
export function outcomeOf(proceedings: Proceedings | null, decisions: readonly Decision[]): Outcome | null {
  if (proceedings === null) return null;
  // (what the body states read once, where the outcome needs it: kept for a later reading with other decisions)
  return findOutcome(proceedings.parts, decisions, proceedings.motions, proceedings.aboutAgenda, proceedings.stated ?? (() => (proceedings.stated = statedInBody(proceedings.parts, proceedings.motions))));
}
