// A record of a held meeting headed like its agenda (`DAGORDNING`, `Agenda`, or numbered points under no kind's word):
// what its points say decides, not its heading. Points whose bodies tell what they came to in the past (`Dagordningen
// godkändes`, `Karl Lind informerade om …`, `Mötet avslutades`) mean the meeting was held; an agenda's points say what is
// to come (`Förslag till beslut`, `informerar`). Read only of a document already taken for an agenda, over its first lines.
import { MEETING_TO_COME, REPORTED_OUTCOME } from '../lexicon/sv.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';
import { isBlank, isBulletText, type Line } from '../text/line.js';
import { openersOfFile, recogniseItemHeader } from '../text/numbering.js';
import { alternation } from '../text/patterns.js';
import { PROPOSAL_HEADING, opensWithProposal } from '../text/proposal-label.js';
import type { DocumentSpan } from '../split/split.js';

// `Dagordningen godkändes`, `Frågan diskuterades`, `Ulla Ek valdes till justerare`: the past passive, a word of its own
const PASSIVE = new RegExp(
  `[${LOWER_LETTER}]{3}(?:${alternation(REPORTED_OUTCOME.passiveEndings)})(?![${ANY_LETTER}])|(?<![${ANY_LETTER}])(?:${alternation(REPORTED_OUTCOME.passiveWords)})(?![${ANY_LETTER}])`,
  'u',
);
// `Karl Lind informerade om …`, `Gruppen diskuterade …`, `Nya deltagare presenterade sig`: the active past after its subject, a
// word in capitals (not a genitive's, `Kommunens reviderade budget`) and perhaps one more word
const SUBJECT = `[${UPPER_LETTER}][${LOWER_LETTER}]*(?<![${LOWER_LETTER}]s)(?: [${ANY_LETTER}][${LOWER_LETTER}]+)?`;
const ACTIVE = new RegExp(
  `(?<![${ANY_LETTER}])${SUBJECT} (?:[${LOWER_LETTER}]{2,}(?:${alternation(REPORTED_OUTCOME.activeEndings)})|${alternation(REPORTED_OUTCOME.activeWords)})(?![${ANY_LETTER}])`,
  'u',
);
// (every ending and word holds one of these letters' pairs: most lines are passed over by that test alone)
const mayReport = (text: string): boolean => /(?:es|ts|gs|ls|de|te|ck|og|av|ick|ög)/u.test(text);
const reports = (text: string): boolean => mayReport(text) && (PASSIVE.test(text) || ACTIVE.test(text));

// how many lines of the document are read, and how many points must tell an outcome
const BODY_LINES = 200;
const REPORTING_POINTS = 2;
// (a web agenda's `3 Title`, trusted only among points, as the kind's reader counts them)
const POINT_STYLES = new Set(['agenda', 'spaced', 'punkt'] as const);
const opensPoint = (line: Line): boolean => recogniseItemHeader(line) !== null || recogniseItemHeader(line, POINT_STYLES) !== null;

/**
 * Two points or more tell in their bodies what they came to, in the past, at least half of the points with a body do,
 * and none proposes a decision: the record of the meeting, not its agenda.
 */
export function pointsReportOutcomes(lines: readonly Line[], span: DocumentSpan): boolean {
  const openers = openersOfFile(lines);
  let inPoint = false;
  let bodied = 0;
  let reported = 0;
  // the current point's body so far
  let hasBody = false;
  let told = false;
  const close = (): void => {
    if (hasBody) bodied++;
    if (told) reported++;
  };
  for (let i = span.start, seen = 0; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    if (openers[i] === 1 && opensPoint(line)) {
      if (inPoint) close();
      inPoint = true;
      hasBody = told = false;
      continue;
    }
    if (!inPoint) continue;
    const text = line.text;
    // (`Förslag till beslut` alone or as a label, `Styrelsens förslag:`: a point that proposes is an agenda's)
    if (text.includes('örslag') && (PROPOSAL_HEADING.test(text) || opensWithProposal(text))) return false;
    hasBody = true;
    if (!told && reports(text)) told = true;
  }
  if (inPoint) close();
  return reported >= REPORTING_POINTS && reported * 2 >= bodied;
}

/** A point of the document proposes a decision (`Förslag till beslut: …`, `Styrelsens förslag:`): an agenda's, not a record's. */
export function pointsPropose(lines: readonly Line[], span: DocumentSpan): boolean {
  for (let i = span.start, seen = 0; i < span.end && seen < BODY_LINES; i++) {
    const text = lines[i]!.text;
    if (isBlank(lines[i]!)) continue;
    seen++;
    if (text.includes('örslag') && (PROPOSAL_HEADING.test(text) || opensWithProposal(text))) return true;
  }
  return false;
}

// a line that tells something: three words or more, not a lettered sub-point (`a) Val av:`) nor a list's entry (`– justerare`),
// nor a note to the reader (`Se bilaga för kandidatlista!`) or a lead-in (`Val av:`): what a § of minutes has under it
const SUB_POINT = /^[a-hA-H][).]\s/u;
const tellsSomething = (text: string): boolean =>
  !SUB_POINT.test(text) && !isBulletText(text) && !/[!:]$/u.test(text) && text.split(' ').length >= 3;

/**
 * Two § headings or more, none with a line that tells something under it or a sentence run on after its title (`§1 Mötet öppnas` / `§2 Inledning` /
 * `a) Val av mötesordförande`): a list of points numbered as §§, an agenda's, for minutes tell what each § came to.
 */
export function paragraphsTellNothing(lines: readonly Line[], span: DocumentSpan): boolean {
  const openers = openersOfFile(lines);
  let paragraphs = 0;
  for (let i = span.start, seen = 0; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    const header = openers[i] === 1 ? recogniseItemHeader(line) : null;
    if (header?.style === 'paragraph') {
      paragraphs++;
      if (tellsSomething(header.rest) && header.rest.endsWith('.')) return false;
    } else if (paragraphs > 0 && tellsSomething(line.text)) return false;
  }
  return paragraphs >= 2;
}

// `Årets möte kommer att ske via Zoom`, `Välkomna till årsmötet`: a meeting announced as to come (see MEETING_TO_COME)
const MEETING_WORD = `[${ANY_LETTER}]*(?:${alternation(MEETING_TO_COME.meetings)})`;
const TO_COME = new RegExp(
  `(?<![${ANY_LETTER}])(?:${MEETING_WORD}\\s+(?:${alternation(MEETING_TO_COME.verbs)})|(?:${alternation(MEETING_TO_COME.welcomes)})\\s+${MEETING_WORD})(?![${ANY_LETTER}])`,
  'iu',
);
const ANNOUNCEMENT_LENGTH = 200;
/** The line announces a meeting to come (its words looked for first: most lines hold none). */
export const announcesMeetingToCome = (text: string): boolean =>
  text.length <= ANNOUNCEMENT_LENGTH && /möte|stämm|sammanträd|träff/iu.test(text) && TO_COME.test(text);
