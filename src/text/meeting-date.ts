// The date a document's title stands over (`PROTOKOLLSUTDRAG` / `Kommunstyrelsen` /
// `Sammanträdesdatum 2023-05-10`): the same title over another date, after items, opens
// another meeting's document (extracts of several meetings joined in one file), where the
// same title over the same date is a page's running header.
import { findDates } from './dates.js';
import { isBlank, type Line } from './line.js';
import { recogniseItemHeader } from './numbering.js';
import { TextMemo } from './memo.js';

// how many content lines under the title its meeting's date may stand on
const DATE_REACH = 3;

/** The first whole date on the title's lines (`from`…`to`) or the content lines right under them, before an item's heading; or null. */
export function dateUnderTitle(lines: readonly Line[], from: number, to: number): string | null {
  for (let k = from, seen = 0; k < lines.length && seen < DATE_REACH; k++) {
    const line = lines[k]!;
    if (isBlank(line)) continue;
    if (k > to) {
      seen++;
      if (recogniseItemHeader(line)) return null;
    }
    const iso = DIGIT.test(line.text) ? WHOLE_DATE.get(line.text) : null;
    if (iso !== null) return iso;
  }
  return null;
}

// every date holds a digit: most lines are passed over without the memo
const DIGIT = /\d/;
// (a running header's date is asked again on every page it heads, run after run: its answer is remembered)
const WHOLE_DATE = new TextMemo<string | null>(512, (text) => findDates(text).find((d) => d.iso !== null && !d.compact)?.iso ?? null);

/** Two titles of the same kind, each over a whole date, the dates not the same: two meetings. */
export function otherMeetingDate(lines: readonly Line[], current: readonly number[], next: readonly number[]): boolean {
  if (current.length === 0) return false;
  const a = dateUnderTitle(lines, current[0]!, current[current.length - 1]!);
  if (a === null) return false;
  const b = dateUnderTitle(lines, next[0]!, next[next.length - 1]!);
  return b !== null && a !== b;
}

/** Two titles of the same kind over the same whole date: the same meeting (a page's header of other words than the first page's title). */
export function sameMeetingDate(lines: readonly Line[], current: readonly number[], next: readonly number[]): boolean {
  if (current.length === 0) return false;
  const a = dateUnderTitle(lines, current[0]!, current[current.length - 1]!);
  return a !== null && a === dateUnderTitle(lines, next[0]!, next[next.length - 1]!);
}
