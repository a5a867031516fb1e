// Recognisers for the lines that open a document: a kind keyword (`PROTOKOLL 6`,
// `KALLELSE`), an e-signing certificate heading, a letter's greeting, a heading naming
// another kind of document (`Verksamhetsplan 2021-2023`), or just a heading-like line.
import { caseLabelEntries } from '../text/contents-case-entries.js';
import {
  CAPTION_WORDS, CONTENTS_HEADINGS, SITE_SECTION_WORDS, KIND_TITLE_MEETING_LINKS, ORGAN_ADJECTIVES, ORGAN_ENDINGS, ORGAN_NOUNS, KIND_COMPOUND_HEADS, KIND_COMPOUND_NOT, MINUTES_TAIL_HEADINGS, POSTING_BLOCK_HEADINGS, SENTENCE_GOES_ON, CERTIFICATE_TITLES, KIND_TITLES, LETTER_GREETINGS, OTHER_DOCUMENT_TITLES, PARTIES, ROLE_HEADINGS,
  SIGNATURE_BLOCK_HEADINGS, SIGNATURE_LABELS,
} from '../lexicon/sv.js';
import type { DocumentKind } from '../schema/result.js';
import { collapse, columns, nextContent, type Line } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { isContentsEntry } from '../text/contents.js';
import { KIND_STEM } from '../text/kind-stem.js';
import { issuedSubject, kindAfterLetterhead, kindAfterRunOnLetterhead, kindBeforeIssuedLabel, kindBeforeLetterhead, mayHoldIssuedLabel } from './letterhead-title.js';
import { alternation, labelKey, opensLikeTwo } from '../text/patterns.js';
import { isGivenName } from '../text/persons.js';
import { labelsEndingRow } from '../text/labels.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../text/letters.js';

const KIND_WORDS: ReadonlyArray<[DocumentKind, string]> = (Object.entries(KIND_TITLES) as [DocumentKind, readonly string[]][])
  .flatMap(([kind, words]) => words.map((w): [DocumentKind, string] => [kind, w]));
const KIND_ALT = alternation(KIND_WORDS.map(([, w]) => w));
// the keyword alone, or with a number or date: `PROTOKOLL 6`, `Protokoll nr 3/2023`, `Kallelse 2024-02-01`
const KIND_ALONE = new RegExp(`^(?:${KIND_ALT})(?:\\s+(?:nr\\.?\\s*)?\\d[\\d/:.-]{0,10})?$`, 'iu');
// the keywords in capitals, made from the words (the pattern's text in capitals would turn `\s` into `\S`)
const KIND_CAPS_ALT = alternation(KIND_WORDS.map(([, w]) => w.toUpperCase()));
// an all-capitals keyword opening a short line: `PROTOKOLL styrelsen`, `UTDRAG UR PROTOKOLL Kommunstyrelsen`
const KIND_CAPS = new RegExp(`^(?:${KIND_CAPS_ALT})(?![${ANY_LETTER}])`, 'u');
const KIND_AT_START = new RegExp(`^(?:${KIND_ALT})(?![${ANY_LETTER}])`, 'iu');

const mayOpenKind = opensLikeTwo(KIND_WORDS.map(([, w]) => w));

// `Förbundsstyrelseprotokoll`, `ARBETSUTSKOTTSPROTOKOLL 3/2024`, `Styrelsekallelse`: a compound ending in a kind's word, alone on its line
const KIND_COMPOUND = new RegExp(
  `^(?!(?:${alternation(KIND_COMPOUND_NOT)}))[${ANY_LETTER}]{3,}?(${alternation(KIND_COMPOUND_HEADS.map((h) => h.word))})(?:\\s+(?:nr\\.?\\s*)?\\d[\\d/:.-]{0,10})?$`,
  'iu',
);
const MAY_END_IN_KIND = new RegExp(alternation(KIND_COMPOUND_HEADS.map((h) => h.word)), 'i');
const COMPOUND_KIND = new Map<string, DocumentKind>(KIND_COMPOUND_HEADS.map((h) => [h.word, h.kind]));
// (one word, or one and its number: most lines have more)
const COMPOUND_LENGTH = 50;
// the shortest compound: three letters before the shortest kind's word (KIND_COMPOUND's first word)
const COMPOUND_WORD = 3 + Math.min(...KIND_COMPOUND_HEADS.map((h) => h.word.length));
/** The kind a compound title alone on its line names (`Arbetsutskottsprotokoll`), or null. */
function compoundKind(text: string): DocumentKind | null {
  const space = text.indexOf(' ');
  // (its first word holds the compound: a space before its shortest length says there is none, before the pattern reads the line)
  if (text.length > COMPOUND_LENGTH || text.length < 8 || (space >= 0 && space < COMPOUND_WORD) || !MAY_END_IN_KIND.test(text)) return null;
  if (space >= 0 && text.indexOf(' ', space + 1) >= 0 && !/\snr/iu.test(text)) return null;
  const m = KIND_COMPOUND.exec(text);
  return m ? (COMPOUND_KIND.get(m[1]!.toLowerCase()) ?? null) : null;
}

