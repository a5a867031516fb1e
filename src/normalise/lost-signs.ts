// A web transcript that lost every § sign (`… Sammanträdesdatum 2023-03-14 33 Val av
// justerare …`, `… läggs till handlingarna. 39 Delegationsbeslut …`, `… Sida 3 (24) 25 Ändring
// av dagordningen …`): numbers that count up one by one, each where a heading can stand
// (after a sentence's end, a date, a case number, a page counter or a transcript's page
// number, and before a capital; or opening a line of a heading's length with the body under it),
// get their sign back, so that the later stages see `§ 33 Val av …`. Where the front page
// declares the range (`Paragrafer 33-40`), nothing changes unless every number of it is
// found, in order; where it declares none, a run of at least three is needed, in minutes or
// notes (a notice's points that lost their dots are points, not §§).
import { AGENDA_HEADINGS, CASE_NUMBER_LABELS, CONTENTS_HEADINGS_LOOSE, DECISION, HEADER_LABELS, KIND_TITLES, SECTION_NOUN, TRANSCRIPT_HEADINGS } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../text/letters.js';
import { standingRun, withStandingSigns } from './standing-headings.js';
import { standingBefore } from './standing-before.js';

// the range's labels as words (`Paragrafer 33-40`, `Omfattning 1-17`; the signs lost, no `§§`)
const RANGE_LABELS = HEADER_LABELS.paragraphs.filter((w) => /^\p{L}/u.test(w));
const DECLARED = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(RANGE_LABELS)}):?\\s+(\\d{1,4})\\s?[-‐‑‒–—]{1,2}\\s?(\\d{1,4})(?!\\d)`, 'iu');
// (their stems, plain: most texts name none in their opening)
const MAY_DECLARE = new RegExp(RANGE_LABELS.map((w) => w.slice(1, 6)).join('|'), 'i');
// the declared range stands on the front page
const DECLARED_SCAN = 20_000;
// a longer range is no one meeting's
const MAX_RANGE = 150;
// an undeclared run is this long at least: two numbers in a row at heading places may be chance
const MIN_RUN = 3;
// the first kind the text names, in its opening
const KIND_SCAN = 2_000;
const KIND_WORD_AHEAD = `(?:${alternation([...KIND_TITLES.minutes, ...KIND_TITLES.notes, ...KIND_TITLES.notice])})(?![${ANY_LETTER}])`;
export const KIND_WORD = new RegExp(`(?<![${ANY_LETTER}])${KIND_WORD_AHEAD}`, 'iu');
const NOTICE = new Set<string>(KIND_TITLES.notice);
// `Ärenden` alone on its line: the heading over an agenda names the notice as its title would
const AGENDA_HEADING = new RegExp(`^[ \\t]*(?:${alternation(AGENDA_HEADINGS)})(?:[ \\t]*:)?[ \\t\\r]*$`, 'imu');
// a number where a heading may start: after `. `, a date `2023-03-14 ` (and the page's own number a running head prints
// after it: `Miljönämnden 2023-03-14 3 41 Bygglov …`), a case number `2023/41 ` or `KS/2024:18 ` or a page counter
// `2[9] `, before a capital
// … or the page's running header of the kind in capitals and the date's label, the date lost (`SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 14 Val …`)
const KIND_IN_CAPITALS = [...new Set(Object.values(KIND_TITLES).flat().filter((w) => !w.includes(' ')).map((w) => w.toUpperCase()))];
export const CANDIDATE = new RegExp(
  `(?<=[.!?] |\\d{4}-\\d\\d-\\d\\d (?:\\d{1,3} )?|\\d{4}[/:]\\d{1,5} |\\d[)\\]] |(?:${alternation(KIND_IN_CAPITALS)}) (?:[Ss]ammanträdesdatum|SAMMANTRÄDESDATUM|[Mm]ötesdatum) )(\\d{1,4}) (?=[${UPPER_LETTER}])`,
  'gu',
);
// Every place CANDIDATE's lookbehind allows ends on a space, so each of its matches is a number of one to four digits
// between a space and a space before a capital: this pattern's matches (the space before the number taken, the
// capital not, so none hides the next). Those are looked for first, and CANDIDATE is asked only there, sticky at the
// number: V8 tries a pattern that opens with a lookbehind at every character of the text, reading each of its
// alternatives backwards, where this one's leading space is found by a quick scan.
const NUMBER_BEFORE_CAPITAL = new RegExp(` (\\d{1,4}) (?=[${UPPER_LETTER}])`, 'gu');
const CANDIDATE_AT = new RegExp(CANDIDATE.source, 'uy');
/** The text ends in a leader's dots (`...`, `…`) right before offset `at` (a space's). */
const afterLeader = (text: string, at: number): boolean => text.charCodeAt(at - 1) === 0x2026 || (text.charCodeAt(at - 1) === 46 && text.charCodeAt(at - 2) === 46);
/** CANDIDATE's matches in the text, as [number, offset], found where NUMBER_BEFORE_CAPITAL's are. */
export function placedNumbers(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(NUMBER_BEFORE_CAPITAL)) {
    // (`Val av justerare... 3 Budget …`: a number after a title's leader is its page in a contents list, no heading's)
    if (afterLeader(text, m.index)) continue;
    CANDIDATE_AT.lastIndex = m.index + 1;
    if (CANDIDATE_AT.test(text)) out.push([Number(m[1]), m.index + 1]);
  }
  return out;
}
// `4 103 Förändring av ärendelistan`: a transcript's page number, then the first heading of the page (not the
// page's own number again, nor a header in capitals: `2 2 SAMMANTRÄDESPROTOKOLL`); or after the page's number and its
// number in the year's series of pages (`2 42 7 Val av justerare`)
const AFTER_PAGE_NUMBER = new RegExp(`^(\\d{1,3}) (?:\\d{1,4} )?(\\d{1,4}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'gmu');

