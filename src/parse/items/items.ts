// Item segments → Item[]: the title read off its suffixes, the body cleaned into
// paragraphs, and what the body says about presenter, proposal and decisions.
import { closeLetterSpacing } from '../../text/letter-spaced.js';
import { CASE_NUMBER_LABELS, DECISION, POSITION_ACRONYMS, POSITION_WORDS, PROCESS, STANDING_POINTS } from '../../lexicon/sv.js';
import { isTitleLink } from '../../text/row-opening.js';
import type { Decision, DocumentKind, Item, ItemType } from '../../schema/result.js';
import { itemTypeOfCell, itemTypeOfLine } from '../../segment/item-type-line.js';
import { presenterInTitle } from './title-presenter.js';
import { cutLostRows, rowsAtCapitals, rowsOfLostNumbers } from './lost-rows.js';
import { cellsFrom, headColumns } from './attachment-column.js';
import { caseNumberAtEnd, sectionOf, type ItemSegment, type PointPage, type SubItemSegment } from '../../segment/items.js';
import { bareCaseNumberAtEnd, readCaseNumber } from '../../text/case-number.js';
import { capitalsTitleBeforeOrgan } from '../../text/numbering.js';
import { capitalsTitleBeforeLabel } from '../../text/proposal-label.js';
import { organCapitalsTitle } from '../../segment/items/page-heads.js';
import { electsFromOffice, opensOnPhrase, opensSentence } from '../../text/sentence-start.js';
import { isGivenName } from '../../text/persons.js';
import { collapse, paragraphs, withText, type Line, type Paragraph } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { HINT, isElectionLabel } from '../decisions/decides.js';
import { findDecisions } from '../decisions/decisions.js';
import { electedUnderTitle } from '../decisions/elections.js';
import { opensOnDecided } from '../decisions/sentence-parts.js';
import { findPresenter } from '../decisions/presenter.js';
import { findProposal, proposedInNotice } from '../decisions/proposal.js';
import { isBodyHeading, readParagraphs, type ReadParagraph } from '../decisions/roles.js';
import { outcomeOf, readProcessKept, type Proceedings } from '../process/index.js';
import { PRESENTER_STEM, attachmentsIn, isWithdrawnMark, leaderStart, splitAttachmentLabel, splitFirstSentence, readTitle, splitAgendaColumns, splitCaseRow, splitInlineSubPoints, splitInlineTitle, endsWithCapitals, splitPointText, presenterCell, splitPresenterSuffix, type ReadTitle, splitRowCells, splitStandingTitle, splitTrailingPresenter } from './title.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

interface Frame {
  number: number | null;
  label: string | null;
  /** `§§ 4 och 11`: every § the heading covers. */
  covers?: readonly number[];
  caseNumber: string | null;
  titleText: string;
  /** Body text written on the title line itself (`1<TAB>Title Body…`). */
  inlineBody: string;
  /** The line the inline body opens on, where it is not the heading's (a title read as wrapped over it). */
  inlineAt?: number;
  /** What other columns of an agenda table row said. */
  columns?: { presenter: string | null; attachments: string[]; type: ItemType | null };
  /** The table's head names its column of names `Ansvarig`, not `Föredragande`: the names there present nothing. */
  responsibleColumn?: boolean;
  /** A table's row whose cells wrap: the pieces of its other cells, read as the item's body. */
  row?: { cells: string[][]; body: string[] } | null;
  at: number;
  bodyStart: number;
  bodyEnd: number;
  end: number;
  section: string | null;
  sectionType: ItemType | null;
  /** Heading lines printed again at a page top inside the body. */
  repeats?: readonly number[];
  /** An opening row of a table whose last column holds what is proposed (`Val av justerare   Ordinarie: Eva Ek (S)`): its text is the proposal. */
  proposedRow?: boolean;
  /** The point's own pages after the agenda (a notice's `ÄRENDE 5 …`). */
  pages?: readonly PointPage[];
  /** The heading is a sentence and the § has no body (`§ 3 Protokollet läggs till handlingarna.`): what it decides is read from it. */
  sentenceTitle?: boolean;
}

// a title this long with a sentence in it has the item's body run on after it