// a page run on in one line opens with its title in capitals, and its number (`SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2025-03-12 …`, `PROTOKOLL NR 3/2025 Styrelsen …`)
const RUN_ON_TITLE = new RegExp(`^(?:${KIND_CAPS_ALT})(?:\\s+(?:NR\\.?\\s*)?\\d{1,4}(?:/\\d{2,4})?(?=\\s))?(?=\\s)`, 'u');
// a line longer than a title's row (kindTitle reads those up to this length)
const TITLE_ROW_LENGTH = 70;

/** The title in capitals that opens a page run on in one line (or follows its letterhead's organisation), or null. */
export function runOnTitle(line: Line): string | null {
  // (or after the letterhead's organisation or organ, whatever the line's length, the rest of the row run on after it:
  // `EKBY KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum …`, `Socialnämnden Protokoll Sammanträdesdatum …`)
  if (!mayOpenKind(line.flat)) return KIND_STEM.test(line.flat.slice(0, LETTERHEAD_REACH)) ? kindAfterRunOnLetterhead(line.flat) : null;
  return line.flat.length > TITLE_ROW_LENGTH ? (RUN_ON_TITLE.exec(line.flat)?.[0] ?? null) : null;
}
// how far into a page run on in one line its letterhead's kind's word may stand
const LETTERHEAD_REACH = 80;

/** The title's words before its number (`Ärendelista 11`, `FÖREDRAGNINGSLISTA Nr 7/26`: the kind's word alone). */
function wordsBeforeNumber(title: string): string {
  const words = title.split(' ');
  const n = words.findIndex((w) => /^(?:nr\.?|\d)/iu.test(w));
  return n < 0 ? title : words.slice(0, n).join(' ');
}
/**
 * A notice's title that opens a page run on in one line, after its letterhead's organisation and organ or alone
 * (`ÖSTBY KOMMUN KOMMUNSTYRELSEN FÖREDRAGNINGSLISTA Nr 7/26 Tid Plats …`), or null. Asked only of the page after an
 * untitled front page: longer than a title's row, the line names no title to kindTitle.
 */
export function runOnNoticeTitle(line: Line): KindTitle | null {
  const title = runOnTitle(line);
  // (not a contents heading, `Ärendelista 11 Dnr … Information... 3`: the minutes' own list of their §§)
  return title !== null && kindOfTitle(title) === 'notice' && !CONTENTS.test(labelKey(wordsBeforeNumber(title))) ? { kind: 'notice', text: title, cut: true } : null;
}

export interface KindTitle {
  kind: DocumentKind;
  text: string;
  /** Read from a piece cut out of a transcript's run-on page (`FÖREDRAGNINGSLISTA Nr 7 Tid …`). */
  cut?: true;
}