/** A number where a heading may stand: [number, offset, on a line of its own]. */
type Candidate = [number, number, boolean?];

// `… i laga ordning. Anmälningsärenden 290 Anmälan av …`: a group heading (a kind of `ärenden`) run on before the number
const AFTER_GROUP = `${SECTION_NOUN} `;
const GROUP_NUMBER = new RegExp(`^(\\d{1,4}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');

/** The numbers at heading places of one text (`candidates`), found when first asked; no reader changes the list. */
type Places = () => readonly Candidate[];
function placesOf(text: string): Places {
  let found: readonly Candidate[] | undefined;
  return () => (found ??= candidates(text));
}

/** The numbers standing where a heading can, in the text's order. */
function candidates(text: string): Candidate[] {
  const out: Candidate[] = placedNumbers(text);
  // (the group's word looked for as it stands: most texts hold none before a number)
  let grouped = false;
  for (let at = text.indexOf(AFTER_GROUP); at >= 0; at = text.indexOf(AFTER_GROUP, at + 1)) {
    const from = at + AFTER_GROUP.length;
    const m = GROUP_NUMBER.exec(text.slice(from, from + 8));
    if (m) {
      out.push([Number(m[1]), from]);
      grouped = true;
    }
  }
  if (grouped) out.sort((a, b) => a[1] - b[1]);
  // (most texts have no line opening with two numbers: one search says so)
  const paged: Candidate[] = [];
  for (const m of text.matchAll(AFTER_PAGE_NUMBER)) if (m[1] !== m[2]) paged.push([Number(m[2]), m.index + m[0].length - m[2]!.length - 1]);
  const own = [...headingLines(text), ...numbersAlone(text)];
  return paged.length === 0 && own.length === 0 ? out : [...out, ...paged, ...own].sort((a, b) => a[1] - b[1]);
}

// `188 Fastställande av dagordning` on a line of its own, the § body on the lines under it: a transcript
// that kept the lines but lost the signs (a heading's length; its number is no list's, three digits at most)
const OWN_LINE = new RegExp(`^[ \\t]*(\\d{1,3}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])([^\\n]*)$`, 'gmu');
const HEADING_LENGTH = 150;
/** `… dagordning ........ 3`, `… dagordning 3`: a contents list's entry, its page number last (after a space or a leader). */
function endsOnPage(t: string): boolean {
  let k = t.length;
  while (k > 0 && k > t.length - 3 && t.charCodeAt(k - 1) >= 48 && t.charCodeAt(k - 1) <= 57) k--;
  if (k === t.length || k === 0) return false;
  const before = t[k - 1]!;
  return before === ' ' || before === '.' || before === '…';
}
// a line that opens like a heading of this kind (the next entry of a list, not a body)
const OPENS_NUMBERED = new RegExp(`^[ \\t]*\\d{1,3}[.)]?\\s+[${UPPER_LETTER}]`, 'u');
// a whole sentence: five words or more ending in a full stop
const SENTENCE = /[.!?]$/u;

/**
 * The numbers that open a line of a heading's length with a title after them and body text
 * under them (not another numbered line, as in a list or a contents list): [number, offset].
 * A line that ends on a page number (`212 Val av justerare 2`) is a contents list's entry
 * where the same number opens a line again later.
 */
function headingLines(text: string): Candidate[] {
  const found: { n: number; at: number; paged: boolean }[] = [];
  for (const m of text.matchAll(OWN_LINE)) {
    const rest = m[2]!.trimEnd();
    if (rest.length > HEADING_LENGTH || (SENTENCE.test(rest) && rest.split(' ').length >= 5)) continue;
    const next = nextContentLine(text, m.index + m[0].length);
    // the body under it: text that opens with no number
    if (next === null || OPENS_NUMBERED.test(next)) continue;
    // (`213 Taxor för vatten och` / `avlopp 2024 2`: an entry wrapped onto the next line)
    found.push({ n: Number(m[1]), at: m.index + m[0].indexOf(m[1]!), paged: endsOnPage(rest) || (OPENS_LOWER.test(next) && endsOnPage(next)) });
  }
  const last = new Map<number, number>();
  for (const f of found) last.set(f.n, f.at);
  return found.filter((f) => !f.paged || last.get(f.n) === f.at).map((f): Candidate => [f.n, f.at, true]);
}

/** The first line with text after offset `from` (a line's end), trimmed, or null at the text's end. */
function nextContentLine(text: string, from: number): string | null {
  return nextLineAt(text, from)?.line ?? null;
}

/** The first line with text after offset `from` (a line's end), trimmed, and the offset where it ends; null at the text's end. */
function nextLineAt(text: string, from: number): { line: string; end: number } | null {
  let at = from;
  while (at < text.length) {
    const end = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, end < 0 ? text.length : end).trim();
    if (line !== '') return { line, end: end < 0 ? text.length : end };
    if (end < 0) return null;
    at = end;
  }
  return null;
}

// `188` / `Fastställande av dagordning` / body: the number alone on its line, the title on the next
const ALONE = /^[ \t]*(\d{1,3})[ \t\r]*$/gmu;
const TITLE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
const NUMBER_ONLY = /^\d{1,4}$/u;

/**
 * The numbers alone on their lines with a title on the next line and body text under that:
 * [number, offset]. Not a page's number: none stands by a page break, and a title that follows
 * more than one of them is a running header (`3` / `Kommunstyrelsen` / `Sammanträdesdatum …`).
 */
function numbersAlone(text: string): Candidate[] {
  const found: { n: number; at: number; title: string }[] = [];
  for (const m of text.matchAll(ALONE)) {
    if (byPageBreak(text, m.index, m.index + m[0].length)) continue;
    const title = nextLineAt(text, m.index + m[0].length);
    if (title === null || !TITLE.test(title.line) || title.line.length > HEADING_LENGTH || (SENTENCE.test(title.line) && title.line.split(' ').length >= 5)) continue;
    const body = nextContentLine(text, title.end);
    if (body === null || OPENS_NUMBERED.test(body) || NUMBER_ONLY.test(body)) continue;
    found.push({ n: Number(m[1]), at: m.index + m[0].indexOf(m[1]!), title: title.line });
  }
  const seen = new Map<string, number>();
  for (const f of found) seen.set(f.title, (seen.get(f.title) ?? 0) + 1);
  return found.filter((f) => seen.get(f.title) === 1).map((f): Candidate => [f.n, f.at, true]);
}

/** A form feed among the white space around the span: a page's number stands there. */
function byPageBreak(text: string, from: number, to: number): boolean {
  for (let k = from - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 12) return true;
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) break;
  }
  for (let k = to; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 12) return true;
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) break;
  }
  return false;
}

// `… Mats Ring, ekonom 1 Mötets öppnande …`: the run's first heading run on after a list's last word, where no
// sentence ends; such a number is taken only right before a run found at the heading places, as its number before
const AFTER_WORD = new RegExp(`(?<=[${ANY_LETTER}] )(\\d{1,3}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'gu');
// `Pia Strand (C) 44 Fastställande …`, `44 Fastställande …` opening a long line: the first of a run of two at heading
// places, after a party's letters in brackets or at a line's start, where no sentence ends before it
const OPENS_RUN = new RegExp(`(?<=\\) |^)(\\d{1,3}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'gmu');
// how far before the run's first heading the one before it may stand (a § of a page or two)
const BACK_REACH = 6_000;

/** The run with the numbers just below its first prepended where they stand after a word, down to `lowest`. */
function extendBack(text: string, run: number[], first: number, lowest: number, places: readonly Candidate[] = []): number[] {
  const out = [...run];
  for (let n = first - 1; n >= lowest; n--) {
    const from = Math.max(0, out[0]! - BACK_REACH);
    let at = -1;
    for (const m of text.slice(from, out[0]).matchAll(AFTER_WORD)) if (Number(m[1]) === n) at = from + m.index;
    // (or where a run opens, after a bracket's end or at a line's start: `Pia Strand (C) 44 …`, `44 …` opening a line)
    if (at < 0) at = runOpening(text, out[0]!, n);
    // (or at a heading's place the run did not reach for the number missing between: `3 44 …` atop a page, `45` after a word)
    if (at < 0) at = places.findLast(([k, index]) => k === n && index < out[0]! && index >= from)?.[1] ?? -1;
    if (at < 0) break;
    out.unshift(at);
  }
  return out;
}

/**
 * The run with the numbers just above its last appended where they stand after a word or at a heading's place, the
 * nearest each (`… att ta informationen till dagens protokoll 48 Medarbetarcentrum …`: a § whose decision is an
 * `att` clause with no full stop, the next heading run on after its last word).
 */
function extendForward(text: string, run: number[], last: number, places: readonly Candidate[]): number[] {
  const out = [...run];
  const after: Candidate[] = [...text.matchAll(AFTER_WORD)].map((m): Candidate => [Number(m[1]), m.index]);
  for (let n = last + 1; ; n++) {
    const from = out[out.length - 1]! + 1;
    let at = -1;
    for (const [k, index] of [...after, ...places]) if (k === n && index >= from && index < from + BACK_REACH && (at < 0 || index < at)) at = index;
    if (at < 0) break;
    out.push(at);
  }
  return out;
}

export function restoreLostSigns(text: string): string {
  // a text that still has its signs needs none back, but where it lost some between those it kept
  if (text.includes('§')) return withSigns(text, gapsFilled(text));
  const declared = MAY_DECLARE.test(text.slice(0, DECLARED_SCAN)) ? DECLARED.exec(text.slice(0, DECLARED_SCAN)) : null;
  const named = declared ? null : openingKind(text);
  // (the numbers at heading places found once, when first asked: the readers below ask for them in turn)
  const places = placesOf(text);
  const found = declared ? (declaredRun(text, declared, places) ?? looseRun(text, declared) ?? cutShortPair(text, declared, places)) : named !== 'notice' ? (longestRun(text, places) ?? filedHeadings(text, places)) : null;
  // (minutes or notes cut short after a § or two: the first a standing point's, `12. Val av justerare`)
  const read = found === null && named !== 'notice' ? standingRun(text, (line) => CONTENTS_WORD.test(line), declared ? Number(declared[1]) : 1, declared ? Number(declared[2]) : undefined) : null;
  // (where a range is declared, not a run with a later number of it at a heading's place: a number lost in the middle,
  // and the items stage reads them all as they are)
  const standing = read && declared && laterInRange(text, read.at, declared, places) ? null : read;
  // (minutes a sharing site's transcript cut short after its first pages: the one § it holds, atop its page)
  const at = found ?? (standing === null && named === 'other' && !declared ? lonePageHeading(text, places) : null);
  // (an untitled page whose numbered points decide nothing is a web agenda's: `3 Belysning i parken` / `Dnr: 1.2-210-2014`)
  if ((at === null && standing === null) || (named === 'none' && !decidesAnything(text))) return text;
  // (`… Sammanträdets öppnande … 2 Val av två protokollsjusterare … Dnr: 17/2022 4 Budget … 5 Övriga frågor …`: a run found
  // from a later number, the first §§ standing before it each on a page of its own: normalise/standing-before.ts)
  return standingBefore(at !== null ? withSigns(text, at) : withStandingSigns(text, standing!), declared, (line) => CONTENTS_WORD.test(line));
}

/** A number of the declared range stands at a heading's place after the run, higher than its last. */
function laterInRange(text: string, run: readonly number[], declared: RegExpExecArray, places: Places): boolean {
  const lastAt = run[run.length - 1]!;
  const last = numberAt(text, lastAt);
  return places().some(([n, index]) => index > lastAt && n > last && n <= Number(declared[2]));
}

/** The text with a `§ ` put in at each offset (in order). */
function withSigns(text: string, at: readonly number[]): string {
  if (at.length === 0) return text;
  let out = '';
  let last = 0;
  for (const i of at) {
    out += `${text.slice(last, i)}§ `;
    last = i;
  }
  return out + text.slice(last);
}

// `§ 43 Mötets öppnande … mötet. 44 Fastställande av dagordning … 45 Val av justerare … § 46 …`: flattened minutes
// that kept the sign of some headings and lost it on others. A kept § stands where a heading can (a line's start or
// after a sentence's end, an organ's letters perhaps before it); a lost one the same, its title's capital after it.
const KEPT_NUMBER = /^§ ?(\d{1,4})(?=\s)/u;
const ORGAN_LETTERS_BEFORE = new RegExp(`(?:^|\\s)[${UPPER_LETTER}]{2,8} $`, 'u');
const GAP_PLACE = new RegExp(`(?<=^|[.!?] )(\\d{1,4}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'gmu');
// a wider gap between two kept §§ is no run of lost ones
const MAX_GAP = 10;

/** The kept § at offset i (its sign) where a heading can stand: its number and where the number ends; null where none is. */
function keptAt(text: string, i: number): { n: number; end: number } | null {
  const m = KEPT_NUMBER.exec(text.slice(i, i + 7));
  if (!m) return null;
  // (`KS § 43`: the organ's letters before the sign)
  const organ = i > 1 && text.charCodeAt(i - 1) === 32 ? ORGAN_LETTERS_BEFORE.exec(text.slice(Math.max(0, i - 10), i)) : null;
  const at = organ ? i - organ[0].trimStart().length : i;
  const c = at === 0 ? 10 : text.charCodeAt(at - 1);
  const place = c === 10 || c === 13 || c === 12 || (c === 32 && at > 1 && '.!?'.includes(text[at - 2]!));
  return place ? { n: Number(m[1]), end: i + m[0].length } : null;
}

/**
 * Where the numbers stand that fill a gap between two kept §§ (`§ 43` … `44` … `45` … `§ 46`) at heading places,
 * in order: every number of the gap must be found, or none of it is taken (a number that fills no gap is a body's).
 * Only the signs are looked for: the text between two kept §§ is searched only where their numbers leave a gap.
 */
function gapsFilled(text: string): number[] {
  const at: number[] = [];
  let before: { n: number; end: number } | null = null;
  for (let i = text.indexOf('§'); i >= 0; i = text.indexOf('§', i + 1)) {
    const kept = keptAt(text, i);
    if (kept === null) continue;
    if (before && kept.n - before.n >= 2 && kept.n - before.n <= MAX_GAP) {
      const found: number[] = [];
      let expected = before.n + 1;
      for (const m of text.slice(before.end, i).matchAll(GAP_PLACE)) {
        if (Number(m[1]) !== expected) continue;
        found.push(before.end + m.index);
        if (++expected === kept.n) break;
      }
      if (expected === kept.n) at.push(...found);
    }
    before = kept;
  }
  return at;
}

/** The first kind the text's opening names: a notice's (or an agenda's heading first), another's, or none. */
function openingKind(text: string): 'notice' | 'other' | 'none' {
  const opening = text.slice(0, KIND_SCAN);
  const kind = titleKindWord(opening);
  // (an agenda's heading before any kind's word, `Ärenden` / `Sammanträde 2023-09-12` / `14 Val av justerare`)
  const agenda = /rende|genda|dagordning/iu.test(opening) ? AGENDA_HEADING.exec(opening) : null;
  if (agenda !== null && (kind === null || agenda.index < kind.index)) return 'notice';
  if (kind === null) return 'none';
  return NOTICE.has(kind[0].toLowerCase().replace(/\s+/gu, ' ')) ? 'notice' : 'other';
}

// KIND_WORD without its lookbehind, which is asked, sticky, only where the rest matched: V8 tried a pattern that opens
// with a lookbehind at every character of the opening. Where it fails the search goes on one character further, as the
// whole pattern's would; which word matches at a place does not hang on it.
const KIND_WORDS_AHEAD = new RegExp(KIND_WORD_AHEAD, 'giu');
// (with the `i` flag as in KIND_WORD: the Kelvin sign and `ſ` fold into the class there)
const NO_LETTER_BEFORE = new RegExp(`(?<![${ANY_LETTER}])`, 'iuy');
// a small letter and a space right before: the word inside a sentence or a point's title (`Anmälan av protokoll från …`)
const IN_SENTENCE = new RegExp(`[${LOWER_LETTER}] $`, 'u');
/** The first kind's word of the opening that is no word of a sentence (a point's `Anmälan av föregående sammanträdes protokoll`). */
export function titleKindWord(opening: string): RegExpExecArray | null {
  KIND_WORDS_AHEAD.lastIndex = 0;
  for (let m = KIND_WORDS_AHEAD.exec(opening); m !== null; m = KIND_WORDS_AHEAD.exec(opening)) {
    NO_LETTER_BEFORE.lastIndex = m.index;
    if (!NO_LETTER_BEFORE.test(opening)) KIND_WORDS_AHEAD.lastIndex = m.index + 1;
    else if (!IN_SENTENCE.test(opening.slice(Math.max(0, m.index - 2), m.index))) return m;
  }
  return null;
}

// what minutes say and an agenda does not (`Nämnden beslutar att …`, `Rapporten läggs till handlingarna.`, `Eva Ek valdes …`)
const DECIDING_WORDS = [...DECISION.decideVerbs, ...DECISION.decidedPassive, ...DECISION.passive, ...DECISION.electedPast].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
/** The text says a decision somewhere, in a word of the lexicon (each word looked for as it stands: no scan with an alternation). */
const decidesAnything = (text: string): boolean => DECIDING_WORDS.some((w) => text.includes(w));

/** Where the numbers of the declared range stand, in order, or null when one is missing. */
function declaredRun(text: string, declared: RegExpExecArray, places: Places): number[] | null {
  const from = Number(declared[1]);
  const to = Number(declared[2]);
  if (to < from || to - from > MAX_RANGE) return null;
  const found = places().filter(([, index]) => index > declared.index);
  // (the first one or two may stand after a word, run on after the list above them)
  for (let skipped = 0; skipped <= 2 && from + skipped <= to; skipped++) {
    const at: number[] = [];
    let expected = from + skipped;
    for (const [n, index] of found) {
      if (n !== expected) continue;
      at.push(index);
      if (++expected > to) break;
    }
    if (expected <= to) continue;
    const whole = skipped === 0 ? at : extendBack(text, at, from + skipped, from);
    if (whole.length === to - from + 1 && whole[0]! > declared.index) return whole;
  }
  // not every number found: a text cut short (a site's excerpt of its first pages); the longest run inside the range
  // is read where it opens the range, two at least (a run that opens later leaves the text as it is: the items
  // stage reads numbers without their signs where the first ones stand after words)
  // (and nothing of the range after it: a number further on at a heading place means a number lost in the middle, and then
  // the items stage reads them all as they are)
  const inRange = found.filter(([n]) => n >= from && n <= to);
  const { run } = runsOf(inRange);
  if (run.length < 2) return null;
  const lastAt = run[run.length - 1]!;
  const last = numberAt(text, lastAt);
  if (inRange.some(([n, index]) => index > lastAt && n > last)) return null;
  const first = numberAt(text, run[0]!);
  const whole = first === from ? run : extendBack(text, run, first, Math.max(from, first - 2));
  return numberAt(text, whole[0]!) === from && whole[0]! > declared.index ? whole : null;
}

const numberAt = (text: string, index: number): number => Number(/^\d+/u.exec(text.slice(index, index + 5))![0]);

/** The longest run of numbers counting up one by one among the candidates (the earliest of equal ones), and whether it opens on a 1 alone on its line. */
function runsOf(found: readonly Candidate[]): { run: number[]; fromOne: boolean } {
  // the run that ends at each number so far
  const ending = new Map<number, number[]>();
  let best: number[] = [];
  // (the run's first number stood on a line of its own and was 1)
  const fromOne = new Set<number>();
  for (const [n, index, own] of found) {
    const run = [...(ending.get(n - 1) ?? []), index];
    if (n === 1 && own === true) fromOne.add(index);
    // (of two as long, the later: a number at a heading place again nearer what follows, `1 12 Organ: …` on the front
    // page of a transcript, then `2 12 Val av justerare` at the top of the next page)
    if (run.length >= (ending.get(n)?.length ?? 0)) ending.set(n, run);
    if (run.length > best.length) best = run;
    if (best.length > MAX_RANGE) break;
  }
  return { run: best, fromOne: best.length > 0 && fromOne.has(best[0]!) };
}

/** The longest run of numbers counting up one by one at heading places (the earliest of equal ones), or null when shorter than MIN_RUN. */
function longestRun(text: string, places: Places): number[] | null {
  const found = places();
  const { run, fromOne } = runsOf(found);
  // lines that count from 1 with no range declared may be a list's points: the items stage reads those
  if (run.length < MIN_RUN - 1 || fromOne) return null;
  const first = numberAt(text, run[0]!);
  if (run.length >= MIN_RUN) return extendBack(text, run, first, Math.max(1, first - 2));
  // (two at heading places and the one before them where a run opens make a run too, all on one flattened line:
  // `(C) 44 …. 45 …. 46 …`)
  const opening = runOpening(text, run[0]!, first - 1);
  if (opening >= 0 && !text.slice(opening, run[1]).includes('\n')) return [opening, ...run];
  // (or with the numbers next to them that run on after a word: `… nämndsekreterare 106 Val …` before them, `… till
  // dagens protokoll 48 Medarbetarcentrum …` after them)
  // (not numbers of a sharing site's title, which copies the text's opening above its `Transkript`: a contents list's
  // `… KOMMUNFULLMÄKTIGE. 102 Riktlinjer … kommun. 103 …` there is no run of the minutes)
  const body = transcriptBodyStart(text);
  const own = body > 0 ? found.filter(([, index]) => index >= body) : found;
  const pair = own === found ? run : runsOf(own).run;
  if (pair.length !== MIN_RUN - 1) return null;
  const from = numberAt(text, pair[0]!);
  const wider = extendForward(text, extendBack(text, pair, from, Math.max(1, from - 2), own), numberAt(text, pair[1]!), own);
  if (wider.length < MIN_RUN || wider[0]! < body) return null;
  // (nor a contents list run on one line, its entries' numbers after their titles: `1 INNEHÅLLSFÖRTECKNING … 110 Ansökan
  // om … (ICLEI) 111 Delegationsärenden 112 Anmälningsärenden 113 …`)
  const lineStart = text.lastIndexOf('\n', wider[0]!) + 1;
  const lineEnd = text.indexOf('\n', wider[wider.length - 1]!);
  return CONTENTS_WORD.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)) ? null : wider;
}
// a contents list's heading (`Innehållsförteckning`, `Ärendelista`), as a word
const CONTENTS_WORD = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...CONTENTS_HEADINGS_LOOSE, 'paragrafförteckning', 'ärendeförteckning'])})(?![${ANY_LETTER}])`, 'iu');

/** Where the text under a sharing site's `Transkript` line starts, or 0 where it has none. */
function transcriptBodyStart(text: string): number {
  if (!(text.includes('ransk') || text.includes('ransc'))) return 0;
  const m = TRANSCRIPT_LINE.exec(text);
  return m ? m.index + m[0].length : 0;
}

/** Where the number n stands last before offset `to` where a run opens (OPENS_RUN), or -1. */
function runOpening(text: string, to: number, n: number): number {
  const from = Math.max(0, to - BACK_REACH);
  let at = -1;
  for (const m of text.slice(from, to).matchAll(OPENS_RUN)) {
    // (a line's start, not the slice's)
    if (Number(m[1]) === n && (m.index > 0 || from === 0 || text.charCodeAt(from - 1) === 10)) at = from + m.index;
  }
  return at;
}

// `(32) 45 NY FÖRBUNDSORDNING FÖR SAMORDNINGSFÖRBUNDET Dnr: KS 2014/77 …`: a number at a heading place whose title,
// a heading's length with no sentence's end in it, runs into a case number's label; one such heading confirms itself
// (an extract of the minutes holds one §, and no run of three can be found)
const FILED_LABELS = CASE_NUMBER_LABELS.flatMap((l) => [l, l[0]!.toUpperCase() + l.slice(1), l.toUpperCase()]);
// (no `i` flag: with it \p{Lu} would match small letters too)
const FILED_TITLE = new RegExp(`^\\d{1,4} [${UPPER_LETTER}][^.!?\\n]{2,${HEADING_LENGTH}}? (?:${alternation(FILED_LABELS)})(?=[\\s:]|$)`, 'u');

/** The numbers at heading places whose titles run into a case number's label, where they count up; null where none. */
function filedHeadings(text: string, places: Places): number[] | null {
  const at: number[] = [];
  let last = -1;
  for (const [n, index] of places()) {
    if (n <= last || !FILED_TITLE.test(text.slice(index, index + HEADING_LENGTH + 24))) continue;
    at.push(index);
    last = n;
  }
  return at.length > 0 ? at : null;
}

// `… Justerare Bo Ek 2` / `75 Fastställande av dagordning att fastställa dagordningen 76 Val av justerare …`: where the
// front page declares the range, its numbers may also open a line or run on after the last word of the § before
// (a page flattened a § a line, or all on one): a number there, before a capitalised word
const LOOSE_PLACE = new RegExp(`(?<=[${ANY_LETTER}.!?)] |^)(\\d{1,4}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'gmu');
// (`Ärendelista 26 Dnr KS 2018/14 …`: a number before a case number's label is a heading the items stage reads as it stands)
const BEFORE_FILED = new RegExp(`^\\d{1,4} (?:${alternation(FILED_LABELS)})(?![${ANY_LETTER}])`, 'u');

