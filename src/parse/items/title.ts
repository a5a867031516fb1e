// An item's written title → the title, the attachments and type written onto it, and
// (for `1<TAB>Title Body…` tables) the body text that followed it on the same line.
//   `Verksamhetsplan och budget (bilaga 2) – Beslut`  → title, ["2"], decision
//   `Rapport tertial 2 – Beslut (bilaga 9)`           → title, ["9"], decision
//   `Val av justerare Peter Rosholm justerar`         → `Val av justerare` + body
import { AGENDA_REMARKS, AUTHORED_TITLE_WORDS, ATTACHMENT_LIST_LABELS, ATTACHMENT_OWN_DOCUMENTS, ATTACHMENT_REFERENCE_WORDS, ATTACHMENT_WORDS, CASE_NUMBER_LABELS, COMPANY_FORMS, ITEM_TYPE_LINES, ITEM_TYPE_SUFFIXES, NOT_FINITE_VERBS, POSITION_WORDS, PRESENTED_BY_NOUNS, PRESENTER_LABELS, PRESENTER_VERBS, SENTENCE_GOES_ON, STANDING_POINTS, TIMED_POINTS, TITLE_END_ABBREVIATIONS, WEB_WRAPPERS, WITHDRAWN_MARKS } from '../../lexicon/sv.js';
import { isTitleLink } from '../../text/row-opening.js';
import { BARE_ATTACHMENTS } from './attachment-column.js';
import { authorSpan } from './title-author.js';
import type { ItemType } from '../../schema/result.js';
import { caseNumberInRow, readCaseNumber } from '../../text/case-number.js';
import { collapse } from '../../text/line.js';
import { opensWithProposal } from '../../text/proposal-label.js';
import { isGivenName, personStarts } from '../../text/persons.js';
import { allMatches, alternation, capitalise, DASH, trimEndOf, trimStartOf } from '../../text/patterns.js';
import { initials, opensWith } from '../decisions/plain.js';
import { isBodyHeading } from '../decisions/headings.js';
import { nameOf } from '../decisions/presenter.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

export interface ReadTitle {
  title: string;
  attachments: string[];
  type: ItemType | null;
  /** the title is marked as taken off the agenda: `Budget (utgår)`, `Rapport – Utgår` */
  withdrawn?: true;
  /** the hour written after the title (`Mötets öppnande kl. 13.00`), `HH:MM`; `edge`: the title opens or closes the meeting */
  hour?: { at: string; edge: 'start' | 'end' | null };
}

