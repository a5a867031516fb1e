// Stage 4: what each document is. A kind keyword in its title decides; a document that
// opened with a heading, a greeting or a certificate is `other`; an untitled document at
// the top of a file is read for the words minutes, notices and notes use, and one that a §
// heading opens is an extract of minutes.
import { KIND_TITLES, ROLE_HEADINGS, SIGNATURE_LABELS } from '../lexicon/sv.js';
import type { DocumentKind } from '../schema/result.js';
import { collapse, isBlank, type Line } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { alternation } from '../text/patterns.js';
import type { DocumentSpan } from '../split/split.js';
import { isHeadingLike, kindTitle } from '../split/titles.js';

export interface DetectedDocument extends DocumentSpan {
  kind: DocumentKind;
  title: string | null;
}

const WORD = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])`, 'iu');
const MINUTES_WORD = WORD(KIND_TITLES.minutes);
const NOTICE_WORD = WORD([...KIND_TITLES.notice, 'kallas till', 'kallas härmed']);
const NOTES_WORD = WORD(KIND_TITLES.notes);
const ROLE_HEADING = new RegExp(`^(?:${alternation(ROLE_HEADINGS.flatMap((r) => r.words))})(?![\\p{L}])`, 'iu');
const SIGNATURE_LABEL = new RegExp(`^(?:${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))})(?![\\p{L}])`, 'iu');
// how far into an untitled document its opening words are looked for
const OPENING_LINES = 12;
const BODY_LINES = 200;

export function detectKind(lines: readonly Line[], span: DocumentSpan): DetectedDocument {
  // a title standing in a column of a letterhead row is that column (`HÖGSBY KOMMUN   Protokoll`)
  const title = span.titleLines.length ? collapse(span.titleLines.map((i) => kindTitle(lines[i]!)?.text ?? lines[i]!.text).join(' ')) : null;
  if (span.kind) return { ...span, kind: span.kind, title };
  if (span.other) return { ...span, kind: 'other', title };
  const kind = kindFromContent(lines, span);
  // a file that is a verksamhetsplan alone: its first line is its heading
  const first = lines[span.start];
  const heading = kind === 'other' && title === null && first && isHeadingLike(first) ? first.flat : title;
  return { ...span, kind, title: heading };
}

function kindFromContent(lines: readonly Line[], span: DocumentSpan): DocumentKind {
  const opening: string[] = [];
  let roleHeadings = 0;
  let signatureLabels = 0;
  let paragraphs = 0;
  let openingParagraph = false;
  let seen = 0;
  for (let i = span.start; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    if (seen <= OPENING_LINES) opening.push(line.text);
    if (ROLE_HEADING.test(line.text)) roleHeadings++;
    if (SIGNATURE_LABEL.test(line.text)) signatureLabels++;
    if (recogniseItemHeader(line)?.style === 'paragraph') {
      paragraphs++;
      if (seen <= OPENING_LINES) openingParagraph = true;
    }
  }
  const head = opening.join(' ');
  if (NOTES_WORD.test(head) && !MINUTES_WORD.test(head)) return 'notes';
  if (MINUTES_WORD.test(head)) return 'minutes';
  if (NOTICE_WORD.test(head)) return 'notice';
  if (roleHeadings > 0 && (signatureLabels > 0 || paragraphs > 0)) return 'minutes';
  if (paragraphs >= 2) return 'minutes';
  // an extract of one § (a city's web page per §, `protokollsutdrag` without its title):
  // the § heading opens the document
  if (openingParagraph) return 'minutes';
  return 'other';
}
