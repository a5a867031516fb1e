// The numbers a transcript (a document-sharing site's text of a PDF) gives its pages, and the
// document's own page counters, where a flattened page starts: `4 SAMMANTRÄDESPROTOKOLL …`,
// `2 Sida 2 (12) …`, `1 Protokoll Barn- och utbildningsnämnden …`, `4 § 73 Meddelanden`.
import { KIND_TITLES, ORGAN_ABBREVIATIONS } from '../lexicon/sv.js';
import { FRONT_PAGE_LABELS } from '../lexicon/frontpage.js';
import { PAGE_COUNT, PAGE_WORD, PAGE_WORD_OPENS } from '../text/page-counter.js';
import { alternation, capitalise } from '../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

// the document's kind in capitals, as its running header writes it (`SAMMANTRÄDESPROTOKOLL`, `FÖREDRAGNINGSLISTA`)
export const KIND_WORDS_IN_CAPITALS = [...new Set(Object.values(KIND_TITLES).flat().filter((w) => !w.includes(' ')).map((w) => w.toUpperCase()))];
// the document's kind as a word of a running header writes it (`Protokoll`)
const KIND_WORDS_CAPITALISED = Object.values(KIND_TITLES).flat().filter((w) => !w.includes(' ')).map(capitalise);
// a transcript's page number before the organ's name and the kind in capitals (`4 Regionfullmäktige PROTOKOLL 20 mars 2017 …`),
// or before the municipality's name and the kind (`2 Norrviks kommun Protokoll 3/2024 …`, Swedish-language Finnish minutes)
const TRANSCRIPT_KIND_PAGE = new RegExp(
  `^(\\d{1,3})\\s+(?=[${UPPER_LETTER}]\\S*\\s+(?:\\S+\\s+)?(?:${alternation(KIND_WORDS_IN_CAPITALS)})(?![${ANY_LETTER}])|[${UPPER_LETTER}][${LOWER_LETTER}]+\\s(?:kommun|stad)\\s(?:${alternation(KIND_WORDS_CAPITALISED)})(?![${ANY_LETTER}]))`,
  'u',
);
// `1(3) `, `2 2(12) `, `1[9]`, `Sida 2 av 5`, `2 Sida 2 (12)`, `Sidan 2(30)`, `Blad 3 (12)`: a page's counter at the start of its
// text (a transcript numbers its pages before the document's own counter)
// (or the transcript's number and the document's own bare `2 av 22` after it, the same page's: `2 2 av 22 Jonas Ek, …`)
export const PAGE_COUNTER = new RegExp(
  `^(?:\\d{1,3}\\s+)?\\d{1,3}\\s?[([]\\s?\\d{1,3}\\s?[)\\]](?=\\s|$)|^(?:\\d{1,3}\\s+)?${PAGE_WORD}\\s+\\d{1,3}${PAGE_COUNT}?(?=\\s|$)|^(\\d{1,3})\\s+\\1${PAGE_COUNT}(?=\\s|$)`,
  'iu',
);
// `4 SAMMANTRÄDESPROTOKOLL …`, `2 Styrelsen Sida 41 (88) …`: the number a transcript gives its page,
// before the page's own header: the next page's number, before a word in capitals or a counter
// (`Sid (18)`: a counter whose page number the transcript lost)
const TRANSCRIPT_PAGE = new RegExp(`^(\\d{1,3})\\s+(?=[${UPPER_LETTER}]{4}|(?:\\S+\\s+){0,3}(?:[Ss]ida?\\s+|SIDA?\\s+)?(?:\\d{1,3}\\s?)?[([]\\s?\\d{1,3}\\s?[)\\]])`, 'u');
// `2 Miljönämndens utskott Sida 2 av 16 …`: the number a transcript gives its page, before a running header of a few words
// and the document's counter in words, whose page is the same or a little behind (a cover page it does not count)
const WORDED_COUNTER_PAGE = new RegExp(`^(\\d{1,3})\\s+(?=(?:\\S+\\s+){1,3}?${PAGE_WORD}\\s+(\\d{1,3})${PAGE_COUNT}(?=\\s|$))`, 'iu');
function wordedCounterPage(text: string): RegExpExecArray | null {
  const m = WORDED_COUNTER_PAGE.exec(text);
  if (!m) return null;
  const behind = Number(m[1]) - Number(m[2]);
  return behind >= 0 && behind <= PAGE_SKIP ? m : null;
}
// how many pages a transcript's page numbers may skip (a page the text was not cut on)
export const PAGE_SKIP = 3;
// a transcript's first page, its number before the document's kind (`1 Protokoll Barn- och utbildningsnämnden …`)
const FIRST_PAGE = new RegExp(
  `^(1)\\s+(?=(?:${alternation(KIND_WORDS_CAPITALISED)})(?![${ANY_LETTER}]))`,
  'u',
);
// a transcript's first page, its number before the front page's first label, the meeting's place and time
// (`1 Plats och tid Stora salen, kl 18.00 Beslutande …`), on a line long enough to be the page run on
const PLACE_AND_TIME_WORDS = FRONT_PAGE_LABELS.filter((l) => l.field === 'placeAndTime' && !l.weak).flatMap((l) => l.words).map(capitalise);
const FIRST_PAGE_LABEL = new RegExp(`^(1)\\s+(?=(?:${alternation(PLACE_AND_TIME_WORDS)})\\s)`, 'u');
// `4 § 73 Meddelanden …`: a short last page, its number before the § that opens it
// (or before the organ's letters that open the § heading, `4 IR § 36 …`, `4 Kfu § 26 …`: one to five capitals, or a
// capital and up to four small letters, as organs shorten their names; the sign a transcript lost comes back earlier)
// (or before a known organ's letters and the number whose sign was lost, `4 Tn 36 Val av justerare …`)
const KNOWN_ORGANS = alternation([...ORGAN_ABBREVIATIONS, ...ORGAN_ABBREVIATIONS.map((a) => a.toUpperCase())]);
const PAGE_BEFORE_PARAGRAPH = new RegExp(
  `^(\\d{1,3})\\s+(?=(?:[${UPPER_LETTER}]{1,5}\\s|[${UPPER_LETTER}][${LOWER_LETTER}]{1,4}\\s)?§\\s?\\d|(?:${KNOWN_ORGANS})\\s\\d{1,4}\\s[${UPPER_LETTER}])`,
  'u',
);
// `4 (4) § 73 Meddelanden`, `Sida 4 (4) § 73 …`, `Sidan 4 (4) § 73 …`: a short page, its counter before the § that opens it,
// the transcript's number for the page before it or not (`4 Sida 4 (4) § 73 …`, `4 4 (4) § 73 …`)
const COUNTER_BEFORE_PARAGRAPH = new RegExp(`^(?:(\\d{1,3})\\s+)?(?:${PAGE_WORD}\\s+)?(\\d{1,3})\\s?[([]\\s?(\\d{1,3})\\s?[)\\]]\\s+(?=§\\s?\\d)`, 'iu');
// what such a counter opens with: a counter's word's first letter or a digit
const COUNTER_OPENS = new Set<number>([...PAGE_WORD_OPENS, ...'0123456789'].map((c) => c.charCodeAt(0)));
/**
 * The text opens with one to three digits and white space, as every shape of a transcript's page number below does
 * (`^(\d{1,3})\s+`): asked before them, without a pattern (most lines that open with a digit are a point's `1.` or a year).
 */
