// Stage 4: what each document is. A kind keyword in its title decides; a document that
// opened with a heading, a greeting or a certificate is `other`; an untitled document at
// the top of a file is read for the words minutes, notices and notes use, and one that a §
// heading opens is an extract of minutes.
import { AGENDA_SENT_OUT, ASSEMBLY_OTHER_DAYS, ATTENDANCE_HEADINGS, CALLING_TITLE_WORDS, ASSEMBLY_MEETING_ENDINGS, DECISION, FORMAL_DECISION_STEMS, HEADER_LABELS, KIND_TITLES, MEETING_PAPERS, MINUTES_SELF_REFERENCES, NUMBERED_WORDS, ORGAN_ENDINGS, ORGAN_NOUNS, OTHER_MEETINGS_MINUTES, PRESENCE_HEADINGS, PROCESS, ROLE_HEADINGS, SIGNATURE_LABELS, STATUTE_TITLES } from '../lexicon/sv.js';
import { findDates } from '../text/dates.js';
import { isFileName, namesFileLink } from '../text/file-name.js';
import type { DocumentKind } from '../schema/result.js';
import { collapse, isBlank, type Line } from '../text/line.js';
import { openersOfFile, recogniseItemHeader } from '../text/numbering.js';
import { alternation, opensLikeTwo } from '../text/patterns.js';
import { PROPOSAL_HEADING, opensWithProposal } from '../text/proposal-label.js';
import type { DocumentSpan } from '../split/split.js';
import { headsMinutesOnlyFrontPage, minutesOnlyLabelBetween } from '../split/notice-page.js';
import { announcesMeetingToCome, paragraphsTellNothing, pointsPropose, pointsReportOutcomes } from './held-meeting.js';
import { callsMeetingInProse } from './called-in-prose.js';
import { namesAdjusters, pointsFrameMeeting } from './meeting-frame.js';
import { headsContents, isHeadingLike, kindHeading, kindTitle, namesSeveralKinds, runOnTitle } from '../split/titles.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

export interface DetectedDocument extends DocumentSpan {
  kind: DocumentKind;
  title: string | null;
}

