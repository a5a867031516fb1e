// Which lines make an item's title: the heading's rest, the line under a lone number, and the lines it wraps onto.
import { ATTACHMENT_WORDS, BODIES, DECISION, MODAL_VERBS, ORGAN_ENDINGS, ORGAN_NOUNS, PLAIN_FINITE_VERBS, POSITION_WORDS, STRONG_PAST_VERBS } from '../../lexicon/sv.js';
import { stopsTitle } from '../title-stops.js';
import { isBlank, type Line, nextContent } from '../../text/line.js';
import { alternation, opensLike } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import { opensWithProposal } from '../../text/proposal-label.js';
import { opensNoticeClosing } from '../../text/notice-closing.js';
import { opensOnPassive } from '../../text/sentence-start.js';
import { referenceOn } from './reference.js';
import { isCaseHistory } from '../history-lines.js';
import { runOnTitle } from './run-on-headings.js';
import { isFilingCodeLine } from '../../text/filing-code.js';
import { capitalsTitleBeforeOrgan, recogniseItemHeader } from '../../text/numbering.js';
import { BODY_HEADING, BODY_LABEL, DECIMAL_SUB_ITEM, ENDS_SENTENCE, endsOnLink, isSentence, NUMBERED_LETTER_SUB_ITEM, opensDecision, SUB_ITEM, TITLE_TOO } from './line-kinds.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const STARTS_CONTINUATION = new RegExp(`^(?:[${LOWER_LETTER}]|\\(|[-–—]\\s*(?:[Bb]eslut|[Ii]nformation|[Ii]nfo|[Dd]iskussion)(?![${ANY_LETTER}]))`, 'u');

// (one of the words opens it: its first letter asked first)
const mayOpenAttachment = opensLike(ATTACHMENT_WORDS);
const ATTACHMENT_LINE = new RegExp(`^(?:${alternation(ATTACHMENT_WORDS)})\\s*\\d[\\d\\s,–-]*$`, 'iu');
const ENDS_ON_DASH = /\s[-–—]$/u;

export const MAX_TITLE_LINES = 3;
// a title block's last line is no longer than this
export const BLOCK_LINE = 70;

/** Line n is the last of a title block: a short line, no sentence ended, a blank line (or the end) after it. */
function closesBlock(lines: readonly Line[], n: number, end: number): boolean {
  const line = lines[n]!;
  if (line.flat.length > BLOCK_LINE || /[.!?:]$/u.test(line.flat)) return false;
  // `Ekonomisk uppföljning per` / `Augusti 2024` / `Dnr 2024/12`: the case number's own line
  // under the title closes it as a blank line would (asked last: it reads the whole line)
  if (n + 1 >= end || isBlank(lines[n + 1]!)) return true;
  // `… offentlig verksamhet` / `(2023:45)` / blank: a bracketed tail of the title's last line closes it too
  const tail = lines[n + 1]!.flat;
  if (tail.length <= BRACKET_TAIL && tail.startsWith('(') && tail.endsWith(')') && (n + 2 >= end || isBlank(lines[n + 2]!))) return true;
  return referenceOn(lines[n + 1]!) !== null || isFilingCodeLine(lines[n + 1]!.flat);
}
const BRACKET_TAIL = 30;

/** A number alone on its line is an item only when a title line follows it. */
export function hasTitleAfter(lines: readonly Line[], i: number, end: number): boolean {
  const n = titleAfter(lines, i, end);
  if (n < 0) return false;
  const line = lines[n]!;
  return OPENS_UPPER.test(line.text) && !/^§/.test(line.text);
}

/**
 * The first line after a lone heading that may be its title: past a page number left
 * beside it (`KS § 1` / `2` / `DNR:KU/2007.9` / `Godkännande av dagordning`, plain
 * pdftotext of a header row) and its case number. -1 when none stands close enough.
 */
