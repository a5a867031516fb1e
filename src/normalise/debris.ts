// Layout debris on a single line: signature rules, dotted leaders, page furniture, page
// numbers and link dumps. Each is recognised, removed from the text, and remembered as a
// flag, because a rule under `Sekreterare` or a page break still tells the later stages
// something.
import { PAGE_COUNT_WORDS, PAGE_FURNITURE, REDACTION_NOTICES, WEB_WRAPPERS } from '../lexicon/sv.js';
import { columns } from '../text/line.js';
import { PAGE_COUNT, PAGE_WORD, PAGE_WORD_OPENS } from '../text/page-counter.js';
import { alternation, escapeRegExp, opensLike } from '../text/patterns.js';
import { isGivenName } from '../text/persons.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

export interface Debris {
  text: string;
  rule: boolean;
  leader: boolean;
  furniture: boolean;
  pageNumber: boolean;
  bareNumber: boolean;
  link: boolean;
  /** The line was a sharing site's or web archive's own (`Transkript`, `Full text`, `Storlek: px`). */
  wrapper: boolean;
}

const RULE = /^(?:[-_.=*~·…]\s*){3,}$/;
const RULE_OPENS = new Set<number>([...'-_.=*~·…'].map((c) => c.charCodeAt(0)));
// `………..`: ellipses and full stops mixed in one leader
const LEADER = /\.{4,}|…[.…]+|_{3,}|-{4,}|(?:\. ){4,}\.?/g;
export const MAY_LEAD = /\.\.|…|__|--|\. \./;
// (`Sidan 2(30)`, `Sida 2 [36]`, `Blad 3`, `s. 4 (9)`; a bracket the extractor lost, `Sida 2 (5`)
const PAGE_NUMBER = new RegExp(`^(?:(?:${PAGE_WORD}|s\\.)\\s*\\d{1,4}(?:${PAGE_COUNT}|\\s*\\(\\s*\\d{1,4}\\)?)?|\\d{1,4}\\s*[([]\\s*\\d{1,4}\\s*[)\\]]|[-–]\\s*\\d{1,4}\\s*[-–]|\\(\\s*\\d{1,3}\\s*\\)|\\d{1,4}\\s*\\/\\s*\\d{1,4}\\s*(?:sidor)?)$`, 'i');
// what a page number opens with: a counter's word's first letter (`s`, `b`, `p`, in either case), a digit, a dash, a bracket
const PAGE_NUMBER_OPENS = new Set<number>([...PAGE_WORD_OPENS, ...'sS0123456789-–('].map((c) => c.charCodeAt(0)));
const BARE_NUMBER = /^\d{1,3}$/;
/** `3/12`, `2 (11)`: a page of a count, so at most the count (`1234/22` is a case number). */
function countsUp(text: string): boolean {
  const numbers = text.match(/\d+/g);
  return !numbers || numbers.length < 2 || Number(numbers[0]) <= Number(numbers[1]);
}
const LINK = /^(?:https?:\/\/|mailto:|www\.)\S+$/i;
// a link opens with `h`, `m` or `w` (in either case)
const LINK_OPENS = new Set<number>([104, 109, 119]);
// … and goes on with `t` (`http`), `a` (`mailto:`) or `w` (`www.`), in either case (without the `u` flag no other letter folds to them)
const LINK_SECOND = new Map<number, number>([[104, 116], [109, 97], [119, 119]]);
const FURNITURE = new Set<string>(PAGE_FURNITURE);
// every furniture line opens with a phrase's first letter (in either case) and holds `sign`, `utdrag`, `bestyrk` or `initial`
const FURNITURE_OPENS = new Set<number>(PAGE_FURNITURE.flatMap((f) => [f.charAt(0).toLowerCase(), f.charAt(0).toUpperCase()]).map((c) => c.charCodeAt(0)));
const MAY_BE_FURNITURE = /sign|utdrag|bestyrk|initial/i;
const WRAPPER_LINES = new Set<string>(WEB_WRAPPERS.lines);
// (a longer line is none of them: lower case is never shorter)
const WRAPPER_LINE_LENGTH = Math.max(...WEB_WRAPPERS.lines.map((l) => l.length));
// `14 views`, `0 download`: a sharing site's counters
// the first letters of every wrapper line and opening, or a counter's digit: tested before the set and the pattern
const MAY_WRAP = new RegExp(`^(?:${[...new Set([...WEB_WRAPPERS.lines, ...WEB_WRAPPERS.prefixes].map((w) => escapeRegExp(w.slice(0, 4))))].join('|')}|\\d)`, 'i');
// (its first characters, asked before it: most lines open with another)
const MAY_WRAP_OPENS = opensLike([...WEB_WRAPPERS.lines, ...WEB_WRAPPERS.prefixes, ...'0123456789']);
const WRAPPER = new RegExp(`^(?:${alternation(WEB_WRAPPERS.prefixes)})|^\\d+\\s+(?:views|downloads?|visningar|nedladdningar)$`, 'iu');
// `Download "SAMMANTRÄDESPROTOKOLL Plats och tid Beslutande …"`: the site's title in quotes, as long as the title is
const QUOTED_TITLE = new RegExp(`^\\s*(?:${alternation(WEB_WRAPPERS.prefixes.filter((p) => p.endsWith('"')))})[^"]*"\\s*$`, 'iu');
/** A source line that is a site's quoted title whole, however long (the title may hold the labels a page would be cut at). */
export const isQuotedTitle = (raw: string): boolean => MAY_WRAP_OPENS(raw.trimStart()) && QUOTED_TITLE.test(raw);