const WORD = (words: readonly string[]): RegExp => new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(words)})(?![${ANY_LETTER}])`, 'iu');
// `Anmälan av föregående protokoll` on an agenda names other minutes, not this document
const MINUTES_WORD = new RegExp(`(?<!(?:${alternation(OTHER_MEETINGS_MINUTES)})[ \\t])${WORD(KIND_TITLES.minutes).source}`, 'iu');
// `Utsänd föredragningslista` in minutes is the agenda they followed, not a notice's title
const NOTICE_WORD = new RegExp(`(?<!(?:${alternation(AGENDA_SENT_OUT)})[ \\t])${WORD([...KIND_TITLES.notice, 'kallas till', 'kallas härmed']).source}`, 'iu');
const NOTES_WORD = WORD(KIND_TITLES.notes);
// `Protokollet föres av undertecknad …`, `Närvarande vid uppropet: …`: minutes speaking of themselves under no kind's word
const MINUTES_SELF = WORD(MINUTES_SELF_REFERENCES);
const ROLE_HEADING = new RegExp(`^(?:${alternation(ROLE_HEADINGS.flatMap((r) => r.words))})(?![${ANY_LETTER}])`, 'iu');
const SIGNATURE_LABEL = new RegExp(`^(?:${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))})(?![${ANY_LETTER}])`, 'iu');
// (their first two characters asked first: most lines open with others, and the patterns are asked of up to BODY_LINES lines)
const mayOpenRole = opensLikeTwo(ROLE_HEADINGS.flatMap((r) => r.words));
const mayOpenSignature = opensLikeTwo(SIGNATURE_LABELS.flatMap((s) => s.words));
const isRoleHeading = (text: string): boolean => mayOpenRole(text) && ROLE_HEADING.test(text);
const isSignatureLabel = (text: string): boolean => mayOpenSignature(text) && SIGNATURE_LABEL.test(text);
// `Närvarande: Anna Berg, …`, `Frånvarande`: who was at the meeting, told by its record only
const PRESENCE_HEADING = new RegExp(`^(?:${alternation(PRESENCE_HEADINGS)})(?![${ANY_LETTER}])`, 'iu');
const mayOpenPresence = opensLikeTwo(PRESENCE_HEADINGS);
const isPresenceHeading = (text: string): boolean => mayOpenPresence(text) && PRESENCE_HEADING.test(text);
// (… and each side alone: who came, who did not)
const PRESENT_HEADING = new RegExp(`^(?:${alternation(ATTENDANCE_HEADINGS.present)})(?![${ANY_LETTER}])`, 'iu');
const ABSENT_HEADING = new RegExp(`^(?:${alternation(ATTENDANCE_HEADINGS.absent)})(?![${ANY_LETTER}])`, 'iu');
// what minutes say and an agenda does not: a decision (or one told in the past passive, `Det beslutades att …`, `Lena valdes …`)
const FORMAL_DECISION = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(FORMAL_DECISION_STEMS)})`, 'iu');
const DECIDED = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...DECISION.decideVerbs, ...DECISION.passive, ...DECISION.decidedPassive, ...DECISION.electedPast])})(?![${ANY_LETTER}])`, 'iu');
// (its first two letters asked first, as the role's and the signature's are)
const mayOpenMeetingLabel = opensLikeTwo([...HEADER_LABELS.date, ...HEADER_LABELS.place, ...HEADER_LABELS.time]);
const MEETING_LABEL = new RegExp(`^(?:${alternation([...HEADER_LABELS.date, ...HEADER_LABELS.place, ...HEADER_LABELS.time])})(?![${ANY_LETTER}])`, 'iu');
// numbered points that make an untitled text an agenda (`3. Ekonomi`, a web page's `3 Ekonomi`)
const AGENDA_POINTS = 3;
const POINT_STYLES = new Set(['agenda', 'spaced', 'punkt'] as const);
// how far into an untitled document its opening words are looked for
const OPENING_LINES = 12;
const BODY_LINES = 200;

export function detectKind(lines: readonly Line[], span: DocumentSpan): DetectedDocument {
  // a title standing in a column of a letterhead row is that column (`HÖGSBY KOMMUN   Protokoll`)
  const title = span.titleLines.length
    ? // (a title run on with its page, `FÖREDRAGNINGSLISTA Nr 7/26 Tid Plats …`: its words in capitals, and its number)
      collapse(span.titleLines.map((i) => kindTitle(lines[i]!)?.text ?? kindHeading(lines[i]!)?.text ?? runOnTitle(lines[i]!) ?? lines[i]!.text).join(' '))
    : // (a page run on in one line: its opening words in capitals)
      (lines[span.start] ? runOnTitle(lines[span.start]!) : null);
  // (a page under the kind's word that tells about such papers, `Protokoll` / `Protokoll ska föras vid …`, is none of them)
  if (span.kind) {
    // (a notice's title over the minutes' own front page, the template they share: minutes)
    const kind = span.kind === 'notice' && opensWithMinutesFrontPage(lines, span) ? 'minutes' : span.kind === 'notice' && !callsMeeting(title) && recordsHeldMeeting(lines, span) ? heldRecordKind(lines, span) : span.kind;
    return { ...span, kind: aboutPapers(lines, span) ? 'other' : kind, title };
  }
  if (span.other) return { ...span, kind: 'other', title };
  const found = kindFromContent(lines, span);
  // (and one that the words of its opening named so: `Hur tar jag mötesprotokoll?`, `Mötesanteckning` over a guide's prose)
  const kind = found !== 'other' && aboutPapers(lines, span) ? 'other' : found;
  // a file that is a verksamhetsplan alone, or the record or the notice of a meeting under no kind's word (an association's
  // page announcing its `Årsstämma`, a letter headed `Inbjudan` that calls it in its prose): its first line is its heading
  const first = lines[span.start];
  const named = kind === 'other' || kind === 'notes' || (kind === 'notice' && first !== undefined && (ASSEMBLY_NAMED.test(first.flat) || CALLING.test(first.flat)));
  const heading = named && title === null && first && isHeadingLike(first) ? first.flat : title;
  return { ...span, kind, title: heading };
}

function kindFromContent(lines: readonly Line[], span: DocumentSpan): DocumentKind {
  if (opensWithStatuteTitle(lines, span)) return 'other';
  const opening: string[] = [];
  // the opening without its numbered points: `2. Föredragningslista` is a point of the agenda, no title
  const openingText: string[] = [];
  const openingAt: number[] = [];
  let paragraphs = 0;
  let openingParagraph = false;
  let points = 0;
  let meetingLabels = 0;
  // a line of the opening announces a meeting to come (`Årets möte kommer att ske via Zoom`)
  let announced = false;
  // the first line of the opening that says who was present (`Närvarande: …`), which only a record says
  let presenceAt = -1;
  let seen = 0;
  // the opening first: its words decide most documents, and the body is then not read
  const openers = openersOfFile(lines);
  let i = span.start;
  for (; i < span.end && seen < OPENING_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    // (a paper's file name, `AU protokollsutdrag 2023-04-11 § 31.pdf`, or a link to it, `Protokoll (pdf-fil, 108 kB)`,
    // names no kind of this document)
    // (nor does a site's heading that lists several kinds, `Protokoll, kallelse och föredragningslista`)
    if (isFileName(line.text) || namesFileLink(lines, i) || namesSeveralKinds(line.flat)) continue;
    opening.push(line.text);
    if (presenceAt < 0 && isPresenceHeading(line.text)) presenceAt = i;
    const header = openers[i] === 1 ? recogniseItemHeader(line) : null;
    const point = header?.style !== 'paragraph' && openers[i] === 1 && recogniseItemHeader(line, POINT_STYLES) !== null;
    if (header?.style === 'paragraph') {
      paragraphs++;
      openingParagraph = true;
    } else if (point) points++;
    else {
      openingText.push(line.text);
      openingAt.push(i);
    }
    if ((mayOpenMeetingLabel(line.text) && MEETING_LABEL.test(line.text)) || namesDatedMeeting(line.flat) || announcesAssembly(line.flat) || namesMeetingPapers(line.flat)) meetingLabels++;
    else if (!announced && !point) announced = announcesMeetingToCome(line.flat);
  }
  const head = opening.join(' ');
  // (not in a numbered point: `3 Val av två personer att justera årsmötets protokoll` is on an agenda)
  const named = points > 0 ? openingText.join(' ') : head;
  // (a page about minutes, `Beslut … redovisas i protokoll`, `hitta protokoll från direktionens möten`, names them in its
  // sentences only, over no label, § or point: the body is read for a meeting's signs before it is taken for minutes)
  // (the word looked for once: the pattern looks behind at every place of the opening)
  const first = MINUTES_WORD.exec(named);
  const namesMinutes = first !== null;
  // (its first place asked first: a title's word there ends the question without a second reading of the opening)
  const onlyInSentences = first !== null && inSentenceAt(named, first) && namesMinutesInSentencesOnly(named);
  const minutesInSentences = onlyInSentences && meetingLabels === 0 && paragraphs === 0 && points === 0;
  // (… and a meeting's page whose opening speaks of minutes only inside its sentences, `Anmäles protokoll från
  // kommunfullmäktige …` under a point, names other minutes: its kind is read as an untitled page's)
  if (!onlyInSentences && namesMinutes) return 'minutes';
  // (… but not the word for notes inside a sentence of the opening, `Inga protokoll skrivs, men Arne för anteckningar vid
  // varje träff.`: a record's prose, as the word for minutes inside one is)
  if (!minutesInSentences && NOTES_WORD.test(head) && !namesNotesInProseOnly(opening)) return 'notes';
  // the numbered points and §§ of the rest of the body
  for (; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    if (openers[i] !== 1) continue;
    const header = recogniseItemHeader(line);
    if (header?.style === 'paragraph') paragraphs++;
    else if (recogniseItemHeader(line, POINT_STYLES) !== null) points++;
  }
  // (the role headings, signature labels and decisions are looked for only where the kind turns on them)
  const minutesFront = (): boolean => anyLine(lines, span, isRoleHeading) && (paragraphs > 0 || anyLine(lines, span, isSignatureLabel));
  // (… a guide to reading minutes has no § nor point, no role's heading nor a signer's label)
  if (minutesInSentences) {
    if (paragraphs > 0 || points > 0 || anyLine(lines, span, isRoleHeading) || anyLine(lines, span, isSignatureLabel)) return 'minutes';
    if (NOTES_WORD.test(head)) return 'notes';
  }
  // (a notice's word under the record's list of who was present, `Närvarande: …` / `Kallelse och dagordning`: the
  // heading of one of its points, no title)
  const titling = presenceAt < 0 ? openingText : openingAt.filter((k) => k < presenceAt).map((k) => lines[k]!.text);
  if (NOTICE_WORD.test(titling.join(' '))) {
    // (the agenda the minutes followed, printed after their front page: `Beslutande …` and `Paragrafer 1-14` /
    // `Justeras …` above `FÖREDRAGNINGSLISTA`)
    if (agendaAfterMinutesFront(lines, span, openingAt)) return 'minutes';
    // (a contents heading, `Ärendelista` over `Information... 3`, is the minutes' table of contents, or a notice's)
    const own = openingAt.filter((i) => !headsContents(lines, i));
    return own.length < openingAt.length && !NOTICE_WORD.test(own.map((i) => lines[i]!.text).join(' ')) && minutesFront() ? 'minutes' : 'notice';
  }
  // (or, untitled, the minutes' front page: a participants' heading over a label only minutes print, `Paragrafer`,
  // `Protokolljustering`, the word Protokoll in none of its lines)
  if (minutesFront() || opensWithMinutesFrontPage(lines, span)) return 'minutes';
  // (… but §§ that tell nothing, under a meeting's day or place, `§1 Mötet öppnas` / `§2 Inledning`, are an agenda's points)
  if (paragraphs >= 2) return meetingLabels > 0 && paragraphsTellNothing(lines, span) ? 'notice' : 'minutes';
  // (both phrases hold one of these words: most openings are passed by before the pattern reads them)
  if ((head.includes('rotokoll') || head.includes('uppropet')) && MINUTES_SELF.test(head)) return 'minutes';
  // an extract of one § (a city's web page per §, `protokollsutdrag` without its title):
  // the § heading opens the document
  if (openingParagraph) return 'minutes';
  // numbered points that tell what they came to, under a list of who was there (`Agenda` / `Deltagare` / `2. Läget` /
  // `Diskuterades …`): the record of a held meeting, as notes keep it
  if (points >= HELD_POINTS && recordsHeldMeeting(lines, span)) return heldRecordKind(lines, span);
  // a meeting's date or place over numbered points and nothing decided: its agenda (a web page's)
  // (or a meeting announced as to come, under no day: `Årets möte kommer att ske via Zoom` / `1. Mötet öppnas` …)
  // (or points that open and close a meeting, under no head but the day or none: `1. Mötets öppnande` … `13. Övriga frågor`)
  if (points >= AGENDA_POINTS && (meetingLabels > 0 || announced || pointsFrameMeeting(lines, span))) {
    // … and where its points decide (`2. Budget` / `Styrelsen beslutar att …`), under no kind's word
    // (`Styrelsemöte` / `Datum: …`): the record of the meeting, as notes keep it, not a text of no meeting
    // (… or that tell who was present, `Närvarande: …`: a record's words, under a heading of no kind, `Sammanfattning från
    // nätverksträff`)
    // (… and where it names who adjusts it, `Eva Ek väljs till justerare`: the minutes)
    return decidedOutsideProposals(lines, span) || anyLine(lines, span, isPresenceHeading) ? heldRecordKind(lines, span) : 'notice';
  }
  // a letter that calls the meeting in its prose, its day or hour in the same sentence, with no points or points of no number
  if (callsMeetingInProse(lines, span)) return 'notice';
  return 'other';
}