// the kinds' one-word names, each with its kind (`protokoll`, `kallelse`, `föredragningslista`, `minnesanteckningar`)
const KIND_OF_WORD = new Map<string, DocumentKind>(KIND_WORDS.filter(([, w]) => !/[\s/]/u.test(w)).map(([k, w]) => [w, k]));
const SECTION_LINKS = new Set<string>(SITE_SECTION_WORDS.links);
const SECTION_PAPERS = new Set<string>(SITE_SECTION_WORDS.papers);
// a site's heading is short
const SECTION_LENGTH = 80;
const FIRST_WORD = /^[\s,/&]*([^\s,/&]+)/u;
// `…, kultur- och fritidsnämnden`, `… – Kommunstyrelsen`: the organ whose papers the heading lists, after a comma or a dash
const ORGAN_AFTER_LIST = new RegExp(`(?:,|\\s[-–])\\s[^,]*(?:${alternation(ORGAN_NOUNS)})(?:${alternation(ORGAN_ENDINGS)})?$`, 'iu');
/** The kind a word names, in the singular or the plural (`kallelser`, `protokollen`), or undefined. */
function kindOfWord(word: string): DocumentKind | undefined {
  const kind = KIND_OF_WORD.get(word);
  if (kind !== undefined) return kind;
  for (const ending of SITE_SECTION_WORDS.pluralEndings) if (word.endsWith(ending)) {
    const stem = KIND_OF_WORD.get(word.slice(0, -ending.length));
    if (stem !== undefined) return stem;
  }
  return undefined;
}
/**
 * `Protokoll, kallelse och föredragningslista`, `Kallelser och protokoll`: a site's heading over its papers, the
 * words of two kinds or more listed and nothing else but the organ whose papers they are (`…, kultur- och
 * fritidsnämnden`). It names the kind of no document under it.
 */
export function namesSeveralKinds(text: string): boolean {
  // (a list's separator asked first: most lines have none, or are longer than a heading)
  if (text.length > SECTION_LENGTH || !(text.includes(',') || text.includes(' och ') || text.includes('/') || text.includes('&'))) return false;
  // (then its first word, before the whole line is lower-cased and cut: kindTitle asks this of nearly every line, and a
  // list of people, `Anna Ek (S), ordförande`, fails at its first word as the loop below would)
  const first = FIRST_WORD.exec(text)?.[1]?.toLowerCase();
  if (first === undefined || !(SECTION_LINKS.has(first) || SECTION_PAPERS.has(first) || kindOfWord(first) !== undefined)) return false;
  const kinds = new Set<DocumentKind>();
  // (the organ after the list names no kind: `Protokoll, kallelse och föredragningslista, kultur- och fritidsnämnden`)
  for (const word of text.replace(ORGAN_AFTER_LIST, '').toLowerCase().split(/[\s,/&]+/u)) {
    if (word === '' || SECTION_LINKS.has(word) || SECTION_PAPERS.has(word)) continue;
    const kind = kindOfWord(word);
    if (kind === undefined) return false;
    kinds.add(kind);
  }
  return kinds.size >= 2;
}

/** A line that names the kind of document it opens. */
export function kindTitle(line: Line): KindTitle | null {
  const title = titleOn(line);
  // (not a site's heading that lists several kinds: asked of a title found, as nearly every line is none — the two
  // read the line and nothing else, so the answer is the one asking it first gave)
  return title !== null && namesSeveralKinds(line.flat) ? null : title;
}

function titleOn(line: Line): KindTitle | null {
  // the patterns below are anchored at the start, where most lines fail at once
  // (and the text they read opens as the line's flat text does: a line whose first character opens no kind's name is passed by)
  const text = mayOpenKind(line.flat) ? withoutPageCount(line) : '';
  if (text !== '' && text.length <= 70) {
    const strong =
      KIND_ALONE.test(text) || (text.length <= 50 && mayOpenInCapitals(text) && KIND_CAPS.test(text)) || (line.heading > 0 && line.heading <= 2 && KIND_AT_START.test(text));
    // (`PROTOKOLL Kommunstyrelsen 2023-05-16`: the organ after the kind's word is the letterhead's, no part of the title)
    if (strong) return { kind: kindOfTitle(text)!, text: kindBeforeLetterhead(text) ?? text };
    // (a piece cut out of a transcript's run-on page, under its letterhead's piece: the kind's word in capitals, its
    // number, and the header's first label run on after them, `FÖREDRAGNINGSLISTA Nr 7 Tid Torsdagen den …`)
    const cut = line.cutOut && mayOpenInCapitals(text) && KIND_CAPS.test(text) ? kindBeforeLetterhead(text) : null;
    if (cut) return { kind: kindOfTitle(cut)!, text: cut, cut: true };
  }
  const compound = compoundKind(line.flat);
  if (compound) return { kind: compound, text: line.flat };
  return spacedTitle(line.flat) ?? letterheadTitle(line) ?? issuedLetterheadTitle(line);
}

/**
 * `ÖSTBY KOMMUN PROTOKOLL Utfärdat den …`: the kind's word of a letterhead run on over the day of issue's label; or, opening
 * a page, the notice the label names as its subject (`Kallelsen utfärdad den …`), a notice's title.
 */
