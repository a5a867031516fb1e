// The Meeting of a minutes, notice or notes document, read from its header.
import { BODIES, HEADER_LABELS, MONTHS, NEXT_MEETING_HEADINGS, NUMBERED_WORDS, RANGE_THROUGH } from '../../lexicon/sv.js';
import type { Meeting, ParagraphRange, Warning } from '../../schema/result.js';
import type { Segmented } from '../../segment/segment.js';
import { isBlank, type Line } from '../../text/line.js';
import { alternation, DASH, opensLikeTwo } from '../../text/patterns.js';
import { isoOf, meetingOf } from '../frontpage/meeting.js';
import { claimedDates } from './claimed-dates.js';
import { organLine } from './organ-line.js';
import { breadcrumbOrgan } from './breadcrumb.js';
import { headerNumber, labelRowValues, yearCountApart } from './header-number.js';
import { calledBody } from './called-body.js';
import { headingAssociation } from './association.js';
import { noticeBoardOwner } from './notice-board.js';
import { namedBody } from './named-body.js';
import { committeeUnderOrgan, findBody, findOrganisation, findPublicBody, oneWordRegion, publicBodyOfOrgan } from './organisation.js';
import { findWhen, underOtherLabel } from './when.js';
import { findLocation, findPlaceInSentence, isRemote, placeOf, withoutItemList } from './where.js';
import { ANY_LETTER } from '../../text/letters.js';

const ORGAN_LABEL = new RegExp(`^(?:${alternation(HEADER_LABELS.organ)})(?::|\\s)(.*)$`, 'iu');
// `§§ 1-8`, `Paragrafer § 1 - § 9`, `Paragraf 47–58`, `§§ 13 t o m 21`
const DECLARED_RANGE = new RegExp(
  `(?:§§|(?<![${ANY_LETTER}])paragraf(?:er)?(?![${ANY_LETTER}])(?:\\s*:)?(?:\\s*§)?)\\s*(\\d{1,4})\\s*(?:${DASH}|(?<=\\s)(?:${alternation(RANGE_THROUGH)})(?=\\s))\\s*(?:§\\s*)?(\\d{1,4})(?!\\d)`,
  'iu',
);
// `Protokoll 6`, `Protokoll nr 3/2024`, `PROTOKOLL 2025:4`, `PROTOKOLL NR 3/92-93`, `PROTOKOLL NR 5/2001/2002` (the number in an operating year); not the year of `Kallelse 2023-02-01`
// (also in the next column of the title's line: `PROTOKOLL      8/2023`; never a page count, `PROTOKOLL   1(14)`)
// (and a compound's: `ARBETSUTSKOTTSPROTOKOLL 3/2024`, `Styrelsekallelse 4`)
// (and never the day of a date: `Direktionens protokoll 8 mars 2024`, `Ärendelista 13 maj 2019`)
const TITLE_NUMBER = new RegExp(
  `(?<![${ANY_LETTER}])[${ANY_LETTER}]*?(?:protokoll|anteckningar|kallelse(?:\\s+och\\s+föredragningslista)?|föredragningslista|ärendelista|dagordning)\\s+(?:nr\\.?\\s*|nummer\\s+)?(\\d{1,4}(?:/(?:19|20)\\d{2}/(?:19|20)\\d{2}|[/:]\\d{1,4}(?:[-–]\\d{2,4})?)?)(?![\\d./:-]|\\s?[([]|\\s+(?:${alternation(Object.keys(MONTHS))})(?![${ANY_LETTER}]))`,
  'iu',
);
// `Styrelseprotokoll nr 5`, `Protokoll fört vid styrelsemöte nr 7`, `Sammanträde nr 3`: a compound or the meeting's word, with its `nr`
const MEETING_NUMBER = new RegExp(
  `(?<![${ANY_LETTER}])[${ANY_LETTER}]*(?:${alternation(NUMBERED_WORDS)})\\s+(?:nr\\.?\\s*|nummer\\s+)(\\d{1,4}(?:[/:]\\d{1,4}(?:[-–]\\d{2,4})?)?)(?![\\d./:-])`,
  'iu',
);
// `Protokoll vid AU-sammanträde Strandhotellet, Ekby Nr 4/19`, `Nr. 21 Plats och tid …`: a capitalised `Nr` as a word of
// its own, with no title word right before it (not `Dnr 2019/12`, `Org.nr …`, nor `ärende nr 5` in a line's prose)
const CAPITAL_NR = /(?<!\S)(?:Nr|NR)\.?\s*(\d{1,4}(?:[/:]\d{1,4}(?:[-–]\d{2,4})?)?)(?![\d./:-])/u;
// (MEETING_NUMBER needs its `nr` or `nummer`, in any case: asked of the lower-cased text first, most titles have neither)
// (a year alone after the title's word is the year the papers belong to, `Årsmötesprotokoll 2019`, `Dagordning årsmöte 2024`:
// no protocol is numbered so; the year's count keeps its number, `2025:4`)
const YEAR_ALONE = /^(?:19|20)\d{2}$/u;
const titleWordNumber = (text: string): string | null => {
  const title = TITLE_NUMBER.exec(text)?.[1];
  return title !== undefined && !YEAR_ALONE.test(title) ? title : null;
};
function numberOf(text: string): string | null {
  const title = titleWordNumber(text);
  if (title !== null) return title;
  const lower = text.toLowerCase();
  if (!lower.includes('nr') && !lower.includes('nummer')) return null;
  return MEETING_NUMBER.exec(text)?.[1] ?? CAPITAL_NR.exec(text)?.[1] ?? null;
}
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
// (with no title, the number stands on one of the first lines: a letterhead above `Socialnämnden   PROTOKOLL   3/2024`;
// the first line as before whatever its length, the next ones only where short: a page run on in one line goes on to the
// next page's running header, `PROTOKOLL 2`, whose number is the page's)
const NUMBER_LINES = 3;
const NUMBER_LINE_LENGTH = 100;
function firstNumber(headerLines: readonly Line[]): string | null {
  for (let i = 0; i < NUMBER_LINES && i < headerLines.length; i++) {
    if (i > 0 && headerLines[i]!.text.length > NUMBER_LINE_LENGTH) break;
    const n = numberOf(headerLines[i]!.text);
    if (n !== null) return n;
  }
  return null;
}