// `Tjänsteskrivelse budget 2026.pdf 584kb`, `Bilaga.docx (1,2 MB)`: a meeting portal's link to a paper, the file's name and
// size, no text of the document (it ends on the size's `b` or its bracket: most lines are passed by before the pattern)
const FILE_LINK = /\.(?:pdf|docx?|xlsx?|pptx?|odt)\s*\(?\d{1,4}(?:[.,]\d{1,2})?\s?[kKmM][bB]\)?$/u;
const SIZE_LAST = new Set<number>([98, 66, 41]);
const FILE_LINK_LENGTH = 200;

// a publisher's notice that names were taken out, a line of its own (or cut out of a flattened page)
const NOTICE = new RegExp(`^(?:${alternation(REDACTION_NOTICES)})\\.?$`, 'iu');
const NOTICE_OPENS = opensLike(REDACTION_NOTICES);
const NOTICE_LENGTH = Math.max(...REDACTION_NOTICES.map((n) => n.length)) + 1;

/** The debris on a line; `mayLead` false where the caller knows that MAY_LEAD finds nothing in it. */
export function classifyDebris(input: string, mayLead = true): Debris {
  const trimmed = input.trim();
  if (trimmed === '') return debris('');
  // (a rule opens with one of its characters: most lines are passed over by the first)
  if (RULE_OPENS.has(trimmed.charCodeAt(0)) && RULE.test(trimmed)) return debris('', { rule: true });
  let text = trimmed;
  let leader = false;
  if (mayLead && MAY_LEAD.test(text)) {
    const unled = text.replace(LEADER, '   ').trim();
    if (unled !== text) {
      text = unled;
      leader = true;
    }
  }
  // cheap first tests: furniture says `sign`, a page number is short, a link has `:` or `www.`
  if (text !== '' && text.length < 160 && FURNITURE_OPENS.has(text.charCodeAt(0)) && MAY_BE_FURNITURE.test(text) && isFurniture(text)) return debris('', { leader, furniture: true });
  if (text.length < 24 && PAGE_NUMBER_OPENS.has(text.charCodeAt(0)) && PAGE_NUMBER.test(text) && countsUp(text)) return debris('', { leader, pageNumber: true });
  if (text.length < 120 && MAY_WRAP_OPENS(text) && MAY_WRAP.test(text) && ((text.length <= WRAPPER_LINE_LENGTH && WRAPPER_LINES.has(text.toLowerCase())) || WRAPPER.test(text))) return debris('', { leader, wrapper: true });
  if (text.length <= NOTICE_LENGTH && NOTICE_OPENS(text) && NOTICE.test(text)) return debris('', { leader });
  if (text.length < FILE_LINK_LENGTH && SIZE_LAST.has(text.charCodeAt(text.length - 1)) && text.includes('.') && FILE_LINK.test(text)) return debris('', { leader, wrapper: true });
  // `Per Ås   Sida 3 av 3`: the page's counter printed beside the last signer's name is no part of it
  // (it ends in a digit or a bracket: most lines are passed by before the pattern)
  // (and the pattern, which ends at the line's end, reads only as far back as a match can reach: each of the line's places was tried)
  if (text.length < 120 && COUNTER_LAST.has(text.charCodeAt(text.length - 1)) && MAY_COUNTER_END.test(text.length > COUNTER_END_REACH ? text.slice(-COUNTER_END_REACH) : text)) {
    text = withoutCounterAfterNames(text);
  }
  // (the lines that stay, most of them, built in debris's order without its flags object)
  return {
    text,
    rule: false,
    leader,
    furniture: false,
    pageNumber: false,
    bareNumber: text.length <= 3 && BARE_NUMBER.test(text),
    // (`www.` in small letters, as written: `Www.…` without a colon is no link dump)
    // (its second letter too, `t`, `a` or `w`: most lines that open with `h`, `m` or `w` are words)
    link: LINK_OPENS.has(text.charCodeAt(0) | 32) && (text.charCodeAt(1) | 32) === LINK_SECOND.get(text.charCodeAt(0) | 32) && (text.includes(':') || text.includes('www.')) && LINK.test(text),
    wrapper: false,
  };
}