// `Dnr Fullmäktige utser …`: a case number's label alone, capitalised, before a capitalised word (its first letters looked at first)
const BARE_LABELS = CASE_NUMBER_LABELS.filter((l) => !l.includes(' ')).map((l) => l.charAt(0).toUpperCase() + l.slice(1));
const BARE_CASE_LABEL = new RegExp(`^(?:${alternation(BARE_LABELS)}):?\\s+(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
const MAY_BARE_LABEL = new Set<number>(BARE_LABELS.map((l) => l.charCodeAt(0)));
// `Delårsbokslut jan–april (Dnr 346/2006)`: a title that ends on its case number in brackets, the label and a digit inside
// (what follows the label up to its first digit cannot be a digit: one way to match, linear)
const BRACKETED_CASE_END = new RegExp(`\\((?:${alternation(CASE_NUMBER_LABELS)})[^()\\d]*\\d[^()]*\\)$`, 'iu');
const RUN_ON = 60;
// a heading's line longer than this holds a page run on after it (a transcript's page on one line, not cut by reflow)
const FLAT_PAGE = 400;
// (`Kf 31 Svar på medborgarförslag om Kvarnstenen i Ekby... 4`: a contents entry's leader and page end the title, no sentence)
const runsOn = (title: string): boolean => title.length > RUN_ON && /[.!?:](?:\s|$)/u.test(title) && leaderStart(title) < 0;
// a heading that is a whole sentence: five words or more and a full stop
const SENTENCE_WORDS = 5;
// (or shorter, where a verb of deciding stands in it: `§ 3 Dagordningen godkändes.`, `§ 7 Styrelsen beviljades ansvarsfrihet.`,
// an annual meeting's one line a point; `§ 9 Övriga frågor.` is a title with its stop)
const DECIDING = new RegExp(`\\s(?:${alternation([...DECISION.passive, ...DECISION.elections, ...DECISION.assemblyPassive])})(?![${ANY_LETTER}])`, 'u');
// (`6. Den utskickade dagordningen godkändes`: the same passive ending the line, its stop left out)
const ENDS_DECIDING = new RegExp(`\\s(?:${alternation([...DECISION.passive, ...DECISION.assemblyPassive])})$`, 'u');
const ROLE_ALONE = new RegExp(`^(?:${alternation(PROCESS.roleWords)})$`, 'iu');
// (or an organ that decides in the active after the title: `§ 3 Revisionsrapport Kommunstyrelsen godkänner rapporten.`, a
// flattened § whose decision is its whole body; the verbs that decide without an object to finish them)
const DECIDES_ACTIVE = new RegExp(`\\s[${UPPER_LETTER}][${LOWER_LETTER}]+\\s(?:${alternation([...DECISION.decideVerbs, ...DECISION.approveVerbs.filter((v) => !(v in DECISION.approveVerbsNeedingObject))])})\\s[${LOWER_LETTER}]`, 'u');
const ACTIVE_DECISION_WORDS = 4;
// (and `2. Till justerare väljs Kajsa Wid och Rolf Ask`, an election told from its office, whether it ends on a stop or not)
const isSentenceLine = (title: string): boolean => {
  if (!/[.!]$/u.test(title)) return electsFromOffice(title) || ENDS_DECIDING.test(title);
  const words = title.split(' ').length;
  return words >= SENTENCE_WORDS || (words >= 2 && DECIDING.test(title)) || isElectionLabel(title) || (words >= ACTIVE_DECISION_WORDS && DECIDES_ACTIVE.test(title));
};
// `1. Lisa Berg hälsade alla välkomna.`: a cut after `Lisa`, `Anna-Karin` or `Per Ek` lands inside the name that opens the sentence
const NAME_PIECE = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+)(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?(?: [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)?$`, 'u');
const opensName = (title: string): boolean => {
  const m = NAME_PIECE.exec(title);
  return m !== null && isGivenName(m[1]!);
};
// `SN 2016/3 ÅL`, `2015/100 AKK`: a presenter's cell that holds initials or a unit's code alone (two to four capitals)
// names no person and no role (SCHEMA.md: a name, or a role where no name is given), so no presenter
// (a position written short stays: `VD`, `MAS`)
const UNIT_CODE = new RegExp(`^[${UPPER_LETTER}]{2,4}$`, 'u');
const SHORT_POSITIONS = new Set<string>([...POSITION_ACRONYMS, ...POSITION_WORDS.filter((w) => w.length <= 4).map((w) => w.toUpperCase())]);
const unitCodeless = (cell: string | null | undefined): string | null | undefined => (cell != null && UNIT_CODE.test(cell) && !SHORT_POSITIONS.has(cell) ? null : cell);
// a list's row followed by a gap in the numbers holds the rows that lost theirs when it is so many words at least;
// the last row of the list, when it is longer than a title
const LOST_ROWS_WORDS = 5;
const LOST_ROWS_LAST_WORDS = 14;
// (so many numbers lost in a row at most: a wider gap is the list's end, `34 …` / `9998 Besvärsanvisning`)
const MAX_LOST_ROWS = 5;
/** The rows after segment k lost their numbers: the next number jumps past k's next, or k is the last and long. */
function lostRowsAfter(segments: readonly ItemSegment[], k: number): boolean {
  const seg = segments[k]!;
  const next = segments[k + 1];
  if (seg.unnumbered || seg.header.label !== null) return false;
  const words = seg.titleText.split(' ').length;
  if (next === undefined) return words >= LOST_ROWS_LAST_WORDS;
  const gap = next.header.number - seg.header.number - 1;
  return next.header.label === null && gap >= 1 && gap <= MAX_LOST_ROWS && words >= LOST_ROWS_WORDS;
}
/**
 * The rows after segment k's own that lost their numbers, where they are as many as the numbers between k's and the
 * next's; else none. Rows that open as surely as a number would are asked first, then those cut at their capitals
 * (`11. Val av ledamöter … för mandatperioden Motion om konstnärlig utsmyckning` / `13. …`: the one row lost, at the
 * one capital that opens one).
 */
function rowsNumbered(title: string, seg: ItemSegment, next: ItemSegment | undefined): string[] {
  if (next === undefined) return [];
  const lost = next.header.number - seg.header.number - 1;
  const rows = rowsOfLostNumbers(title);
  // (sure rows that do not count up to the numbers lost are not counted again looser: `43. BIDRAG … HAMNAR … KULTUR …` / `45.`)
  if (rows !== null) return rows.length - 1 === lost ? rows.slice(1) : [];
  const capitals = rowsAtCapitals(title);
  return capitals !== null && capitals.length - 1 === lost ? capitals.slice(1) : [];
}
// a § heading's line that runs on past a title's length with no stop at its end: so many words at least
const UNENDED_RUN_ON_WORDS = 8;
const runsOnUnended = (title: string): boolean => !/[.!?:]$/u.test(title) && title.split(' ').length >= UNENDED_RUN_ON_WORDS;
/**
 * The unended text's first word in small letters is no preposition (`Hembygdsgille för renovering …` names the title's
 * subject, `Mötet konstaterades …` opens a sentence), unless one opens the text too (`På förslag av ordföranden godkänner …`).
 */
const verbAfterSubject = (text: string): boolean => {
  const words = text.split(' ');
  if (isTitleLink(words[0]!.toLowerCase())) return true;
  const first = words.find((w) => OPENS_LOWER_WORD.test(w));
  return first === undefined || !isTitleLink(first);
};
const OPENS_LOWER_WORD = new RegExp(`^[${LOWER_LETTER}]`, 'u');
// a title run on with its text: the title a heading's length, the text a sentence
const RUN_ON_TITLE_WORDS = 6;
const RUN_ON_BODY_WORDS = 2;
// (longer before an election told from its office, which no title's words run on with: `Val av ordförande och
// sekreterare för årsmötet Till ordförande för årsmötet valdes …`)
const RUN_ON_ELECTION_TITLE_WORDS = 10;
// the run-on text opens a sentence (text/sentence-start.ts), or the title is a standing point's
const STANDING = new Set<string>(STANDING_POINTS);