// `PROTOKOLL` / `Nr 3/2025`: the number on a line of its own under the title (a column of the title's row, printed after it)
const NUMBER_ALONE = /^(?:nr\.?|nummer)\s*(\d{1,4}(?:[/:]\d{2,4}(?:[-–]\d{2,4})?)?)$/iu;
// how many lines under the title the number may stand
const NUMBER_BELOW_REACH = 2;
function numberBelow(lines: readonly Line[], titleLines: readonly number[]): string | null {
  const last = titleLines[titleLines.length - 1];
  if (last === undefined) return null;
  for (let k = last + 1; k < lines.length && k <= last + NUMBER_BELOW_REACH; k++) {
    if (isBlank(lines[k]!)) continue;
    // (its `n`, in either case, before the pattern: the line under the title opens otherwise)
    return (lines[k]!.flat.charCodeAt(0) | 0x20) === 0x6e ? (NUMBER_ALONE.exec(lines[k]!.flat)?.[1] ?? null) : null;
  }
  return null;
}

// (a bare number after the title: `SAMMANTRÄDESPROTOKOLL 1`)
const BARE = /^\d{1,4}$/u;
/** The title's number, unless it is bare and a number in the year's count stands apart beside the title: that one. */
function titleNumberOrCount(title: string | null, headerLines: readonly Line[]): string | null {
  return title !== null && BARE.test(title) ? (yearCountApart(headerLines) ?? title) : title;
}

export interface MeetingResult {
  meeting: Meeting;
  warnings: Warning[];
}