// `Mötets öppnande kl. 13.00`, `Mötets avslutande, klockan 15.10`, `Mötets öppnande 19:02`, `Lunch (kl. 12.00–13.00)`:
// an hour (or hours) after the title, labelled (any title) or bare (the title of a point that opens or closes the meeting)
const TITLE_HOUR = /(?:,|\s[–-])?\s\(?((?:kl\.?|klockan)\s?)?([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s?[-–]\s?(?:[01]?\d|2[0-3])[.:][0-5]\d)?\)?$/iu;
// the longest hour TITLE_HOUR reads, `, (klockan 13.00 – 15.00)`, is 26 characters (each part of it at its longest, every
// character one code unit, as `u` with `i` folds none to two): a tail of 32 holds every match
const HOUR_TAIL = 32;
const TIMED_EDGE = new Map<string, 'start' | 'end'>([...TIMED_POINTS.start.map((t): [string, 'start'] => [t, 'start']), ...TIMED_POINTS.end.map((t): [string, 'end'] => [t, 'end'])]);
const CLOSING_BRACKET = 41;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * The title without the hour written after it, and the hour (null where none ends it). Asked only of a title that
 * ends on two digits, a bracket after them at most (readTitle looks), as the pattern's minutes end it.
 */
function titleHour(title: string): { title: string; hour: NonNullable<ReadTitle['hour']> } | null {
  // (the pattern is tried at every place of the title, each try ending at its end: it is run over the tail that can hold
  // a match, and its place counted from there; the leftmost match in the tail is the leftmost in the title)
  const from = Math.max(0, title.length - HOUR_TAIL);
  const m = TITLE_HOUR.exec(from === 0 ? title : title.slice(from));
  if (!m || m.index + from === 0 || (m[0].includes('(') !== m[0].endsWith(')'))) return null;
  const rest = trimEndOf(title.slice(0, m.index + from), '.,:;');
  const edge = TIMED_EDGE.get(rest.toLowerCase()) ?? null;
  if (!m[1] && edge === null) return null;
  return { title: rest, hour: { at: `${m[2]!.padStart(2, '0')}:${m[3]}`, edge } };
}

// `Rapport från rektor Information Bilaga 1 13.10`, `Mötets öppnande Beslut 13.00`: an agenda table's row flattened, its
// time column last, after the type's or the attachments' column: the bare hour is the point's time, and the columns
// before it are read as they would be without it (asked only where such a column ends what stands before the hour)
const BARE_HOUR = /\s([01]?\d|2[0-3])[.:]([0-5]\d)$/u;
function columnHour(title: string): { title: string; hour: NonNullable<ReadTitle['hour']> } | null {
  const m = BARE_HOUR.exec(title);
  if (!m) return null;
  const rest = title.slice(0, m.index);
  const typed = RUN_ON_TYPE_TAILS.has(rest.slice(-5)) && TYPE_COLUMN_RUN_ON.test(rest);
  if (!typed && !(rest.includes('Bil') && ATTACHMENT_LABEL_SUFFIX.test(rest))) return null;
  return { title: rest, hour: { at: `${m[1]!.padStart(2, '0')}:${m[2]}`, edge: TIMED_EDGE.get(rest.toLowerCase()) ?? null } };
}

const TYPE_OF = new Map<string, ItemType>(ITEM_TYPE_SUFFIXES.flatMap((t) => t.words.map((w): [string, ItemType] => [w, t.type])));
// `Info-punkt: Nationella rådet`, `Beslutsärende – Budget 2026`: the point's type as a label opening its title
const TYPE_LINE_OF = new Map<string, ItemType>(ITEM_TYPE_LINES.flatMap((t) => t.words.map((w): [string, ItemType] => [w, t.type])));
const TYPE_PREFIX = new RegExp(`^(${alternation(ITEM_TYPE_LINES.flatMap((t) => t.words))})\\s*(?::|\\s[${DASH.slice(1, -1)}])\\s*(?=\\S)`, 'iu');
const MAY_OPEN_TYPE = opensWith(initials(ITEM_TYPE_LINES.flatMap((t) => t.words)), 'iu');
const DASH_CHARS = [...DASH.slice(1, -1)];
const TYPE_SUFFIX = new RegExp(`${DASH}\\s*(${alternation(ITEM_TYPE_SUFFIXES.flatMap((t) => t.words))})\\s*[.:,]?$`, 'iu');
// `Budget 2026 (beslut)`, `Årsredovisning (för beslut)`: the mark in brackets
const TYPE_BRACKET = new RegExp(`\\s\\(\\s*(${alternation(ITEM_TYPE_SUFFIXES.flatMap((t) => t.words))})\\s*\\)\\s*[.:,]?$`, 'iu');
// `Internkontrollplan 2022. Beslutsärende`: after a full stop only the `…ärende` words (a title may end `. Information om …`)
const TYPE_AFTER_STOP = new RegExp(`\\.\\s*(${alternation(ITEM_TYPE_SUFFIXES.flatMap((t) => t.words.filter((w) => w.endsWith('ärende'))))})\\s*[.:,]?$`, 'iu');
// … or capitalised after the title's last word, where a flattened agenda's type column ran on (`… projektet Steget Beslutsärende`,
// `Verksamhetsplan 2026 Diskussion`; not `Rapport`, a title's word, nor the short `Info`)
const RUN_ON_TYPE_WORDS = ITEM_TYPE_SUFFIXES.flatMap((t) => t.words.filter((w) => w !== 'rapport' && w !== 'info').map(capitalise));
const TYPE_COLUMN_RUN_ON = new RegExp(`\\s(${alternation(RUN_ON_TYPE_WORDS)})$`, 'u');
// (the words' last five letters, looked up before the pattern: most titles end otherwise)
const RUN_ON_TYPE_TAILS = new Set(RUN_ON_TYPE_WORDS.map((w) => w.slice(-5)));
const ATTACH = `(?:${alternation(ATTACHMENT_WORDS)})`;
// each of the words begins `bil` (no letter folds to b, i or l but their capitals, with `u` or without);
// should the lexicon give one that does not, every line is read
const SAYS_BIL = ATTACHMENT_WORDS.every((w) => w.startsWith('bil'));
const MAY_ATTACH = SAYS_BIL ? /bil/i : /(?:)/;
// (so a line that opens with the word opens with `b` or `B`, which no other letter folds to: its first letter is
// looked at before the patterns anchored at its start, and a heading's length, the word and its colon, too)
const LOWER_B = 98;
const HEADING_LENGTH = Math.max(...ATTACHMENT_WORDS.map((w) => w.length)) + 2;
const MARK = alternation(WITHDRAWN_MARKS);
// `(utgår)`, `– utgår`, `, Utgår`, and a capitalised `Utgår` / `UTGÅR` wrapped under the title
const WITHDRAWN_SUFFIX = new RegExp(`(?:\\(\\s*(?:${MARK})\\s*\\)|(?:${DASH}|,)\\s*(?:${MARK}))\\s*[.!]?$`, 'iu');
const WITHDRAWN_CAPITAL = new RegExp(`\\s(?:${alternation(WITHDRAWN_MARKS.map(capitalise))}|${alternation(WITHDRAWN_MARKS.map((m) => m.toUpperCase()))})[.!]?$`, 'u');
// `Budget 2027 extra utskick`, `Taxor (handl på bordet)`, `Riktlinjer – bilaga kommer`: the remarks column run onto the title
const REMARK_SUFFIX = new RegExp(`(?:\\s[${DASH.slice(1, -1)}]|,)?\\s\\(?(?:${alternation(AGENDA_REMARKS)})\\)?\\.?$`, 'iu');
// (asked only of a title whose last word is a remark's: most end otherwise)
const REMARK_LAST_WORDS = new Set<string>(AGENDA_REMARKS.map((r) => r.slice(r.lastIndexOf(' ') + 1)));
const remarkEnds = (title: string): boolean => REMARK_LAST_WORDS.has(trimEndOf(title.slice(title.lastIndexOf(' ') + 1), '.)').toLowerCase());
const WITHDRAWN_ALONE = new RegExp(`^\\(?(?:${MARK})\\)?[.!]?$`, 'iu');
// (asked of every title: its first letter first)
const MAY_BE_MARK = opensWith(['(', ...initials(WITHDRAWN_MARKS)], 'iu');
// (and its length: the mark, its brackets and its stop, each character of a mark one code unit, as each
// letter that folds to one is, `ſ`, the Kelvin and Ångström signs too; a longer text is no mark alone)
const MARK_ALONE_LENGTH = Math.max(...WITHDRAWN_MARKS.map((m) => m.length)) + 3;
/** A body, or a title, that is only the mark: `Utgår.`, `UTGÅR`. */
export const isWithdrawnMark = (text: string): boolean => {
  const t = text.trim();
  return t.length <= MARK_ALONE_LENGTH && MAY_BE_MARK(t) && WITHDRAWN_ALONE.test(t);
};
// an attachment's label: a number (`3`, `2a`, `4:1`) or a letter (`Bilaga A`, `bilaga A–C`), the letter alone before a
// space, a stop or a bracket, or a range to another letter (not `bilagan`, `bil. e-post`)
const ATTACHMENT_LABEL = `(?:[0-9][0-9a-z:.]*|[A-H](?=$|[\\s,.;:)]|[${DASH.slice(1, -1)}][A-H](?![${ANY_LETTER}])))`;
const ATTACHMENT_LIST = `${ATTACHMENT_LABEL}(?:\\s*(?:${DASH}|,|och|&|\\+)\\s*${ATTACHMENT_LABEL})*`;
const ATTACHMENT_SUFFIX = new RegExp(`\\(\\s*${ATTACH}\\s*(${ATTACHMENT_LIST})\\s*\\)\\s*$`, 'iu');
const RANGE = new RegExp(`^(\\d{1,3})\\s*${DASH}\\s*(\\d{1,3})$`, 'u');
// `A–C`: lettered attachments from one letter to another
const LETTER_RANGE = new RegExp(`^([A-H])\\s*${DASH}\\s*([A-H])$`, 'iu');
// `Rapport tertial 2, bilaga 9`, `Budget – Beslut, bilaga 3`
const ATTACHMENT_BARE_SUFFIX = new RegExp(`[,;]\\s*${ATTACH}\\s*(${ATTACHMENT_LIST})\\s*$`, 'iu');
// `Årsredovisning 2023 Bilaga: 1`, `Budget 2025 Bilagor 4-5`: the attachment's label, capitalised, ending a title
const ATTACHMENT_LABEL_SUFFIX = new RegExp(`\\s(?:${alternation(ATTACHMENT_WORDS.map(capitalise))})\\s*(?::\\s*)?(${ATTACHMENT_LIST})\\s*$`, 'u');
const ATTACHMENT_LINE = new RegExp(`^${ATTACH}(?:\\s*:)?\\s*(${ATTACHMENT_LIST})\\.?$`, 'iu');
const ATTACHMENT_MENTION = new RegExp(`\\(\\s*${ATTACH}\\s*(${ATTACHMENT_LIST})\\s*\\)`, 'giu');
// `Bilaga 1 Bokslut 2022`, `Bilaga 2: Yttrande`: a line that opens with the attachment and its title
// (and `Bilaga 1 § 51`, `Bilaga A, Kst § 51`: the § of the item it belongs to after it, in Finland-Swedish minutes)
const ATTACHMENT_OPENS = new RegExp(`^${ATTACH}(?:\\s*:)?\\s*(${ATTACHMENT_LIST})(?:\\s*[${DASH.slice(1, -1)}:.,])?\\s+(\\S)`, 'iu');
// `… ger utlåtande enligt bilaga 2`, `se bilaga 4`, `bifogas som bilaga 3`, `framgår i bilaga 2`: a mention in the text
// (not an appendix of another document: `i bilaga 2 till avtalet`; `bilaga 1 till protokollet` is the minutes' own)
const ATTACHMENT_REFERENCE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ATTACHMENT_REFERENCE_WORDS)})\\s+${ATTACH}\\s*(${ATTACHMENT_LIST})(?![${ANY_LETTER}\\d])(?!\\s+till\\s+(?!(?:${alternation(ATTACHMENT_OWN_DOCUMENTS)})(?![${ANY_LETTER}])))`, 'giu');
// `Handlingar: Bilaga 3`, `Underlag: bilaga 2 och 4`: the attachments a label over the point's documents names, wherever
// the line stands (run on with the lines around it in one paragraph, too)
const LABELLED_ATTACHMENTS = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ATTACHMENT_LIST_LABELS)})\\s*:\\s*${ATTACH}\\s*(${ATTACHMENT_LIST})(?![${ANY_LETTER}\\d])`, 'giu');
// `Förslag till attestordning, bilaga 6.`: a sentence that ends on its attachment after a comma, or a list's entry
// before the next (`Ansökan, bilaga 4, Budget, bilaga 5`)
const ATTACHMENT_AFTER_COMMA = new RegExp(`[,;]\\s*${ATTACH}\\s*(${ATTACHMENT_LIST})(?=\\.?(?:\\s+[${UPPER_LETTER}]|\\s*$)|,\\s*[${UPPER_LETTER}])`, 'gu');
// `… redovisas. Bilaga 3.`, `… chefen. Bilaga A Delårsrapport`: the attachment, capitalised, after a sentence on its line
// (a flattened page), alone or before its title
const ATTACHMENT_AFTER_SENTENCE = new RegExp(`[.!?]\\s+(?:${alternation(ATTACHMENT_WORDS.map(capitalise))})(?:\\s*:)?\\s*(${ATTACHMENT_LIST})(?=\\s*$|(?:\\s*[${DASH.slice(1, -1)}:.])?\\s+[${UPPER_LETTER}"”(])`, 'gu');
const CAPITAL = new RegExp(`^[${UPPER_LETTER}"”(]`, 'u');
const POSITION = new RegExp(`(?:${alternation(POSITION_WORDS)})$`, 'iu');
const MAX_TITLE_LENGTH = 600;
// a title is at most this many words when it has to be cut out of a body
const MAX_INLINE_TITLE_WORDS = 16;
// the words splitInlineTitle reads: the title's longest and one more, then at most four past it (labelStop's case number)
const WORDS_READ = MAX_INLINE_TITLE_WORDS + 8;
// and past them, where the title names its authors (whose names are no title words): two authors' names and brackets
const AUTHOR_WORDS = 8;