/** `own`: the organ that meets (`socialnämnd`, as `meeting.body`), whose decisions its minutes state by its name. */
export function parseItems(lines: readonly Line[], segments: readonly ItemSegment[], kind: DocumentKind, own: string | null = null): Item[] {
  return itemsOf(lines, segments, kind, own, null);
}

/** What an item's decisions, and what rests on them, are read from: kept where they may be read again. */
interface Reading {
  item: Item;
  kind: DocumentKind;
  said: readonly Paragraph[];
  roles: readonly ReadParagraph[];
  /** The proposal the body states, before a notice's decisions are read as one. */
  proposal: Item['proposal'];
  withdrawn: boolean;
  proceedings: Proceedings | null;
}

export interface ReadItems {
  items: Item[];
  /**
   * Reads the items' decisions again as those of `own`, the organ that meets, once the items have named it
   * (document.ts), and what rests on them (the outcome; a notice's proposal): the rest of each item depends
   * on no organ and stays as read. The items are changed in place.
   */
  decideAs: (own: string) => void;
}

/** The items, as parseItems reads them, and the means to read their decisions again for the organ that meets. */
export function readItems(lines: readonly Line[], segments: readonly ItemSegment[], kind: DocumentKind, own: string | null): ReadItems {
  const readings: Reading[] = [];
  const items = itemsOf(lines, segments, kind, own, readings);
  const decideAs = (organ: string): void => {
    for (const r of readings) {
      const decisions = r.kind === 'notice' ? [] : decisionsOf(r.said, organ, r.roles, r.item.title);
      r.item.proposal = r.proposal ?? (r.kind === 'notice' ? proposedInNotice(findDecisions(r.said, organ, r.roles)) : null);
      r.item.decisions = decisions;
      r.item.outcome = r.withdrawn ? 'withdrawn' : outcomeOf(r.proceedings, decisions);
    }
  };
  return { items, decideAs };
}

/** The decisions of an item's body; where it decides nothing, the elected alone under an election point (`Val av justerare` / `Eva Lind`). */
function decisionsOf(said: readonly Paragraph[], own: string | null, roles: readonly ReadParagraph[], title: string): Decision[] {
  const found = findDecisions(said, own, roles);
  if (found.length > 0) return found;
  const elected = electedUnderTitle(title, said);
  return elected === null ? found : [elected];
}