export function parseMeeting(lines: readonly Line[], doc: Segmented, bodyTexts: readonly string[]): MeetingResult {
  const warnings: Warning[] = [];
  const { start } = doc.header;
  const end = beforeNextMeeting(lines, start, doc.header.end);
  // (one walk over the header's lines, not a filter and two maps: every document's header is read so)
  const headerLines: Line[] = [];
  const flats: string[] = [];
  const texts: string[] = [];
  for (let i = start; i < end && i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    headerLines.push(l);
    flats.push(l.flat);
    texts.push(l.text);
  }
  // lines joined with a line break: a name may wrap after `i` (`Samordningsförbundet i` / `Kalmar län`)
  // but must not run on into the next line's label
  const headerText = flats.join('\n');

  const front = meetingOf(doc.frontPage, (at) => lines[at]!.no, (at) => underOtherLabel(lines, at));
  // (joined by a loop: the array map() made for join() was of one elements kind or another as the preamble was empty or
  // not, and each new kind threw this function's optimised code away)
  const preamble = doc.frontPage.preamble;
  let letterhead = '';
  for (let k = 0; k < preamble.length; k++) letterhead += (k > 0 ? '\n' : '') + preamble[k]!.text;
  const organ = front.organ ?? labelledOrgan(headerLines);
  // (a web page's trail of crumbs above the minutes: `Hem > Ekby stad > Ekby Hamn AB > Sammanträde 2003-12-16`)
  const crumb = breadcrumbOrgan(headerLines);
  // a förbund's name wins (a förbund's board meets in a municipality's house); then the
  // municipality or region of the letterhead, the organ's label, the header
  // (`REGIONSTYRELSEN` · `PROTOKOLL` · `Arbetsutskottet`: the committee a letterhead names under its organ, in a cell of its own)
  const committee = committeeUnderOrgan(preamble.map((v) => v.text));
  // (the generic `Nämnd` alone names no organ: namedBody passes it by)
  // (… and a notice that calls its meeting in a sentence: the meeting called, before any organ its prose or letterhead names)
  const body = namedBody(organ ?? '') ?? (crumb?.body ? { body: crumb.body, index: 0 } : null) ?? namedBody(doc.title ?? '') ?? (doc.kind === 'notice' ? calledBody(headerText) : null) ?? (committee !== null ? { body: committee, index: 0 } : namedBody(letterhead)) ?? headerBody(withoutCopies(lines, headerLines, doc), doc);
  // (a municipality's board or committee often has a § on a förbund: its annual report, its budget)
  const forbundOrgan = body !== null && FORBUND_ORGANS.has(body.body) && !MUNICIPAL_ORGAN.test(headerText);
  const organisation = headerOrganisation(lines, doc, headerLines, headerText, texts, bodyTexts, organ, crumb, letterhead, forbundOrgan);

  const year = documentYear(doc.title, headerText);
  const when = findWhen(lines, start, end, year, claimedDates(doc.frontPage));
  if (when.invalid) {
    warnings.push({ code: 'invalid-date', message: `"${when.invalid.text}" is not a date`, line: when.invalid.line });
  }
  const typo = front.times?.typo ? { text: front.times.typo, line: front.timesLine } : front.times ? null : when.timeTypo;
  if (typo) warnings.push({ code: 'time-typo', message: `"${typo.text}" read as ${front.times?.start ?? when.startTime}–${front.times?.end ?? when.endTime}`, line: typo.line });
  const frontDate = front.date ? isoOf(front.date, year ?? when.year) : null;
  // (read up to the first that says a place)
  let frontPlace: string | undefined;
  for (const p of front.places) if ((frontPlace = placeOf(p.text)) !== '') break;
  const place = frontPlace ? { location: frontPlace } : (findLocation(lines, start, end) ?? findPlaceInSentence(lines, start, end));

  // a § page of its own (a city's web page per §) names its meeting under the title
  // (`Helsingfors stadsstyrelse` / `Protokoll 24/2023, sammanträde 19.6.2023`) when the
  // document has no header that does
  const page = frontDate ?? when.date ? null : pageHeader(lines, doc, year);

  return {
    meeting: {
      organisation: organisation?.name ?? page?.organisation ?? null,
      body: body?.body ?? page?.body ?? null,
      date: frontDate ?? when.date ?? page?.date ?? null,
      startTime: front.times?.start ?? when.startTime,
      endTime: (front.times ? front.times.end : when.endTime) ?? front.endTime,
      location: place?.location ?? null,
      remote: isRemote(place?.location ?? null, [headerText, ...bodyTexts]),
      number: meetingNumber(lines, doc, headerLines, page),
      paragraphs: front.paragraphs ?? declaredRange(headerLines) ?? labelRowValues(headerLines)?.paragraphs ?? null,
    },
    warnings,
  };
}