const PAGE_DIGITS = 3;
const SPACE = 32;
const STOP = 46;
const ELLIPSIS = 0x2026;
const MIN_LEADER_DOTS = 3;
/**
 * `Delgivningar... 25`, `Budget 2025 … 4`, `Revisionsberättelse...`: where a contents entry's dot leader (three stops or
 * more, or an ellipsis) and the page after it (if any, three digits at most) end a title, the index the leader's white
 * space starts at; -1 where no leader ends it. (Read from the end by hand: a pattern would be tried at every stop.)
 */
export function leaderStart(title: string): number {
  let k = title.length;
  while (k > 0 && title.length - k < PAGE_DIGITS && (title.charCodeAt(k - 1) - DIGIT_0) >>> 0 <= DIGIT_9 - DIGIT_0) k--;
  while (k > 0 && title.charCodeAt(k - 1) === SPACE) k--;
  if (k > 0 && title.charCodeAt(k - 1) === ELLIPSIS) k--;
  else {
    const dots = k;
    while (k > 0 && title.charCodeAt(k - 1) === STOP) k--;
    if (dots - k < MIN_LEADER_DOTS) return -1;
  }
  while (k > 0 && title.charCodeAt(k - 1) === SPACE) k--;
  return k;
}

/** `1-8` → 1…8, `4 - 5` → 4, 5, `1, 2 och 3` → 1, 2, 3, `2a` → 2a, `A–C` → A, B, C. */
export function expandAttachments(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/,|&|\+|(?<!\p{L})och(?!\p{L})/u)) {
    // (`enligt bilaga 3-4.`: the stop that ends the sentence is no part of the range's last number)
    const bare = trimEndOf(part.trim(), '.:');
    const range = RANGE.exec(bare);
    const letters = range ? null : LETTER_RANGE.exec(bare);
    if (letters) {
      const [a, b] = [letters[1]!.charCodeAt(0), letters[2]!.charCodeAt(0)];
      if (b >= a) for (let c = a; c <= b; c++) out.push(String.fromCharCode(c));
      else out.push(bare);
    } else if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b >= a && b - a < 100) for (let n = a; n <= b; n++) out.push(String(n));
      else out.push(bare);
    } else if (bare !== '') out.push(bare);
  }
  return out;
}

/** Attachments mentioned in body text as `(bilaga 3)`, or on a line of their own: `Bilaga 3`, `Bilagor: 1, 2`. */
export function attachmentsIn(text: string): string[] {
  // a mention needs a bracket and the word: tested before the pattern reads a whole body
  const inline = text.includes('(') && MAY_ATTACH.test(text) ? allMatches(ATTACHMENT_MENTION, text).flatMap((m) => expandAttachments(m[1]!)) : [];
  // (every word of an attachment says `bil`, the abbreviation `bil.` too: a body that says none has no list or reference)
  if (!MAY_ATTACH.test(text)) return inline;
  const lines: string[] = [];
  const referred: string[] = [];
  let heading = false;
  // the number the next entry of a numbered list under the heading has (0: no such list)
  let next = 0;
  for (const l of text.split('\n')) {
    // `Bilagor` / `a) Budget 2026 b) Verksamhetsplan`: a lettered list under the heading names the attachments
    const under = heading;
    const t = l.trim();
    // (an empty line opens no word: its first character is not read, a read past a string's end costs the function its
    // optimised code)
    const opensWord = !SAYS_BIL || (t !== '' && (t.charCodeAt(0) | 32) === LOWER_B);
    if (t !== '') heading = opensWord && t.length <= HEADING_LENGTH && ATTACHMENT_HEADING.test(t);
    if (under) lines.push(...letteredList(t));
    // `Bilagor:` / `1. Uppföljningsrapport` / `2. Indikatorer`: a numbered list under the heading, counted from 1
    if ((under || next > 0) && t !== '') {
      next = numberedEntry(t) === (next || 1) ? (next || 1) + 1 : 0;
      if (next > 0) lines.push(String(next - 1));
    }
    // `Bilagor: a) PM, b) Förslag till avtal`: the heading and its lettered list on one line
    const labelled = l.includes('a) ') ? LABELLED_LETTERS.exec(l) : null;
    if (labelled) lines.push(...letteredList(l.slice(labelled.index + labelled[0].length)));
    // every way of naming an attachment says `bil` (a plain test: most lines of a body do not)
    if (!MAY_ATTACH.test(l)) continue;
    const listed = opensWord ? attachmentLine(t) : null;
    if (listed !== null) lines.push(...expandAttachments(listed));
    // (`Bilaga A Resultaträkning Bilaga B Balansräkning`: a list's lines joined in one paragraph)
    if (listed !== null) for (const m of allMatches(ATTACHMENT_OPENS_AGAIN, l)) if (CAPITAL.test(m[2]!)) lines.push(...expandAttachments(m[1]!));
    // a list of attachments never runs on past its line (`enligt bilaga 1,` / `2. fördela …`)
    for (const m of allMatches(ATTACHMENT_REFERENCE, l)) referred.push(...expandAttachments(m[1]!));
    // (the label's colon, a plain character of the pattern's, first)
    if (l.includes(':')) for (const m of allMatches(LABELLED_ATTACHMENTS, l)) referred.push(...expandAttachments(m[1]!));
    if (l.includes(',')) for (const m of allMatches(ATTACHMENT_AFTER_COMMA, l)) referred.push(...expandAttachments(m[1]!));
    // (its capital, a plain literal of the pattern's, first)
    if (listed === null && l.includes('Bil')) for (const m of allMatches(ATTACHMENT_AFTER_SENTENCE, l)) referred.push(...expandAttachments(m[1]!));
  }
  return [...inline, ...lines, ...referred];
}

// `Bilagor`, `Bilagor:`: a heading over the list of attachments
const ATTACHMENT_HEADING = new RegExp(`^${ATTACH}\\s?:?$`, 'iu');
// `Bilagor: a) …`: the heading, then the list's first letter on the same line
const LABELLED_LETTERS = new RegExp(`(?<![${ANY_LETTER}])${ATTACH}:? (?=a\\) [${UPPER_LETTER}])`, 'iu');
// a lettered entry of a list: its letter, then a capital (`a) Budget 2026`)
const LETTERED_ENTRY = new RegExp(`(?:^|\\s)([a-h])\\) (?=[${UPPER_LETTER}])`, 'gu');
// a further `Bilaga 2 Title` in a line that opened with one (capitalised: a mention in a sentence is no entry)
const ATTACHMENT_OPENS_AGAIN = new RegExp(`\\s(?:${alternation(ATTACHMENT_WORDS.map(capitalise))})(?:\\s*:)?\\s*(${ATTACHMENT_LIST})(?:\\s*[${DASH.slice(1, -1)}:.])?\\s+(\\S)`, 'gu');

// a numbered entry of a list: its number, a stop or a bracket, then a capital (`1. Budget 2026`, `2) Plan`)
const NUMBERED_ENTRY = new RegExp(`^(\\d{1,2})[.)]\\s+[${UPPER_LETTER}]`, 'u');
/** The number of a numbered list's entry (`1. Budget`), or 0. */
function numberedEntry(line: string): number {
  const c = line.charCodeAt(0);
  const m = c >= 48 && c <= 57 ? NUMBERED_ENTRY.exec(line) : null;
  return m ? Number(m[1]) : 0;
}

