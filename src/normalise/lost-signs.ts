// A web transcript that lost every § sign (`… Sammanträdesdatum 2023-03-14 33 Val av
// justerare …`, `… läggs till handlingarna. 39 Delegationsbeslut …`, `… Sida 3 (24) 25 Ändring
// av dagordningen …`): numbers that count up one by one, each where a heading can stand
// (after a sentence's end, a date, a case number, a page counter or a transcript's page
// number, and before a capital),
// get their sign back, so that the later stages see `§ 33 Val av …`. Where the front page
// declares the range (`Paragrafer 33-40`), nothing changes unless every number of it is
// found, in order; where it declares none, a run of at least three is needed, in minutes or
// notes (a notice's points that lost their dots are points, not §§).
import { KIND_TITLES } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';

const DECLARED = /paragrafer?\s+(\d{1,4})\s?[-‐‑‒–—]{1,2}\s?(\d{1,4})(?!\d)/iu;
// the declared range stands on the front page
const DECLARED_SCAN = 20_000;
// a longer range is no one meeting's
const MAX_RANGE = 150;
// an undeclared run is this long at least: two numbers in a row at heading places may be chance
const MIN_RUN = 3;
// the first kind the text names, in its opening
const KIND_SCAN = 2_000;
const KIND_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation([...KIND_TITLES.minutes, ...KIND_TITLES.notes, ...KIND_TITLES.notice])})(?![\\p{L}])`, 'iu');
const NOTICE = new Set<string>(KIND_TITLES.notice);
// a number where a heading may start: after `. `, a date `2023-03-14 `, a case number `2023/41 ` or
// `KS/2024:18 ` or a page counter `2[9] `, before a capital
// … or the page's running header of the kind in capitals and the date's label, the date lost (`SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 14 Val …`)
const KIND_IN_CAPITALS = [...new Set(Object.values(KIND_TITLES).flat().filter((w) => !w.includes(' ')).map((w) => w.toUpperCase()))];
const CANDIDATE = new RegExp(
  `(?<=[.!?] |\\d{4}-\\d\\d-\\d\\d |\\d{4}[/:]\\d{1,5} |\\d[)\\]] |(?:${alternation(KIND_IN_CAPITALS)}) (?:[Ss]ammanträdesdatum|SAMMANTRÄDESDATUM|[Mm]ötesdatum) )(\\d{1,4}) (?=\\p{Lu})`,
  'gu',
);
// `4 103 Förändring av ärendelistan`: a transcript's page number, then the first heading of the page (not the
// page's own number again, nor a header in capitals: `2 2 SAMMANTRÄDESPROTOKOLL`)
const AFTER_PAGE_NUMBER = /^(\d{1,3}) (\d{1,4}) (?=\p{Lu}\p{Ll})/gmu;

/** The numbers standing where a heading can, in the text's order: [number, offset]. */
function candidates(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(CANDIDATE)) out.push([Number(m[1]), m.index]);
  // (most texts have no line opening with two numbers: one search says so)
  const paged: [number, number][] = [];
  for (const m of text.matchAll(AFTER_PAGE_NUMBER)) if (m[1] !== m[2]) paged.push([Number(m[2]), m.index + m[1]!.length + 1]);
  return paged.length === 0 ? out : [...out, ...paged].sort((a, b) => a[1] - b[1]);
}

export function restoreLostSigns(text: string): string {
  // a text that still has its signs needs none back
  if (text.includes('§')) return text;
  const declared = /aragraf/iu.test(text.slice(0, DECLARED_SCAN)) ? DECLARED.exec(text.slice(0, DECLARED_SCAN)) : null;
  const at = declared ? declaredRun(text, declared) : namesNoNotice(text) ? longestRun(text) : null;
  if (at === null) return text;
  let out = '';
  let last = 0;
  for (const i of at) {
    out += `${text.slice(last, i)}§ `;
    last = i;
  }
  return out + text.slice(last);
}

/** The first kind the text's opening names is no notice's (or it names none). */
function namesNoNotice(text: string): boolean {
  const kind = KIND_WORD.exec(text.slice(0, KIND_SCAN));
  return kind === null || !NOTICE.has(kind[0].toLowerCase().replace(/\s+/gu, ' '));
}

/** Where the numbers of the declared range stand, in order, or null when one is missing. */
function declaredRun(text: string, declared: RegExpExecArray): number[] | null {
  const from = Number(declared[1]);
  const to = Number(declared[2]);
  if (to < from || to - from > MAX_RANGE) return null;
  const at: number[] = [];
  let expected = from;
  for (const [n, index] of candidates(text)) {
    if (index < declared.index || n !== expected) continue;
    at.push(index);
    if (++expected > to) return at;
  }
  return null;
}

/** The longest run of numbers counting up one by one at heading places (the earliest of equal ones), or null when shorter than MIN_RUN. */
function longestRun(text: string): number[] | null {
  // the run that ends at each number so far
  const ending = new Map<number, number[]>();
  let best: number[] = [];
  for (const [n, index] of candidates(text)) {
    const run = [...(ending.get(n - 1) ?? []), index];
    if (run.length > (ending.get(n)?.length ?? 0)) ending.set(n, run);
    if (run.length > best.length) best = run;
    if (best.length > MAX_RANGE) break;
  }
  return best.length >= MIN_RUN ? best : null;
}