/**
 * The opening's first line that names a notice (`FÖREDRAGNINGSLISTA`) stands under the minutes' front page: a participants'
 * heading and a label only minutes print (`Paragrafer`, `Underskrifter`, `Justeras`), in either order, above it.
 */
function agendaAfterMinutesFront(lines: readonly Line[], span: DocumentSpan, openingAt: readonly number[]): boolean {
  const at = openingAt.find((i) => NOTICE_WORD.test(lines[i]!.text));
  if (at === undefined || !minutesOnlyLabelBetween(lines, span.start, at)) return false;
  for (let i = span.start; i < at; i++) if (isRoleHeading(lines[i]!.text)) return true;
  return false;
}

const HELD_POINTS = 2;
/**
 * The record of a held meeting that names who adjusts it, or whose points decide (`Styrelsen beslutade att …`), is its
 * minutes, as a protokoll keeps what was decided; one that tells only what was said and done, its notes.
 */
const heldRecordKind = (lines: readonly Line[], span: DocumentSpan): DocumentKind =>
  namesAdjusters(lines, span) || decidedOutsideProposals(lines, span, false) ? 'minutes' : 'notes';
// (a word of a call in the title: `Kallelse till sammanträde …` stays the notice whatever its points tell)
const CALLING = new RegExp(`(?<![${ANY_LETTER}])[${ANY_LETTER}]*(?:${alternation(CALLING_TITLE_WORDS)})`, 'iu');
const callsMeeting = (title: string | null): boolean => title !== null && CALLING.test(title);
/**
 * A document headed as an agenda (`DAGORDNING`), or numbered points under no kind's word, that is the record of the meeting:
 * its points tell what they came to (detect/held-meeting.ts) and it says who was there (`Närvarande`, `Deltagare`).
 */