/** The letters of a lettered list (`a) Budget b) Plan`) that counts from `a` on, or none. */
function letteredList(line: string): string[] {
  const letters = allMatches(LETTERED_ENTRY, line).map((m) => m[1]!);
  return letters.length > 0 && letters.every((l, k) => l.charCodeAt(0) - 97 === k) && line.startsWith('a)') ? letters : [];
}

/** The attachments a line of its own names: `Bilaga 3`, `Bilaga 1 Bokslut 2022`. */
function attachmentLine(line: string): string | null {
  const alone = ATTACHMENT_LINE.exec(line);
  if (alone) return alone[1]!;
  const opens = ATTACHMENT_OPENS.exec(line);
  return opens && (CAPITAL.test(opens[2]!) || opens[2] === '§') ? opens[1]! : null;
}

// `(pdf)`, `(html)`: a link to the point's paper after its title on a web list of §§
const LINK_FORMAT = new RegExp(`\\s\\((?:${alternation(WEB_WRAPPERS.linkFormats)})\\)$`, 'iu');
/** The title without the links to its paper written after it (`… (pdf) (html)`). */
function withoutLinks(title: string): string {
  let t = title;
  for (let m = LINK_FORMAT.exec(t); m && m.index > 0; m = LINK_FORMAT.exec(t)) t = t.slice(0, m.index);
  return t;
}