/** Whose meeting it is: the crumbs' organisation, the organ's or the header's, a letterhead's public body, …, the notice board's owner. */
function headerOrganisation(lines: readonly Line[], doc: Segmented, headerLines: readonly Line[], headerText: string, texts: readonly string[], bodyTexts: readonly string[], organ: string | null | undefined, crumb: ReturnType<typeof breadcrumbOrgan>, letterhead: string, forbundOrgan: boolean): { name: string } | null {
  // (the förbund's name read from the lines as written, their columns' gaps kept: `Samordningsförbundet Ekbygd      Sida 1 (4)`)
  const columned = texts.join('\n');
  return (
    (crumb?.organisation ? { name: crumb.organisation, index: 0 } : null) ??
    findOrganisation(organ ?? columned) ??
    // (the header is read once when no organ is labelled)
    (organ !== null ? findOrganisation(columned) : null) ??
    findPublicBody(letterhead) ??
    oneWordRegion(letterhead) ??
    findPublicBody(organ ?? '') ??
    // (`Organ Ekby läns landstingsstyrelse`: the organ of the name's own county council or town)
    publicBodyOfOrgan(organ ?? '') ??
    // cells kept apart: `Patrik Johansson      Kungsbacka kommun` names no `Johansson Kungsbacka kommun`;
    // a förbund's board meets in a municipality's house and its members come from the municipalities:
    // the place and the people name the host and the members, not whose meeting it is, and
    // a förbund the first items name (`Styrelsen godkänner budgeten för Samordningsförbundet …`) comes before them
    // (those lines are gathered only here, where the header is read without them)
    findPublicBody(withoutLines(headerLines, hostAndMemberLines(lines, doc))) ??
    (forbundOrgan ? findOrganisation(bodyTexts.join('\n')) : null) ??
    // (but a participant's own, in brackets after the name or in the list's text, is never whose meeting it is:
    // `Sara Holm (Östby kommun)`, `Adjungerade Jana Ny (S) Norrviks kommun` on a page flattened onto one line)
    outsideLists(findPublicBody(withoutBrackets(headerLines, hostAndMemberLines(lines, doc))), doc) ??
    // (`… tillkännagivits på Lövby kommuns anslagstavla`: the municipality whose notice board the anslag is put up on)
    noticeBoardOwner(headerText, lines, doc.end, doc.start) ??
    // (an association or a foundation the heading names: `… med styrelsen för Stiftelsen Ekbygdens Hembygdsgård`)
    headingAssociation(headerLines)
  );
}

/** The meeting's number: the title's (or the line's under it), else the header's first, the page's, a label's, the header's rows'. */
function meetingNumber(lines: readonly Line[], doc: Segmented, headerLines: readonly Line[], page: ReturnType<typeof pageHeader>): Meeting['number'] {
  return (
    (doc.title
      ? (titleNumberOrCount(numberOf(doc.title) ?? numberOf(lines[doc.titleLines[0] ?? -1]?.flat ?? ''), headerLines) ?? numberBelow(lines, doc.titleLines))
      : (firstNumber(headerLines) ?? page?.number ?? null)) ?? labelledNumber(doc) ?? headerNumber(headerLines) ?? labelRowValues(headerLines)?.number ?? yearCountApart(headerLines) ?? null
  );
}

// `Nästa möte`, `Nästa sammanträde:` opening a line, alone or before its day (`Nästa möte: 12 juni kl. 9–11`)
const NEXT_MEETING = new RegExp(`^(?:${alternation(NEXT_MEETING_HEADINGS)})(?![${ANY_LETTER}])`, 'iu');
// (their first two letters asked first, without a pattern: most lines open with others)
const MAY_OPEN_NEXT = opensLikeTwo(NEXT_MEETING_HEADINGS);
/**
 * The header's end, or the heading of the next meeting inside it (notes whose points have no numbers have a
 * header that runs to their end): the day, hours and place written under it are another meeting's.
 */
function beforeNextMeeting(lines: readonly Line[], start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    const flat = lines[i]!.flat;
    if (MAY_OPEN_NEXT(flat) && NEXT_MEETING.test(flat)) return i;
  }
  return end;
}