function issuedLetterheadTitle(line: Line): KindTitle | null {
  const text = line.flat;
  if (!mayHoldIssuedLabel(text)) return null;
  const subject = line.pageStart ? issuedSubject(text) : null;
  if (subject !== null) return { kind: 'notice', text: subject };
  const title = kindBeforeIssuedLabel(text);
  const kind = title === null ? null : kindOfTitle(title);
  return kind ? { kind, text: title! } : null;
}

// `P R O T O K O L L`, `PRO T OK OL L`, `K A L L E L S E`: capitals spaced apart (a PDF's letter spacing); most lines fail at their second character
const SPACED_CAPITALS = new RegExp(`^[${UPPER_LETTER}][${UPPER_LETTER} ]{4,60}$`, 'u');
/**
 * The first two characters may open capitals: a plain (ASCII) one there is a capital (or the second a space). So open
 * spaced capitals, a kind's word in capitals (KIND_CAPS, its words' first two letters) and an organ's letters (ACRONYM).
 */
function mayOpenInCapitals(text: string): boolean {
  // (asked of every line by kindTitle: a look at two characters before the Unicode pattern, which most lines fail at their second)
  // (a text of fewer than two characters opens nothing so: passed by before a read past its end, which costs the function
  // its optimised code)
  if (text.length < 2) return false;
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return (first >= 128 || (first >= 65 && first <= 90)) && (second >= 128 || (second >= 65 && second <= 90) || second === 32);
}
/** A kind's word in capitals spaced apart, alone on its line: the word, its letters joined. */
function spacedTitle(text: string): KindTitle | null {
  if (!mayOpenInCapitals(text) || !text.includes(' ') || !SPACED_CAPITALS.test(text)) return null;
  const word = text.replace(/ /gu, '');
  return KIND_ALONE.test(word) ? { kind: kindOfTitle(word)!, text: word } : null;
}

// `1 (6)`, `1 [6]`, `(1)`, `Sida 1 av 6`: a page count in a column of its own at the end of the title's row
const PAGE_COUNT = /^(?:(?:\d{1,3}\s?)?[([]\s?\d{1,3}\s?[)\]]|sida\s+\d{1,3}(?:\s+(?:av|\/)\s+\d{1,3})?)$/iu;
/** The line's text without a page count standing apart at its end (`SAMMANTRÄDESPROTOKOLL      1 (6)`). */
function withoutPageCount(line: Line): string {
  const t = line.text;
  if (!endsInCount(t)) return line.flat;
  const gap = Math.max(t.lastIndexOf('  '), t.lastIndexOf('\t'));
  return gap > 0 && PAGE_COUNT.test(t.slice(gap).trim()) ? collapse(t.slice(0, gap)) : withoutCounter(line.flat);
}

/** The text ends in a digit, or in a bracket right after one (`… 1 (6)`): where a count may end. */
function endsInCount(t: string): boolean {
  // (no character is read past the text's start: such a read costs the function its optimised code)
  if (t === '') return false;
  const last = t.charCodeAt(t.length - 1);
  if (last >= 48 && last <= 57) return true;
  if (t.length < 2) return false;
  const before = t.charCodeAt(t.length - 2);
  return (last === 41 || last === 93) && before >= 48 && before <= 57;
}

// `PROTOKOLL 1(12)`, `SAMMANTRÄDESPROTOKOLL Sida 1 (23)`: the page's counter one space after the title (bracketed, or `Sida 2 av 5`)
const COUNTER_AFTER = /\s(?:[Ss]ida\s)?\d{1,3}\s?[([]\d{1,3}[)\]]$|\s[Ss]ida\s\d{1,3}\s(?:av|\/)\s\d{1,3}$/u;
/** The title without a page counter written one space after it. */
const withoutCounter = (text: string): string => {
  // (no counter is shorter than two characters: an empty or one-character text is passed by before its characters are
  // read, as a read before a string's start costs the function its optimised code)
  if (text.length < 2) return text;
  // (a counter ends on its bracket after a digit, or on a digit after `Sida 2 av` or `Sida 2 /`: `ida` in the line)
  const c = text.charCodeAt(text.length - 1);
  const bracket = (c === 41 || c === 93) && (text.charCodeAt(text.length - 2) - 48) >>> 0 <= 9;
  if (!bracket && !((c - 48) >>> 0 <= 9 && text.includes('ida'))) return text;
  const m = COUNTER_AFTER.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
};