export function readTitle(written: string): ReadTitle {
  // (a link's bracket ends the title: most titles end otherwise, and are passed by)
  let title = written.endsWith(')') ? withoutLinks(collapse(written)) : collapse(written);
  // suffixes are read off the end only: a title longer than this is body text run on
  if (title.length > MAX_TITLE_LENGTH) title = title.slice(0, MAX_TITLE_LENGTH);
  let type: ItemType | null = null;
  // (the title is collapsed, no white space around it: longer than a mark alone, it is none, and the reader is not asked)
  let withdrawn = title.length <= MARK_ALONE_LENGTH && isWithdrawnMark(title);
  const attachments: string[] = [];
  // (the type's label and the type's suffix each need a dash, or the label a colon, and the label a type word's first
  // letter: plain looks before the patterns, over the title as it comes, which only gets shorter; the title is
  // collapsed, so the white space before the label's dash is a space)
  let dashed = false;
  let spacedDash = false;
  for (const d of DASH_CHARS) {
    dashed ||= title.includes(d);
    spacedDash ||= title.includes(` ${d}`);
  }
  // (a time column after the type's or the attachments' column: its two digits end the title, looked at by their codes first)
  const column = (title.charCodeAt(title.length - 1) - DIGIT_0) >>> 0 <= 9 && (title.charCodeAt(title.length - 2) - DIGIT_0) >>> 0 <= 9 ? columnHour(title) : null;
  if (column) title = column.title;
  const prefix = MAY_OPEN_TYPE(title) && (spacedDash || title.includes(':')) ? TYPE_PREFIX.exec(title) : null;
  if (prefix) {
    type = TYPE_LINE_OF.get(prefix[1]!.toLowerCase()) ?? null;
    title = title.slice(prefix[0].length);
  }
  for (let changed = true; changed; ) {
    changed = false;
    // (a cheap test first: most titles hold no such word)
    const w = !withdrawn && /utg|stru|strö|avf/i.test(title) ? (WITHDRAWN_SUFFIX.exec(title) ?? WITHDRAWN_CAPITAL.exec(title)) : null;
    if (w && w.index > 0) {
      withdrawn = true;
      title = title.slice(0, w.index).trimEnd();
      changed = true;
    }
    const r = remarkEnds(title) ? REMARK_SUFFIX.exec(title) : null;
    // (`Information om handlingar på bordet`: the words a title's link word governs are its own)
    if (r && r.index > 0 && !isTitleLink(title.slice(title.lastIndexOf(' ', r.index - 1) + 1, r.index).toLowerCase())) {
      title = title.slice(0, r.index).trimEnd();
      changed = true;
    }
    const t =
      (dashed ? TYPE_SUFFIX.exec(title) : null) ??
      (title.includes('.') ? TYPE_AFTER_STOP.exec(title) : null) ??
      (RUN_ON_TYPE_TAILS.has(title.slice(-5)) ? TYPE_COLUMN_RUN_ON.exec(title) : null) ??
      (title.endsWith(')') ? TYPE_BRACKET.exec(title) : null);
    if (t && t.index > 0) {
      type ??= TYPE_OF.get(t[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? null;
      title = title.slice(0, t.index).trimEnd();
      changed = true;
    }
    // (each pattern needs its bracket, comma or capital: plain searches first, as most titles hold none)
    const a =
      (title.includes('(') ? ATTACHMENT_SUFFIX.exec(title) : null) ??
      ((title.includes(',') || title.includes(';')) && MAY_ATTACH.test(title) ? ATTACHMENT_BARE_SUFFIX.exec(title) : null) ??
      (title.includes('Bil') ? ATTACHMENT_LABEL_SUFFIX.exec(title) : null);
    if (a && a.index > 0) {
      attachments.unshift(...expandAttachments(a[1]!));
      title = title.slice(0, a.index).trimEnd();
      changed = true;
    }
  }
  // `Delgivningar... 25`: a contents entry's leader and its page after the title
  if (title.includes('..') || title.includes('…')) {
    const leader = leaderStart(title);
    if (leader > 0) title = title.slice(0, leader);
  }
  // (the minutes' two digits end a title with its hour, a bracket after them at most: looked at by their codes first)
  const end = title.charCodeAt(title.length - 1) === CLOSING_BRACKET ? title.length - 1 : title.length;
  const last = title.charCodeAt(end - 1);
  const before = title.charCodeAt(end - 2);
  let timed = last >= DIGIT_0 && last <= DIGIT_9 && before >= DIGIT_0 && before <= DIGIT_9 ? titleHour(title) : null;
  // (`Rapport från rektor 13.10 Information Bilaga 1`: the time column before the type's or the attachments' column, which
  // were read off the end: a bare hour left there is the row's time too)
  if (timed === null && column === null && (type !== null || attachments.length > 0) && last >= DIGIT_0 && last <= DIGIT_9) {
    const m = BARE_HOUR.exec(title);
    if (m && m.index > 0) timed = { title: title.slice(0, m.index), hour: { at: `${m[1]!.padStart(2, '0')}:${m[2]}`, edge: null } };
  }
  if (timed) title = timed.title;
  // `… 1:40 m.fl.`: an abbreviation keeps its stop
  const abbreviated = title.endsWith('.') && TITLE_END_ABBREVIATIONS.some((a) => title.endsWith(` ${a}`));
  const read: ReadTitle = { title: abbreviated ? title : trimEndOf(title, '.,;:'), attachments, type };
  if (withdrawn) read.withdrawn = true;
  if (timed) read.hour = timed.hour;
  else if (column) read.hour = column.hour;
  return read;
}

// a word in small letters (`ärendet`, `samband`), and the small words a Roman `I` stands before in a title
const SMALL_WORD = new RegExp(`^[${LOWER_LETTER}]{2,}[,.]?$`, 'u');
const AFTER_ROMAN = new Set<string>(['och', 'samt', 'till', 'av']);
const ENDS_SMALL = new RegExp(`[${LOWER_LETTER}][,.]?$`, 'u');
/** `I` at word i opens a sentence: a word that ends in small letters before it, one in small letters after it (not `… etapp I och II`). */
const opensWithI = (words: readonly string[], i: number): boolean =>
  ENDS_SMALL.test(words[i - 1]!) && SMALL_WORD.test(words[i + 1] ?? '') && !AFTER_ROMAN.has(words[i + 1]!) && !isTitleLink(words[i - 1]!);

/** The index of the word that opens at character `at` of a text whose words are one space apart. */
const wordAt = (text: string, at: number): number => text.slice(0, at).split(' ').length - 1;
// the authored words' stems as written in a title, in either case (`Motion`, `motion`, `Initiativ`, `initiativärende`)
const AUTHORED_STEMS = AUTHORED_TITLE_WORDS.map((w) => w.slice(1, 5));
const mayNameAuthor = (t: string): boolean => AUTHORED_STEMS.some((s) => t.includes(s));

// a name found at a word past the title's longest and one more (the position before a name)
// cuts nothing; whether a word opens an entry is told by it and at most three words after it
// (a party's letters, then a given name and the word after that)
const NAME_LOOKAHEAD = 5;
/** The first `n` words of a text whose words are one space apart. */
function openingWords(text: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at);
}

/**
 * Cut a title off the body that follows it on the same line. The title ends before the
 * first capitalised word that starts a new sentence: one not after a preposition
 * (`Information från Försäkringskassan`), not an acronym, not a number.
 */
export function splitInlineTitle(text: string): { title: string; body: string } {
  const t = collapse(text);
  const sentence = /^(.{3,200}?[.:?!])\s+(?=\p{Lu})/u.exec(t);
  // (only the opening words are read: a title's longest, and the few after it that tell a label, a company or a property;
  // a flattened page run on after the title is not split into thousands of words)
  // `Svar på motion från Eva Ek (S) om …`: the author's name is the title's, and no title word (title-author.ts)
  // (its words asked of only where a title names what a member brought, its word `motion`, `initiativ`, … looked for first)
  const mayAuthor = mayNameAuthor(t);
  const words = openingWords(t, mayAuthor ? WORDS_READ + AUTHOR_WORDS : WORDS_READ).split(' ');
  let cut = -1;
  const author = mayAuthor ? authorSpan(words, MAX_INLINE_TITLE_WORDS) : null;
  const longest = MAX_INLINE_TITLE_WORDS + (author === null ? 0 : author.to - author.from);
  // a person's name opens the body (`Uppföljning av insatsen Vägen In Emir Dedic redovisar …`)
  // (only a name within a title's words counts: the splitter reads those and the words that tell a name, not a whole page run on)
  const person = personStarts(openingWords(t, longest + NAME_LOOKAHEAD)).find((at) => at > 0 && (author === null || wordAt(t, at) >= author.to));
  let personWord = person === undefined ? -1 : wordAt(t, person);
  // `… kommunchefen Kommunchef Maria Lund informerar`: the position before the name opens the body too
  if (personWord > 1 && POSITION.test(words[personWord - 1]!) && OPENS_UPPER.test(words[personWord - 1]!)) personWord--;
  if (personWord > 0 && personWord <= longest) cut = personWord;
  // … unless a sentence opens before the name (`Val av justerare Styrelsen utser Kent Berg att …`):
  // then the title ends at the first capitalised word, as where no name follows
  // (or a sentence opening on a preposition in capitals, not after another preposition: `Val av justerare Till justerare valdes Per Alm.`)
  if (cut > 0 && (sentenceSubject(words, cut) > 0 || linkOpensSentence(words, cut))) cut = -1;
  // (past the title's longest where it names its authors: all the words read, the title's capitals counted after the names)
  for (let i = 1, last = author === null ? Math.min(words.length, longest + 1) : words.length; cut < 0 && i < last; i++) {
    if (author !== null && i >= author.from && i < author.to) continue;
    const w = words[i]!;
    const prev = words[i - 1]!.toLowerCase().replace(/[,;]$/, '');
    // `… om utvecklingsgrupp för förskolan I ärendet föreligger …`: the preposition `I` opening a sentence, a word in small
    // letters after it (a Roman one in a title stands after a capital or before `och`)
    if (w === 'I' && opensWithI(words, i)) {
      cut = i;
      break;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
    if (isTitleLink(prev)) continue;
    // `… på fastigheten Ekbacken 1:2`, `… Västra Hagen 3:14`: a property's name before its number is the title's
    if (namesProperty(words, i)) continue;
    // `… avtal med Sundby Energi AB Förbundschefen …`: a company's name runs to its legal form
    const form = companyFormAfter(words, i);
    if (form > 0) {
      i = form;
      continue;
    }
    // `Regionförbundet Kalmars årsredovisning …`: a name's genitive after its first word owns the noun after it
    // (not `Avgifter Ordförandens förslag: …`, a proposal's label, which opens the body)
    if (GENITIVE_NAME.test(w) && OPENS_UPPER.test(words[i - 1]!) && OPENS_LOWER.test(words[i + 1] ?? '') && !opensWithProposal(words.slice(i, i + PROPOSAL_LABEL_WORDS).join(' '))) continue;
    cut = i;
    break;
  }
  // `… – Projekt Steget vidare Dnr 2022/14 Förbundschefen …`, `… januari 2024 Dnr KS 2024/12 Föredragande: Eva Ek`:
  // a case number's label or a presenter's opens what follows the title, whatever capitals stand before it
  // (past a capital that seemed to open the body, as long as no name and no sentence's subject and verb stand before it)
  const label = labelStop(words, Math.min(words.length, longest + 1));
  if (label > 0 && (cut < 0 || label < cut || ((personWord < 0 || personWord > label) && sentenceSubject(words, label) < 0))) cut = label;
  // `DELGIVNINGAR antecknar följande …`: a title in capitals ends with them where the body runs on in lower case
  const capitals = OPENS_IN_CAPITALS.test(t) ? capitalsStop(words) : -1;
  if (capitals > 0 && (cut < 0 || capitals < cut)) cut = capitals;
  // `Val av justerare Beslut att utse Per Alm …`: a decision's heading ends the title before any capital or name after it
  const heading = headingStop(words, cut > 0 ? cut : Math.min(words.length, longest + 1));
  if (heading > 0) cut = heading;
  const byWords = cut > 0 ? words.slice(0, cut).join(' ') : null;
  const bySentence = sentence ? sentence[1]! : null;
  let title = byWords ?? bySentence ?? t;
  if (bySentence && bySentence.length < title.length) title = bySentence;
  return { title: trimEndOf(title, ',;:.'), body: trimStartOf(t.slice(title.length), ',;:.') };
}

// a title printed in capitals (two capital letters open it) and a word of it: capitals, digits and the marks between them
const OPENS_IN_CAPITALS = new RegExp(`^[${UPPER_LETTER}]{2}`, 'u');
const CAPITALS_WORD = new RegExp(`^[${UPPER_LETTER}\\d][${UPPER_LETTER}\\d/().:&-]*,?$`, 'u');
// so many capitals at least: fewer are an acronym before a title in small letters (`FINSAM medel för året`)
const MIN_CAPITALS = 7;
/**
 * `DELGIVNINGAR antecknar följande …`, `FÖREDRAGNINGSLISTAN, godkännande gör …`: Finnish minutes print a title in
 * capitals, and a flattened page that lost the body's subject (the organ's name in a column of its own) runs the body on
 * in small letters. The title ends with its capitals, and the one word in small letters after a comma that qualifies it;
 * the index of the body's first word, or -1 where the title is no such.
 */
function capitalsStop(words: readonly string[]): number {
  let i = 0;
  let letters = 0;
  while (i < words.length && i < MAX_INLINE_TITLE_WORDS && CAPITALS_WORD.test(words[i]!)) letters += words[i++]!.replace(/[^\p{L}]/gu, '').length;
  if (i === 0 || letters < MIN_CAPITALS) return -1;
  // (after the qualifier the body may open on its subject too, capitalised: `PROTOKOLLJUSTERARE, val Fullmäktige utser …`)
  if (words[i - 1]!.endsWith(',') && OPENS_LOWER.test(words[i] ?? '')) return ++i < words.length && !CAPITALS_WORD.test(words[i]!) ? i : -1;
  return i < words.length && OPENS_LOWER.test(words[i]!) ? i : -1;
}

/** `DELGIVNINGAR antecknar …`: the text is a title in capitals with a body in small letters run on after it (see capitalsStop). */
export function endsWithCapitals(text: string): boolean {
  const t = collapse(text);
  return OPENS_IN_CAPITALS.test(t) && capitalsStop(openingWords(t, MAX_INLINE_TITLE_WORDS + 1).split(' ')) > 0;
}

const GENITIVE_NAME = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+s$`, 'u');
// the words a proposal's label after a genitive runs to at most (`Ordförandens förslag till beslut:`)
const PROPOSAL_LABEL_WORDS = 4;

/** A preposition in capitals before `end`, not after another preposition: a new sentence (`… protokolljusterare Till …`). */
function linkOpensSentence(words: readonly string[], end: number): boolean {
  for (let i = 1; i < end; i++) {
    const w = words[i]!;
    // (not after another preposition: `Information från Till Unga` names something)
    if (/^\p{Lu}\p{Ll}*$/u.test(w) && isTitleLink(w.toLowerCase()) && !isTitleLink(words[i - 1]!.toLowerCase())) return true;
  }
  return false;
}

/**
 * The first word before `end` that heads a part of the body (`Beslut`, `Beslutsunderlag`, `Förslag till beslut`),
 * in capitals and not before a preposition (`Beslut om …` names a title's subject); -1 where none does.
 */
function headingStop(words: readonly string[], end: number): number {
  for (let i = 1; i < end; i++) {
    if (!/^\p{Lu}\p{Ll}+:?$/u.test(words[i]!) || isTitleLink((words[i + 1] ?? '').toLowerCase()) || DASHES.has(words[i - 1]!)) continue;
    if (isBodyHeading(words[i]!) || isBodyHeading(words.slice(i, i + 3).join(' '))) return i;
  }
  return -1;
}
const DASHES = new Set(['-', '–', '—']);

// the labels that end a run-on title: a case number's (with its number after it) and a presenter's (with a colon or a name)
const CASE_LABEL_WORD = new RegExp(`^(?:${alternation(CASE_NUMBER_LABELS.filter((l) => !l.includes(' ')))})[:.]?$`, 'iu');
const PRESENTER_LABEL_WORD = new RegExp(`^(?:${alternation(PRESENTER_LABELS)}):?$`, 'iu');
/** The first word before `end` (after the title's first two) that is a case number's or a presenter's label; -1 where none is. */
function labelStop(words: readonly string[], end: number): number {
  for (let i = 2; i < end; i++) {
    const w = words[i]!;
    // (labels open in capitals in a run-on heading: `dnr` in lower case is a sentence's word)
    if (!OPENS_UPPER.test(w)) continue;
    if (CASE_LABEL_WORD.test(w) && readCaseNumber(words.slice(i, i + 5).join(' '))?.before === '') return i;
    if (PRESENTER_LABEL_WORD.test(w) && (w.endsWith(':') || OPENS_UPPER.test(words[i + 1] ?? ''))) return i;
  }
  return -1;
}

const COMPANY_FORM = new Set<string>(COMPANY_FORMS);
// the words of a company's name before its legal form (`Norra Sundby Energi AB`)
const COMPANY_NAME_WORDS = 3;
/** The index of a legal form (`AB`) that ends a run of capitalised words opening at i; -1 where none does. */
function companyFormAfter(words: readonly string[], i: number): number {
  for (let j = i; j < words.length && j <= i + COMPANY_NAME_WORDS; j++) {
    const w = trimEndOf(words[j]!, ',;.');
    if (COMPANY_FORM.has(w) && (j > i || OPENS_UPPER.test(words[i - 1] ?? ''))) return j;
    if (!OPENS_UPPER.test(w)) return -1;
  }
  return -1;
}
// a property's number after its name: the block and the unit (`1:2`, `23:19,`)
const PROPERTY_NUMBER = /^\d{1,4}:\d{1,4}[,.]?$/u;
/** The word at i is (part of) a property's name: a property number follows within two words. */
const namesProperty = (words: readonly string[], i: number): boolean =>
  PROPERTY_NUMBER.test(words[i + 1] ?? '') || (OPENS_UPPER.test(words[i + 1] ?? '') && PROPERTY_NUMBER.test(words[i + 2] ?? ''));

// a noun that opens a sentence (`Styrelsen`, `Förbundschefen`, `Revisorerna`) and the finite verb after it (`utser`, `redovisade`)
const SUBJECT_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+$`, 'u');
// (the passive too, past and present, as terse minutes tell a point: `Programmet diskuterades`, `Rapporten godkänns`)
const FINITE_VERB = new RegExp(`^[${LOWER_LETTER}]{3,}(?:ar|er|ör|år|ir|de|te|des|tes|as|ns|gs)$`, 'u');
const NOT_VERB = new Set<string>(NOT_FINITE_VERBS);

/** The first word before `end` that opens a sentence with a one-word subject and its verb; -1 where none does. */
function sentenceSubject(words: readonly string[], end: number): number {
  for (let i = 1; i < end; i++) {
    const verb = trimEndOf(words[i + 1] ?? '', ':,.');
    if (SUBJECT_WORD.test(words[i]!) && FINITE_VERB.test(verb) && !NOT_VERB.has(verb) && !isTitleLink(words[i - 1]!.toLowerCase())) return i;
  }
  return -1;
}

export interface AgendaColumns {
  title: string;
  presenter: string | null;
  attachments: string[];
  type: ItemType | null;
  /** Sentences in columns of their own (`Åtgärd/beslut`: `Godkändes.`): the row's text. */
  text?: string;
}

const COLUMN_GAP = /\t+| {3,}/;
const ATTACHMENT_COLUMN = new RegExp(`^${ATTACH}\\s*(${ATTACHMENT_LIST})$`, 'iu');
const TYPE_COLUMN = new RegExp(`^(?:${alternation(ITEM_TYPE_SUFFIXES.flatMap((t) => t.words))})$`, 'iu');
const PRESENTER_COLUMN = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${UPPER_LETTER}]?[${ANY_LETTER}-]+){0,3}$`, 'u');
// `13.00`, `kl. 13.30`, `09.10–09.40`: a timetable's column of hours, no part of a title or a text
const HOUR_COLUMN = /^(?:kl\.?\s?)?\d{1,2}[.:]\d\d(?:\s?[-–]\s?\d{1,2}[.:]\d\d)?$/u;

/**
 * An agenda row of a table (`4.   Delårsrapport 2024     Förbundschef     Bilaga 1`): the
 * first column is the title; the others are read as attachment, type or presenter.
 * A column that is none of these stays part of the title.
 */
export function splitAgendaColumns(row: string, bareAttachments = false, documents?: ReadonlySet<string>): AgendaColumns | null {
  // (most headings have no gap between columns: one cell, no split to build)
  if (!row.includes('\t') && !row.includes('   ')) return null;
  const cols = row.split(COLUMN_GAP).map((c) => c.trim()).filter((c) => c !== '');
  if (cols.length < 2) return null;
  const out: AgendaColumns = { title: cols[0]!, presenter: null, attachments: [], type: null };
  for (const c of cols.slice(1)) {
    if (HOUR_COLUMN.test(c)) continue;
    const a = ATTACHMENT_COLUMN.exec(c);
    if (a) out.attachments.push(...expandAttachments(a[1]!));
    // (a cell under the head row's `Beslutsunderlag`: the documents the point is decided on, kept as its text)
    else if (documents?.has(c) === true) out.text = out.text === undefined ? c : `${out.text} ${c}`;
    // (`1` under a head row's `Bilaga`: attachments-column.ts)
    else if (bareAttachments && BARE_ATTACHMENTS.test(c)) out.attachments.push(...expandAttachments(c));
    else if (TYPE_COLUMN.test(c)) out.type ??= TYPE_OF.get(c.toLowerCase().replace(/\s+/g, ' ')) ?? null;
    // (`Ekonomichef Eva Berg`: the name, as a presenter is given where the text names one)
    else if (PRESENTER_COLUMN.test(c) && out.presenter === null) out.presenter = nameOf(c);
    // (`Godkändes.`, `Följs upp i juni.`: a column of decisions or actions, no part of a title)
    else if (CELL_SENTENCE.test(c)) out.text = out.text === undefined ? c : `${out.text} ${c}`;
    else out.title += ' ' + c;
  }
  return out;
}
// a capital and a full stop at the end: a sentence in a cell of its own
const CELL_SENTENCE = new RegExp(`^[${UPPER_LETTER}].*[.!?]$`, 'u');

/**
 * The other cells of an agenda row whose cells wrap (`5   Verksamhetsplan 2026   2025/38   Anna Ek` /
 * `    Förslag till beslut: …`): a cell that names a person (a given name first, or a position
 * and then one), an attachment or a type is read as the column it is, as on a row of one line;
 * the cells left are the row's text.
 */
export function splitRowCells(cells: readonly (readonly string[])[]): { columns: Omit<AgendaColumns, 'title'>; rest: string[][] } {
  const columns: Omit<AgendaColumns, 'title'> = { presenter: null, attachments: [], type: null };
  const rest: string[][] = [];
  for (const cell of cells) {
    const c = collapse(cell.join(' '));
    const a = ATTACHMENT_COLUMN.exec(c);
    const words = c.split(' ');
    if (HOUR_COLUMN.test(c)) continue;
    if (a) columns.attachments.push(...expandAttachments(a[1]!));
    else if (TYPE_COLUMN.test(c) && columns.type === null) columns.type = TYPE_OF.get(c.toLowerCase()) ?? null;
    else if (columns.presenter === null && namesPerson(c, words)) columns.presenter = nameOf(c);
    else rest.push([...cell]);
  }
  return { columns, rest };
}

/**
 * A cell that is a person's name: a given name first, or a position and then one (`Anna Ek`, `Förbundschef Anna Ek`);
 * or a position alone, as presenters' columns write them (`Förbundschef`, `Ordförande`).
 */
const namesPerson = (cell: string, words: readonly string[]): boolean =>
  PRESENTER_COLUMN.test(cell) && (words.length === 1 ? POSITION.test(cell) : isGivenName(words[0]!) || (POSITION.test(words[0]!) && words.length >= 3 && isGivenName(words[1]!)));

/**
 * The presenter of a point whose whole text is one person's name (`3` / `Verksamhetsplan 2026` /
 * `2025/38` / `Anna Ek`: an agenda table whose cells an extractor put a line each): the name, or null.
 */
export function presenterCell(text: string): string | null {
  const t = collapse(text);
  return t.length <= 60 && CAPITALISED_WORDS.test(t) && namesPerson(t, t.split(' ')) ? nameOf(t) : null;
}
// a name and the position before it, every word capitalised (not `Ekonomichef Eva Ek föredrar`)
const CAPITALISED_WORDS = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${UPPER_LETTER}][${ANY_LETTER}-]*){1,3}$`, 'u');

