// What a meeting's own record or agenda carries whatever its heading says: the points that frame every meeting (its
// opening, the adjusting, the agenda's approval, other questions, its closing) among its numbered points, and the
// adjusters the record names. Read only of a document whose kind its heading did not give.
import { DECISION, MEETING_HELD_VERBS, MEETING_TO_COME, OPENING_POINTS, SIGNATURE_LABELS, STANDING_POINTS, TIMED_POINTS } from '../lexicon/sv.js';
import { ANY_LETTER } from '../text/letters.js';
import { isBlank, type Line } from '../text/line.js';
import { openersOfFile, recogniseItemHeader } from '../text/numbering.js';
import { alternation } from '../text/patterns.js';
import type { DocumentSpan } from '../split/split.js';

const BODY_LINES = 200;
// (a web agenda's `3 Title`, trusted only among points, as the kind's reader counts them)
const POINT_STYLES = new Set(['agenda', 'spaced', 'punkt'] as const);

// `Mötets öppnande`, `Fastställande av dagordningen`, `Övriga frågor`, `Avslutning av mötet`: a standing point opens the title
const STANDING = new RegExp(
  `^(?:${alternation([...new Set<string>([...OPENING_POINTS, ...STANDING_POINTS, ...TIMED_POINTS.start, ...TIMED_POINTS.end])])})(?![${ANY_LETTER}])`,
  'iu',
);
// how many of the points must be standing ones: a meeting's opening and its closing, or its agenda and other questions
const FRAMING_POINTS = 2;

// `Årets möte hölls via Zoom`: a meeting told as held, before the points (their list then no agenda to come)
const TOLD_HELD = new RegExp(
  `(?<![${ANY_LETTER}])[${ANY_LETTER}]*(?:${alternation(MEETING_TO_COME.meetings)})\\s+(?:${alternation(MEETING_HELD_VERBS)})(?![${ANY_LETTER}])`,
  'iu',
);
const toldHeld = (text: string): boolean => /möte|stämm|sammanträd|träff/iu.test(text) && TOLD_HELD.test(text);

/**
 * Two of the document's numbered points or more are the standing points of a meeting (`1. Mötets öppnande`, `2. Fastställande
 * av dagordning`, `13. Övriga frågor`): the points of a meeting, an agenda's or a record's, though no heading names the
 * meeting (a committee's web page whose only head is the day, an association's page that is its annual meeting's list).
 */
export function pointsFrameMeeting(lines: readonly Line[], span: DocumentSpan): boolean {
  const openers = openersOfFile(lines);
  let standing = 0;
  let pointed = false;
  for (let i = span.start, seen = 0; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    const header = openers[i] === 1 ? (recogniseItemHeader(line) ?? recogniseItemHeader(line, POINT_STYLES)) : null;
    // (a line before the points that tells the meeting as held: the points are no agenda's, whatever they frame)
    if (!header) {
      if (!pointed && toldHeld(line.flat)) return false;
      continue;
    }
    pointed = true;
    if (STANDING.test(header.rest.trim()) && ++standing >= FRAMING_POINTS) return true;
  }
  return false;
}

// `Justeras:`, `Justerare: Eva Ek`: the adjusters' signature label opening a line
const ADJUSTERS_LABEL = new RegExp(
  `^(?:${alternation(SIGNATURE_LABELS.find((s) => s.role === 'adjusters')!.words)})(?:\\s*:|\\s*$)`,
  'iu',
);
// `Eva Ek valdes till justerare`, `Styrelsen väljer Eva som justerare`, `Att justera protokollet valdes Eva Ek`: an election
// and the adjusting in one line
const ELECTS = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...DECISION.elections, ...DECISION.electing])})(?![${ANY_LETTER}])`, 'iu');
const TO_ADJUST = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.adjusterTitles)}|justera)(?![${ANY_LETTER}])`, 'iu');
// (every label and word holds these letters: most lines are passed over by that test alone)
const mayAdjust = (text: string): boolean => /juster/iu.test(text);

/**
 * The record names who adjusts it: an election of its adjusters in a line (`Cecilia Holm väljs till justerare`) or their
 * signature's label (`Justeras:`). Minutes are adjusted; notes are not.
 */
export function namesAdjusters(lines: readonly Line[], span: DocumentSpan): boolean {
  for (let i = span.start, seen = 0; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    const text = line.text.trim();
    if (!mayAdjust(text)) continue;
    if (ADJUSTERS_LABEL.test(text) || (ELECTS.test(text) && TO_ADJUST.test(text))) return true;
  }
  return false;
}