const recordsHeldMeeting = (lines: readonly Line[], span: DocumentSpan): boolean =>
  (pointsReportOutcomes(lines, span) && anyLine(lines, span, (text) => isPresenceHeading(text) || isRoleHeading(text))) || (takesAttendance(lines, span) && !pointsPropose(lines, span));
/**
 * `Närvarande: Anna Ek, …` and `Ej närvarande: Per Ås, …` both: who came and who did not, which only the record of a held
 * meeting can tell (a call names whom it calls, not who stayed away), whatever heading its points stand under and whatever
 * tense they are told in (`Ordföranden öppnar mötet`: many records tell it in the present); not where its points propose.
 */
const takesAttendance = (lines: readonly Line[], span: DocumentSpan): boolean =>
  anyLine(lines, span, (text) => isPresenceHeading(text) && PRESENT_HEADING.test(text)) && anyLine(lines, span, (text) => isPresenceHeading(text) && ABSENT_HEADING.test(text));

/**
 * The document's opening, before any item, is the minutes' front page: a participants' heading (`Beslutande`) over a
 * label only minutes print (`Paragrafer`, `Underskrifter`, `Protokolljustering`). Asked of a notice's title only.
 */
function opensWithMinutesFrontPage(lines: readonly Line[], span: DocumentSpan): boolean {
  const openers = openersOfFile(lines);
  for (let i = span.start, seen = 0; i < span.end && seen < OPENING_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    if (openers[i] === 1 && recogniseItemHeader(line) !== null) return false;
    if (isRoleHeading(line.text) && headsMinutesOnlyFrontPage(lines, i)) return true;
  }
  return false;
}