/**
 * An agenda row flattened with single spaces, its case number between the title and the
 * other columns (`Budget 2025 SN 2024/12 Eva Dahl`, `Taxor KS 2023/45 Beslut`): the title,
 * the case number, and what follows read as the columns of a row. Null when what follows
 * the case number is no presenter, type or attachment (then it is part of the title).
 */
export function splitCaseRow(text: string): (AgendaColumns & { caseNumber: string }) | null {
  const hit = caseNumberInRow(text);
  if (!hit || hit.after === '') return null;
  const row = splitAgendaColumns(`${hit.before}   ${hit.after}`);
  // (what follows the case number must be the row's other cells, not the § text run on: `… KFN 2023/55 Förvaltningen redovisar …`)
  return row && row.title === hit.before && row.text === undefined ? { ...row, caseNumber: hit.caseNumber } : null;
}

const PRESENTING_NOUNS = new Set<string>(PRESENTED_BY_NOUNS);
// the word before a name that makes the name the title's object, not its presenter (`Avtackning av Per Holm`)
const OBJECT_BEFORE = new Set<string>([...SENTENCE_GOES_ON, 'efter', 'avliden', 'avlidne']);
// (a capital inside a family name too: `MacLeod`, `McKenzie`)
const NAME_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-?[${UPPER_LETTER}][${LOWER_LETTER}]+)?$`, 'u');
// a middle initial between a given name and the family name (`Eva K Lund`, `Eva K. Lund`)
const INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.?$`, 'u');