/** `readings`: where each item's reading is kept, if it is to be read again. */
function itemsOf(lines: readonly Line[], segments: readonly ItemSegment[], kind: DocumentKind, own: string | null, readings: Reading[] | null): Item[] {
  // (the table's head row read once for its three columns)
  const head = headColumns(lines, segments[0]?.at);
  // `Punkt   Ärende   Ansvarig   Bilaga` over the rows: a bare number in a column of its own is an attachment
  const bareAttachments = head.attachments;
  // `Nr   Ärende   Ansvarig`: the names in that column are kept out of the title, and out of the presenter too
  const responsibleColumn = head.responsible;
  // `Nr   Ärende   Föredragande   Beslutsunderlag`: the cells under the documents' column are no part of the title
  const documentsAt = head.documentsAt;
  const items = segments.flatMap((seg, k): Item[] => {
    let titleText = seg.titleText;
    let inlineBody = '';
    let columns: Frame['columns'];
    let caseNumber = seg.caseNumber;
    let row = seg.row;
    // a point of sentences alone run on in a flattened page (below)
    let sentencePoint = false;
    // (a point named only by a contents list's entry has no text: the entry is its title whole, `Svar på motion: Fler bänkar`)
    const whole = seg.header.form === 'contents';
    // (the title wraps onto a line besides its heading's: most titles stand on the heading's line alone)
    const wraps = seg.titleLines.length > 1 || (seg.titleLines.length === 1 && seg.titleLines[0] !== seg.at);
    // `GODKÄNNANDE AV FÖREDRAGNINGSLISTAN Kommunstyrelse 42 FÖRSLAG: …`: a flattened § page's title in capitals, before its organ and number
    // (or before the proposal's label alone, the organ's name and the number lost: `SAMMANKALLANDE OCH BESLUTFÖRHET FÖRSLAG: …`)
    const capitals = seg.runOn === undefined ? (capitalsTitleBeforeOrgan(titleText, seg.header.number) ?? capitalsTitleBeforeLabel(titleText)) : null;
    // (`Kommunstyrelsen BUDGETUPPFÖLJNING` / `Kst 22 Uppföljningen antecknades.`: the title atop the page, over the organ's letters)
    const above = capitals === null && seg.at > 0 && seg.header.form.endsWith(' § lost') ? organCapitalsTitle(lines[seg.at - 1]!) : null;
    if (capitals !== null) {
      inlineBody = titleText.slice(capitals.end).trim();
      titleText = capitals.title;
    } else if (above !== null) {
      inlineBody = titleText;
      titleText = above;
    }
    // `1<TAB>Title Body…`, or a flattened page's `1. Inledning Ylva Sand hälsar välkommen. …` (cut out of its line, or the whole
    // page on its line, a transcript's: `2 2 § 70 Anmälan av … Anmäles och …`)
    else if (seg.runOn !== undefined) inlineBody = seg.runOn;
    else if (seg.header.style === 'tabbed' || ((lines[seg.at]!.cutOut || titleText.length > FLAT_PAGE) && runsOn(titleText))) {
      // (a standing point's title first, `Mötet öppnas Ordföranden Eva Ek hälsar …`: its words end the title, not the name's)
      const split = splitStandingTitle(titleText) ?? splitInlineTitle(titleText);
      // `2. Anna Ek valdes att justera protokollet. 3. …`, `5. Beslöts att …`: a page run onto one line whose point is
      // sentences alone, cut inside the name that opens the first or after the decision's passive that opens it: no
      // heading stands before the sentence, which titles the point and is read as its text (as below, for a line of its own)
      // (or the first sentence whole, where it decides: `6. Föregående protokoll lästes upp och lades till handlingarna. …`)
      if (opensName(split.title) || opensOnDecided(split.title) || (titleText.startsWith(`${split.title}.`) && DECIDING.test(split.title))) sentencePoint = true;
      // (a listed title is cut only where a sentence ends it: its colon opens its subject, `Svar på motion: Fler bänkar`,
      // and a capital the title of an entry whose number was lost, `Nämndplan Prislista 2027`, no text either)
      else if (!whole || titleText.startsWith(`${split.title}.`)) {
        titleText = split.title;
        inlineBody = split.body;
      }
    } else if (endsWithCapitals(titleText)) {
      // `DELGIVNINGAR antecknar följande …`: a title in capitals, its body run on in small letters, its subject lost
      const split = splitInlineTitle(titleText);
      titleText = split.title;
      inlineBody = split.body;
    } else if (seg.row) {
      // a row whose cells wrap: its presenter's, attachment's and type's cells read as on a row of one line
      const read = splitRowCells(seg.row.cells);
      if (read.rest.length < seg.row.cells.length) {
        columns = { ...read.columns };
        row = { cells: read.rest, body: seg.row.body };
      }
    } else {
      // a table's row on one line (`4.   Delårsrapport   Förbundschef   Bilaga 1`); one that wraps was read by its columns
      // (a sentence in a cell of its own is the row's text: `Informationsärenden      Informationen läggs till handlingarna.`)
      // (the reader's own first look, a gap between columns, before it is asked: most headings have none)
      const gapped = seg.header.rest.includes('\t') || seg.header.rest.includes('   ');
      const row = gapped ? splitAgendaColumns(seg.header.rest, bareAttachments, documentsAt === null ? undefined : cellsFrom(lines[seg.at]!, documentsAt)) : null;
      if (row) {
        titleText = wraps ? [row.title, ...wrappedTitle(lines, seg)].join(' ') : row.title;
        columns = row;
        if (row.text !== undefined) inlineBody = row.text;
      } else if (seg.caseNumber === null) {
        // the same row flattened with single spaces: `2. Budget 2025 SN 2024/12 Eva Dahl` (its title may wrap under
        // the row: `5 Riktlinjer för ekonomiskt SN 2022/201 Lena Ek` / `bistånd`, the wrapped words the title's, not the presenter's)
        const wrapped = wraps ? wrappedTitle(lines, seg) : [];
        const flat = splitCaseRow(wrapped.length > 0 ? seg.header.rest : titleText);
        if (flat) {
          titleText = [flat.title, ...wrapped].join(' ');
          columns = flat;
          caseNumber = flat.caseNumber;
        } else if (wrapped.length === 0) {
          // (`4 Frågor 2014/6 7`: a bare case number and the page column left at the title's end)
          const bare = bareCaseNumberAtEnd(titleText);
          if (bare) {
            titleText = bare.before;
            if (!bare.caseNumber.endsWith('/')) caseNumber = bare.caseNumber;
          }
        }
      }
    }
    // `3. Ekonomi: Kansliet redovisade …`: notes that write a point's text on its number's line
    // (in minutes, only where the § has no body of its own: `§ 12 Remiss: Förslag till ny förordning.` over its text is a title)
    const bodiless = !hasBody(lines, seg);
    // (outside notes, the text must open a sentence: `3. Remiss: Förslag till ny förordning.` in an agenda is a title)
    const pointText = inlineBody === '' && !columns && !whole && (kind === 'notes' || bodiless) ? splitPointText(titleText) : null;
    // (not `3. Val av justerare: Bo Ek, Siv Al.`: an election as a label, which the whole line states, neither here nor below)
    const electionLabel = isElectionLabel(titleText);
    const point = pointText && (kind === 'notes' || opensSentence(pointText.body)) && !electionLabel ? pointText : null;
    if (point) ({ title: titleText, body: inlineBody } = point);
    // `2 Fastställande av dagordning att fastställa dagordningen`: a standing point's title run on with its decision
    const standing = !point && !electionLabel && !whole && inlineBody === '' && !columns && (bodiless || lines[seg.at]!.cutOut) ? splitStandingTitle(titleText) : null;
    if (standing) ({ title: titleText, body: inlineBody } = standing);
    // `2. Föregående protokoll Protokollet lades till handlingarna.`, `§ 3 Protokollet läggs till handlingarna.`:
    // a point that is one line, its title run on with a sentence, or a sentence alone
    let sentenceTitle = sentencePoint;
    // (a page flattened to one line and cut at its headings leaves such a line above a body too, its sentence maybe short)
    // (not `Informationspunkt: Nytt system Kansliet informerar …`, a title with its colon)
    const cutOut = lines[seg.at]!.cutOut && /[.!]$/u.test(titleText) && !titleText.includes(':');
    // (and `§ 2 Val av justerare: Karin Lund`, an election the line states whole though no stop ends it)
    // (a § whose text runs on after its title to the line's end with no stop, the page or excerpt cut off there:
    // `§ 68 Mötets laglighet Mötet konstaterades vara lagligen sammankallat och`; cut only where its text opens a sentence)
    const unended = !point && bodiless && seg.header.style === 'paragraph' && !cutOut && runsOnUnended(titleText);
    // (`§ 31 Budget 2018 Förbundschefen har … för 2018` / `Beslutet skickas till`: a flattened page's § cut out of its line
    // before a heading of its body that ran on after it; its text ends where the heading starts, though no stop ends it)
    const beforeHeading = !point && !bodiless && !cutOut && seg.header.style === 'paragraph' && lines[seg.at]!.cutOut && runsOnUnended(titleText) && bodyHeadingNext(lines, seg.at);
    if (!sentencePoint && !point && !whole && inlineBody === '' && !columns && (bodiless || cutOut || beforeHeading) && !seg.row && (isSentenceLine(titleText) || cutOut || beforeHeading || electionLabel || unended || cutShort(lines, seg, titleText, kind))) {
      const split = splitInlineTitle(titleText);
      // (`Budget 2026 Dnr SN 2025/38 Förvaltningen redovisar …`: the sentence opens after the case number)
      const labelled = readCaseNumber(split.body);
      const labelOpens = labelled !== null && labelled.before === '';
      const sentence = labelOpens ? labelled.after : split.body;
      const afterCase = labelOpens || (split.title.endsWith(')') && BRACKETED_CASE_END.test(split.title));
      // (after a case number's label and number, a text may open on a phrase, its verb second: `… Dnr 346/2006 På kort tid har …`)
      // (`Ordföranden Lisa Vik hälsade välkommen …`: a role before the name opens the sentence, and is no title;
      // nor is a given name before the family name: `Bertram Lund hälsade …`)
      if (sentence.split(' ').length >= RUN_ON_BODY_WORDS && split.title.split(' ').length <= (electsFromOffice(sentence) ? RUN_ON_ELECTION_TITLE_WORDS : RUN_ON_TITLE_WORDS) && !split.title.includes(',') && !ROLE_ALONE.test(split.title) && (opensSentence(sentence) || STANDING.has(split.title.toLowerCase()) || (afterCase && opensOnPhrase(sentence))) && !electionLabel && !opensName(split.title) && (!(unended || beforeHeading) || verbAfterSubject(sentence))) {
        ({ title: titleText, body: inlineBody } = split);
      } else sentenceTitle = (!unended && !beforeHeading) || isSentenceLine(titleText) || electionLabel;
    }
    // `§ 59. Olle lämnar styrelsen. Ett varmt tack riktades …`: a point of sentences alone is titled by the first, the others its text
    const sentences = sentenceTitle && inlineBody === '' ? splitFirstSentence(titleText) : null;
    if (sentences) ({ title: titleText, body: inlineBody } = sentences);
    // `§ 14 Internkontrollplan 2020 Dnr 45/20 Förvaltningen har …`: the case number's label opens the text run on after the title
    if (caseNumber === null && inlineBody !== '') {
      const hit = readCaseNumber(inlineBody);
      if (hit && hit.before === '') {
        caseNumber = hit.caseNumber;
        inlineBody = hit.after;
      }
    }
    // `KF 2 Val av justerare Dnr Fullmäktige utser …`: a case number's label with no number (a procedural § of a template
    // that prints the label for every §, or digits a transcript lost) opens no text: the sentence after it does
    if (caseNumber === null && inlineBody !== '' && MAY_BARE_LABEL.has(inlineBody.charCodeAt(0))) {
      const bare = BARE_CASE_LABEL.exec(inlineBody);
      if (bare) inlineBody = inlineBody.slice(bare[0].length);
    }
    // `Information från förvaltningen – Förvaltningschef Ann-Sofi Berg föredrar`
    const presenter = inlineBody === '' && titleText.includes(PRESENTER_STEM) ? splitPresenterSuffix(titleText) : null;
    if (presenter) ({ title: titleText, body: inlineBody } = presenter);
    // `1 Upprop Dnr` / `2 …`: the head of the case number column, which a transcript ran into the first row, is no part of the title
    if (kind === 'notice' && inlineBody === '') titleText = withoutColumnHead(titleText);
    // `4 Information 1. Informationen noteras.`: a table's proposal column, its clauses numbered, run on after the title
    // (the text that ran on after it too, where the title was cut at a sentence: `… Västerås.` / `Information från …`)
    const clauses = kind === 'notice' && titleText.includes(' 1. ') ? proposalClauses(titleText) : null;
    if (clauses) {
      titleText = clauses.title;
      inlineBody = inlineBody === '' ? clauses.body : `${clauses.body} ${inlineBody}`;
    }
    // an agenda's row with its presenter's column run into the title (`4 Information om dataskydd Tor Alm`)
    const trailing = kind === 'notice' && !presenter && !columns && inlineBody === '' && bodiless ? splitTrailingPresenter(titleText) : null;
    if (trailing) {
      titleText = trailing.title;
      columns = { presenter: trailing.presenter, attachments: [], type: null };
    }
    // `§ 3 Budget 2026 Dnr 2025/38 Anna Ek föredrog …`, `3. Budget 2026 Dnr 2025/38 Föredragande: Anna Ek`: the case
    // number that ends the title once the text or the presenter run on after it is cut off
    // (`§ 33 Delårsbokslut (Dnr 346/2006) På mycket kort tid …`: in brackets too)
    // (and the case number the segment read off the heading already, which ends the title so cut: `44 Riktlinjer Dnr M 2018-101 Beslut …`)
    const ending = (caseNumber === null ? titleText !== seg.titleText : titleText.endsWith(caseNumber)) ? caseNumberAtEnd(titleText) : null;
    if (ending && (caseNumber === null || ending.caseNumber === caseNumber)) ({ caseNumber, title: titleText } = ending);
    // `6. Ansökan om bidrag Föreningsstipendium Kulturstipendium` / `11. …`: a flattened list's row, the rows after it
    // run on into its title where their numbers were lost (a gap to the next number, or a long last row)
    const lost = inlineBody === '' && !columns && bodiless && (lines[seg.at]!.cutOut || whole) && lostRowsAfter(segments, k) ? cutLostRows(titleText, k === segments.length - 1) : null;
    // (`73. FLYKTINGMOTTAGANDE … UNDERSTÖD Fördelning … KOMMITTÈER Arbetsgrupp …` / `76. …`: rows that open as surely as a
    // number would, as many as the numbers missing, are the points those numbers name)
    const lostRows = lost !== null ? rowsNumbered(titleText, seg, segments[k + 1]) : [];
    if (lost !== null) titleText = lost;
    // `4. Delårsrapport Bilagor: a) PM, b) Rapporten`: the label of the documents ends the title, its letters are no sub-points
    // (the label's colon, splitAttachmentLabel's own look, taken before it is asked)
    const documents = inlineBody === '' && titleText.includes(':') ? splitAttachmentLabel(titleText) : null;
    if (documents) ({ title: titleText, body: inlineBody } = documents);
    // `5. Rapport från insatserna a) Steget vidare b) Unga i arbete`: sub-points a flattened agenda ran on into the title
    // (the reader's own first look, `a)` or the point's number before `a`, before it is asked: most titles hold neither)
    const numbered = seg.unnumbered ? null : seg.header.number;
    const lettered = titleText.includes('a)') || titleText.includes('A/') || (numbered !== null && (titleText.includes(`${numbered}.a`) || titleText.includes(`${numbered}a`)));
    const inlineSubs = seg.subItems.length === 0 && inlineBody === '' && lettered ? splitInlineSubPoints(titleText, numbered) : null;
    if (inlineSubs) titleText = inlineSubs.title;
    const item = buildItem(lines, kind, own, readings, {
      number: seg.unnumbered ? null : seg.header.number,
      label: seg.header.label,
      covers: seg.header.covers,
      caseNumber,
      titleText,
      inlineBody,
      inlineAt: wraps && inlineBody !== '' ? lineOpening(lines, seg.titleLines, inlineBody) : undefined,
      columns,
      responsibleColumn,
      at: seg.at,
      row,
      bodyStart: seg.bodyStart,
      bodyEnd: seg.subItems[0]?.at ?? seg.end,
      end: seg.end,
      section: seg.section,
      sectionType: seg.sectionType,
      repeats: seg.repeats,
      pages: seg.pages,
      sentenceTitle,
      proposedRow: seg.unnumbered === true && seg.runOn !== undefined && head.proposals,
    });
    const subs = inlineSubs ? inlineSubs.subs.map((sub) => ({ label: sub.label, at: seg.at, titleLines: [seg.at], titleText: sub.title, end: seg.at + 1 })) : seg.subItems;
    // sub-items under a § titled `Beslutsärenden` stand in that section (asked only where there are sub-items: most items have none)
    const group = subs.length > 0 ? sectionOf(item.title) : null;
    item.subItems = subs.map((sub) => buildSubItem(lines, kind, own, readings, sub, group?.section ?? null, group?.type ?? null));
    if (lostRows.length === 0) return [item];
    const rows = lostRows.map(
      (row, j): Item =>
        buildItem(lines, kind, own, readings, {
          number: seg.header.number + 1 + j, label: null, caseNumber: null, titleText: row, inlineBody: '',
          at: seg.at, bodyStart: seg.bodyStart, bodyEnd: seg.bodyStart, end: seg.end, section: seg.section, sectionType: seg.sectionType,
        }),
    );
    return [item, ...rows];
  });
  if (kind === 'notice') {
    dropHourColumn(items);
    dropPageColumn(items);
  } else if (items.length >= MIN_PAGES && items.every(isHeadingOnly)) {
    // (minutes whose items are headings alone, no text under any: the document's contents list read as its items, as a
    // transcript's first pages give it, `FÖRTECKNING ÖVER BEHANDLADE ÄRENDEN Sida` / `1 Mötets laglighet 5` / …)
    dropPageColumn(items);
  }
  return items;
}