// `Styrelsemöte 2021-03-14`, `Möte med styrelsen 14 mars 2021`: a heading that names a meeting and its day, as a date's label would
const MEETING_NAMED = new RegExp(`^[${ANY_LETTER}]*(?:${alternation(NUMBERED_WORDS)})(?![${ANY_LETTER}])`, 'iu');
// `Regionfullmäktige 2026-03-17`, `Kommunstyrelsen 12 maj 2026`: a web page of an organ's meeting headed by the organ and its day
const ORGAN_NAMED = new RegExp(`^[${ANY_LETTER}]*(?:${alternation(ORGAN_NOUNS)})(?:${alternation(ORGAN_ENDINGS)})?(?![${ANY_LETTER}])`, 'iu');
const NAMED_LENGTH = 60;
const namesDatedMeeting = (text: string): boolean =>
  text.length <= NAMED_LENGTH && (MEETING_NAMED.test(text) || ORGAN_NAMED.test(text)) && findDates(text).some((d) => d.iso !== null && !d.compact);

// `Handlingar KF den 1 oktober 2026`, `Här finns handlingar till kultur- och fritidsnämndens sammanträde den 14 maj 2026`: a
// heading that names a meeting's papers or points and the meeting's day, as a date's label would (a web page that
// publishes the agenda under no kind's word); a heading's length, not a paragraph's
const MEETING_PAPERS_NAMED = new RegExp(
  `^(?:(?:${alternation(MEETING_PAPERS.leadIns)})\\s+)?(?:${alternation(MEETING_PAPERS.words)})(?![${ANY_LETTER}])`,
  'iu',
);
const PAPERS_LENGTH = 120;
// (every word holds one of these letters' runs, in capitals or not: most lines are passed by before the pattern)
const mayNamePapers = (text: string): boolean => /(?:andling|renden|rendelista|unkter)/iu.test(text.slice(0, 40));
const namesMeetingPapers = (text: string): boolean =>
  text.length <= PAPERS_LENGTH && mayNamePapers(text) && MEETING_PAPERS_NAMED.test(text) && findDates(text).some((d) => d.iso !== null && !d.compact);