function titleAfter(lines: readonly Line[], i: number, end: number): number {
  let at = i;
  for (let hops = 0; hops < 3; hops++) {
    const n = nextContent(lines, at + 1, end);
    if (n < 0 || n - at > 4) return -1;
    if (!lines[n]!.bareNumber && referenceOn(lines[n]!) === null) return n;
    at = n;
  }
  return -1;
}

/** The title lines of an item: the header's own rest, or the line after a lone number, plus wrapped lines. */
/** An item's title lines, the case number among them, and the title and text a title line ran on with. */
export interface TitleSpan {
  lines: number[];
  caseNumber: string | null;
  runOn?: { title: string; text: string };
}

export function titleSpan(lines: readonly Line[], at: number, restEmpty: boolean, end: number): TitleSpan {
  const header = lines[at]!;
  let first = at;
  let caseNumber: string | null = null;
  if (restEmpty) {
    first = nextContent(lines, at + 1, end);
    // `Dnr 2023/12` between the number and the title is a reference, not the title; a page
    // number beside the heading is none either
    // (and a filing code's line, `Diariekod: 609`, is neither; nor the case's history, `Au § 84`)
    for (let ref = first >= 0 ? referenceOn(lines[first]!) : null; ref !== null || (first >= 0 && (lines[first]!.bareNumber || isFilingCodeLine(lines[first]!.flat) || isCaseHistory(lines[first]!.flat))); ref = first >= 0 ? referenceOn(lines[first]!) : null) {
      if (ref !== null) caseNumber ??= ref;
      first = nextContent(lines, first + 1, end);
    }
    if (first < 0) return { lines: [], caseNumber };
    // `§ 1` / `Ordföranden öppnar mötet och hälsar alla välkomna.` or / `Beslut`: an item without a title
    const t = lines[first]!.flat;
    // (but `KS 41` / `KALLELSE OCH BESLUTFÖRHET Kommunstyrelse 41 FÖRSLAG: …`, a flattened § page, opens with its title in capitals)
    if (isSentence(t) && capitalsTitleBeforeOrgan(t, recogniseItemHeader(header)?.number ?? null) === null) {
      // `KF § 12 DNR: KU.2024.3` / `Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkänns.`: a
      // transcript's title run on with the § text under the lone heading; the heading that opens it is the title
      // (a long one too: `Förslag till nytt regelverk för enskilda vägar i Byn kommun Direktionen har …`)
      const runOn = runOnTitle(t);
      return runOn ? { lines: [first], caseNumber, runOn } : { lines: [], caseNumber };
    }
    if ((BODY_HEADING.test(t) && !TITLE_TOO.test(t)) || opensDecision(t)) return { lines: [], caseNumber };
  }
  return { lines: wrappedTitle(lines, header, first, end), caseNumber };
}

/** The title's first line and the lines it wraps onto. */
const RUNNING_CAPITALS = new RegExp(`^[${UPPER_LETTER}]{4,}(?![${LOWER_LETTER}])`, 'u');