// `3. Ekonomi 09.10`: an hour one space after a title's last word
const HOUR_AT_END = /\s(?:[01]?\d|2[0-3])[.:][0-5]\d$/u;
const endsOnHour = (title: string): boolean => {
  const last = title.charCodeAt(title.length - 1);
  return last >= 48 && last <= 57 && HOUR_AT_END.test(title);
};
// (a timetable's hours end two titles at least, and most of them)
const MIN_HOURS = 2;

/**
 * `3. Ekonomi 09.10`, or `… 09.10 3. Ekonomi …` run onto one line: a notice's column of hours one space from the titles.
 * Where most titles end on an hour, the hours are no part of them.
 */
function dropHourColumn(items: Item[]): void {
  let ending = 0;
  for (const it of items) if (endsOnHour(it.title)) ending++;
  if (ending < MIN_HOURS || ending * 2 < items.length) return;
  for (const it of items) if (endsOnHour(it.title)) it.title = it.title.slice(0, it.title.lastIndexOf(' '));
}

// `3. Ny taxa för trygghetslarm 9`: a page one space after a title's last word (no document of a notice runs past 999 pages)
const PAGE_AT_END = /\s(\d{1,3})$/u;
const pageAtEnd = (title: string): number | null => {
  const last = title.charCodeAt(title.length - 1);
  const m = last >= 48 && last <= 57 ? PAGE_AT_END.exec(title) : null;
  return m ? Number(m[1]) : null;
};
// (a page column ends three titles at least, and most of them)
const MIN_PAGES = 3;

