// Page furniture: the lines a word processor repeats at the top or bottom of every page
// (`HÖGSBY KOMMUN   PROTOKOLL   7`, `Justerandes sign   Utdragsbestyrkande`). Repetition
// finds them, not a list of words: a line whose text, digits masked, stands among the
// first or last few lines of most pages is furniture. A header's first copy stays where it
// may be a document's own heading: on the first page, or, without any digit, where it
// first appears (a second document in the file starts there); every other copy goes, and
// so does every copy of a footer.

/** Lines of a page that count as its top and its bottom. */
const TOP = 5;
const BOTTOM = 3;
/** At least this share of the pages must repeat a line for it to be furniture. */
const MOST = 0.5;

const keyOf = (line: string): string => line.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

interface Zone {
  /** Indexes (into the page's lines) of the page's top or bottom lines. */
  top: number[];
  bottom: number[];
}

function zoneOf(lines: readonly string[]): Zone {
  const content = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  // a short page is split between the two: its first half is its top, the rest its bottom
  const top = Math.min(TOP, Math.ceil(content.length / 2));
  const bottom = Math.min(BOTTOM, content.length - top);
  return { top: content.slice(0, top), bottom: content.slice(content.length - bottom) };
}

/** The pages without their furniture, and how many lines went. */
export function dropFurniture(pages: readonly string[][]): { pages: string[][]; dropped: number } {
  if (pages.length < 2) return { pages: pages.map((p) => [...p]), dropped: 0 };
  const zones = pages.map(zoneOf);
  const needed = Math.max(2, Math.ceil(MOST * pages.length));
  const tops = countPages(pages, zones, 'top');
  const bottoms = countPages(pages, zones, 'bottom');
  const seen = new Set<string>();
  let dropped = 0;
  const out = pages.map((lines, p) => {
    const drop = new Set<number>();
    for (const i of zones[p]!.top) {
      const key = keyOf(lines[i]!);
      if ((tops.get(key) ?? 0) < needed) continue;
      const first = !seen.has(key);
      seen.add(key);
      if (first && (p === 0 || !/#/.test(key))) continue;
      drop.add(i);
    }
    for (const i of zones[p]!.bottom) if ((bottoms.get(keyOf(lines[i]!)) ?? 0) >= needed) drop.add(i);
    dropped += drop.size;
    return trimBlank(lines.filter((_, i) => !drop.has(i)));
  });
  return { pages: out, dropped };
}

/** On how many pages each key stands in the zone (once per page however often it occurs). */
function countPages(pages: readonly string[][], zones: readonly Zone[], zone: keyof Zone): Map<string, number> {
  const count = new Map<string, number>();
  pages.forEach((lines, p) => {
    for (const key of new Set(zones[p]![zone].map((i) => keyOf(lines[i]!)))) count.set(key, (count.get(key) ?? 0) + 1);
  });
  return count;
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
