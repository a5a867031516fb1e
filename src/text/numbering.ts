// How items are numbered, as an ordered list of small recognisers. Each looks at one
// line and returns what it found or null to decline. The items stage picks one style per
// document; the split stage only asks whether a line opens an item at all.
import { CASE_NUMBER_LABELS, COMMITTEE_ABBREVIATIONS, ORGAN_ABBREVIATIONS, ORGAN_ADJECTIVES, ORGAN_NOUNS, SECTION_REFERENCE_WORDS } from '../lexicon/sv.js';
import { caseNumberFiledOpening, caseNumberOpening, emptyCaseLabel, isBareCaseNumber, readCaseNumber } from './case-number.js';
import { filingCode } from './filing-code.js';
import { columns, type Line } from './line.js';
import { alternation, capitalise, opensLikeTwo, trimEndOf, trimStartOf } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, OPENS_UPPER, UPPER_LETTER } from './letters.js';

export type NumberingStyle = 'paragraph' | 'agenda' | 'punkt' | 'roman' | 'tabbed' | 'column' | 'spaced' | 'bare' | 'bullet';

export interface ItemHeader {
  style: NumberingStyle;
  number: number;
  /** `§ 8 a` → `a`, `§ 12:1` → `1`. */
  label: string | null;
  /** The rest of the line after the number: the title, sometimes with body text after it. */
  rest: string;
  /** The case number written beside the number (`§ 12 Dnr KS 2019/123`), without its label. */
  caseNumber: string | null;
  /** `§§ 4 och 11` → [4, 11], `§§ 12-14` → [12, 13, 14]: every § one heading covers (absent for one). */
  covers?: number[];
  /**
   * How the § is written, for telling a document's own headings from references in its
   * bodies: `§` (`§ 12`), `KS §` (an organ's abbreviation before it), `§ after` (`12 §`).
   */
  form: string;
}

export interface NumberingRecogniser {
  style: NumberingStyle;
  /** Trusted only in a run of items that count up (`3 Budget` alone is a table cell or a page header). */
  runOnly?: boolean;
  /**
   * The characters its line must open with (and the one after, where given): every form it reads opens so, and a line
   * that opens otherwise is passed by before its code and pattern are run. None: any line that mayOpenItem lets through.
   */
  opens?: string;
  opensThen?: string;
  extract(line: Line): ItemHeader | null;
}

// `§ 47 Title`, `§23 Title`, `§1. Title` (from `## §1.`), `§ 12:1 Title`, `§ 8 a Title`, `$ 47` (OCR),
// `KS § 12 Title`, `AU §73` (the organ's abbreviation before the sign);
// `§ 15/2024 Title`: the year after a slash is part of the number as written, not of the title;
// `§ 4/ Title`: a slash alone after the number, as an association's web minutes write it, is its stop;
// `§ 2024:15 Title`: the year before a colon is too (a § numbered 2024 with a sub-number would not count so far)
// `KS AU § 145`, `Ks au § 12`, `SN AU 147 Dnr …`: a committee's letters after the board's, the organ in two words
export const COMMITTEE_WORDS: readonly string[] = COMMITTEE_ABBREVIATIONS.flatMap((w) => [w, w.toUpperCase(), capitalise(w)]);
const COMMITTEE = `(?: (?:${alternation(COMMITTEE_WORDS)}))?`;
const PREFIX = `((?:[${UPPER_LETTER}]{2,8}(?:-[${UPPER_LETTER}]{1,6})?|${alternation(ORGAN_ABBREVIATIONS)})${COMMITTEE}\\s{1,3})?`;
// before the sign, also any organ's letters in mixed case (`Kst § 45`, `Kfge § 12`, `Tekn § 3`, `Bildn 7 §`,
// as Swedish-language Finnish minutes shorten their organs): a capital and one to four small letters
// (`KS 2024 § 15`: the year after the organ's letters, as registers that count §§ a year write it)
const SIGNED_PREFIX = `((?:[${UPPER_LETTER}]{2,8}(?:-[${UPPER_LETTER}]{1,6})?(?: (?:19|20)\\d{2})?|[${UPPER_LETTER}][${LOWER_LETTER}]{1,4})${COMMITTEE}\\s{1,3})?`;
// … but not a word that cites a § in a sentence (`Se § 12`, `Enligt 4 §`)
const CITING = new Set<string>(SECTION_REFERENCE_WORDS);
const cites = (prefix: string | undefined): boolean => prefix !== undefined && CITING.has(prefix.trim().toLowerCase());
// (`RPKL/1 76 § Title`, `Kaj/3 76 §`, `Stj/5 § 76`: a section's or preparer's running code before it, the case's place in that
// section's count, as Finnish cities' meeting systems print it: no part of the heading's form, and dropped)
const SECTION_CODE = `(?:[${UPPER_LETTER}][${ANY_LETTER}]{1,5}\\/\\d{1,3}\\s{1,3})?`;
const PARAGRAPH = new RegExp(
  `^${SECTION_CODE}${SIGNED_PREFIX}(?:§|\\$(?=\\s?\\d))\\s{0,3}(?:(?:19|20)\\d{2}:(?=\\d))?(\\d{1,4})(?:\\/\\d{2,4}|\\/(?=\\s))?(?::(\\d{1,3})|\\s?([a-h])(?![${ANY_LETTER}\\d]))?[.:]?(?:\\s(.*))?$`,
  'u',
);
// `§§ 12-14 Title`, `§§ 4 och 11 Title`: one heading over several paragraphs (a title must follow on the line:
// `§§ 1-8` alone is a front page's range, `§§ 6-8 behandlades …` a reference in a body)
const PARAGRAPHS = new RegExp(`^${SIGNED_PREFIX}§§\\s{0,3}(\\d{1,4})((?:\\s{0,2}(?:[-–—]|,|och|&|samt)\\s{0,2}\\d{1,4}){1,12})[.:]?\\s{1,3}(?=[${UPPER_LETTER}"”(])(.+)$`, 'u');
const MAX_COVERED = 40;
// `§ 144, SSTYR 2019-11-26 18:00 Sida 3`: the number, a comma, the organ's code and the meeting's date
const PAGE_HEAD_PARAGRAPH = new RegExp(`^§\\s?(\\d{1,4}),\\s{1,3}[${UPPER_LETTER}]{2,8},?\\s{1,3}\\d{4}-\\d\\d-\\d\\d(?!\\d)`, 'u');
// `12 § Title`, `16 §`: the number before the sign, as Swedish-language Finnish minutes write it
const PARAGRAPH_AFTER = new RegExp(`^${SECTION_CODE}${SIGNED_PREFIX}(\\d{1,4})\\s?§(?:\\s+(\\S.*))?$`, 'u');
// `140 Dnr KS 2023/301 Information från kommunchefen`: a transcript that lost the § before the number;
// `Ks 42 Dnr 2024/301`: an organ's heading that writes none (the organ's letters, the number, the case number)
const PARAGRAPH_LOST = new RegExp(`^${PREFIX}(\\d{1,4})\\s+(\\S.*)$`, 'u');
const ORGAN_PREFIXES = new Set<string>(ORGAN_ABBREVIATIONS.map((a) => a.toLowerCase()));
/** The organ's letters are a known organ's, its first word asked (`Ks`, `KS AU`). */
const isOrganPrefix = (organ: string): boolean => ORGAN_PREFIXES.has(organ.split(' ', 1)[0]!.toLowerCase());
// `VAL AV PROTOKOLLJUSTERARE`, `AVTAL OM SKOLSKJUTSAR 2025-2027`: a title in capitals, two letters first and no small letter
const TITLE_IN_CAPITALS = new RegExp(`^[${UPPER_LETTER}]{2}[^${LOWER_LETTER}]*$`, 'u');
// `GODKÄNNANDE AV FÖREDRAGNINGSLISTAN Kommunstyrelse 306 FÖRSLAG: …`: a § page of Åland minutes flattened to one line, the
// title in capitals, then the organ's name and the §'s number again (`Förbundsstyrelsen 39/`, with the year's slash), then its text
const CAPITALS_BEFORE_ORGAN = new RegExp(`^([${UPPER_LETTER}]{2}[^${LOWER_LETTER}]*?)\\s[${UPPER_LETTER}][${LOWER_LETTER}]+\\s(\\d{1,4})(?:\\/(?:\\d{2,4})?)?(?![\\d${ANY_LETTER}])`, 'u');

