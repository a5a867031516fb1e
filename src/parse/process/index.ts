// How a § was decided (issue 14): its motions, votes, reservations, jäv, protocol notes and
// outcome, read from the item's body. The paragraphs are classified once (parts.ts, on top
// of the decisions reader's roles); each reader is a small file that skips a body without
// its words at the cost of one short test.
import type { Conflict, Decision, DocumentKind, Motion, Outcome, Reservation, Vote } from '../../schema/result.js';
import type { Line, Paragraph } from '../../text/line.js';
import { findConflicts } from './conflicts.js';
import { findMotions } from './motions.js';
import { findNotes } from './notes.js';
import { findOutcome } from './outcome.js';
import { partsOf } from './parts.js';
import { findReservations } from './reservations.js';
import { findVotes } from './votes.js';

export interface Process {
  outcome: Outcome | null;
  motions: Motion[];
  votes: Vote[];
  reservations: Reservation[];
  conflicts: Conflict[];
  notes: string[];
}

const NONE = (): Process => ({ outcome: null, motions: [], votes: [], reservations: [], conflicts: [], notes: [] });

/** The decision-process fields of one item, from its body paragraphs and lines. */
export function readProcess(paragraphs: readonly Paragraph[], lines: readonly Line[], kind: DocumentKind, decisions: readonly Decision[]): Process {
  // a notice proposes; what a meeting did is only in its minutes (or notes)
  if (kind === 'notice' || paragraphs.length === 0) return NONE();
  const parts = partsOf(paragraphs);
  const motions = findMotions(parts);
  return {
    // `finner att kommunstyrelsen antar Anna Eks yrkande`: the outcome is what her motion moved
    outcome: findOutcome(parts, decisions, motions),
    motions,
    votes: findVotes(parts, lines),
    reservations: findReservations(parts),
    conflicts: findConflicts(parts),
    notes: findNotes(parts),
  };
}