/**
 * `2. Budgetuppföljning april 3` / `3. Ny taxa 9` / `4. Riktlinjer 22`: a notice's column of page numbers one space from
 * the titles. Where most titles end on a number and the numbers climb down the list, not each by one (a count of
 * things, `Personärende 1`, `Personärende 2`, goes so), they are pages, no part of the titles.
 */
function dropPageColumn(items: Item[]): void {
  let ending = 0;
  let prev = 0;
  let jumps = false;
  for (const it of items) {
    const page = pageAtEnd(it.title);
    if (page === null) continue;
    if (page < prev) return;
    if (ending > 0 && page !== prev + 1) jumps = true;
    prev = page;
    ending++;
  }
  if (ending < MIN_PAGES || ending * 2 < items.length || (!jumps && !distinctStems(items))) return;
  for (const it of items) if (pageAtEnd(it.title) !== null) it.title = it.title.slice(0, it.title.lastIndexOf(' '));
}

/**
 * The titles that end on a number differ once it is taken off (`Mötets laglighet 5` / `Protokolljusterare 6`): pages one
 * apart, not a count of one thing (`Personärende 1` / `Personärende 2`).
 */
function distinctStems(items: readonly Item[]): boolean {
  const stems = new Set<string>();
  for (const it of items) {
    if (pageAtEnd(it.title) === null) continue;
    const stem = it.title.slice(0, it.title.lastIndexOf(' ')).toLowerCase();
    if (stems.has(stem)) return false;
    stems.add(stem);
  }
  return true;
}