/**
 * An agenda row whose presenter's column was flattened into the title's end (`Information
 * om dataskydd Tor Alm`, `Tilläggsbelopp Cecilia Palm och Leif Ås`): the title and who
 * presents. A name is a known given name and a capitalised word; the word before it must
 * not make it the title's object (`Avtackning av Per Holm`, `Entledigande ledamot Per Holm`).
 */
export function splitTrailingPresenter(title: string): { title: string; presenter: string } | null {
  const words = title.split(' ');
  let from = nameBefore(words, words.length);
  // (`… Cecilia Palm och Louice Ås`: after a known name and `och`, a second name of two words whose given name the lexicon lacks)
  if (from < 0 && words.length >= 5 && words[words.length - 3] === 'och' && NAME_WORD.test(words[words.length - 2]!) && NAME_WORD.test(words[words.length - 1]!) && nameBefore(words, words.length - 3) >= 0) from = words.length - 2;
  if (from < 0) return null;
  // `… Cecilia Palm och Leif Ås`, `… Catharina Ek, Anna Frank`
  const joiner = words[from - 1];
  if (joiner === 'och' || words[from - 1]?.endsWith(',')) {
    const end = joiner === 'och' ? from - 1 : from;
    const first = nameBefore(words.map((w, k) => (k === end - 1 ? trimEndOf(w, ',') : w)), end);
    if (first >= 0) from = first;
  }
  const before = words[from - 1];
  // (a position before the name is the presenter's own, `ekonom Lena Ek`: no row's; but not one the title governs, `stöd i form
  // av elevassistent Anna Ek och Per Ås`, the title's last words and the presenters' names after them)
  // (`presentation av förbundschef Eva Holm` is who presents: the noun of a presenting before the `av`)
  const governed = OBJECT_BEFORE.has(words[from - 2]?.toLowerCase() ?? '') && !PRESENTING_NOUNS.has(words[from - 3]?.toLowerCase() ?? '');
  const ownPosition = before !== undefined && POSITION.test(before) && !governed;
  if (from < 1 || before === undefined || OBJECT_BEFORE.has(before.toLowerCase()) || ownPosition || !/[\p{L}\d)]$/u.test(before)) return null;
  return { title: words.slice(0, from).join(' '), presenter: words.slice(from).join(' ') };
}

/** Where a name of two or three words that ends at `end` starts, or -1. */
function nameBefore(words: readonly string[], end: number): number {
  if (end >= 3 && NAME_WORD.test(words[end - 1]!) && INITIAL.test(words[end - 2]!) && isGivenName(words[end - 3]!)) return end - 3;
  if (end < 2 || !NAME_WORD.test(words[end - 1]!) || !NAME_WORD.test(words[end - 2]!)) return -1;
  if (end >= 3 && NAME_WORD.test(words[end - 3]!) && isGivenName(words[end - 3]!)) return end - 3;
  return isGivenName(words[end - 2]!) ? end - 2 : -1;
}

// `Information från förvaltningen – Förvaltningschef Ann-Sofi Berg föredrar`: who presents, after a dash
const PRESENTER_SUFFIX = new RegExp(`\\s${DASH}\\s+([${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${UPPER_LETTER}][${ANY_LETTER}-]*){0,3}\\s(?:${alternation(PRESENTER_VERBS.filter((v) => !v.endsWith(' av')))}))\\.?$`, 'u');

// `Ekonomisk uppföljning Föredragande: Lena Ek`: a flattened agenda's presenter label and name after the title
// (an attachment's mark may follow it: `… Föredragande: Lena Ek Bilaga 2`, which stays with the title)
// (or the position, with its holder's name or alone: `Föredragande: ekonom Lena Ek`, `Föredragande: förbundschef`)
// (or two or more people: `Föredragande: Lena Ek, Per Holm`, `Föredragande: Lena Ek och Per Holm`)
const LABELLED_PERSON = `[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${UPPER_LETTER}][${ANY_LETTER}-]*){1,3}?`;
const LABELLED_PRESENTER = new RegExp(
  `\\s((?:${alternation(PRESENTER_LABELS.map(capitalise))}):\\s*(?:[${LOWER_LETTER}][${ANY_LETTER}-]{3,30}(?:\\s[${UPPER_LETTER}][${ANY_LETTER}-]*){0,3}|${LABELLED_PERSON}(?:(?:,\\s|\\soch\\s)${LABELLED_PERSON}){0,3}))(?=\\s+(?:${alternation([...ATTACHMENT_WORDS, ...ATTACHMENT_WORDS.map(capitalise)])})\\s*\\d|$)`,
  'u',
);