/**
 * Where the declared range's numbers stand in order from its first at such places, MIN_RUN of them at least (a text
 * cut short holds the first few); null where fewer count up. Of several such runs the last: a contents list of the
 * §§ before them runs so too. Asked only where the heading places gave no run.
 */
function looseRun(text: string, declared: RegExpExecArray): number[] | null {
  const from = Number(declared[1]);
  const to = Number(declared[2]);
  if (to < from || to - from > MAX_RANGE) return null;
  const start = declared.index + declared[0].length;
  const places: Candidate[] = [];
  for (const m of text.slice(start).matchAll(LOOSE_PLACE)) {
    const n = Number(m[1]);
    if (n >= from && n <= to && !BEFORE_FILED.test(text.slice(start + m.index, start + m.index + 16))) places.push([n, start + m.index]);
  }
  let last: number[] | null = null;
  for (let k = 0; k < places.length; k++) {
    if (places[k]![0] !== from) continue;
    const at = [places[k]![1]];
    for (let j = k + 1; j < places.length && from + at.length <= to; j++) if (places[j]![0] === from + at.length) at.push(places[j]![1]);
    if (at.length >= MIN_RUN) last = at;
  }
  return last;
}

// `Transkript` on its line: a sharing site's transcript, every page opening with its number (its two letters looked for first)
const TRANSCRIPT_LINE = new RegExp(`^[ \\t]*(?:${alternation(TRANSCRIPT_HEADINGS)})[ \\t\\r]*$`, 'imu');
// a page's own header before its first heading is short (`2 `, `2 NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL 2[15] `)
const PAGE_HEAD = 80;
const PAGE_NUMBER = /^\d{1,3}(?= )/u;
const SENTENCE_END = /[.!?] /u;