export function wrappedTitle(lines: readonly Line[], header: Line, first: number, end: number): number[] {
  const span = [first];
  if (header.heading || lines[first]!.heading || header.text.includes('\t')) return span;
  let text = lines[first]!.flat;
  while (span.length < MAX_TITLE_LINES) {
    const last = span[span.length - 1]!;
    const n = nextContent(lines, last + 1, end);
    if (n < 0 || n - last > 2) break;
    const next = lines[n]!;
    if (ENDS_SENTENCE.test(text) && !/^\(|^[-–—]/.test(next.text)) break;
    // (a sub-item opens with its letter, a-h, or with its parent's digits: asked before the patterns)
    const first = next.text.charCodeAt(0);
    const lettered = (first - 97) >>> 0 <= 7 && SUB_ITEM.test(next.text);
    if (next.heading || next.bareNumber || lettered || ((first - 48) >>> 0 <= 9 && (DECIMAL_SUB_ITEM.test(next.text) || NUMBERED_LETTER_SUB_ITEM.test(next.text)))) break;
    // `Bilaga 4`, `Bilagor 2–3` on a line of their own under the title: what it comes with, no part of it
    if (mayOpenAttachment(next.flat) && ATTACHMENT_LINE.test(next.flat)) break;
    // `Verksamhetsplan 2025 –` / `beslut`: a title never ends on its dash; what it is goes on below
    const dangling = n === last + 1 && ENDS_ON_DASH.test(text);
    // a new page that opens with its running header in capitals (`KALLELSE (12) Ärende/Föredragande`) goes on with no title
    if (next.pageStart && !dangling && RUNNING_CAPITALS.test(next.text)) break;
    // (the tests below each end the title, whatever their order: the plain ones first, the body's headings last,
    // as most lines under a title are body text that the plain ones end)
    // `Fastställande av dagordning` / `att fastställa dagordningen`: the decided clause under a
    // title that is whole, not its rest (a title wrapped before its `att` ends on a word that links)
    if (!dangling && next.flat.startsWith('att ') && !endsOnLink(text)) break;
    // `Information från` / `Försäkringskassan`: a title ending on a preposition goes on; so does
    // a title block set off by a blank line (`… väsentlighetsanalys` / `2024 för Eksta Bostads AB`)
    // (and a title in capitals goes on over the next line in capitals right under it: `KS 307 BUDGETUPPFÖLJNING FÖR` /
    // `ÄLDREOMSORGEN OCH HEMTJÄNSTEN` / `UNDER FÖRSTA HALVÅRET` / `Kommunstyrelse 307`, Åland minutes)
    if (!dangling && !STARTS_CONTINUATION.test(next.text) && !endsOnLink(text) && !(n === last + 1 && closesBlock(lines, n, end) && !readsOn(next.flat)) && !(n === last + 1 && capitalsGoOn(text, next.flat))) break;
    // `Revisionsberättelse 2023` / `Beslut`: the body's first heading ends the title; so
    // does an agenda's `Förslag: …` / `Förslag till beslut: …` line under it
    // (and a line that names who presents it: `Föredragande ekonomichef Lisa Berg`)
    // (and a notice's closing after its last point, `Välkomna! Eva Ek, ordförande`: its own lines, the signer's)
    if (!dangling && (BODY_HEADING.test(next.flat) || opensWithProposal(next.flat) || BODY_LABEL.test(next.flat) || stopsTitle(next.flat) || opensNoticeClosing(next.flat))) break;
    // a case number or a filing code on a line of its own is no part of the title either (asked last: it reads the whole line,
    // and most lines end the title above)
    // (nor the case's history under it, `Au § 84, Ks § 51`)
    if (referenceOn(next) !== null || isFilingCodeLine(next.flat) || isCaseHistory(next.flat)) break;
    span.push(n);
    text += ' ' + next.flat;
  }
  return span;
}

// a line with no small letter and a capital first: a title's line in capitals (its number and organ letters too, `KS 307 …`)
const NO_SMALL_LETTER = new RegExp(`^[^${LOWER_LETTER}]*$`, 'u');
/**
 * The title so far and the next line are both in capitals, the next a title's line (short, no sentence's end): the
 * title goes on. (Its capital first asked before the patterns: most lines under a title open with a small letter or
 * a capitalised word, and the title's own test reads the whole of it.)
 */
function capitalsGoOn(title: string, next: string): boolean {
  const c = next.charCodeAt(1);
  return (c - 65) >>> 0 <= 25 || c > 127
    ? next.length <= BLOCK_LINE && !/[.!?:]$/u.test(next) && CAPITALS_LINE.test(next) && NO_SMALL_LETTER.test(title) && !ORGAN_LINE.test(next)
    : false;
}
// `KOMMUNSTYRELSEN`, `MILJÖNÄMNDEN 13`: the organ's name under the title (with the §'s number again), no part of it
const ORGAN_LINE = new RegExp(`^[${ANY_LETTER}]*(?:${alternation(ORGAN_NOUNS)})(?:${alternation(ORGAN_ENDINGS)})?(?:\\s+\\d{1,4})?$`, 'iu');
const CAPITALS_LINE = new RegExp(`^[${UPPER_LETTER}]{2}[^${LOWER_LETTER}]*$`, 'u');

/**
 * A capitalised line that says what was done (`Ordförande Anna Ek öppnade mötet`,
 * `Föredragningslistan godkändes`, `Beslut: Godkändes`): the body's first line, not the rest
 * of a title set off as a block, whose capitalised lines are names (`Region Halland`) or go on
 * with the title's words (`… remiss över promemorian` / `Uppgifter om medelstora förbränningsanläggningar`).
 */
function readsOn(text: string): boolean {
  return OPENS_UPPER.test(text) && (/[.!]$/u.test(text) || /^\p{Lu}\p{Ll}+:/u.test(text) || PAST_VERB.test(text) || opensOnPassive(text) || namesOnePerson(text) || DECIDING_VERB.test(text) || PLAIN_VERB_SECOND.test(text) || DECIDED_SECOND.test(text) || ROLE_DOES.test(text));
}

// `Kassören redovisar kassan`, `Ordförande avslutar mötet`, `Styrelsen diskuterar …`: a position or an organ (or the meeting),
// then a finite verb in the present or the past, the subject of what was done
// (capitalised, the definite forms too: `Kassör`, `Kassören`, `Ordföranden`)
const ROLE_WORDS = POSITION_WORDS.filter((w) => !w.includes(' ')).flatMap((w) => [w, w.endsWith('e') ? `${w}n` : `${w}en`]);
const ROLE_DOES = new RegExp(
  `^(?:${alternation([...ROLE_WORDS, ...BODIES.flatMap((b) => b.forms), 'mötet'].map((w) => w.charAt(0).toUpperCase() + w.slice(1)))})\\s[${LOWER_LETTER}]{3,}(?:ar|er|ir|ade|de|te)(?![${ANY_LETTER}])`,
  'u',
);
// `Styrelsen godkände föregående protokoll`, `Mötet fastställde avgiften`: a subject, then a deciding verb in the past
// (the verbs' past forms: the present ends in `r`)
const DECIDED_SECOND = new RegExp(
  `^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${LOWER_LETTER}]+)?\\s(?:${alternation([...DECISION.decideVerbs, ...DECISION.approveVerbs].filter((v) => !v.split(' ')[0]!.endsWith('r')))})(?![${ANY_LETTER}])`,
  'u',
);

// `Mötet ansågs …`, `Inga motioner fanns …`, `Jan-Erik var …`: a subject of one or two words, then a finite verb of no tense ending
const PLAIN_VERB_SECOND = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${LOWER_LETTER}]+)?\\s(?:${alternation([...PLAIN_FINITE_VERBS, ...MODAL_VERBS, ...STRONG_PAST_VERBS])})(?![${ANY_LETTER}])`, 'u');

// `Bo Lund`, `Anna-Karin Ek Berg (S)`: a given name, one or two surnames, perhaps a party
const PERSON_ALONE = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?) [${UPPER_LETTER}][${LOWER_LETTER}]+(?:[- ][${UPPER_LETTER}][${LOWER_LETTER}]+)?(?: ?\\([${ANY_LETTER}]{1,4}\\))?$`, 'u');
/** `Val av sekreterare` / `Cia Holm`: the person elected or named, alone on the line under a whole title, is no rest of it. */
function namesOnePerson(text: string): boolean {
  const m = text.length <= 40 ? PERSON_ALONE.exec(text) : null;
  return m !== null && isGivenName(m[1]!);
}
// a verb in the past or the passive (`öppnade`, `godkändes`, `antogs`, `beslutade`) among lower-case words
const PAST_VERB = new RegExp(`\\s[${LOWER_LETTER}]{2,}(?:ade|ades|des|ogs|ats|tes)(?![${ANY_LETTER}])`, 'u');
// `Mia Tell väljs till ordförande`, `Verksamhetsplanen godkänns`: an election's or a passive decision's verb in the present, unstopped
const DECIDING_VERB = new RegExp(`\\s(?:${alternation([...DECISION.elections, ...DECISION.passive])})(?![${ANY_LETTER}])`, 'u');