/** What every presenter's verb and label says (`föredrar`, `Föredragande:`): a title without it ends on no presenter. */
export const PRESENTER_STEM = 'öredra';
/** A title that ends on who presents it, after a dash or a presenter's label: the title, and that clause as body text. */
export function splitPresenterSuffix(title: string): { title: string; body: string } | null {
  if (!title.includes(PRESENTER_STEM)) return null;
  const m = PRESENTER_SUFFIX.exec(title) ?? LABELLED_PRESENTER.exec(title);
  return m && m.index > 0 ? { title: title.slice(0, m.index) + title.slice(m.index + m[0].length), body: m[1]! } : null;
}

// `Ekonomi: Kansliet redovisade …`, `Insatser 2025 – Gruppen diskuterade …`: a short heading, then a sentence
const POINT_TEXT = new RegExp(`^([^.!?:]{3,60}?)(?::|\\s${DASH})\\s+(?=[${UPPER_LETTER}\\d])(.+)$`, 'u');
const POINT_TITLE_WORDS = 6;
// what follows a colon is text when it is a sentence of this many words; after a dash, a longer one
const COLON_TEXT_WORDS = 3;
const DASH_TEXT_WORDS = 5;

// a standing point's title and what follows it: a decision's `att …` or a sentence
const STANDING_RUN_ON = new RegExp(`^(${alternation(STANDING_POINTS.flatMap((p) => [p, capitalise(p)]))})[.:]?\\s+(?=att\\s+[${LOWER_LETTER}]|[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');

/**
 * The title of a point nearly every meeting has, run on with its text (`Fastställande av
 * dagordning att fastställa dagordningen`, `Övriga frågor Inga övriga frågor.`): the title
 * and that text. Null where the title is no such point's, or nothing follows it.
 */
export function splitStandingTitle(text: string): { title: string; body: string } | null {
  const m = STANDING_RUN_ON.exec(text);
  if (!m) return null;
  // (`Mötets öppnande Beslut 13.00`: what follows is an agenda row's type, attachments or time columns, no text: the row
  // is read whole as a title, see readTitle)
  const row = readTitle(text);
  if (row.title === m[1] && (row.type !== null || row.attachments.length > 0 || row.hour !== undefined)) return null;
  return { title: m[1]!, body: text.slice(m[0].length) };
}

/**
 * A point of notes that carries its text on the number's line (`3. Ekonomi: Kansliet
 * redovisade utfallet. …`, `4. Insatser 2025 – Gruppen diskuterade …`): the heading before
 * the colon or dash, and the sentences after it as body. Null when what follows is no
 * sentence (`Remiss: Ny lag om …`, `Budget – beslut`).
 */
export function splitPointText(text: string): { title: string; body: string } | null {
  if (!text.includes(':') && !/\s[-–—]\s/u.test(text)) return null;
  const m = POINT_TEXT.exec(collapse(text));
  if (!m) return null;
  const title = m[1]!.trim();
  const body = m[2]!.trim();
  // (a question after it is part of the title: `VP 2024 – har målen spelat ut sin roll?`)
  if (title.split(' ').length > POINT_TITLE_WORDS || !/[.!]$/u.test(body)) return null;
  const dash = m[0]!.charAt(m[1]!.length) !== ':';
  return body.split(' ').length >= (dash ? DASH_TEXT_WORDS : COLON_TEXT_WORDS) ? { title, body } : null;
}

// `Delårsrapport Bilagor: a) PM, b) Rapporten`, `Studieresa Bilaga: Offert från resebyrån`: the label of the point's
// documents, capitalised with its colon, run on after the title (a flattened agenda's line); not a list of numbers
// alone, which ends the title as its attachments (`Budget Bilagor: 1, 2`)
const ATTACHMENT_LABEL_RUN_ON = new RegExp(`\\s(?:${alternation(ATTACHMENT_WORDS.map(capitalise))})\\s?:\\s+(?=\\S)`, 'u');
const ATTACHMENTS_ONLY = new RegExp(`^(?:${ATTACHMENT_LIST})\\.?$`, 'iu');

/** The title and the label of its documents with what follows it, where a title ran on into them; null otherwise. */
export function splitAttachmentLabel(title: string): { title: string; body: string } | null {
  // (every label's word holds `il`, and the label its colon: most titles are passed by before the pattern)
  if (!title.includes('il') || !title.includes(':')) return null;
  const m = ATTACHMENT_LABEL_RUN_ON.exec(title);
  if (!m || m.index === 0) return null;
  const rest = title.slice(m.index + m[0].length).trim();
  return ATTACHMENTS_ONLY.test(rest) ? null : { title: title.slice(0, m.index).trimEnd(), body: title.slice(m.index + 1) };
}

// the end of a point's first sentence: a stop after a word of three letters or more (not `ordf.`, `bl.a.`), a capital
// and a small letter after it (`… lämnar styrelsen. Ett varmt tack …`)
const FIRST_SENTENCE_END = new RegExp(`^(\\S+(?:\\s+\\S+){2,}?\\s[${ANY_LETTER}\\d]{3,}[.!?])\\s+(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');

/** A point's heading of several sentences: the first, and the others; null for one sentence. */
export function splitFirstSentence(text: string): { title: string; body: string } | null {
  // (a second sentence needs a stop before the end: most headings hold none, or only at their end)
  const stop = text.search(/[.!?]\s/u);
  if (stop < 0) return null;
  const m = FIRST_SENTENCE_END.exec(text);
  return m ? { title: m[1]!, body: text.slice(m[0].length) } : null;
}

// a lettered sub-point run on in its point's title: ` a) ` before a capital, or with the point's
// number before the letter (` 1.a `, ` 1a) `, ` 1.a) `)
// (or a capital and a slash, `Information och överläggningar A/ Verksamheten B/ Ekonomin`, its letter the label in small)
const INLINE_SUB_POINT = new RegExp(`\\s(?:([a-h])\\)|(\\d{1,3})\\.?([a-h])[.)]?|([A-H])\\/)\\s+(?=[${UPPER_LETTER}])`, 'gu');

/**
 * A point whose lettered sub-points a flattened agenda ran on into its title (`Rapport från
 * insatserna a) Steget vidare b) Unga i arbete`, `Formalia 1.a Val av justerare 1.b …` under
 * point 1): the title and each sub-point's letter and title. Null unless at least `a` and `b` stand
 * there in order; a letter out of order, or after another point's number, is part of the
 * sub-point before it, and letters after a word that links on (`motion om a) …`) are the title's.
 */
export function splitInlineSubPoints(text: string, point: number | null = null): { title: string; subs: { label: string; title: string }[] } | null {
  const own = point === null ? null : String(point);
  if (!text.includes('a)') && !text.includes('A/') && (own === null || !(text.includes(`${own}.a`) || text.includes(`${own}a`)))) return null;
  const marks: { index: number; length: number; label: string }[] = [];
  for (const m of allMatches(INLINE_SUB_POINT, text)) {
    const label = m[1] ?? m[3] ?? m[4]!.toLowerCase();
    if (m[2] !== undefined && m[2] !== own) continue;
    if (label.charCodeAt(0) === 97 + marks.length) marks.push({ index: m.index, length: m[0].length, label });
  }
  const title = marks.length >= 2 ? text.slice(0, marks[0]!.index).trim() : '';
  // (`Svar på motion om a) fler cykelbanor …`: after a word that links on, the letters are the title's own)
  if (title === '' || isTitleLink(title.slice(title.lastIndexOf(' ') + 1).toLowerCase())) return null;
  return { title, subs: marks.map((m, k) => ({ label: m.label, title: text.slice(m.index + m.length, marks[k + 1]?.index ?? text.length).trim() })) };
}
