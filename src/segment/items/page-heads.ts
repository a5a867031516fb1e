// Running headers at the top of a flattened page inside a body.
import type { Line } from '../../text/line.js';
import { kindHeading, kindTitle } from '../../split/titles.js';

// a page's counter, `4 (6)`, `3(12)`, near the start of a page's first line
const PAGE_COUNTER = /(?<![\d([])\d{1,3} ?[([] ?\d{1,3} ?[)\]](?![\d)\]])/u;
const PAGE_HEAD_COUNTER_WITHIN = 80;
const PAGE_HEAD_MAX = 160;

/**
 * The running header a flattened page starts with (`4 ALMSTA KOMMUN Sammanträdesprotokoll
 * 4 (6) Kommunstyrelsen Sammanträdesdatum 2023-03-14`), where it stands in a body: no part
 * of the § (only lines that start a page are looked at).
 */
export function pageHeads(lines: readonly Line[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (!l.pageBreak || l.text.length > PAGE_HEAD_MAX || /[.!?:]$/u.test(l.text)) continue;
    // (or the document's kind and its date, as its title names them: `Direktionens protokoll 14 mars 2024`,
    // the page's counter cut off)
    if (PAGE_COUNTER.test(l.text.slice(0, PAGE_HEAD_COUNTER_WITHIN)) || kindTitle(l) !== null || kindHeading(l) !== null) out.push(i);
  }
  return out;
}