/**
 * The title in capitals of a § numbered `number`, where its organ's name and that number follow it on the line, and where
 * the text after them begins; else null.
 */
export function capitalsTitleBeforeOrgan(text: string, number: number | null): { title: string; end: number } | null {
  // (two capitals open it, and the number stands in it: most lines are passed by before the pattern)
  if (number === null || (text.charCodeAt(1) - 97) >>> 0 <= 25 || !text.includes(String(number))) return null;
  const m = CAPITALS_BEFORE_ORGAN.exec(text);
  return m !== null && Number(m[2]) === number ? { title: trimEndOf(m[1]!, ',.:;'), end: m[0].length } : null;
}
// `Kommunfullmäktige 145 Val av justerare …`, `Miljö- och byggnadsnämnden 12 Bygglov …`: a transcript's page that opens with the
// organ's name and the number of a § whose sign it lost, a title's word after it (asked only of a line that starts a page)
const ORGAN_NAMED_LOST = new RegExp(
  `^((?:(?:${alternation(ORGAN_ADJECTIVES.map(capitalise))}) )?(?:[${UPPER_LETTER}][${LOWER_LETTER}]*- och )?[${ANY_LETTER}]*?(?:${alternation(ORGAN_NOUNS)})(?:en|et|n)?) (\\d{1,4}) (?=[${UPPER_LETTER}][${LOWER_LETTER}])(.+)$`,
  'u',
);
// `BN/2024:12 § 56 Val av ersättare`, `KSKF/2014:1 235 Val till …`: a register's case number (its letters, a slash, the year,
// a colon and its number) before the §'s number on the heading's line, the sign written or lost in a transcript
const CASE_BEFORE_PARAGRAPH = new RegExp(`^([${UPPER_LETTER}]{1,8}\\/(?:19|20)\\d{2}:\\d{1,6}) {1,3}(§ ?)?(\\d{1,4}) {1,3}(?=[${UPPER_LETTER}])(.+)$`, 'u');
/** The slash of such a case number stands in the line's first word (looked for back from its first space). */
const slashInFirstWord = (t: string, space: number): boolean => space > 2 && t.lastIndexOf('/', space) > 0;
const ORGAN_ALONE = new RegExp(`^([${ANY_LETTER}]{2,4}${COMMITTEE})\\s{1,3}(\\d{1,4})$`, 'u');
// `KS 62/19 Mål och budget`, `KSAU 74/2017 Dnr 2017/233 Tilläggsbudget`: an organ's heading that writes the §'s number
// with the year of its count and no sign (the organ's letters asked of the lexicon's abbreviations)
const ORGAN_COUNTED = new RegExp(`^([${ANY_LETTER}]{2,4}) {1,3}(\\d{1,4})\\/(?:\\d{2}|\\d{4}) {1,3}(?=[${UPPER_LETTER}])(.+)$`, 'u');
// `Ks 478/2024 Optionsavtal …`: the case number before the title, with an organ's letters and no label
const LEADING_CASE = new RegExp(`^([${ANY_LETTER}]{1,8} \\d{1,6}\\/\\d{2,4})\\s+(?=[${UPPER_LETTER}])`, 'u');
const mayOpenCaseLabel = opensLikeTwo(CASE_NUMBER_LABELS);
const LOST_LABEL = new RegExp(`^(?:${alternation(CASE_NUMBER_LABELS)})[\\s.:]`, 'iu');
// `71 INRÄTTANDE AV SAMORDNINGSFÖRBUND Dnr: KS 2015-88 …`: the title in capitals before the case number's label
const CAPITALS_BEFORE_LABEL = new RegExp(`^[${UPPER_LETTER}][${UPPER_LETTER}\\d]+(?:[ ,/–-]{1,3}[${UPPER_LETTER}\\d][${UPPER_LETTER}\\d.]*){0,24} (?:${alternation(CASE_NUMBER_LABELS.map((l) => l[0]!.toUpperCase() + l.slice(1)))})[\\s.:]`, 'u');
// `Budget 2025          § 16`: a title (a capital first) and the § a column gap after it, ending the row
const SIGN_AT_END = new RegExp(`^([${UPPER_LETTER}][^§$\\t]{1,80}?\\S)(?: {4,}|\\t+)§ ?(\\d{1,4})$`, 'u');
const collapseSpaces = (t: string): string => t.replace(/\s+/gu, ' ');
// `Ärende 3. / 412 §`: a city's web page of one § gives the agenda point, then the §
const POINT_PARAGRAPH = /^(?:ärende|punkt)\s{1,3}\d{1,3}\.?\s{0,3}\/\s{0,3}(\d{1,4})\s?§(?:\s+(\S.*))?$/iu;
// `5. Title`, `5) Title`; `13.00 1. Mötets öppnande`, `09.30–10.00 2. Title`: a notice's timetable writes the
// hour (or slot) each point starts before its number; `• 1. Mötets öppnande`: a web page's numbered list
// transcribed with the bullet of its list item before the number
// `1 – Mötets öppnande`, `1: Mötets öppnande`: a dash or a colon after the number
// the highest number an agenda point's `N.` may have: Finland-Swedish boards and some Swedish ones number their points
// through the year (`63. Budgetuppföljning`, `112. ANMÄLNINGAR`), as § numbers run
const MAX_AGENDA_POINT = 400;
const AGENDA = /^(?:[•▪◦·*] {1,3})?(?:\d{1,2}[.:]\d\d(?: ?[-–] ?\d{1,2}[.:]\d\d)? {1,4})?(\d{1,3})(?:[.):]| ?[-–—])\s(.*)$/u;
// `Punkt 3.`, `Punkt 3: Title`, `Ärende 5: Budget`; `ÄRENDE KS 11/2013 Title`, `Ärende Rf 4/2020: Title`: the point's number
// as the body's register counts its cases through the year, its letters before and the year after (the case number as
// written); the letters and the year go together (`Ärende 2013` alone is no point 2013)
const PUNKT = new RegExp(`^(?:punkt|ärende)\\s{1,3}(?:(([${UPPER_LETTER}][${ANY_LETTER}]{1,7})\\s{1,3}(\\d{1,3})\\/((?:19|20)?\\d{2}))|(\\d{1,3}))[.:]?(?:\\s(.*))?$`, 'iu');
// `IV. Title`
const ROMAN = new RegExp(`^((?:X{0,3})(?:IX|IV|V?I{0,3}))[.)]\\s+(?=[${UPPER_LETTER}])(.*)$`, 'u');
// `1<TAB>Title Body…`
const TABBED = /^(\d{1,3})\t(.*)$/u;
// `4    Ekonomisk uppföljning april 2024    BUN 2024/14    Oskar Lindh`: a number in a column of its own
// (`13.00   3   Budget 2026`, `3   13.00   Budget 2026`: a timetable's hour or slot in a column before or after the number)
const COLUMN = new RegExp(`^(?:\\d{1,2}[.:]\\d\\d(?: ?[-–] ?\\d{1,2}[.:]\\d\\d)?[ \\t]{1,16})?(\\d{1,3})\\s{2,}(?:\\d{1,2}[.:]\\d\\d(?: ?[-–] ?\\d{1,2}[.:]\\d\\d)?[ \\t]{2,16})?(?=[${UPPER_LETTER}"”(])(.+)$`, 'u');
// `3 Svar på remiss om ny cykelplan`: a web agenda's number and title one space apart (a word, not an abbreviation, after it)
// (or a quoted title: `3 ”Fler bänkar i parken” Svar på medborgarförslag`; or a point lettered under the number, `22 a Tillsynsplan 2024`, `22 b) …`, `17 A …`)
// (or an abbreviation that a compound's hyphen or a label's colon shows to open a title: `2 ESF-projekt Steget vidare`, `5 LSS/LASS, information`, `6 PM: Lokalförsörjning`)
// (or a title in capitals, the whole line: `39 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET`, an Åland notice page's point)
const SPACED = new RegExp(`^(\\d{1,3}) (?:([a-hA-H])\\)? )?(?=["”“«]?[${UPPER_LETTER}][${LOWER_LETTER}]|[${UPPER_LETTER}]{2,6}(?:-[${LOWER_LETTER}]|\\/[${UPPER_LETTER}]|: [${UPPER_LETTER}])|[${UPPER_LETTER}]{3}[^${LOWER_LETTER}]*$)(.+)$`, 'u');

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
export function romanToInt(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

// `Ärende/1`: a web agenda's place of the point on the list, written beside its § (a city's list of §§ with their links)
const LIST_PLACE = /^(?:ärende|punkt)\/\d{1,3}$/iu;
// the rest of a § heading that is only further §§: `§ 13 § 14`, `– § 15`, `§ 13, § 14 och § 15`
const SIGNS_ONLY = /^(?:[–—-]\s*)?§\s?\d{1,4}[a-z]?(?:\s*(?:[–—,-]\s*|och\s+)?§\s?\d{1,4}[a-z]?)*$/u;
const onlySigns = (rest: string): boolean => rest.includes('§') && SIGNS_ONLY.test(rest.trim());

// (PUNKT opens with `punkt` or `ärende`, TABBED, COLUMN, SPACED and a bare number with a digit, AGENDA with one or a
// bullet, ROMAN with a numeral and a numeral or its point after it)
const DIGITS = '0123456789';
const PUNKT_FIRST = 'pPäÄ';

export const NUMBERING: readonly NumberingRecogniser[] = [
  {
    style: 'paragraph',
    extract(line) {
      // every form but a lost § writes its sign (`§`, or OCR's `$`): most lines that open with a digit hold neither
      const signed = line.text.includes('§') || line.text.includes('$');
      const m = signed ? PARAGRAPH.exec(line.text) : null;
      if (m && !cites(m[1])) {
        // an OCR `$` is only trusted when a title follows on the line
        // (asked only of a line that holds a `$`: both forms have one)
        if (!m[5] && line.text.includes('$') && /^\$|^\S+\s+\$/u.test(line.text)) return null;
        const prefix = m[1]?.trim();
        // `KS § 437 06-12-13`: a paragraph of another meeting cited with its date
        // (asked only of a rest that opens with a digit)
        if (m[5] !== undefined && (m[5].charCodeAt(0) - 48) >>> 0 <= 9 && /^\d{2,4}-\d{2}-\d{2}(?!\d)/u.test(m[5])) return null;
        // `§ 12 § 13 § 14`, `§ 12 – § 15`: a row of §§ alone (a front page's range, a column flattened), no § of its own
        if (m[5] !== undefined && onlySigns(m[5])) return null;
        // `§ 124 Ärende/1` / `Namnupprop, laglighet …`: the point's place on the list beside the §, its title on the next line
        const rest = m[5] !== undefined && m[5].includes('/') && LIST_PLACE.test(m[5]) ? '' : (m[5] ?? '');
        // `§ 1 – Mötets öppnande`: the dash between number and title is no part of the title
        return withCaseNumber({ style: 'paragraph', number: Number(m[2]), label: m[3] ?? m[4] ?? null, rest: trimStartOf(rest, '–—-:'), caseNumber: null, form: prefix ? `${prefix} §` : '§' });
      }
      const several = line.text.includes('§§') ? PARAGRAPHS.exec(line.text) : null;
      if (several && !cites(several[1])) {
        const covers = coveredNumbers(Number(several[2]), several[3]!);
        if (!covers) return null;
        const prefix = several[1]?.trim();
        return withCaseNumber({ style: 'paragraph', number: covers[0]!, label: null, rest: trimStartOf(several[4]!, '–—-:'), caseNumber: null, form: prefix ? `${prefix} §` : '§', covers });
      }
      // `§ 144, SSTYR 2019-11-26 18:00 Sida 3`: a § page's head (the organ's code, the meeting, the page); its title follows
      const head = signed && line.text.includes(',') ? PAGE_HEAD_PARAGRAPH.exec(line.text) : null;
      if (head) return { style: 'paragraph', number: Number(head[1]), label: null, rest: '', caseNumber: null, form: '§ head' };
      // (POINT_PARAGRAPH opens with `ärende` or `punkt`, as PUNKT does)
      const point = signed && PUNKT_FIRST.includes(line.text.charAt(0)) ? POINT_PARAGRAPH.exec(line.text) : null;
      if (point) return withCaseNumber({ style: 'paragraph', number: Number(point[1]), label: null, rest: point[2] ?? '', caseNumber: null, form: 'point / §' });
      const lost = PARAGRAPH_LOST.exec(line.text);
      // `28 KS 2012/172 51 Remissvar …`: a transcript's § lost before its number, the case number bare after it (an organ's
      // letters and the year), the register's filing code maybe, then the title (a line that opens with the number alone)
      const filed = lost && lost[1] === undefined && (lost[3]!.charCodeAt(0) - 65) >>> 0 <= 25 ? caseNumberFiledOpening(lost[3]!) : null;
      if (filed) return { style: 'paragraph', number: Number(lost![2]), label: null, rest: filed.after, caseNumber: filed.caseNumber, form: '§ lost' };
      // (a label's first two letters, or two capitals: LOST_LABEL's words, CAPITALS_BEFORE_LABEL's title)
      // (or its title in capitals before the organ's name and the number again: `39 SAMMANTRÄDETS LAGLIGHET Förbundsstyrelsen 39/ …`)
      if (lost && ((mayOpenCaseLabel(lost[3]!) && LOST_LABEL.test(lost[3]!)) || ((lost[3]!.charCodeAt(1) - 97) >>> 0 > 25 && (CAPITALS_BEFORE_LABEL.test(lost[3]!) || capitalsTitleBeforeOrgan(lost[3]!, Number(lost[2])) !== null)))) {
        const prefix = lost[1]?.trim();
        return withCaseNumber({ style: 'paragraph', number: Number(lost[2]), label: null, rest: lost[3]!, caseNumber: null, form: prefix ? `${prefix} § lost` : '§ lost' });
      }
      // `Ks 250 Anmälan om delegationsbeslut`, `KS 252 Ks 478/2024 Optionsavtal …`: an organ's heading whose § a
      // PDF lost, known by the organ's abbreviation before the number (not any capitals: `BILAGA 3 Budget`)
      // (or its title in capitals, `KS 42 VAL AV PROTOKOLLJUSTERARE`, as Åland's and Finland's Swedish minutes write them:
      // the form of its own that the document's other headings must share, `KS §`, keeps a line of a body out)
      const organ = lost?.[1]?.trim();
      if (lost && organ && isOrganPrefix(organ) && (/^\p{Lu}(?:\p{Ll}|\p{L}{0,7} \d)/u.test(lost[3]!) || TITLE_IN_CAPITALS.test(lost[3]!) || capitalsTitleBeforeOrgan(lost[3]!, Number(lost[2])) !== null)) {
        return withCaseNumber(leadingCaseNumber({ style: 'paragraph', number: Number(lost[2]), label: null, rest: lost[3]!, caseNumber: null, form: `${organ} § lost` }));
      }
      // `KF 67` / `Val av justerare`: such a heading alone on its line, its title under it (the items ask for the title)
      // (ORGAN_ALONE's letters first, no digit, sign or space, and its number last: most lines are passed by before it)
      const organFirst = line.text.charCodeAt(0) >= 65 && (line.text.charCodeAt(line.text.length - 1) - 48) >>> 0 <= 9;
      const alone = lost || signed || !organFirst ? null : ORGAN_ALONE.exec(line.text);
      if (alone && isOrganPrefix(alone[1]!)) {
        return { style: 'paragraph', number: Number(alone[2]), label: null, rest: '', caseNumber: null, form: `${alone[1]} § lost` };
      }
      // `KS 62/19 Mål och budget`: its number with the year of the count (a form of its own: a case number of the same
      // shape under a document's `§ 12` headings is no heading of that document's form)
      // (and ORGAN_COUNTED's number has its year after a slash)
      const counted = lost || signed || alone || !line.text.includes('/') ? null : ORGAN_COUNTED.exec(line.text);
      if (counted && ORGAN_PREFIXES.has(counted[1]!.toLowerCase())) {
        const header: ItemHeader = { style: 'paragraph', number: Number(counted[2]), label: null, rest: counted[3]!, caseNumber: null, form: `${counted[1]} §/år` };
        // (`Dnr 2017/233 Tilläggsbudget`: a labelled case number, read as the label says; else `Ks 478/2024 Title`'s bare one)
        return withCaseNumber(LOST_LABEL.test(header.rest) ? header : leadingCaseNumber(header));
      }
      // `BN/2024:12 § 56 Title`: the case number before the § (a capital first, the slash in the first word)
      const before = lost || counted || (line.text.charCodeAt(0) - 65) >>> 0 > 25 || !slashInFirstWord(line.text, line.text.indexOf(' ')) ? null : CASE_BEFORE_PARAGRAPH.exec(line.text);
      if (before) return withCaseNumber({ style: 'paragraph', number: Number(before[3]), label: null, rest: before[4]!, caseNumber: before[1]!, form: before[2] ? '§' : '§ lost' });
      // `3 Kommunfullmäktige 145 Val av justerare …`: the organ's name before the number on a page's first line
      // (a capital first: the organ's name; most lines start no page)
      const named = !line.pageStart || lost || signed || alone || counted || (line.text.charCodeAt(0) - 65) >>> 0 > 25 && line.text.charCodeAt(0) < 192 ? null : ORGAN_NAMED_LOST.exec(line.text);
      if (named) return withCaseNumber({ style: 'paragraph', number: Number(named[2]), label: null, rest: named[3]!, caseNumber: null, form: '§ lost' });
      // `Val av justerare          § 15`: the title's column first, the § in a column of its own at the row's end
      const right = signed ? SIGN_AT_END.exec(line.text) : null;
      if (right && !cites(right[1]!.split(/\s+/u).pop())) return withCaseNumber({ style: 'paragraph', number: Number(right[2]), label: null, rest: collapseSpaces(right[1]!), caseNumber: null, form: '§ right' });
      const a = signed ? PARAGRAPH_AFTER.exec(line.text) : null;
      // `12 § kommunallagen` wrapped onto a line of its own is a citation, not a heading
      if (!a || cites(a[1]) || (a[3] !== undefined && !/^[\p{Lu}\d"”(]/u.test(a[3]))) return null;
      const prefix = a[1]?.trim();
      return withCaseNumber({ style: 'paragraph', number: Number(a[2]), label: null, rest: trimStartOf(a[3] ?? '', '–—-:'), caseNumber: null, form: prefix ? `${prefix} § after` : '§ after' });
    },
  },
  {
    style: 'punkt',
    opens: PUNKT_FIRST,
    extract(line) {
      const m = PUNKT.exec(line.text);
      // `Ärende 9 behandlas med stängda dörrar` is a sentence about a point, not its heading
      if (m?.[6] !== undefined && OPENS_LOWER.test(m[6])) return null;
      if (!m) return null;
      // `Punkt 3 – Budget`: the dash between number and title is no part of the title
      const rest = trimStartOf(m[6]?.trim() ?? '', '–—-:');
      // (`ÄRENDE KS 11/2013`: the register's letters are capitals or a capital and small letters, not a word of a sentence)
      if (m[1] !== undefined) return OPENS_UPPER.test(m[2]!) && (m[2]! === m[2]!.toUpperCase() || m[2]!.length <= 4) ? { style: 'punkt', number: Number(m[3]), label: null, rest, caseNumber: m[1]!, form: 'punkt' } : null;
      return withCaseNumber({ style: 'punkt', number: Number(m[5]), label: null, rest, caseNumber: null, form: 'punkt' });
    },
  },
  {
    style: 'tabbed',
    opens: DIGITS,
    extract(line) {
      const m = TABBED.exec(line.text);
      const rest = m?.[2]!.trim() ?? '';
      return m && rest !== '' ? { style: 'tabbed', number: Number(m[1]), label: null, rest, caseNumber: null, form: 'tabbed' } : null;
    },
  },
  {
    style: 'column',
    opens: DIGITS,
    extract(line) {
      const m = COLUMN.exec(line.text);
      return m ? withCaseNumber({ style: 'column', number: Number(m[1]), label: null, rest: m[2]!.trim(), caseNumber: null, form: 'column' }) : null;
    },
  },
  {
    style: 'spaced',
    runOnly: true,
    opens: `${DIGITS}•▪◦·`,
    extract(line) {
      // (`• 3 Budget 2026`: a meeting system's list item, its bullet before the number, read as the number alone)
      const text = line.text.charCodeAt(0) > 57 ? bulletedRest(line.text) : line.text;
      // (its number is one to three digits and a space: the line's first space stands right after them)
      const space = text.indexOf(' ');
      const m = space >= 1 && space <= 3 ? SPACED.exec(text) : null;
      return m ? withCaseNumber({ style: 'spaced', number: Number(m[1]), label: m[2]?.toLowerCase() ?? null, rest: m[3]!.trim(), caseNumber: null, form: 'spaced' }) : null;
    },
  },
  {
    style: 'agenda',
    opens: `${DIGITS}•▪◦·*`,
    extract(line) {
      const m = AGENDA.exec(line.text);
      if (!m) return null;
      const rest = m[2]!.trim();
      // `7.1. Effektmål` and `2021. Budget` are not agenda points; a point opens with a capital
      if (!/^[\p{Lu}"”(]/u.test(rest) || Number(m[1]) > MAX_AGENDA_POINT) return null;
      // `3.   Delårsrapport 2024      MBN 2024/88`: a case number in a column of its own
      return withCaseNumber({ style: 'agenda', number: Number(m[1]), label: null, rest, caseNumber: null, form: 'agenda' });
    },
  },
  {
    style: 'roman',
    opens: 'IVX',
    opensThen: 'IVX.)',
    extract(line) {
      const m = ROMAN.exec(line.text);
      if (!m || m[1] === '') return null;
      return { style: 'roman', number: romanToInt(m[1]!), label: null, rest: m[2]!.trim(), caseNumber: null, form: 'roman' };
    },
  },
  {
    style: 'bare',
    opens: DIGITS,
    extract(line) {
      return line.bareNumber ? { style: 'bare', number: Number(line.text), label: null, rest: '', caseNumber: null, form: 'bare' } : null;
    },
  },
];

/** `Ks 478/2024 Optionsavtal …` → the case number `Ks 478/2024` and the title. */
function leadingCaseNumber(h: ItemHeader): ItemHeader {
  const m = LEADING_CASE.exec(h.rest);
  return m ? { ...h, caseNumber: m[1]!, rest: h.rest.slice(m[0].length) } : h;
}

/** `4`, ` och 11` → [4, 11]; `12`, `-14` → [12, 13, 14]; null for numbers that do not count up. */
function coveredNumbers(first: number, tail: string): number[] | null {
  const out = [first];
  for (const m of tail.matchAll(/([-–—]|,|och|&|samt)\s*(\d{1,4})/gu)) {
    const n = Number(m[2]);
    const prev = out[out.length - 1]!;
    if (n <= prev) return null;
    if (/[-–—]/u.test(m[1]!)) {
      if (n - prev > MAX_COVERED) return null;
      for (let k = prev + 1; k <= n; k++) out.push(k);
    } else out.push(n);
  }
  return out;
}

/**
 * The case number beside the heading read off its rest: `Dnr KS 2019/123 Budget` →
 * `KS 2019/123` and the title `Budget`; `Budget      KS 2019/123` (a column of its own) too.
 */
function withCaseNumber(header: ItemHeader): ItemHeader {
  if (header.rest === '') return header;
  // (a filing code beside it, `§ 22 Diariekod: 041`, is neither the title nor the case number: it goes)
  const filed = filingCode(header.rest);
  const h = filed ? { ...header, rest: [filed.before, filed.after].filter((t) => t !== '').join('   ') } : header;
  if (h.rest === '') return h;
  const hit = readCaseNumber(h.rest);
  if (hit && (hit.before === '' || /\s{2,}|\t/u.test(h.rest))) {
    return { ...h, caseNumber: hit.caseNumber, rest: [hit.before, hit.after].filter((t) => t !== '').join('   ') };
  }
  // (`KST: 52/2011 Dnr:KST 52/2011 …`: the register's number before its label is the same case's)
  if (hit && isBareCaseNumber(hit.before)) return { ...h, caseNumber: hit.caseNumber, rest: hit.after };
  // (`Kf 73 Ks 94 dnr 127/2011 Förslag …`: the § the case had at the organ that prepared it, before the label, is its history)
  if (hit && isPreparedAt(hit.before)) return { ...h, caseNumber: hit.caseNumber, rest: hit.after };
  const cols = columns(h.rest);
  const bare = cols.findIndex(isBareCaseNumber);
  if (bare >= 0 && cols.length >= 2) {
    return { ...h, caseNumber: cols[bare]!, rest: cols.filter((_, k) => k !== bare).join('   ') };
  }
  if (bare === 0) return { ...h, caseNumber: cols[0]!, rest: '' };
  const opening = caseNumberOpening(h.rest);
  if (opening) return { ...h, caseNumber: opening.caseNumber, rest: opening.after };
  const empty = hit ? 0 : emptyCaseLabel(h.rest);
  return empty > 0 ? { ...h, rest: h.rest.slice(empty) } : h;
}

// `Ks 94`, `Ks 95 Au 60`, `Au § 84`: one to three organs' §§ as the case history prints them, each organ a known abbreviation
// (`Plan 2025` is a title's word and year)
const ORGAN_LETTERS_ANY_CASE = ORGAN_ABBREVIATIONS.flatMap((a) => [a, a.toUpperCase()]);
const PREPARED_ENTRY = `(?:${alternation(ORGAN_LETTERS_ANY_CASE)})\\s?§?\\s?\\d{1,4}`;
const PREPARED_AT = new RegExp(`^${PREPARED_ENTRY}(?:[,;]?\\s{1,3}${PREPARED_ENTRY}){0,2}$`, 'u');
// (the longest three entries make)
const PREPARED_LENGTH = 40;
/** `Ks 94`, `Ks 95 Au 60`: the §§ an earlier organ gave the case, written before its case number. */
const isPreparedAt = (t: string): boolean => t !== '' && t.length <= PREPARED_LENGTH && PREPARED_AT.test(t);
// `Kf 73 ` / `Kf 73 Ks `, `Sn 50 Au 84 Sn `: a heading's organ and number, then the case's history so far (each an organ and its §)
const HEAD_THEN_HISTORY = new RegExp(`^(?:${alternation(ORGAN_LETTERS_ANY_CASE)})\\s\\d{1,4}\\s+(?:${PREPARED_ENTRY}\\s+){0,2}(?:(?:${alternation(ORGAN_LETTERS_ANY_CASE)})\\s+)?$`, 'u');
/**
 * The text from a heading's start to a word is the heading's organ and number and the case's history after them (`Kf 73 Ks `
 * before `94 dnr …`): the word is the history's, no heading of its own.
 */
export const inCaseHistory = (fromHeading: string): boolean => fromHeading.length <= PREPARED_LENGTH + 10 && HEAD_THEN_HISTORY.test(fromHeading);

// every heading opens with a number, a numeral, `§` (perhaps after an organ's abbreviation), `$` or `Punkt`/`Ärende`
const MAY_OPEN = new RegExp(`^(?:[${UPPER_LETTER}]{1,8}[ \\t]{1,3})?[§$]|^\\d|^[IVX]{1,4}[.)]|^(?:punkt|ärende)\\s`, 'iu');

/**
 * The lines of a file that may open an item (`mayOpenItem`), marked 1 by index: asked once
 * per file (the split reads every line, the kinds and the segmenter each document's again;
 * lines are no longer edited after normalise).
 */
const OPENERS = new WeakMap<readonly Line[], Uint8Array>();

export function openersOfFile(lines: readonly Line[]): Uint8Array {
  let marked = OPENERS.get(lines);
  if (marked === undefined || marked.length !== lines.length) {
    marked = new Uint8Array(lines.length);
    for (let i = 0; i < lines.length; i++) if (lines[i]!.text !== '' && mayOpenItem(lines[i]!)) marked[i] = 1;
    OPENERS.set(lines, marked);
  }
  return marked;
}

/** A cheap first test: the line may open an item (the recognisers decide). */
export function mayOpenItem(line: Line): boolean {
  // a sharing site's title copies the first words (`Ärenden till kommunstyrelsen. 1. Upprop …`): the points are the transcript's
  if (line.siteTitle === true) return false;
  const t = line.text;
  const c = t.charCodeAt(0);
  // a digit, `§`, `$`, a Roman numeral
  if ((c >= 48 && c <= 57) || c === 0xa7 || c === 36 || c === 73 || c === 86 || c === 88) return true;
  // `KS § 12`: a sign near the start
  if (SIGN_NEAR_START.test(t)) return true;
  // `Budget 2025      § 16`: a sign at the end, before the number that ends the row
  // (the sign looked for from six characters before the end, not back from the end through the whole line: as
  // `lastIndexOf('§') >= t.length - 6`, which a line of five characters or fewer passes whatever it holds)
  if (c >= 65 && (t.charCodeAt(t.length - 1) - 48) >>> 0 <= 9 && (t.length <= 5 || t.indexOf('§', t.length - 6) >= 0) && SIGN_NEAR_END.test(t)) return true;
  // `• 1. Mötets öppnande`: a list item's bullet before the number
  if ((c === 0x2022 || c === 0x25aa || c === 0x25e6 || c === 0xb7 || c === 42) && BULLETED_NUMBER.test(t)) return true;
  // `Punkt 3`, `Ärende 5`
  // (only those words are left for MAY_OPEN to find on a line that opens with `P` or `Ä`, a sign near the start looked for
  // already: their second and third letters, `un` or `re` in either case, are asked first)
  const second = t.charCodeAt(1) | 32;
  const third = t.charCodeAt(2) | 32;
  if ((c === 80 || c === 112 || c === 0xc4 || c === 0xe4) && ((second === 117 && third === 110) || (second === 114 && third === 101)) && MAY_OPEN.test(t)) return true;
  // `Kommunfullmäktige 145 Val av justerare …`: the organ's name and a lost §'s number on a page's first line
  if (line.pageStart && ORGAN_NAMED_LOST.test(t)) return true;
  // `Ks 42 Dnr 2024/301`: an organ's letters, a number and a case number's label (first cheaply:
  // the letters' word ends within reach, and a digit stands a space or three after it)
  if (c < 65 || c > 90) return false;
  const space = t.indexOf(' ');
  if (space < 2 || space > ORGAN_WORD) return false;
  // `BN/2024:12 § 56 Title`: a case number first (see CASE_BEFORE_PARAGRAPH)
  // (or a section's running code before a § written after its number: `KHALL/12 176 § Title`, see SECTION_CODE)
  if (slashInFirstWord(t, space)) return CASE_BEFORE_PARAGRAPH.test(t) || (t.includes('§') && PARAGRAPH_AFTER.test(t));
  let d = space + 1;
  while (d < space + 3 && t.charCodeAt(d) === 32) d++;
  const digit = t.charCodeAt(d);
  if (digit >= 48 && digit <= 57) return ORGAN_NUMBER.test(t);
  // (`KS AU 145 Dnr …`: a committee's letters between, their first letter asked first)
  return COMMITTEE_OPENS.has(digit) && ORGAN_COMMITTEE_NUMBER.test(t);
}
const COMMITTEE_OPENS = new Set<number>(COMMITTEE_WORDS.map((w) => w.charCodeAt(0)));

// (the labels' first letters: `Dnr`, `Diarienr`, `Ärendenr`, `Reg.nr`, `Beteckning`)
// (or a capital after the number: `Ks 250 Anmälan …`, the recogniser asks whether the letters are an organ's)
// (or nothing: `KF 67` alone, its title on the next line; a tab after the number: `KS 15<TAB>Dnr KS 2024/33`;
// the year of the count after the number: `KS 62/19 Mål och budget`)
const ORGAN_NUMBER = /^[A-Z][A-Za-z]{1,7}(?:-[A-Z]{1,6})? {1,3}\d{1,4}(?:\/(?:\d{2}|\d{4}))?(?:[ \t]+[DdÄäRrBbA-ZÅÄÖ]|$)/;
// (the same after a committee's letters: `KS AU 145 Dnr …`, `SN AU 12 Yttrande …`, `KS AU 148` alone)
const ORGAN_COMMITTEE_NUMBER = new RegExp(`^[A-Z][A-Za-z]{1,7} (?:${alternation(COMMITTEE_WORDS)}) {1,3}\\d{1,4}(?:[ \\t]+[DdÄäRrBbA-ZÅÄÖ]|$)`, 'u');
// the longest word ORGAN_NUMBER's letters make (`ABCDEFGH-ABCDEF`)
const ORGAN_WORD = 15;

const BULLETED_NUMBER = /^. {1,3}\d/u;
/** The text after a list item's bullet and its spaces (`• 3 Budget` → `3 Budget`), or '' where no number follows a bullet. */
const bulletedRest = (t: string): string => (BULLETED_NUMBER.test(t) ? t.slice(1).trimStart() : '');

// the § of `KSAU § 12` within the first twelve characters (a class pattern reads them faster than a loop over `charCodeAt`)
const SIGN_NEAR_START = /^[^§$]{1,11}[§$]/;
// the § of `Budget 2025      § 16` within the last six characters, after a column gap
const SIGN_NEAR_END = /(?: {4}|\t)§ ?\d{1,4}$/;

/**
 * What each recogniser makes of a line, asked once and kept on the line (`itemRead`): the
 * running heads, the split, the kinds, the contents lists and the items all ask of the same
 * lines. A line whose text changed since (normalise edits lines) is read again.
 */
export interface Read {
  text: string;
  headers: Array<ItemHeader | null | undefined>;
  /** What recogniseItemHeader answers without styles (undefined until asked). */
  first: ItemHeader | null | undefined;
}

/** What was read on the line so far (a line whose text changed starts again). */
export function readOf(line: Line): Read {
  let read = line.itemRead;
  // (one place per recogniser from the start: an array filled as read would have holes, slower to read past its end)
  if (read === null || read.text !== line.text) line.itemRead = read = { text: line.text, headers: UNREAD.slice(), first: undefined };
  return read;
}
const UNREAD: ReadonlyArray<ItemHeader | null | undefined> = NUMBERING.map(() => undefined);

/** The recognisers asked for some styles, in order (the styles are a few constant sets: their lists are made once). */
const ORDERS = new WeakMap<ReadonlySet<NumberingStyle>, number[]>();
// without styles: every recogniser trusted outside a run
const TRUSTED = NUMBERING.flatMap((r, k) => (r.runOnly ? [] : [k]));
function orderOf(styles: ReadonlySet<NumberingStyle> | undefined): number[] {
  if (!styles) return TRUSTED;
  let order = ORDERS.get(styles);
  if (order === undefined) ORDERS.set(styles, (order = NUMBERING.flatMap((r, k) => (styles.has(r.style) ? [k] : []))));
  return order;
}

/** The header recogniser `k` reads on the line, `read` being what was read on it (`readOf`, looked up once for all the recognisers). */
export function headerFrom(read: Read, line: Line, k: number): ItemHeader | null {
  let h = read.headers[k];
  if (h === undefined) {
    // (a line that opens otherwise than the recogniser's forms, its `opens` and `opensThen`, reads nothing there)
    const r = NUMBERING[k]!;
    const opens = (r.opens === undefined || r.opens.includes(line.text.charAt(0))) && (r.opensThen === undefined || r.opensThen.includes(line.text.charAt(1)));
    h = read.headers[k] = opens ? r.extract(line) : null;
  }
  return h;
}

/** The first recogniser that accepts the line, optionally restricted to some styles. */
export function recogniseItemHeader(line: Line, styles?: ReadonlySet<NumberingStyle>): ItemHeader | null {
  if (!mayOpenItem(line)) return null;
  // the line is looked up once, not once per recogniser; the answer for all styles is kept
  const read = readOf(line);
  if (!styles && read.first !== undefined) return read.first;
  let found: ItemHeader | null = null;
  const order = orderOf(styles);
  for (let j = 0; j < order.length; j++) {
    const k = order[j]!;
    const h = headerFrom(read, line, k);
    if (h) {
      found = h;
      break;
    }
  }
  if (!styles) read.first = found;
  return found;
}