// the other columns of a letterhead row are short: the organisation, the organ, a date, a page
const LETTERHEAD_COLUMN = 60;
// (built once: a pattern written in the function is a new object at every call)
const COLUMN_GAP = /\S(?: {2,}|\t)\S/;

/** A letterhead row with the kind in a column of its own: `HÖGSBY KOMMUN   Protokoll   1(14)`. */
function letterheadTitle(line: Line): KindTitle | null {
  // (a line with a gap is one that collapsing changes: its flat text is another string, and most lines have none)
  if (line.text.length > 2 * LETTERHEAD_COLUMN * 2 || line.flat === line.text || !COLUMN_GAP.test(line.text) || !KIND_STEM.test(line.text)) return null;
  const cols = columns(line.text);
  if (cols.length < 2 || cols.some((c) => c.length > LETTERHEAD_COLUMN)) return null;
  const title = cols.map((c) => withoutCounter(collapse(c))).find((c) => KIND_ALONE.test(c) || (KIND_CAPS.test(c) && c.length <= 50));
  // (`SAMMANTRÄDESPROTOKOLL Nr 4/23 Tid Plats Närvarande`: the labels of the rows under it, run on at its end, are no part of it)
  return title ? { kind: kindOfTitle(title)!, text: labelsEndingRow(title)?.text ?? title } : null;
}

/**
 * A weaker title, trusted only at the top of a document: a short heading that opens with
 * a kind word (`Minnesanteckningar från beredningsgruppens möte 2024-02-08`), not a
 * sentence (`Protokoll fört vid sammanträde med arbetsutskottet för …`).
 */
export function kindHeading(line: Line): KindTitle | null {
  const heading = headingOn(line.flat);
  // (not a site's heading that lists several kinds: asked of a heading found, as kindTitle asks it)
  return heading !== null && namesSeveralKinds(line.flat) ? null : heading;
}

function headingOn(text: string): KindTitle | null {
  // (longer, or more words: only a title that names the meeting, `Mötesanteckningar från möte i … den 3 mars 2024`)
  if (text.length > 90 || manyWords(text)) return text.length <= MEETING_TITLE_LENGTH ? meetingTitle(text) : null;
  if (endsClause(text) || dangles(text)) return null;
  if (!mayOpenKind(text) || !KIND_AT_START.test(text)) return organKindHeading(text) ?? letterheadKind(withoutCounter(text)) ?? (mayOpenInCapitals(text) ? acronymKind(text) : null);
  const kind = kindOfTitle(text);
  return kind ? { kind, text: kindBeforeLetterhead(text) ?? text } : null;
}

// a long title that names the meeting after the kind's word: its length at most, and its words
const MEETING_TITLE_LENGTH = 150;
const MEETING_TITLE_WORDS = 20;
const MEETING_LINKS = new Set<string>(KIND_TITLE_MEETING_LINKS);
// it ends on the meeting's date (`… den 3 mars 2024`), perhaps its hour and place after it (`… 2008 i Östby`,
// `… 2023 klockan 18.00 på Storgatan 5, Östby.`), a full stop at most
// (or its venue and town after commas: `… den 3 maj 2006, Föreningshuset, Ekby`)
const ENDS_ON_YEAR = new RegExp(`(?<!\\d)(?:19|20)\\d\\d(?:,?\\s(?:kl\\.?|klockan)(?:\\s\\d{1,2}[.:]\\d\\d)?)?(?:,?\\s(?:i|på)\\s[${UPPER_LETTER}][^.]{0,60}|(?:,\\s[${UPPER_LETTER}][^.,]{0,40}){1,2})?\\.?$`, 'u');
// the protocol's number between the kind's word and the link, or its label alone where the number was left out
// (`Protokoll nr 5 vid …`, `Protokoll nr 3/2011 vid …`, `Protokoll nr fört vid …`)
const NUMBER_AFTER_KIND = /^nr\.?(?:\s?\d[\d/:.-]{0,10})?\s+/iu;
/**
 * `Mötesanteckningar från möte i arbetsgruppen för Östby den 3 mars 2024`, `PROTOKOLL FÖRT VID …
 * STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2008`: the kind's word, a word that goes on to the meeting,
 * and the meeting's date last; more words than a heading has, the title all the same (its full stop left off).
 */