/**
 * `2 2 70 Anmälan av …`, `2 NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL 2[15] 41 Information …`: a transcript cut short after its
 * first pages (a site's excerpt) holds one § of minutes that lost their signs, where no run can confirm it. It is taken
 * where it is the text's only number at a heading's place and stands atop a page, right after the page's number and
 * header, a higher number than the page's: [its offset], or null. The excerpt may hold the § after it too, its
 * number one more at the only other heading's place (`3 3(7) 130 Fastställande … fastställs. 131 Revidering …`):
 * [both offsets].
 */
function lonePageHeading(text: string, places: Places): number[] | null {
  if (!(text.includes('ransk') || text.includes('ransc')) || !TRANSCRIPT_LINE.test(text)) return null;
  const found = places();
  if (found.length === 0 || found.length > 2) return null;
  const [n, index] = found[0]!;
  if (found.length === 2 && found[1]![0] !== n + 1) return null;
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const head = text.slice(lineStart, index);
  const page = PAGE_NUMBER.exec(head);
  // (the page's header before it, no sentence: `2 2 Förvaltningen redovisar läget. 70 …` is a number in the page's text)
  if (page === null || head.length > PAGE_HEAD || n <= Number(page[0]) || SENTENCE_END.test(head)) return null;
  return found.map(([, at]) => at);
}