// `Löpnummer: 9`, `Protokollnummer   2014:3`: the value under the number's label is the number alone
const LABELLED_NUMBER = /^(?:nr\.?\s*)?(\d{1,4}(?:[/:.]\d{1,4})?)\.?$/u;
/** The number the front page's label of it gives (`Löpnummer: 9`), or null. */
function labelledNumber(doc: Segmented): string | null {
  for (const f of doc.frontPage.fields) {
    if (f.field !== 'number') continue;
    const m = LABELLED_NUMBER.exec(f.values.map((v) => v.text).join(' ').trim());
    if (m) return m[1]!;
  }
  return null;
}

/** The organ's label's value on the first header line that has one (`Organ: Styrelsen`). */
function labelledOrgan(headerLines: readonly Line[]): string | undefined {
  for (const l of headerLines) {
    const v = ORGAN_LABEL.exec(l.flat)?.[1]?.replace(/^[\s:]+/u, '');
    if (v) return v;
  }
  return undefined;
}

// (joined by a loop, as the letterhead is in parseMeeting: the arrays filter() and map() made cost the optimised code)
function withoutLines(headerLines: readonly Line[], left: ReadonlySet<number>): string {
  let text: string | null = null;
  for (const l of headerLines) if (!left.has(l.no)) text = text === null ? l.text : `${text}\n${l.text}`;
  return text ?? '';
}

const FORBUND_ORGANS = new Set<string>(BODIES.map((b) => b.canonical));
const MUNICIPAL_ORGAN = /kommun(?:styrelse|fullmäktige)|nämnd|stads(?:styrelse|fullmäktige)|regionstyrelse/iu;
const HOST_OR_MEMBER_FIELDS = new Set<string>(['place', 'placeAndTime', 'participants']);

/**
 * The body the header's lines name, unless a participant's entry names it (`Övriga deltagande Lisa Holm,
 * kommunstyrelsens ordförande`, `Lars Holm, vattenrådet`): that organ is the participant's, and the lines
 * without that one are read instead.
 */
function headerBody(headerLines: readonly Line[], doc: Segmented): ReturnType<typeof findBody> {
  // (a notice's not in the points run on after its header, a transcript's notice page: `… Ärende 114. LAGLIGHET … 118.
  // KOMMUNFULLMÄKTIGES PROTOKOLL`; the minutes' header may run on into §§ that print the organ over each, `1. … Kommunstyrelsen 1 …`)
  // (joined by a loop, as the letterhead is in parseMeeting: map()'s array cost the optimised code)
  let text = '';
  for (let k = 0; k < headerLines.length; k++) text += (k > 0 ? '\n' : '') + headerLines[k]!.flat;
  const found = namedBody(doc.kind === 'notice' ? withoutItemList(text) : text);
  if (!found || doc.participantGroups.length === 0) return found;
  let start = 0;
  let k = 0;
  while (k + 1 < headerLines.length && found.index > start + headerLines[k]!.flat.length) start += headerLines[k++]!.flat.length + 1;
  const line = headerLines[k]!;
  const at = found.index - start;
  const inEntry = doc.participantGroups.some((g) =>
    g.entries.some((e) => {
      if (e.line !== line.no) return false;
      const from = line.flat.indexOf(e.text);
      return from >= 0 && at >= from && at < from + e.text.length;
    }),
  );
  return inEntry ? headerBody(headerLines.filter((_, j) => j !== k), doc) : found;
}

/**
 * The header's lines without who gets a copy of the notes (`Kopia för kännedom:` / `Styrgruppen`): a group named there is
 * not the one that met. (The label's block runs to the next blank line.)
 */
function withoutCopies(lines: readonly Line[], headerLines: Line[], doc: Segmented): Line[] {
  const copies = doc.frontPage.fields.filter((f) => f.field === 'copies');
  if (copies.length === 0) return headerLines;
  const skip = new Set<number>();
  for (const f of copies) for (let k = f.at; k < lines.length && !isBlank(lines[k]!); k++) skip.add(lines[k]!.no);
  return headerLines.filter((l) => !skip.has(l.no));
}

/** The source lines of the front page's place and of its participant lists. */
function hostAndMemberLines(lines: readonly Line[], doc: Segmented): Set<number> {
  const out = new Set<number>();
  for (const f of doc.frontPage.fields) if (HOST_OR_MEMBER_FIELDS.has(f.field)) for (const v of f.values) out.add(lines[v.at]!.no);
  for (const g of doc.participantGroups) for (const e of g.entries) out.add(e.line);
  return out;
}

