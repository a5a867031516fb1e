// The papers of one case bound after a notice's points or signed minutes: a forwarded e-mail (`Från: …` / `Skickat: …` /
// `Till: …` / `Ämne: …`) or a case paper (`Tjänsteskrivelse` / `Datum 2026-05-02` / `Diarienummer KN 2026/14` /
// `Handläggare …`). Each is a document of its own, no text of the last item; its head, a label a line, says so.
import { CASE_PAPERS } from '../lexicon/sv.js';
import { nextContent, type Line } from '../text/line.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';

const labelled = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})\\s*:`, 'iu');
const MAIL_FIRST = labelled(CASE_PAPERS.mailFirst);
const MAIL_LABEL = new RegExp(`^(${alternation(CASE_PAPERS.mailLabels)})\\s*:`, 'iu');
const CASE_TITLE = new RegExp(`^(?:${alternation(CASE_PAPERS.titles)})(?![${ANY_LETTER}])`, 'iu');
const HEAD_LABEL = new RegExp(`^(${alternation(CASE_PAPERS.headLabels)})(?![${ANY_LETTER}])`, 'iu');
// a day alone on a line of the head (`2026-05-02`, `2.5.2026`)
const DAY_ALONE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$/u;
// how many content lines under the first the head's other labels stand in
const HEAD_LINES = 4;
// a case paper's heading is a short line (its organ, day or number may follow it)
const TITLE_LENGTH = 80;
// the e-mail's head names at least this many labels besides `Från:`, a case paper's head this many of its own
// (a paper named in a list of a point's papers, `Tjänsteskrivelse 2026-05-02` / `Dnr KN 2026/14`, has one at most)
const MAIL_LABELS = 2;
const HEAD_LABELS = 2;

/** Line i opens a forwarded e-mail's head: `Från:`, then two other labels of the head, a line each, right under it. */
export function opensMailHeader(lines: readonly Line[], i: number): boolean {
  const flat = lines[i]!.flat;
  // (the head's first label opens with F: most lines are passed by at their first character)
  const c = flat.charCodeAt(0);
  if ((c !== 70 && c !== 102) || !MAIL_FIRST.test(flat)) return false;
  const seen = new Set<string>();
  for (let k = i, n = 0; n < HEAD_LINES; n++) {
    k = nextContent(lines, k + 1);
    if (k < 0) break;
    const m = MAIL_LABEL.exec(lines[k]!.flat);
    if (m === null) break;
    seen.add(m[1]!.toLowerCase());
  }
  return seen.size >= MAIL_LABELS;
}

/** Line i heads a case paper: its kind's word (`Tjänsteskrivelse`), and two labels of its head on the next lines. */
export function opensCasePaper(lines: readonly Line[], i: number): boolean {
  const flat = lines[i]!.flat;
  // (its word opens with T: most lines are passed by at their first character)
  const c = flat.charCodeAt(0);
  if ((c !== 84 && c !== 116) || flat.length > TITLE_LENGTH || !CASE_TITLE.test(flat)) return false;
  const seen = new Set<string>();
  for (let k = i, n = 0; n < HEAD_LINES; n++) {
    k = nextContent(lines, k + 1);
    if (k < 0) break;
    const m = HEAD_LABEL.exec(lines[k]!.flat);
    if (m !== null) seen.add(m[1]!.toLowerCase());
    // (the head's day printed alone on its line, with no label, is its `Datum`)
    else if (DAY_ALONE.test(lines[k]!.flat)) seen.add('datum');
  }
  return seen.size >= HEAD_LABELS;
}