function meetingTitle(text: string): KindTitle | null {
  if (!mayOpenKind(text) || !ENDS_ON_YEAR.test(text)) return null;
  const m = KIND_AT_START.exec(text);
  if (!m) return null;
  const after = text.slice(m[0].length).trimStart();
  const next = after.slice(NUMBER_AFTER_KIND.exec(after)?.[0].length ?? 0);
  const link = next.slice(0, next.indexOf(' ')).toLowerCase();
  if (!MEETING_LINKS.has(link) || text.split(' ').length > MEETING_TITLE_WORDS) return null;
  const title = text.endsWith('.') ? text.slice(0, -1) : text;
  const kind = kindOfTitle(title);
  return kind ? { kind, text: title } : null;
}

/** `Socialnämnden Protokoll`, `ÖSTBY KOMMUN Protokoll 1(14)`: a letterhead row flattened, its title the kind's word. */
function letterheadKind(text: string): KindTitle | null {
  // (the kind's word in the line: most lines hold none)
  const title = KIND_STEM.test(text) ? kindAfterLetterhead(text) : null;
  const kind = title === null ? null : kindOfTitle(title);
  return kind ? { kind, text: title! } : null;
}

// `SG Minnesanteckningar 2019-03-11`, `AU Protokoll 2024-05-02`, `SG-protokoll 190311`: an organ's letters before the kind's word
const ACRONYM = new RegExp(`^[${UPPER_LETTER}]{2,5}(?=[ -][${ANY_LETTER}])`, 'u');
/** The kind's word (and its number or date) after an organ's letters: the title as after an organ written out; joined by a hyphen, the whole. */
function acronymKind(text: string): KindTitle | null {
  const m = ACRONYM.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length + 1);
  if (!KIND_ALONE.test(rest)) return null;
  const kind = kindOfTitle(rest);
  return kind ? { kind, text: text[m[0].length] === '-' ? text : rest } : null;
}

// `Direktionens protokoll 14 mars 2024`, `Socialnämndens kallelse`, `Barn- och utbildningsnämndens protokoll`:
// the organ's genitive, then the kind's word
const ORGAN_KIND = new RegExp(
  `^(?:(?:${alternation(ORGAN_ADJECTIVES)})\\s+)?(?:[${ANY_LETTER}]+-\\s+och\\s+)?[${ANY_LETTER}]*?(?:${alternation(ORGAN_NOUNS)})(?:ens|ets|ns|s)\\s+(${KIND_ALT})(?![${ANY_LETTER}])`,
  'iu',
);
/** A heading that names the organ whose document it is before the kind's word. */
function organKindHeading(text: string): KindTitle | null {
  // (a capital first, and the kind's word in the line: most lines hold none)
  if (!OPENS_UPPER.test(text) || !KIND_STEM.test(text)) return null;
  const m = ORGAN_KIND.exec(text);
  const kind = m ? (KIND_WORDS.find(([, w]) => w === m[1]!.toLowerCase().replace(/\s+/g, ' '))?.[0] ?? null) : null;
  return kind ? { kind, text } : null;
}

/** The kind a title names, or null. */
export function kindOfTitle(title: string): DocumentKind | null {
  const m = KIND_AT_START.exec(collapse(title));
  if (!m) return compoundKind(collapse(title));
  const word = m[0].toLowerCase().replace(/\s+/g, ' ');
  return KIND_WORDS.find(([, w]) => w === word)?.[0] ?? null;
}

const CERTIFICATE = new RegExp(`^(?:${alternation(CERTIFICATE_TITLES)})$`, 'iu');
const mayOpenCertificate = opensLikeTwo(CERTIFICATE_TITLES);
// (the pattern is whole-line: a line longer than the longest heading is none, and most lines are)
const CERTIFICATE_LENGTH = Math.max(...CERTIFICATE_TITLES.map((t) => t.length));
export const isCertificateTitle = (line: Line): boolean => line.flat.length <= CERTIFICATE_LENGTH && mayOpenCertificate(line.flat) && CERTIFICATE.test(line.flat);

const GREETING = new RegExp(`^(?:${alternation(LETTER_GREETINGS)})\\s[^.!?]{0,60}[,!]$`, 'iu');
export const isGreeting = (line: Line): boolean => GREETING.test(line.flat);