function opensWithNumber(text: string): boolean {
  let i = 0;
  while (i < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === 0) return false;
  const c = text.charCodeAt(i);
  // (white space of ASCII, or any character past it, which the patterns judge)
  return c === 32 || (c >= 9 && c <= 13) || c > 127;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A short line that is a transcript's page of its own, its number before the organ and the kind
 * (`1 Regionfullmäktige PROTOKOLL 20 mars 2017`) or a § (`4 § 73 Meddelanden`): its text without the
 * number, and the number (null for a counter before the §: `4 (4) § 73 …`); null when it is none.
 */
export function shortPage(text: string, page: number): { text: string; page: number | null } | null {
  const c = text.charCodeAt(0);
  const counter = COUNTER_OPENS.has(c) ? COUNTER_BEFORE_PARAGRAPH.exec(text) : null;
  if (counter && Number(counter[2]) <= Number(counter[3])) {
    if (counter[1] === undefined) return { text: text.slice(counter[0].length), page: null };
    // (the transcript's number is the page's when it is one of the next or the counter's own: `9 Sida 4 (4) § 9` is
    // no page; a page whose counter cut a long line did not count the transcript's pages, so `4 Sida 4 (4)` after page 1 is one)
    const n = Number(counter[1]);
    if (n > page && (n <= page + PAGE_SKIP || n === Number(counter[2]))) return { text: text.slice(counter[0].length), page: n };
  }
  const found = opensWithNumber(text) ? (TRANSCRIPT_KIND_PAGE.exec(text) ?? PAGE_BEFORE_PARAGRAPH.exec(text) ?? (page === 0 ? FIRST_PAGE.exec(text) : null) ?? printedPage(text)) : null;
  const n = found ? Number(found[1]) : 0;
  if (n <= page || n > page + PAGE_SKIP) return null;
  return { text: text.slice(found![0].length), page: n };
}

/** The number a transcript gives the page the line opens, by any of the shapes above. */
export function transcriptNumber(text: string, page: number): RegExpExecArray | null {
  if (!opensWithNumber(text)) return null;
  return TRANSCRIPT_PAGE.exec(text) ?? TRANSCRIPT_KIND_PAGE.exec(text) ?? wordedCounterPage(text) ?? (page === 0 ? (FIRST_PAGE.exec(text) ?? FIRST_PAGE_LABEL.exec(text)) : null) ?? framedPage(text) ?? PAGE_BEFORE_PARAGRAPH.exec(text) ?? echoedPage(text) ?? printedPage(text);
}

// `3 3 1. LAGLIGHET OCH BESLUTFÖRHET …`, `3 2 KS 305 …`: the transcript's number, then the number the document prints at
// the page's top (the same, or a little lower after a cover page the document does not count), then the page's text,
// which opens with a capital, a digit or a §
const PRINTED_PAGE = new RegExp(`^(\\d{1,3})\\s+(\\d{1,3})(?:\\s+(?=[${UPPER_LETTER}\\d§])|$)`, 'u');
function printedPage(text: string): RegExpExecArray | null {
  const m = PRINTED_PAGE.exec(text);
  if (!m) return null;
  const behind = Number(m[1]) - Number(m[2]);
  return behind >= 0 && behind <= PAGE_SKIP ? m : null;
}

// `2 Beredningsgruppen för Norrvik 3/23 2 4. Insatser …`: the transcript's number, a short running header and the
// document's own page number, the same, before the page's text
const ECHOED_PAGE = new RegExp(`^(\\d{1,3})\\s+(?=[${UPPER_LETTER}])(?:[^\\s.!?]+\\s){1,8}?\\1\\s(?=[${UPPER_LETTER}\\d§])`, 'u');
function echoedPage(text: string): RegExpExecArray | null {
  const m = ECHOED_PAGE.exec(text);
  if (!m) return null;
  // (the number alone is the page's; the header and its counter are cut after it, see `echoedHeader`)
  const lead = LEADING_NUMBER.exec(text)!;
  return lead;
}

/** Where the running header of a page numbered as above ends (after the page's own number), or -1. */
export function echoedHeader(text: string): number {
  const m = ECHOED_PAGE.exec(text);
  return m ? m[0].length : -1;
}
// `2 Sekreterare Eva Ek … Justerare Bo Alm 2`: a page the transcript numbers before its text, ending in the page's own number
const LEADING_NUMBER = /^(\d{1,3})\s+/u;
function framedPage(text: string): RegExpExecArray | null {
  const lead = LEADING_NUMBER.exec(text);
  return lead && text.length > lead[0].length + lead[1]!.length && text.endsWith(` ${lead[1]}`) ? lead : null;
}

// `3 Kommunfullmäktige 145 Val av …`, `2 Beslutande Omröstning …`: under a sharing site's `Transkript`, which opens every
// page with its number, the next page's number before the page's text (a capital, a digit or a §), whatever the text:
// a page with no counter nor running header of its own
const SITE_PAGE = new RegExp(`^(\\d{1,3})\\s+(?=[${UPPER_LETTER}\\d§])`, 'u');
/** The site's number of the next page (one more than `page`) opens the text; null when it does not. */
export function sitePage(text: string, page: number): RegExpExecArray | null {
  const m = opensWithNumber(text) ? SITE_PAGE.exec(text) : null;
  return m !== null && Number(m[1]) === page + 1 ? m : null;
}
