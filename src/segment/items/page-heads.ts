// Running headers at the top of a flattened page inside a body.
import { ORGAN_NOUNS } from '../../lexicon/sv.js';
import { findDates } from '../../text/dates.js';
import { isBlank, type Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { PAGE_COUNT, PAGE_WORD } from '../../text/page-counter.js';
import { kindHeading, kindTitle } from '../../split/titles.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a page's counter, `4 (6)`, `3(12)`, near the start of a page's first line
const PAGE_COUNTER = /(?<![\d([])\d{1,3} ?[([] ?\d{1,3} ?[)\]](?![\d)\]])/u;
// … or written with the lexicon's words (`Sida 2 av 3`, `Sid 2/3`, `Page 2 of 3`)
const WORDED_COUNTER = new RegExp(`(?<![${ANY_LETTER}])${PAGE_WORD}\\s+\\d{1,3}${PAGE_COUNT}(?!\\d)`, 'iu');
const hasCounter = (t: string): boolean => PAGE_COUNTER.test(t) || WORDED_COUNTER.test(t);
const PAGE_HEAD_COUNTER_WITHIN = 80;
const PAGE_HEAD_MAX = 160;
// the lines of a header block under its first line (`Styrelsen` / `Sammanträdesdatum 2025-03-12`), each short
const BLOCK_LINES = 3;
const BLOCK_LINE_MAX = 60;
// `Styrelsen`, `Kommunstyrelsen`, `Arbetsutskottet`: an organ named alone on its line
const ORGAN_ALONE = new RegExp(`^(?=[${UPPER_LETTER}])[${ANY_LETTER}]*?(?:${alternation(ORGAN_NOUNS)})(?:en|et|n)?$`, 'iu');
// `Kommunstyrelsen 41`, `KOMMUNSTYRELSEN 20/10`: the organ's whole name and the page's or the protocol's number, a running
// head of minutes whose headings write the organ's short name (`KS 42 …`); asked of a short line that ends in a digit
const ORGAN_NUMBERED = new RegExp(`^(?=[${UPPER_LETTER}])[${ANY_LETTER}]*?(?:${alternation(ORGAN_NOUNS)})(?:en|et|n)? \\d{1,3}(?:\\/\\d{2,4})?$`, 'iu');
const ORGAN_NUMBERED_MAX = 40;
// (an empty line is passed by before its last character is read: none stands there, and the pattern needs a capital first)
const organNumbered = (t: string): boolean => t !== '' && t.length <= ORGAN_NUMBERED_MAX && (t.charCodeAt(t.length - 1) - 48) >>> 0 <= 9 && ORGAN_NUMBERED.test(t);

// `Kommunstyrelsen SAMMANTRÄDETS KONSTITUERANDE` atop a page, over `Kst 66 Sammanträdets öppnande …`: Åland minutes print each
// §'s title in capitals after the organ's name, the organ's letters and the number under it
const ORGAN_CAPITALS_TITLE = new RegExp(`^(?=[${UPPER_LETTER}])[${ANY_LETTER}]*?(?:${alternation(ORGAN_NOUNS)})(?:en|et|n)? ([${UPPER_LETTER}]{2}[^${LOWER_LETTER}]*)$`, 'u');

/** The title in capitals a page's first line gives after the organ's name (`Kommunstyrelsen BUDGETUPPFÖLJNING`), or null. */
export function organCapitalsTitle(l: Line): string | null {
  if (!l.pageStart) return null;
  const m = ORGAN_CAPITALS_TITLE.exec(l.flat);
  return m === null ? null : m[1]!.trim();
}

const opensPageHead = (l: Line): boolean =>
  hasCounter(l.text.slice(0, PAGE_HEAD_COUNTER_WITHIN)) || kindTitle(l) !== null || kindHeading(l) !== null || organNumbered(l.text);

/**
 * A line of the header block under a page's head: the organ alone, or a short line that gives a whole
 * date and nothing that ends a sentence (`Sammanträdesdatum 2025-03-12`, `Styrelsen 2025-03-12`).
 */
function inHeaderBlock(l: Line): boolean {
  const t = l.flat;
  if (t.length > BLOCK_LINE_MAX || /[.!?:;,]$/u.test(t)) return false;
  return ORGAN_ALONE.test(t) || hasCounter(t) || findDates(t).some((d) => d.iso !== null && !d.compact);
}

/**
 * The running header a flattened page starts with (`4 ALMSTA KOMMUN Sammanträdesprotokoll
 * 4 (6) Kommunstyrelsen Sammanträdesdatum 2023-03-14`), where it stands in a body: no part
 * of the § (only lines that start a page are looked at). A header printed over several lines
 * (`SAMMANTRÄDESPROTOKOLL` / `Styrelsen` / `Sammanträdesdatum 2025-03-12`) goes whole: the
 * organ and the date under its first line are furniture too.
 */
export function pageHeads(lines: readonly Line[], start: number, end: number): number[] {
  const out: number[] = [];
  // (the next §'s title atop its page, right over its heading: no part of this body)
  if (end - 1 > start && organCapitalsTitle(lines[end - 1]!) !== null) out.push(end - 1);
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (!l.pageBreak || l.text.length > PAGE_HEAD_MAX || /[.!?:]$/u.test(l.text)) continue;
    // (or the document's kind and its date, as its title names them: `Direktionens protokoll 14 mars 2024`,
    // the page's counter cut off)
    if (!opensPageHead(l)) continue;
    out.push(i);
    for (let k = i + 1, seen = 0; k < end && seen < BLOCK_LINES; k++) {
      if (isBlank(lines[k]!)) continue;
      if (!inHeaderBlock(lines[k]!)) break;
      out.push(k);
      seen++;
      i = k;
    }
  }
  return out;
}
