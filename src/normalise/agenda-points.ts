// An agenda whose points lost their numbers: under its heading (`Dagordning`, `Föredragningslista:`, `Ärenden`) one
// point a line with no number (`Mötets öppnande` / `Val av justerare` / `Budget 2026` / …), or all the points run on in
// one line (`Upprop Val av justerare Godkännande av dagordning Budget 2026 Övriga frågor`). Where the list is clearly
// an agenda — three points or more, short title-like lines, two of them at least the points nearly every meeting has
// (`Mötets öppnande`, `Val av justerare`, `Övriga frågor`, `Mötets avslutande`, from the lexicon) — each point gets its
// number by its order (`1. Mötets öppnande`), and the run-on line is cut into the points' lines. The list ends at its
// closing point (`Mötets avslutande`): the lines after it (`Välkomna!`, the chair's name) are no points.
import { AGENDA_HEADINGS, AGENDA_STEMS, NOTICE_CLOSINGS, OPENING_POINTS, STANDING_POINTS, TIMED_POINTS } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER, UPPER_LETTER } from '../text/letters.js';
import { opensLostRow } from '../text/row-opening.js';

// the agenda's heading alone on its line, maybe with a colon, or with the points run on after it
const HEADING = new RegExp(
  `^[ \\t]*((?:preliminär |förslag till )?(?:${AGENDA_STEMS.join('|')})[${ANY_LETTER}]{0,3}|${alternation(AGENDA_HEADINGS)})[ \\t]*:?(?=[ \\t]|$)`,
  'iu',
);
// (a first look over the whole text, before it is cut into lines: such a heading at some line's start)
const MAY_HEAD = new RegExp(HEADING.source.replace('(?=[ \\t]|$)', '(?=[ \\t\\r]|$)'), 'imu');
// the points nearly every meeting has, wherever one stands in a run-on line: a capital first, a whole word last
const KNOWN_POINTS = [...STANDING_POINTS, ...OPENING_POINTS, ...TIMED_POINTS.start, ...TIMED_POINTS.end];
const KNOWN_IN_LINE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(KNOWN_POINTS)})(?![${ANY_LETTER}])`, 'giu');
const KNOWN = new Set<string>(KNOWN_POINTS);
const CLOSING = new Set<string>(TIMED_POINTS.end);
// how a notice closes after its last point (`Välkomna`, `Anmäl förhinder till …`): no point
const CLOSES_NOTICE = new RegExp(`^(?:${alternation(NOTICE_CLOSINGS)})(?![${ANY_LETTER}])`, 'iu');
const OPENS_TITLE = new RegExp(`^["”(${UPPER_LETTER}]`, 'u');
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
// so many points at least, so many of them known, make the list an agenda
const MIN_POINTS = 3;
const MIN_KNOWN = 2;
// a point's title is a heading's length; one that ends with a full stop is short (`Mötets avslutande.`)
const TITLE_LENGTH = 90;
const WORDS_BEFORE_STOP = 5;
// blank lines the list may stand below its heading
const GAP = 2;

const keyOf = (title: string): string => title.toLowerCase().replace(/[.:]$/u, '').trim();

export function restoreAgendaPoints(text: string): string {
  if (!MAY_HEAD.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    // (a line's carriage return is no part of its text)
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    // (a heading opens with its capital: a line that opens otherwise is none)
    if (line.length === 0 || line.length > 400) continue;
    const head = HEADING.exec(line);
    if (!head) continue;
    const after = line.slice(head[0].length).trim();
    if (after !== '') {
      // `Dagordning: Upprop Val av justerare …`: the points run on after the heading
      const points = runOnPoints(after);
      if (points === null) continue;
      lines.splice(i, 1, line.slice(0, head[0].length).trimEnd(), ...points);
      i += points.length;
      changed = true;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && j - i - 1 < GAP && lines[j]!.trim() === '') j++;
    if (j >= lines.length || lines[j]!.trim() === '') continue;
    const runOn = runOnPoints(lines[j]!.trim());
    if (runOn !== null) {
      lines.splice(j, 1, ...runOn);
      i = j + runOn.length - 1;
      changed = true;
      continue;
    }
    const at = pointLines(lines, j);
    if (at === null) continue;
    at.forEach((k, n) => {
      const indent = lines[k]!.length - lines[k]!.trimStart().length;
      lines[k] = `${lines[k]!.slice(0, indent)}${n + 1}. ${lines[k]!.slice(indent)}`;
    });
    i = at[at.length - 1]!;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/** Whether a line reads as a point's title: a capital first, a heading's length, no sentence, no label and its value. */
function titleLike(t: string): boolean {
  if (t.length === 0 || t.length > TITLE_LENGTH || !OPENS_TITLE.test(t) || t.includes(': ')) return false;
  const last = t.charCodeAt(t.length - 1);
  // `!`, `?`, `,`, `;`, `:`: no title ends so
  if (last === 33 || last === 63 || last === 44 || last === 59 || last === 58) return false;
  return last !== 46 || t.split(/\s+/u).length <= WORDS_BEFORE_STOP;
}

/**
 * The lines of the points from `first` on (one a line, each right under the other, or each a blank line under the
 * other as the first two stand), where they make an agenda; else null.
 */
function pointLines(lines: readonly string[], first: number): number[] | null {
  const spaced = first + 2 < lines.length && lines[first + 1]!.trim() === '' && lines[first + 2]!.trim() !== '';
  const step = spaced ? 2 : 1;
  const at: number[] = [];
  let known = 0;
  for (let k = first; k < lines.length; k += step) {
    const t = lines[k]!.trim();
    if (!titleLike(t) || CLOSES_NOTICE.test(t) || (spaced && at.length > 0 && lines[k - 1]!.trim() !== '')) break;
    at.push(k);
    const key = keyOf(t);
    if (KNOWN.has(key)) known++;
    if (CLOSING.has(key)) break;
  }
  if (at.length < MIN_POINTS || known < MIN_KNOWN) return null;
  // (the points' titles printed again as the headings of the text under the list: a contents list, which the notes'
  // headings read; numbered, it would take their text in its last point)
  const last = at[at.length - 1]!;
  const firstKey = keyOf(lines[at[0]!]!.trim());
  for (let k = last + 1; k < lines.length; k++) if (keyOf(lines[k]!.trim()) === firstKey) return null;
  return at;
}

/** The points of a line they are all run on in, each numbered on a line of its own (and the line's rest after its closing point); else null. */
function runOnPoints(line: string): string[] | null {
  const spans: { from: number; to: number; closing: boolean }[] = [];
  for (const m of line.matchAll(KNOWN_IN_LINE)) {
    if (!isUpper(m[0].charAt(0))) continue;
    spans.push({ from: m.index, to: m.index + m[0].length, closing: CLOSING.has(m[0].toLowerCase()) });
  }
  if (spans.length < MIN_POINTS) return null;
  const titles: string[] = [];
  let rest = '';
  // (two unknown titles run on between known ones part where a capital follows a word in small letters that links no
  // title on: `Verksamhetsplan för sommaren Ekonomisk rapport`, not `Bygglov för förskola i Västra Ed`)
  const add = (t: string): void => {
    const words = t.trim().split(/\s+/u);
    let from = 0;
    for (let w = 1; w <= words.length; w++) {
      if (w < words.length && !opensLostRow(words[w - 1]!, words[w]!)) continue;
      const title = words.slice(from, w).join(' ');
      if (title !== '') titles.push(title);
      from = w;
    }
  };
  add(line.slice(0, spans[0]!.from));
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    add(line.slice(s.from, s.to));
    const next = spans[k + 1]?.from ?? line.length;
    if (s.closing) {
      rest = line.slice(s.to).trim();
      break;
    }
    const between = line.slice(s.to, next).trim();
    // (`Mötets öppnande och upprop`: words that go on in lower case are the known point's title's own)
    if (between !== '' && !OPENS_TITLE.test(between)) titles[titles.length - 1] += ` ${between}`;
    else add(between);
  }
  // (every point a title: a sentence between two known points is a text, not an agenda's)
  if (!titles.every(titleLike)) return null;
  const out = titles.map((t, n) => `${n + 1}. ${t}`);
  if (rest !== '') out.push(rest);
  return out;
}