/** An item that is its heading alone: no text, no decision, no sub-items. */
const isHeadingOnly = (it: Item): boolean => it.text === '' && it.decisions.length === 0 && it.subItems.length === 0;

/** The lines the title wraps onto under its heading's line (a loop: filter() and map() took a callback each). */
function wrappedTitle(lines: readonly Line[], seg: ItemSegment): string[] {
  const out: string[] = [];
  for (const i of seg.titleLines) if (i !== seg.at) out.push(lines[i]!.text);
  return out;
}

/** The next line with text after `at` is a heading of the body cut out of the same flattened line (`Beslutet skickas till`, `Beslut`). */
function bodyHeadingNext(lines: readonly Line[], at: number): boolean {
  let i = at + 1;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  const next = lines[i];
  return next !== undefined && next.cutOut && isBodyHeading(collapse(next.text));
}

/** Whether any line under the heading and title holds text. */
// `MN 18 Ändring av dagordning På förslag av ordföranden godkänner nämnden att …`, `103 Förändring av ärendelistan Beslut
// lägger punkt 10 …`: a transcript's excerpt stops mid-sentence on a § page, its last heading run on with the decision and
// no stop after it; the line is read as a heading run on with its sentence, as one that ends on a stop is
// (the minutes' last line of text, longer than a title run on with its text may be, a verb's stem of deciding in the words
// after the title: a notice's long last title decides nothing, nor does `Beslut om bidrag till föreningen Ekby Vänner …`)
const cutShort = (lines: readonly Line[], seg: ItemSegment, title: string, kind: DocumentKind): boolean =>
  kind === 'minutes' && !/[.!]$/u.test(title) && title.split(' ').length > RUN_ON_TITLE_WORDS && endsText(lines, seg.at) && HINT.test(splitInlineTitle(title).body);
/** No text stands after line `at`. */
function endsText(lines: readonly Line[], at: number): boolean {
  for (let i = at + 1; i < lines.length; i++) if (lines[i]!.text.trim() !== '') return false;
  return true;
}

function hasBody(lines: readonly Line[], seg: ItemSegment): boolean {
  for (let i = seg.bodyStart; i < seg.end; i++) if (lines[i]!.text.trim() !== '') return true;
  return false;
}

function buildSubItem(lines: readonly Line[], kind: DocumentKind, own: string | null, readings: Reading[] | null, sub: SubItemSegment, section: string | null, sectionType: ItemType | null): Item {
  return buildItem(lines, kind, own, readings, {
    number: null,
    label: sub.label,
    caseNumber: null,
    titleText: sub.titleText,
    inlineBody: '',
    at: sub.at,
    bodyStart: (sub.titleLines[sub.titleLines.length - 1] ?? sub.at) + 1,
    bodyEnd: sub.end,
    end: sub.end,
    section,
    sectionType,
  });
}

/**
 * The type a notice point's body names when it is only a type's capitalised word (`Beslut`, `Information`): a
 * type column's cell, cut from a page run onto one line or set right under the title. Or null.
 */
function typeCellOnly(body: readonly Line[]): ItemType | null {
  let only: Line | null = null;
  let blankAbove = false;
  for (const line of body) {
    if (line.text.trim() === '') {
      blankAbove ||= only === null;
      continue;
    }
    if (only !== null) return null;
    only = line;
  }
  // (one set apart by a blank line is no cell of the title's row)
  if (only === null || (blankAbove && !only.cutOut)) return null;
  const first = only.flat.charAt(0);
  return first !== first.toLowerCase() ? itemTypeOfCell(only.flat) : null;
}
const isHeadingOrType = (text: string): boolean => isBodyHeading(text) || itemTypeOfLine(text) !== null;
/** The type a line of the body names by itself (`Beslutsärende`), the first such line's. */
function typeInBody(body: readonly Line[]): ItemType | null {
  for (const line of body) {
    const type = line.flat.length <= TYPE_LINE_LENGTH ? itemTypeOfLine(line.flat) : null;
    if (type) return type;
  }
  return null;
}
const TYPE_LINE_LENGTH = 24;
/** The paragraphs but those that are only a type's line (`Informationsärende`); the same array where none is (most). */
function withoutTypeLines(paras: Paragraph[]): Paragraph[] {
  return paras.some(isTypeParagraph) ? paras.filter((p) => !isTypeParagraph(p)) : paras;
}
const isTypeParagraph = (p: Paragraph): boolean => p.text.length <= TYPE_LINE_LENGTH && itemTypeOfLine(p.text) !== null;

/**
 * `§ 2 Val av justerare` / `Vera Holm jämte ordföranden`, read as a title wrapped over two lines and then cut: the line of
 * the title's that the body cut from it opens (its first words), so its decision names that line; undefined where none does.
 */
function lineOpening(lines: readonly Line[], titleLines: readonly number[], body: string): number | undefined {
  const opening = body.slice(0, 12);
  for (let k = titleLines.length - 1; k >= 0; k--) if (lines[titleLines[k]!]!.text.trimStart().startsWith(opening)) return titleLines[k];
  return undefined;
}

/** The line, or a copy with its letter-spaced words closed up where it holds one. */
function spacedClosed(line: Line): Line {
  const closed = closeLetterSpacing(line.text);
  return closed === line.text ? line : withText(line, closed);
}