// how many content lines of a titled document are read for a meeting's signs, and the words of a sentence about the papers
const ABOUT_LINES = 40;
const ABOUT_WORDS = 8;
/** The first ABOUT_LINES lines of the span that hold text (their indices). */
function contentLines(lines: readonly Line[], span: DocumentSpan): number[] {
  const out: number[] = [];
  for (let i = span.start; i < span.end && out.length < ABOUT_LINES; i++) if (!isBlank(lines[i]!)) out.push(i);
  return out;
}
const namesDay = (text: string): boolean => /\d/.test(text) && findDates(text).some((d) => d.iso !== null || d.day !== null);

// a line of an archive's list: a year (`2021`), or a short heading with its day (`Protokoll direktionen 2021-09-30`, `2021-03-23`)
const YEAR = /^(?:19|20)\d\d$/;
const YEAR_LENGTH = 4;
const LISTED_LENGTH = 60;
const LISTED_ITEMS = 3;
/** A meeting's, a role's or a signer's label opens the text. */
const isLabelled = (text: string): boolean => (mayOpenMeetingLabel(text) && MEETING_LABEL.test(text)) || isRoleHeading(text) || isSignatureLabel(text);

/**
 * A guide to meetings' papers, or an archive's list of them: no paper of one meeting.
 * - A guide is a document under a kind's title (`Protokoll`, `Kallelse till sammanträdet`) in prose only: its lines
 *   no item's heading, no label of a meeting, role or signer, no day of a meeting.
 * - An archive's page lists the papers of meetings a line each, by year and day (`2021` / `Protokoll direktionen
 *   2021-09-30` / `2021-03-23`), with no item's heading and no label of a meeting, role or signer among them.
 * (Both read the same first lines: in one pass, each line's heading, labels and day asked once, and only while a reading goes on.)
 */
const POINT_AT_END = /\s\d{1,3}\.$/u;
function aboutPapers(lines: readonly Line[], span: DocumentSpan): boolean {
  let guide = true;
  let sentences = 0;
  let archive = true;
  let listed = 0;
  for (const i of contentLines(lines, span)) {
    const line = lines[i]!;
    const text = line.flat;
    // (the title is read for its day only by the guide: `Protokoll styrelsemöte 2014-03-08`)
    const title = span.titleLines.includes(i);
    // (a label's word opening a sentence is none to the guide: `Datum anger dagen för sammanträdet.`)
    // (not the next point's number cut off at the line's end: `… BESLUTFÖRHET 115.`, a notice page's points run on)
    const sentence = text.endsWith('.') && !POINT_AT_END.test(text);
    const heading = (archive || !title) && recogniseItemHeader(line) !== null;
    const labelled = !heading && (archive || (!title && !sentence)) && isLabelled(text);
    let day: boolean | undefined;
    if (guide) {
      if (title || !(heading || (!sentence && labelled))) day = namesDay(text);
      if (title) guide = !day;
      else if (heading || (!sentence && labelled) || day) guide = false;
      // (a paragraph flowed onto one line holds several)
      else if (sentence && text.split(' ').length >= ABOUT_WORDS) sentences += text.split('. ').length;
    }
    if (archive) {
      if (heading || labelled) archive = false;
      else if (text.length <= LISTED_LENGTH && !sentence && ((text.length === YEAR_LENGTH && YEAR.test(text)) || (day ?? namesDay(text)))) listed++;
    }
    if (!guide && !archive) return false;
  }
  return (guide && sentences >= 2) || (archive && listed >= LISTED_ITEMS);
}

