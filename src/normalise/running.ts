// Running headers and footers: the line a word processor prints on every page
// (`Samordningsförbundet X   PROTOKOLL   2 (4)`, `Styrelsen   2023-03-15`). A line with a
// page counter that recurs is one; so is a line that recurs beside it on every page; and
// so are the file's opening lines when they stand again right after a page break.
// They are removed (a page break remembered in their place), except where the first one
// opens the file: there it is the document's own heading, and only its counter goes.
import type { Line } from '../text/line.js';

const COUNTER = /(?<![\p{L}\d])(?:sida|sid\.?|page)\s*\d{1,4}(?:\s*(?:av|\/|of)\s*\d{1,4})?(?!\d)|(?<![\d(])\d{1,4}\s*\(\s*\d{1,4}\s*\)(?![\d)])|(?<![\d/])\d{1,4}\s*\/\s*\d{1,4}\s*(?:sidor)?$/iu;
const MAX_LENGTH = 150;
// a heading at the top of a file: within its first few content lines
const OPENING_LINES = 3;

const keyOf = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

export function removeRunningHeads(lines: Line[]): void {
  removeRepeatedOpening(lines);
  // most files have no page counters at all: look for one before keying every line
  if (!lines.some((l) => l.text.length <= MAX_LENGTH && /\d/.test(l.text) && COUNTER.test(l.text))) return;
  const byKey = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.text === '' || l.text.length > MAX_LENGTH) return;
    const k = keyOf(l.text);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const running = new Set<number>();
  for (const [, at] of byKey) {
    if (at.length >= 2 && COUNTER.test(lines[at[0]!]!.text)) for (const i of at) running.add(i);
  }
  if (running.size === 0) return;
  // companions: a recurring line right next to a running line, every time it occurs
  for (const [, at] of byKey) {
    if (at.length < 2 || at.some((i) => running.has(i))) continue;
    if (at.every((i) => near(running, i))) for (const i of at) running.add(i);
  }
  const opening = openingLines(lines);
  for (const i of [...running].sort((a, b) => a - b)) {
    const line = lines[i]!;
    if (opening.has(i)) {
      line.text = line.text.replace(COUNTER, '').trim();
      continue;
    }
    line.text = '';
    const next = lines[i + 1];
    if (next) next.pageBreak = true;
  }
}

const near = (set: ReadonlySet<number>, i: number): boolean => set.has(i - 1) || set.has(i + 1) || set.has(i - 2) || set.has(i + 2);

function openingLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length && out.size < OPENING_LINES; i++) if (lines[i]!.text !== '') out.add(i);
  return out;
}

/**
 * The first page's heading printed again at the top of later pages: after a page break,
 * the lines that repeat the file's opening lines, in order.
 */
function removeRepeatedOpening(lines: Line[]): void {
  const opening = [...openingLines(lines)].map((i) => keyOf(lines[i]!.text));
  if (opening.length < 2 || !lines.some((l) => l.pageBreak)) return;
  const firstContent = lines.findIndex((l) => l.text !== '');
  lines.forEach((l, i) => {
    if (!l.pageBreak || i <= firstContent) return;
    let k = 0;
    for (let j = i; j < lines.length && k < opening.length; j++) {
      const line = lines[j]!;
      if (line.text === '') continue;
      if (keyOf(line.text) !== opening[k]) break;
      k++;
    }
    // two lines in a row make a repeated heading; one alone may be a coincidence
    if (k < 2) return;
    let removed = 0;
    for (let j = i; j < lines.length && removed < k; j++) {
      if (lines[j]!.text === '') continue;
      lines[j]!.text = '';
      removed++;
      const next = lines[j + 1];
      if (next) next.pageBreak = true;
    }
  });
}