/** The lines' texts joined, the brackets of the given lines left out. */
function withoutBrackets(headerLines: readonly Line[], skip: ReadonlySet<number>): string {
  // (joined by a loop, as the letterhead is in parseMeeting: map()'s array cost the optimised code)
  let text = '';
  for (let k = 0; k < headerLines.length; k++) {
    const l = headerLines[k]!;
    text += (k > 0 ? '\n' : '') + (skip.has(l.no) && l.text.includes('(') ? l.text.replace(BRACKETED, ' ') : l.text);
  }
  return text;
}
const BRACKETED = /\([^()]*\)/gu;

/** The organisation found, unless a participant list's entry names it (a list that shares its line with the place and the labels). */
function outsideLists<T extends { name: string }>(found: T | null, doc: Segmented): T | null {
  if (!found) return null;
  // (in a bracket, `Sara Holm (Östby kommun)`, it was not looked for: the same name may stand outside the lists)
  const names = (t: string): boolean => t.includes(found.name) && (!t.includes('(') || t.replace(BRACKETED, ' ').includes(found.name));
  for (const f of doc.frontPage.fields) if (f.field === 'participants' && f.values.some((v) => names(v.text))) return null;
  for (const g of doc.participantGroups) if (g.entries.some((e) => names(e.text))) return null;
  return found;
}

// before a range that stands apart: a column's gap, with or without an opening bracket after it
const STANDS_APART = /(?: {2}|\t)\(?$|^\($/u;
function declaredRange(headerLines: readonly Line[]): ParagraphRange | null {
  for (const l of headerLines) {
    // (the range needs `§§` or `paragraf`, in any case: most header lines hold neither)
    const m = l.text.includes('§§') || l.text.toLowerCase().includes('paragraf') ? DECLARED_RANGE.exec(l.text) : null;
    // declared by a label or standing alone (after a column gap), not the §§ a participant attended
    // (or in brackets in a column of its own: `PROTOKOLL    Styrelsen    Dnr 2021/04    (§§ 18-35)    1(9)`)
    if (m && (m.index === 0 || /^paragraf/iu.test(m[0]) || STANDS_APART.test(l.text.slice(0, m.index)))) return { from: Number(m[1]), to: Number(m[2]) };
  }
  return null;
}

// how many lines under an item's heading a § page's own header may take
const PAGE_HEADER_LINES = 8;
// the line that names the meeting: `Protokoll 24/2023, sammanträde 19.6.2023`
const NAMES_MEETING = new RegExp(`(?<![${ANY_LETTER}])(?:protokoll|sammanträde|möte)(?![${ANY_LETTER}])`, 'iu');

/** The meeting a § page names under its first item's title: only from a line that says protokoll or sammanträde. */
function pageHeader(lines: readonly Line[], doc: Segmented, year: number | null): { organisation: string | null; body: string | null; date: string | null; number: string | null } | null {
  const first = doc.items[0];
  if (!first) return null;
  const end = Math.min(first.end, first.at + 1 + PAGE_HEADER_LINES);
  for (let i = first.at + 1; i < end; i++) {
    const text = lines[i]!.flat;
    if (!NAMES_MEETING.test(text)) continue;
    const when = findWhen(lines, i, i + 1, year);
    if (!when.date) continue;
    // the organ stands on the line above, or on this one
    const around = `${i > first.at + 1 ? lines[i - 1]!.flat : ''}\n${text}`;
    return {
      organisation: (findOrganisation(around) ?? findPublicBody(around) ?? publicBodyOfOrgan(around))?.name ?? null,
      body: findBody(around)?.body ?? null,
      date: when.date,
      number: titleWordNumber(text),
    };
  }
  // (`Helsingfors stadsfullmäktige` alone under the title: a case page's organ, with no day)
  const organ = organLine(lines, first.at + 1, end);
  return organ ? { organisation: organ.organisation, body: organ.body, date: null, number: null } : null;
}

/** A year the title or header states, for a meeting day written without one. */
function documentYear(title: string | null, headerText: string): number | null {
  const m = YEAR.exec(title ?? '') ?? YEAR.exec(headerText);
  return m ? Number(m[1]) : null;
}