const NOTES_WORDS = new RegExp(NOTES_WORD.source, 'giu');
// a word in lower case and a space right before the word, within its line
const AFTER_LOWER_WORD = new RegExp(`[${LOWER_LETTER}] $`, 'u');
/**
 * Every word for notes in the opening's lines stands inside a sentence of its line: a word in lower case right before it,
 * the line ending a sentence. Read line by line: a title's word after a line that ends in a small letter is no sentence's.
 */
function namesNotesInProseOnly(opening: readonly string[]): boolean {
  let found = false;
  for (const text of opening) {
    for (const m of text.matchAll(NOTES_WORDS)) {
      found = true;
      if (!(AFTER_LOWER_WORD.test(text.slice(Math.max(0, m.index - 2), m.index)) && text.trimEnd().endsWith('.'))) return false;
    }
  }
  return found;
}
const MINUTES_WORDS = new RegExp(MINUTES_WORD.source, 'giu');
// a word in lower case and a space right before, or a sentence's end (the opening's lines are read joined): the minutes' word inside prose
// (`… redovisas i protokoll`, `Handlingarna publiceras en vecka före. Protokoll publiceras när de har justerats.`)
const IN_SENTENCE = new RegExp(`(?:[${LOWER_LETTER}]|[.!?])\\s$`, 'u');
/** Every word for minutes in the text stands inside a sentence, none as a title's. */
function namesMinutesInSentencesOnly(text: string): boolean {
  for (const m of text.matchAll(MINUTES_WORDS)) if (!inSentenceAt(text, m)) return false;
  return true;
}
/**
 * The word found stands inside a sentence: a small letter and a space right before it. Not a word in capitals, a
 * running header's (`PROTOKOLL NS 4/09 …` opening a transcript's page under the site's title of the document, which
 * ends in a small letter where the opening's lines are read joined): no sentence writes the kind's word so.
 */
const inSentenceAt = (text: string, word: RegExpExecArray): boolean =>
  IN_SENTENCE.test(text.slice(Math.max(0, word.index - 2), word.index)) && !isCapitals(word[0]);
const isCapitals = (word: string): boolean => word === word.toUpperCase() && word !== word.toLowerCase();

// `Arbetsordning för kommunfullmäktige`, `Kommunfullmäktiges arbetsordning`, `Stadgar för …`: a body's rules, their `§ 1` no minutes' §
const STATUTE_TITLE = new RegExp(`^(?:[${UPPER_LETTER}][${LOWER_LETTER}]+s\\s)?(?:${alternation(STATUTE_TITLES)})(?![${ANY_LETTER}])`, 'iu');
const STATUTE_TITLE_LENGTH = 90;
/** The document's first line is the heading of a body's rules. */
function opensWithStatuteTitle(lines: readonly Line[], span: DocumentSpan): boolean {
  let i = span.start;
  while (i < span.end && isBlank(lines[i]!)) i++;
  const first = lines[i];
  return first !== undefined && i < span.end && first.flat.length <= STATUTE_TITLE_LENGTH && STATUTE_TITLE.test(first.flat) && isHeadingLike(first);
}