function buildItem(lines: readonly Line[], kind: DocumentKind, own: string | null, readings: Reading[] | null, f: Frame): Item {
  const titled = readTitle(f.titleText);
  // `Verksamhetsberättelse 2024 (Karin Lund)`: who presents, in brackets after the title
  const bracketed = presenterInTitle(titled.title);
  const read = bracketed ? { ...titled, title: bracketed.title } : titled;
  const body: Line[] = [];
  const synthetic = (text: string): Line => withText(lines[f.at]!, text, 0);
  if (f.inlineBody !== '') body.push(withText(lines[f.inlineAt ?? f.at]!, f.inlineBody, 0));
  // a table's row: what its title's cell held after the title, then each other cell, a paragraph each
  if (f.row) {
    for (const piece of f.row.body) body.push(synthetic(piece));
    for (const cell of f.row.cells) {
      if (body.length) body.push(synthetic(''));
      for (const piece of cell) body.push(synthetic(piece));
    }
  }
  // a heading printed again on the next page (`KS § 41 (forts.)`) says nothing: a paragraph break
  // (`Styrelsen B E S L U T A R` / `A t t …`: a letter-spaced word is read as the word, text/letter-spaced.ts)
  for (let i = f.bodyStart; i < f.bodyEnd; i++) body.push(f.repeats?.includes(i) ? synthetic('') : spacedClosed(lines[i]!));
  // its own page after the agenda: a paragraph break, what the heading line ran on with, the page
  for (const page of f.pages ?? []) {
    if (body.length) body.push(synthetic(''));
    if (page.lead !== '') body.push(withText(lines[page.start - 1]!, page.lead, 0));
    for (let i = page.start; i < page.end; i++) body.push(lines[i]!);
  }
  // `5. Budget 2025 Beslut 6. …` cut at its label from a page run onto one line, or `5. Budget 2025` / `Beslut` / `6. …`:
  // the type column, all the body there is, and no text
  const cellType = kind === 'notice' ? typeCellOnly(body) : null;
  if (cellType !== null) body.length = 0;
  // `Beslutsärende` on a line of its own: the point's type, a paragraph of its own
  const written = paragraphs(body, isHeadingOrType);
  // a notice's point whose text is only a name: the presenter's cell of its row, put on a line of its own
  const cell = kind === 'notice' && written.length === 1 && !f.columns?.presenter && f.responsibleColumn !== true ? presenterCell(written[0]!.text) : null;
  // (a notice's `Beslutsärende` set apart under the title: the point's type, read below, and no text)
  const paras = cell !== null ? [] : kind === 'notice' ? withoutTypeLines(written) : written;
  // `§ 3 Protokollet läggs till handlingarna.`: the heading is all the § says
  // (and where the heading's first sentence titles it, that sentence says something before the rest: `§ 13 Styrelsen beslutade att …. Kassören …`)
  const said = f.sentenceTitle && (paras.length === 0 || f.inlineBody !== '') ? [...paragraphs([synthetic(collapse(f.titleText))], isBodyHeading), ...paras] : paras;
  // (joined by a loop, not map() with a callback)
  let text = '';
  for (let k = 0; k < paras.length; k++) text += (k > 0 ? '\n\n' : '') + paras[k]!.text;
  const attachments = [...new Set([...read.attachments, ...(f.columns?.attachments ?? []), ...attachmentsIn(text)])];
  // what each paragraph is, read once for the decisions, the proposal and the process
  // (both splits above made each body heading a paragraph of its own)
  const roles = readParagraphs(said, true);
  const decisions = kind === 'notice' ? [] : decisionsOf(said, own, roles, read.title);
  const presenter = findPresenter(paras) ?? (f.responsibleColumn === true ? null : unitCodeless(f.columns?.presenter)) ?? bracketed?.presenter ?? cell;
  // (a notice's point that decides in so many words proposes it)
  // (and an opening row's cells under a table's proposals' column: `Val av justerare   Ordinarie: Eva Ek (S)`)
  const stated = findProposal(paras, said === paras ? roles : undefined) ?? (f.proposedRow === true && text !== '' ? collapse(text) : null);
  const proposal = stated ?? (kind === 'notice' ? proposedInNotice(findDecisions(said, own, roles)) : null);
  const { process, proceedings } = readProcessKept(said, body, kind, decisions, roles, read.title);
  // `Budget (utgår)`, or a body that says only `Utgår.`: the point was taken off the agenda
  const withdrawn = read.withdrawn === true || (paras.length === 1 && isWithdrawnMark(text));
  // (the process's fields written out, not spread: the spread copied them by name on every item)
  const item: Item = {
    number: f.number,
    label: f.label,
    caseNumber: f.caseNumber,
    title: read.title,
    text,
    section: f.section,
    // (the body's own type line looked for only where the title and the row name none)
    type: read.type ?? f.columns?.type ?? cellType ?? typeInBody(body) ?? f.sectionType,
    attachments,
    presenter,
    proposal,
    decisions,
    outcome: withdrawn ? 'withdrawn' : process.outcome,
    motions: process.motions,
    votes: process.votes,
    reservations: process.reservations,
    conflicts: process.conflicts,
    notes: process.notes,
    subItems: [],
    lines: { start: lines[f.at]!.no, end: lines[Math.max(f.at, f.end - 1)]!.no },
  };
  if (read.hour) TITLE_HOURS.set(item, read.hour);
  readings?.push({ item, kind, said, roles, proposal: stated, withdrawn, proceedings });
  return item;
}

// the hour a title was written with (`Mötets öppnande kl. 13.00`), which the title no longer holds
const TITLE_HOURS = new WeakMap<Item, NonNullable<ReadTitle['hour']>>();
/** The hour written after the item's title, and whether the title opens or closes the meeting. */
export const titleHourOf = (item: Item): ReadTitle['hour'] => TITLE_HOURS.get(item);

// the last word of a title that is a case number's label alone (`Upprop Dnr`): the head of a table's column
const CASE_LABEL_WORDS = new Set<string>(CASE_NUMBER_LABELS.filter((l) => !l.includes(' ')));
function withoutColumnHead(title: string): string {
  const cut = title.lastIndexOf(' ');
  return cut > 0 && CASE_LABEL_WORDS.has(title.slice(cut + 1).toLowerCase()) ? title.slice(0, cut) : title;
}

// the first numbered clause of a proposal, after a title of a word at least: `1. ` and a word
const FIRST_CLAUSE = new RegExp(`\\s1\\.\\s(?=[${ANY_LETTER}])`, 'u');
function proposalClauses(title: string): { title: string; body: string } | null {
  const m = FIRST_CLAUSE.exec(title);
  return m && m.index > 0 ? { title: title.slice(0, m.index), body: title.slice(m.index + 1) } : null;
}
