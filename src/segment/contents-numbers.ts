// A contents list whose entries lost their § numbers (a transcript that kept the titles and their pages only, or the
// first entry's number alone: `Innehållsförteckning` / `§ 155 Val av justerare 3` / `Ekonomisk uppföljning 4` / …), in
// minutes whose §§ are not on the page: the entries are the meeting's §§ in order, so they take the numbers that count
// on from the first one kept, or from the front page's declared range (`Paragrafer 155-159`) where the list holds as
// many entries as the range numbers. A list that keeps a number beyond its first, or whose count differs from the
// range, is left as it is.
import type { Contents, ContentsEntry } from '../text/contents.js';
import type { FrontPage } from './frontpage/read.js';
import { DASH } from '../text/patterns.js';

const RANGE = new RegExp(`(\\d{1,4})\\s*${DASH}{1,2}\\s*(?:§\\s*)?(\\d{1,4})(?!\\d)`, 'u');
// a list numbered this way has a few entries at least
const MIN_ENTRIES = 2;

/** The range the front page declares for its §§ (`Paragrafer 155-168`), or null. */
export function declaredRange(front: FrontPage): { from: number; to: number } | null {
  for (const f of front.fields) {
    if (f.field !== 'paragraphs' || f.values.length === 0) continue;
    const m = RANGE.exec(f.values.map((v) => v.text).join(' '));
    if (m && Number(m[1]) <= Number(m[2])) return { from: Number(m[1]), to: Number(m[2]) };
  }
  return null;
}

/** The first number of the entries, when only the first keeps one or none does (see above); null otherwise. */
function firstNumber(entries: readonly ContentsEntry[], range: { from: number; to: number } | null): number | null {
  if (entries.length < MIN_ENTRIES || entries.slice(1).some((e) => e.number !== null)) return null;
  const first = entries[0]!.number ?? range?.from ?? null;
  if (first === null) return null;
  // (the range, where declared, numbers as many §§ as the list has entries, from the first's number)
  if (range !== null && (range.from !== first || range.to - range.from + 1 !== entries.length)) return null;
  return first;
}

/** The lists with their entries numbered where they lost their numbers (the lists as they are otherwise). */
export function numberedEntries(contents: readonly Contents[], range: { from: number; to: number } | null): readonly Contents[] {
  return contents.map((c) => {
    const first = firstNumber(c.entries, range);
    return first === null ? c : { ...c, entries: c.entries.map((e, k) => ({ ...e, number: first + k })) };
  });
}