// `Årsstämman hålls onsdagen den 9 april 2025 kl. 19.00 i …`, `Välkommen till föreningsstämman den 22 maj 2025`: a
// members' meeting named in a line with its day, as a date's label would (a page of statutes says no day: `före juni`)
const ASSEMBLY_NAMED = new RegExp(`(?<![${ANY_LETTER}])[${ANY_LETTER}]{0,16}(?:${alternation(ASSEMBLY_MEETING_ENDINGS)})(?![${ANY_LETTER}])`, 'iu');
const ANNOUNCEMENT_LENGTH = 200;
const HELD = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ASSEMBLY_OTHER_DAYS)})(?![${ANY_LETTER}])`, 'iu');
// (every ending holds one of these: most lines are passed over by them alone)
const announcesAssembly = (text: string): boolean =>
  text.length <= ANNOUNCEMENT_LENGTH &&
  /stämm|möte|samråd/iu.test(text) &&
  ASSEMBLY_NAMED.test(text) &&
  !HELD.test(text) &&
  findDates(text).some((d) => d.iso !== null && !d.compact);


// `Beskrivning av ärendet`, `Bakgrund`, `Ärendebeskrivning`: a heading over the case's history, whose decisions are
// other meetings' (`Riktlinjerna antogs av fullmäktige 2016`, `… godkändes av utskottet`); it reaches to the next heading
const HISTORY_HEADINGS = new Set<string>(PROCESS.headings.description);
const HEADING_LENGTH = 40;
const historyHeading = (text: string): boolean => text.length <= HEADING_LENGTH && HISTORY_HEADINGS.has(text.replace(/:$/u, '').toLowerCase());
/** A short line with no sentence's end: a heading (`Beslut`, `Bilagor`), or a point's. */
const endsHistory = (text: string): boolean => text.length <= HEADING_LENGTH && !/[.,;]$/u.test(text);

/**
 * A line of the first BODY_LINES says a decision, outside the paragraphs a proposal's heading or label opens and
 * the case's history under its heading. (A decision a point tells before its proposal is the case's story too,
 * `Anmäles protokoll från kommunfullmäktige …; … godkändes.` / `Förslag till beslut`: it counts only where the
 * point ends with no proposal.)
 */
function decidedOutsideProposals(lines: readonly Line[], span: DocumentSpan, formalities = true): boolean {
  const openers = openersOfFile(lines);
  let proposed = false;
  let headingOnly = false;
  let history = false;
  // the point's decision told before any proposal of it, still to be weighed
  let told = false;
  let pointProposes = false;
  for (let i = span.start, seen = 0; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      // (a proposal's heading alone on its line reaches over the blank line under it to its clauses)
      proposed = proposed && headingOnly;
      headingOnly = false;
      continue;
    }
    seen++;
    // (a numbered clause of a proposal, `1. Anmälan läggs till handlingarna.`, opens no point)
    if (!proposed && openers[i] === 1 && recogniseItemHeader(line) !== null) {
      if (told && !pointProposes) return true;
      told = false;
      pointProposes = false;
      history = false;
      continue;
    }
    if (historyHeading(line.text)) {
      history = true;
      continue;
    }
    if (history && endsHistory(line.text)) history = false;
    // (every proposal's heading or label says `örslag`: most lines are passed over by that test alone)
    headingOnly = false;
    if (line.text.includes('örslag') && (PROPOSAL_HEADING.test(line.text) || opensWithProposal(line.text))) {
      proposed = pointProposes = true;
      headingOnly = PROPOSAL_HEADING.test(line.text);
      continue;
    }
    if (proposed || history || !DECIDED.test(line.text)) continue;
    // (without the decisions every record takes, where they are not to count: the agenda's, a question put off)
    if (!formalities && FORMAL_DECISION.test(line.text)) continue;
    if (pointProposes) return true;
    told = true;
  }
  return told && !pointProposes;
}

/** One of the document's first BODY_LINES content lines passes the test. */
function anyLine(lines: readonly Line[], span: DocumentSpan, test: (text: string) => boolean): boolean {
  for (let i = span.start, seen = 0; i < span.end && seen < BODY_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    if (test(line.text)) return true;
  }
  return false;
}