const OTHER_TITLE = new RegExp(`^(?:${alternation(OTHER_DOCUMENT_TITLES)})(?![${ANY_LETTER}])`, 'iu');
export const namesOtherDocument = (line: Line): boolean => OTHER_TITLE.test(line.flat) && isHeadingLike(line);

const CAPTION = new RegExp(`^(?:${alternation(CAPTION_WORDS)})\\s*\\d`, 'iu');
const PARTY = new RegExp(`\\((?:${alternation(PARTIES)})\\)`, 'u');
const LABELS = new Set<string>([
  ...SIGNATURE_LABELS.flatMap((s) => s.words),
  ...SIGNATURE_BLOCK_HEADINGS,
  ...POSTING_BLOCK_HEADINGS,
  ...MINUTES_TAIL_HEADINGS,
  ...ROLE_HEADINGS.flatMap((r) => r.words),
]);
// a heading never ends on a conjunction, preposition or article: that line is a wrapped sentence
const DANGLING = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(SENTENCE_GOES_ON)})$`, 'iu');
// (the pattern, which ends at the line's end, tried on the line's last characters only: as many as its longest word and the
// one before it, which its lookbehind reads; every place of every line was tried. Words of one word only: `\s+` would reach further)
const DANGLING_REACH = SENTENCE_GOES_ON.some((w) => /\s/u.test(w)) ? Infinity : Math.max(...SENTENCE_GOES_ON.map((w) => w.length)) + 1;
const dangles = (text: string): boolean => DANGLING.test(text.length > DANGLING_REACH ? text.slice(-DANGLING_REACH) : text);
const FULL_DATE = /\d{4}-\d{2}-\d{2}/;
const CAPITALISED_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}]+)*\\*?,?$`, 'u');

// a heading has at most this many words
const HEADING_WORDS = 10;
/** More than HEADING_WORDS words apart by single spaces (counted without splitting the text). */
function manyWords(text: string): boolean {
  for (let at = -1, k = 0; k < HEADING_WORDS; k++) if ((at = text.indexOf(' ', at + 1)) < 0) return false;
  return true;
}
/** The text ends in `.`, `,`, `;` or `:` (a look at its last character, not a pattern that tries every place). */
function endsClause(text: string): boolean {
  // (an empty text ends no clause: passed by before a read before its start, which costs the function its optimised code)
  if (text === '') return false;
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 44 || c === 59 || c === 58;
}

/** Every word capitalised, two to five of them: a person's name, not a heading. */
export function looksLikeName(text: string): boolean {
  const words = collapse(text.includes('(') ? text.replace(PARTY, '') : text).split(' ');
  // (`JanAnders Palmqvist`: a double name written as one word is a given name)
  // (`Eva R Sten`, `Eva R. Sten`: a middle initial between a given name and the next word)
  return words.length >= 2 && words.length <= 5 && words.every((w, k) => CAPITALISED_WORD.test(w) || (w.length > 5 && isGivenName(w)) || middleInitial(words, k));
}

const INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.?$`, 'u');
/** A middle name's initial: a capital alone (its point or not) after a given name and before another word of the name. */
export const middleInitial = (words: readonly string[], k: number): boolean =>
  k > 0 && k + 1 < words.length && INITIAL.test(words[k]!) && isGivenName(words[k - 1]!) && CAPITALISED_WORD.test(words[k + 1]!);

/**
 * A short line that reads as a heading: starts with a capital, does not end a sentence
 * or announce a list, is not an item, caption, name or signature label.
 */
export function isHeadingLike(line: Line): boolean {
  const text = line.flat;
  if (text.length < 3 || text.length > 90) return false;
  if (!OPENS_UPPER.test(text) || endsClause(text)) return false;
  if (manyWords(text) || dangles(text)) return false;
  // a full date makes a record (`Anslaget under tiden 2023-03-21 – …`), not a heading
  if (FULL_DATE.test(text)) return false;
  if (CAPTION.test(text) || PARTY.test(text) || looksLikeName(text)) return false;
  if (recogniseItemHeader(line)) return false;
  if (columns(line.text).every((c) => LABELS.has(labelKey(c)))) return false;
  return true;
}

const CONTENTS = new RegExp(`^(?:${alternation(CONTENTS_HEADINGS)})$`, 'iu');
// a line that holds a list parted by case labels is a long one
const CASE_LABEL_LINE = 60;
// how many lines under its heading the first entry's page number may stand (`§ 12  Dnr …` / its title)
const ENTRY_REACH = 3;

/** Line i is a contents heading (`Ärendelista`, `Innehåll`) over entries that end in page numbers. */
export function headsContents(lines: readonly Line[], i: number): boolean {
  if (!CONTENTS.test(labelKey(lines[i]!.flat))) return false;
  for (let k = i, n = 0; n < ENTRY_REACH; n++) {
    k = nextContent(lines, k + 1);
    if (k < 0) return false;
    const line = lines[k]!;
    // (it ends in its page number, after a leader or a column gap)
    if (line.leader || isContentsEntry(line)) return true;
    // (or its one line parts into entries by their case labels, the numbers lost but the first: `114 Dnr KS 2018/12 Information Dnr …`)
    if (n === 0 && line.flat.length > CASE_LABEL_LINE && caseLabelEntries(line.flat.split(' '), -1) !== null) return true;
  }
  return listsLaterItems(lines, i);
}

// an agenda's heading alone on its line (`Dagordning`, `Föredragningslista:`, `Förslag till dagordning`): a few words, no date
const AGENDA_HEADING_WORDS = 3;

/**
 * `Dagordning` / `1. Mötets öppnande` / `2. Val av justerare` … inside minutes, their `§ 1 Mötets öppnande` further
 * on (or inside notes, their `1. Mötets öppnande` over its text further on): the minutes or notes list their own
 * agenda, and the heading titles no notice of its own.
 */
export function headsOwnAgenda(lines: readonly Line[], i: number, title: KindTitle): boolean {
  const flat = lines[i]!.flat;
  return title.kind === 'notice' && !/\d/.test(flat) && flat.split(' ').length <= AGENDA_HEADING_WORDS && listsLaterItems(lines, i);
}

// how far below a contents heading the item its first entry names may stand again
const LISTED_REACH = 400;

/** `MÖTETS ÖPPNANDE` under `Mötets öppnande`: the same title, the heading's in capitals (compared only where the lengths agree). */
const sameInCapitals = (heading: string, listed: string): boolean => heading.length === listed.length && heading === heading.toUpperCase() && heading === listed.toUpperCase();

/**
 * `Ärendelista` / `§ 21 Val av justerare` / `§ 22 Budget` … and further on `§ 21` again, over its text:
 * a list of the minutes' own §§ without page numbers (its first entry's § heads an item further down;
 * `1. Val av justerare` … then `§ 1`: the points listed as an agenda numbers them; or `1. Mötets öppnande`
 * again, the same point under the same number, as notes head their points).
 */
export function listsLaterItems(lines: readonly Line[], i: number): boolean {
  const k = nextContent(lines, i + 1);
  const first = k < 0 ? null : recogniseItemHeader(lines[k]!);
  if (!first || (first.style !== 'paragraph' && first.style !== 'agenda') || first.rest === '') return false;
  const end = Math.min(lines.length, k + LISTED_REACH);
  // (a point's heading again opens with the digits of its number)
  const again = first.style === 'agenda' ? String(first.number) : null;
  for (let j = k + 1; j < end; j++) {
    const text = lines[j]!.text;
    if (again !== null && text.startsWith(again)) {
      const h = recogniseItemHeader(lines[j]!);
      // (its text perhaps run on after the title, as a web transcript runs a page on: `1. Mötets öppnande Ordföranden …`;
      // or the title printed again in capitals over its text: `1. MÖTETS ÖPPNANDE`)
      if (h && h.style === 'agenda' && h.number === first.number && h.label === first.label && (h.rest === first.rest || h.rest.startsWith(`${first.rest} `) || sameInCapitals(h.rest, first.rest))) return true;
      continue;
    }
    // (a heading opens with the sign or a digit, or an organ's letters: the recogniser is asked of those)
    const c = text.charCodeAt(0);
    if (c !== 0xa7 && c !== 36 && !(c >= 65 && c <= 90)) continue;
    const h = recogniseItemHeader(lines[j]!);
    if (h && h.style === 'paragraph' && h.number === first.number && h.label === first.label && j > k + 1) return true;
  }
  return false;
}
