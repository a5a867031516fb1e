// Lettered points under a number that has no line of its own: `1.b …` / `2.a Finansiering …` / `2.b Budget …` / `3. …`.
import type { Line } from '../../text/line.js';
import type { ItemSegment } from './types.js';
import { NUMBERED_LETTER_SUB_ITEM, trimEnd } from './line-kinds.js';
import { findSubItems } from './sub-items.js';
import { OPENS_UPPER } from '../../text/letters.js';

/** The first line in [from, to) that opens `n.a` (or `n a)`) over a title, or -1. */
function firstLetterOf(lines: readonly Line[], n: number, from: number, to: number): number {
  const digits = String(n);
  for (let i = from; i < to; i++) {
    // (it opens with the number's digits: most lines are passed by at once)
    if (!lines[i]!.text.startsWith(digits)) continue;
    const m = NUMBERED_LETTER_SUB_ITEM.exec(lines[i]!.text);
    if (m && Number(m[1]) === n && m[2] === 'a' && OPENS_UPPER.test(m[3]!)) return i;
  }
  return -1;
}

/**
 * `2.a …` / `2.b …` in the body of point 1 where no point 2 has a line of its own: point 2, its sub-items the
 * lettered ones and its title the first one's (as a `§ 3` that holds nothing but `§ 3 a` and `§ 3 b`); point 1 ends
 * above it. Items whose next number has a line of its own are left as they are.
 */
export function letteredParents(lines: readonly Line[], items: readonly ItemSegment[]): ItemSegment[] {
  // (only where lettered sub-items were found: most documents have none)
  if (!items.some((it) => it.subItems.length > 0)) return [...items];
  const numbers = new Set(items.map((it) => it.header.number));
  const out: ItemSegment[] = [];
  for (const item of items) {
    out.push(item);
    for (let cur = item; cur.header.number !== null && !numbers.has(cur.header.number + 1); ) {
      const n = cur.header.number + 1;
      const at = firstLetterOf(lines, n, cur.bodyStart, cur.end);
      const subItems = at < 0 ? [] : findSubItems(lines, at, cur.end, n);
      if (subItems.length < 2) break;
      const parent: ItemSegment = {
        header: { ...cur.header, number: n, label: null, rest: subItems[0]!.titleText, caseNumber: null },
        at,
        titleLines: subItems[0]!.titleLines,
        titleText: subItems[0]!.titleText,
        caseNumber: null,
        bodyStart: at,
        row: null,
        end: cur.end,
        section: cur.section,
        sectionType: cur.sectionType,
        subItems,
        repeats: cur.repeats.filter((r) => r >= at),
      };
      cur.end = trimEnd(lines, cur.bodyStart, at);
      cur.subItems = cur.subItems.filter((s) => s.at < at);
      const last = cur.subItems[cur.subItems.length - 1];
      if (last) last.end = Math.min(last.end, cur.end);
      cur.repeats = cur.repeats.filter((r) => r < at);
      out.push(parent);
      numbers.add(n);
      cur = parent;
    }
  }
  return out;
}