/**
 * `Paragrafer 1-8` declared, and an excerpt cut short after the first two §§ (`Sid 3 (9) 1 Fastställande av
 * föredragningslista … justeringar 2 Delegation …`): a sharing site's transcript whose range's numbers stand at heading
 * places once or twice only, the first of them the range's first (two that do not open it are no §§), the next one more
 * at a heading's place or after the last word of the § before, and no number of the range later at such a place.
 * [their offsets], or null.
 */
function cutShortPair(text: string, declared: RegExpExecArray, places: Places): number[] | null {
  const body = transcriptBodyStart(text);
  const from = Number(declared[1]);
  const to = Number(declared[2]);
  if (body === 0 || to <= from || to - from > MAX_RANGE) return null;
  const inRange = ([n, index]: Candidate): boolean => n >= from && n <= to && index > declared.index && index >= body;
  const strict = places().filter(inRange);
  if (strict.length === 0 || strict.length > 2) return null;
  const [n, at] = strict[0]!;
  if (n !== from) return null;
  const loose: Candidate[] = [...text.slice(at + 1).matchAll(LOOSE_PLACE)].map((m): Candidate => [Number(m[1]), at + 1 + m.index]).filter(inRange);
  const next = strict[1] ?? loose.find(([k]) => k === n + 1);
  if (next === undefined || next[0] !== n + 1) return null;
  // (the excerpt ends with them: a number of the range further on is a run the other readers leave as it is)
  return loose.some(([k, index]) => index > next[1] && k > n + 1) ? null : [at, next[1]];
}
