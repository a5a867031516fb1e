// A notice's own pages for some of its agenda points.
import type { Line } from '../../text/line.js';
import { type NumberingStyle, recogniseItemHeader } from '../../text/numbering.js';
import type { ItemSegment } from './types.js';
import { titleKeyOf, trimEnd } from './line-kinds.js';

const POINT_STYLE = new Set<NumberingStyle>(['punkt']);

/**
 * A notice that lists its agenda (`1. Mötets öppnande … 11. Mötets avslutande`) and then
 * gives some points a page of their own (`ÄRENDE 5 Verksamhetsplan 2022 …`, its text and
 * proposal): each page is the body of the point it names — its number and its title —,
 * not part of the last point's body.
 */
export function attachPointPages(lines: readonly Line[], items: ItemSegment[]): void {
  const last = items[items.length - 1];
  if (!last || items.length < 2) return;
  const byNumber = new Map(items.map((it) => [it.header.number, it]));
  const found: { at: number; item: ItemSegment; lead: string }[] = [];
  for (let i = last.bodyStart; i < last.end; i++) {
    const line = lines[i]!;
    const c = line.text.charCodeAt(0);
    // `ÄRENDE`, `Punkt`: its capital first, cheaply
    if (c !== 0xc4 && c !== 80) continue;
    const h = recogniseItemHeader(line, POINT_STYLE);
    const item = h ? byNumber.get(h.number) : undefined;
    if (!h || !item) continue;
    const lead = afterTitle(item.titleText, h.rest);
    if (lead !== null) found.push({ at: i, item, lead });
  }
  if (found.length === 0) return;
  const end = last.end;
  last.end = trimEnd(lines, last.bodyStart, found[0]!.at);
  found.forEach((f, k) => {
    (f.item.pages ??= []).push({ lead: f.lead, start: f.at + 1, end: trimEnd(lines, f.at, found[k + 1]?.at ?? end) });
  });
}

/**
 * The text after a point's title on its page's heading line (`Budget 2022 Förbundet har …`
 * under `Budget 2022 - beslut` → `Förbundet har …`); null when the heading names another title.
 * A type word the list wrote after the title (`- beslut`) may be missing on the page.
 */
function afterTitle(listed: string, rest: string): string | null {
  const title = titleKeyOf(listed).split(' ');
  const words = rest.split(/\s+/u);
  let k = 0;
  while (k < title.length && k < words.length && titleKeyOf(words[k]!) === title[k]) k++;
  return k >= Math.min(title.length, 2) && k >= title.length - 1 ? words.slice(k).join(' ') : null;
}

// a heading line of a title's length at most (a title again over its text is short)
const MAX_HEADING_CHARS = 120;

/**
 * Minutes or notes that list their points (`1. Mötets öppnande`, `2. Val av justerare`, … with no text under any
 * but the last) and then give each point again as a heading over its text (`Mötets öppnande` / `Ordföranden …`,
 * `Val av justerare` / `Till justerare valdes …`): each heading's text is the body of the point it names, not the
 * last point's. Read only where every point but the last has no text, and where the first point's heading stands
 * again first; the headings after it are taken in the list's order.
 */
export function attachTitledPages(lines: readonly Line[], items: ItemSegment[]): void {
  const last = items[items.length - 1];
  if (!last || items.length < 2) return;
  for (let k = 0; k < items.length - 1; k++) {
    const it = items[k]!;
    for (let i = it.bodyStart; i < it.end; i++) if (lines[i]!.text !== '') return;
  }
  const found: { at: number; item: ItemSegment }[] = [];
  let next = 0;
  for (let i = last.bodyStart; i < last.end && next < items.length; i++) {
    const text = lines[i]!.text;
    if (text === '' || text.length > MAX_HEADING_CHARS) continue;
    // (the next point's title, or one further on where a point has no heading of its own)
    const key = titleKeyOf(text);
    for (let k = next; k < items.length; k++) {
      if (titleKeyOf(items[k]!.titleText) !== key) continue;
      found.push({ at: i, item: items[k]! });
      next = k + 1;
      break;
    }
  }
  if (found.length < 2 || found[0]!.item !== items[0]) return;
  const end = last.end;
  last.end = trimEnd(lines, last.bodyStart, found[0]!.at);
  found.forEach((f, k) => {
    (f.item.pages ??= []).push({ lead: '', start: f.at + 1, end: trimEnd(lines, f.at, found[k + 1]?.at ?? end) });
  });
}