// a counter that says `Sida`/`Page` at the line's end (`Sida 3 av 3`, `Sidan 3 (3)`, `Page 2 of 4`)
const MAY_COUNTER_END = new RegExp(`${PAGE_WORD}\\s?\\d{1,4}(?:\\s?(?:${alternation(PAGE_COUNT_WORDS)})\\s?\\d{1,4}|\\s?[([]\\s?\\d{1,4}\\s?[)\\]])?$`, 'iu');
const COUNTER_LAST = new Set<number>([...'0123456789)]'].map((c) => c.charCodeAt(0)));
// longer than any match of MAY_COUNTER_END (`sidan` 5, a space, 4 digits, ` [ 1234 ]` 9: 19 characters)
const COUNTER_END_REACH = 24;
const COUNTER_END = new RegExp(`(?<=\\s)${PAGE_WORD}\\s?(\\d{1,4})(?:\\s?(?:${alternation(PAGE_COUNT_WORDS)})\\s?(\\d{1,4})|\\s?[([]\\s?(\\d{1,4})\\s?[)\\]])?$`, 'iu');
// a name's column: capitalised words, a given name first (`Per Ås`, `Anna-Karin Holm`), perhaps its role after a comma
const SIGNER_CELL = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}-]+(?:\\s[${UPPER_LETTER}][${LOWER_LETTER}'’-]+){1,3}(?:,\\s?[${ANY_LETTER}][${ANY_LETTER} ]{1,30})?$`, 'u');

/** The text without the page counter after its names (each column a name whose first word is a given name), else as it was. */
function withoutCounterAfterNames(text: string): string {
  const m = COUNTER_END.exec(text);
  if (!m || Number(m[1]) > Number(m[2] ?? m[3] ?? m[1])) return text;
  const rest = text.slice(0, m.index).trimEnd();
  const cols = columns(rest);
  return cols.length > 0 && cols.every((c) => SIGNER_CELL.test(c) && isGivenName(c.slice(0, c.indexOf(' ')))) ? rest : text;
}

/** One shape for every result (a line's flags are read from it on every line; classifyDebris's last literal keeps this order). */
const debris = (text: string, flags: Partial<Omit<Debris, 'text'>> = {}): Debris => ({
  text,
  rule: flags.rule ?? false,
  leader: flags.leader ?? false,
  furniture: flags.furniture ?? false,
  pageNumber: flags.pageNumber ?? false,
  bareNumber: flags.bareNumber ?? false,
  link: flags.link ?? false,
  wrapper: flags.wrapper ?? false,
});

/** Every column of the line is page furniture (`Ordförandes sign/Justerandes sign`). */
function isFurniture(text: string): boolean {
  const cols = columns(text);
  return cols.length > 0 && cols.every((c) => FURNITURE.has(c.toLowerCase().replace(/\s+/g, ' ').replace(/[:.]$/, '')) || isFurnitureRun(c));
}

// the most words a furniture phrase has (`ordförandes sign / justerandes sign`)
const FURNITURE_WORDS = Math.max(...PAGE_FURNITURE.map((f) => f.split(' ').length));

/**
 * A footer's cells run together with single spaces (`Ordf sign Justerandes sign Sekr sign`),
 * perhaps with the page's number last (`… Sekr sign 197`): every word belongs to a phrase of
 * page furniture, read longest first, and there are two phrases or a phrase and the number.
 */
function isFurnitureRun(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  let end = words.length;
  if (end > 1 && /^\d{1,4}$/.test(words[end - 1]!)) end--;
  let phrases = end < words.length ? 1 : 0;
  for (let i = 0; i < end; phrases++) {
    let n = Math.min(FURNITURE_WORDS, end - i);
    while (n > 0 && !FURNITURE.has(words.slice(i, i + n).join(' ').replace(/[:.]$/, ''))) n--;
    if (n === 0) return false;
    i += n;
  }
  return phrases >= 2;
}
