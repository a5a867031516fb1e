// What each paragraph of an item body is, for decisions and proposals: a heading that
// opens decision clauses (`Styrelsen beslutar att`, `Beslut`, `Arbetsutskottets beslut`),
// one that opens proposal clauses (`Förslag till beslut`), another sub-heading
// (`Beslutsunderlag`, `Ärendebeskrivning`) that ends either, or body text. Clauses under a
// heading are split at lines that open with `att` or a bullet.
import { ACTION_LABELS, ATTACHMENT_WORDS, CASE_CONTACT_LABELS, DECISION, INLINE_BODY_LABELS, KIND_TITLES, ORGAN_NOUNS, PROCESS } from '../../lexicon/sv.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { GENITIVE_NAME, alternation, sentenceCaseOpening, trimEndOf } from '../../text/patterns.js';
import { isDistribution } from './distribution.js';
import { initials, opensWith } from './plain.js';

export type Role = 'decision-heading' | 'proposal-heading' | 'subheading' | 'decision-clause' | 'proposal-clause' | 'body';

export interface Clause {
  text: string;
  line: number;
  /** Written as a bullet (`−`, `•`), not as an `att` clause or a sentence. */
  bullet: boolean;
}

export interface ReadParagraph {
  paragraph: Paragraph;
  role: Role;
  /** Who decides, for decision headings and their clauses. */
  by: string | null;
  /** The clauses under it are this meeting's proposal to another organ too (`Beslut – Förslag till kommunfullmäktige`). */
  proposes?: boolean;
  /** The organ whose recommendation the clauses under a decision heading are (`Beslut` / `Arbetsutskottet föreslår kommunstyrelsen att …`). */
  recommender?: string;
  /** It stands under a heading over the meeting's procedure (`Beslutsgång`, `Yrkanden`). */
  procedure?: boolean;
  /** It stands under a heading over the members' motions (`Yrkanden`): what they move, in their words. */
  motions?: boolean;
  /** It reports an earlier treatment of the case (above `Stadsstyrelsen 12.2.2024, 13 §`): no decision or proposal of this meeting. */
  earlier?: boolean;
}

const B = '(?![\\p{L}])';
// `Styrelsens`, `Tekniska utskottets`, `Barn- och utbildningsnämndens`
const GENITIVE = `(?:${GENITIVE_NAME}\\s+)?`;
// `Styrelsen beslutar att`, `Styrelsen beslutar:`, `Mötet beslöt följande` (no `i` flag: \p{Lu} must stay upper case)
// `Kommunrevisionen beslutar att ge:` heads the clauses under it too
const DECIDE_HEADING = new RegExp(
  `^(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})\\s+(?:${alternation(DECISION.decideVerbs)})${B}(?:\\s+(?:${alternation(DECISION.decideQualifiers)}))?(?:(?:\\s+(?:att|(?:enligt\\s+)?följande))?\\s*:?|\\s+att(?:\\s+\\p{Ll}+){1,3}\\s*:)$`,
  'u',
);
// `Beslut`, `Styrelsens beslut`, `Beslut:`; `Beslut – Förslag till kommunfullmäktige` (decided to propose)
const DECISION_LABEL = new RegExp(`^${GENITIVE}[Bb]eslut(?:et)?(\\s*[–—-]\\s*[Ff]örslag\\s+till\\s+\\p{L}+)?\\s*:?$`, 'u');
// `Förslag till beslut`, `Förslag till beslut på sammanträdet`, `Arbetsutskottets förslag till kommunstyrelsen`,
// `Stadsdirektörens förslag:`, `Förslag till kommunfullmäktige`
const PROPOSAL_LABEL = new RegExp(
  `^(?:${GENITIVE}[Ff]örslag(?:\\s+till\\s+(?:${alternation(DECISION.proposalTargets)}|\\p{Ll}*(?:${alternation(DECISION.proposalTargetEndings)}))(?:\\s+\\p{L}+){0,2})?|[Bb]eslutsförslag)\\s*:?$`,
  'u',
);
// (and in capitals, as older templates print the label: `BESLUT: …`)
const LABELLED_LINE = new RegExp(`^(?:${GENITIVE_NAME}\\s+)?(?:(?:[Bb]eslut|BESLUT|[Ff]örslag\\s+till\\s+beslut|[Bb]eslutsförslag)\\s*:|[Bb]eslut\\s+att\\s)`, 'u');
// the decision-process headings (`Omröstning`, `Beslutsgång`, …) end a run of clauses too
// the proceedings under a § (motions, course, votes, reservations, …): not what was decided
const { description: _description, ...PROCEEDINGS } = PROCESS.headings;
// `Särskilt yttrande i kommunstyrelsen`, `Yrkanden i arbetsutskottet`: a proceedings heading that names the organ it was in
const IN_ORGAN = `(?:\\s+(?:i|vid)\\s+(?:\\p{L}+s?\\s+)?\\p{L}*(?:${alternation(ORGAN_NOUNS)})\\p{L}*)`;
const SUBHEADING = new RegExp(
  `^(?:(?:${alternation([...DECISION.subheadings, ...Object.values(PROCESS.headings).flat()])})|(?:${alternation(Object.values(PROCEEDINGS).flat())})${IN_ORGAN})\\s*:?$`,
  'iu',
);
const PROCEDURE = new RegExp(`^(?:${alternation(Object.values(PROCEEDINGS).flat())})${IN_ORGAN}?\\s*:?$`, 'iu');
const MOTIONS = new RegExp(`^(?:${alternation(PROCESS.headings.motions)})\\s*:?$`, 'iu');
// `Reservation: Bo Ek (M) …`, `Protokollsanteckning: …`, `Yrkande: …`: a proceedings label run into its text
const PROCEEDINGS_WORDS = Object.values(PROCEEDINGS).flat();
const PROCEEDINGS_LABEL = new RegExp(`^(?:${alternation(PROCEEDINGS_WORDS)})\\s*:\\s*\\S`, 'iu');
const MOTIONS_LABEL = new RegExp(`^(?:${alternation(PROCESS.headings.motions)})\\s*:`, 'iu');
const MAY_BE_PROCEEDINGS_LABEL = opensWith(initials(PROCEEDINGS_WORDS), 'iu');
const isProceedingsLabel = (text: string): boolean => MAY_BE_PROCEEDINGS_LABEL(text) && text.includes(':') && PROCEEDINGS_LABEL.test(text);
// `Överenskommelse`: what a meeting that keeps notes agreed
const AGREED = new RegExp(`^(?:${alternation(DECISION.agreedHeadings)})\\s*:?$`, 'iu');
// (`Handläggare: Lena Björk` too: who handles the case)
// (and `Ansvarig: Eva Holm` in notes: who carries out what was decided)
const BODY_LABELS = [...INLINE_BODY_LABELS, ...CASE_CONTACT_LABELS, ...ACTION_LABELS];
const BODY_LABEL = new RegExp(`^(?:${alternation(BODY_LABELS)})\\s*:`, 'iu');
// (asked of every paragraph: its first letter first)
const MAY_BE_BODY_LABEL = opensWith(initials(BODY_LABELS), 'iu');
const isBodyLabel = (text: string): boolean => MAY_BE_BODY_LABEL(text) && BODY_LABEL.test(text);
const NOT_SUBJECT = new Set<string>(DECISION.notSubjects);
// (`a) att godkänna …` / `b) att …`: clauses marked by letters too)
// `Beslutet är enhälligt.`, `Beslutet fattades med acklamation.`: a remark on how the decision was made
const REMARK_LINE = new RegExp(`^(?:${alternation(DECISION.remarks)})\\.?$`, 'iu');
const CLAUSE_START = /^(?:[•\-–−*]\s*|\d{1,2}[.)]\s|[a-h][.)]\s|att\s)/u;
const CLAUSE_MARK = /^(?:[•\-–−*]\s*|\d{1,2}[.)]\s|[a-h][.)]\s)/u;
// `1 Rapporten godkänns.` / `2 Förbundschefen får …`: clauses numbered without a point, as minutes
// published on the web print them; only where the paragraph opens with the first of them
const BARE_NUMBER = /^\d{1,2}\s+(?=\p{Lu})/u;
const FIRST_BARE_NUMBER = /^1\s+\p{Lu}/u;

/**
 * A list, not a sentence: names, parties and labels with no word of a sentence in it
 * (`(C) Ewa Engdahl (KD) Ingemar Bergquist`, `Ordinarie Ersättare`).
 */
export const isListPart = (text: string): boolean => !/(?<![\p{L}])(?!(?:och|samt|von|af|de|van)(?![\p{L}]))\p{Ll}{3,}/u.test(text) && !/[.!?]$/u.test(text);
// a line of a sentence, not of a list: three words in lower case (`Till ordförande utses Eva Ek och …`), or two
// and a full stop (`Till sammankallande utses Bo Ek.`)
const LOWER_WORD = /^\p{Ll}{2,}[,.]?$/u;
const isSentenceLine = (line: string): boolean => {
  const t = line.trim();
  const words = t.split(/\s+/).filter((w) => LOWER_WORD.test(w)).length;
  return words >= 3 || (words === 2 && /[.!]$/u.test(t));
};

/** `Styrelsens` → `Styrelsen`, `Arbetsutskottets` → `Arbetsutskottet`. */
const fromGenitive = (g: string | undefined): string | null => (g ? g.slice(0, -1) : null);

// `Bilaga 7a Revisionsberättelse`, `Bilaga: Revisorernas rapport`, `Bilagor 2–3`: a line naming what comes with the §
const ATTACHMENT_LINE = new RegExp(`^(?:${alternation(ATTACHMENT_WORDS)})\\s*(?::|\\d)`, 'iu');
const isAttachmentLine = (text: string): boolean => (text.charCodeAt(0) | 32) === 98 && ATTACHMENT_LINE.test(text);

/** A line that heads a part of an item body: a decision or proposal label, a sub-heading, an attachment's line. */
export const isBodyHeading = (text: string): boolean =>
  text.length <= 60 && (isAttachmentLine(text) || (!endsUnlikeHeading(text) && (decisionHeading(text) !== null || isProposalLabel(text) || SUBHEADING.test(text))));

// Every heading, label and sub-heading ends in a letter or a colon (a white space after it
// aside): text that ends in a full stop, a digit, a bracket or other ASCII punctuation, as most
// of a body's paragraphs do, is none of them. One look at the last character spares the
// patterns and their stems' tests, which read all of it. (A letter beyond ASCII is not looked
// at: the patterns decide. Should the lexicon give one of their words another ending, the look is off.)
const HEADING_WORDS = [
  ...DECISION.decideVerbs, ...DECISION.decideQualifiers, ...DECISION.proposalTargets, ...DECISION.proposalTargetEndings,
  ...DECISION.subheadings, ...Object.values(PROCESS.headings).flat(), ...DECISION.agreedHeadings,
];
const LOOK_AT_END = HEADING_WORDS.every((w) => /[\p{L}:]$/u.test(w));
const COLON = 58;
const SPACE = 32;
const endsUnlikeHeading = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  // (ASCII only: a letter either case, the colon, and white space may end a heading)
  return LOOK_AT_END && c < 128 && !((c | 32) >= 97 && (c | 32) <= 122) && c !== COLON && c !== SPACE && !(c >= 9 && c <= 13);
};

// `BESLUT`, `BESLUT:`, `BESLUTSFÖRSLAG`: a heading of one word in capitals, as older templates print it (sentenceCaseOpening
// leaves one word alone: `AU` opens a sentence so)
const ONE_WORD_IN_CAPITALS = /^\p{Lu}{3,}\s*:?$/u;
const oneWordInCapitals = (t: string): string => (ONE_WORD_IN_CAPITALS.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t);

/** `Förslag till beslut`, and in capitals as older templates print it (`ARBETSUTSKOTTETS FÖRSLAG TILL SOCIALNÄMNDEN`). */
const isProposalLabel = (text: string): boolean => !endsUnlikeHeading(text) && MAY_PROPOSE.test(text) && PROPOSAL_LABEL.test(oneWordInCapitals(sentenceCaseOpening(text)));

// every decision heading says `beslut…`/`beslöt`, every proposal heading `förslag`: test that first
const MAY_DECIDE = /eslu|eslö|enskomm/i;
const MAY_PROPOSE = /örslag/i;

export function decisionHeading(text: string): { by: string | null; proposes?: boolean } | null {
  if (endsUnlikeHeading(text) || !MAY_DECIDE.test(text)) return null;
  const t = oneWordInCapitals(sentenceCaseOpening(trimEndOf(text, '')));
  const d = DECIDE_HEADING.exec(t);
  if (d && !NOT_SUBJECT.has(d[1]!.split(/\s+/)[0]!.toLowerCase())) return { by: d[1]! };
  const l = DECISION_LABEL.exec(t);
  // `Enligt styrelsens beslut` is no heading
  if (l && !NOT_SUBJECT.has(l[1]?.split(/\s+/)[0]!.toLowerCase() ?? '')) return { by: fromGenitive(l[1]), proposes: l[2] !== undefined };
  return AGREED.test(t) ? { by: null } : null;
}

/**
 * What each paragraph is. Decisions, proposal and process all read an item's paragraphs so:
 * the item reads them once and hands the reading to each (a cache keyed by the paragraphs'
 * array cost more than the tests it saved, in its inserts and in the collector's work on it).
 */
export function readParagraphs(paragraphs: readonly Paragraph[]): ReadParagraph[] {
  // (a loop, not flatMap: most paragraphs stay whole, and flatMap cost more than all the splitting)
  const split: Paragraph[] = [];
  for (const p of paragraphs) for (const q of splitAtHeadings(p)) split.push(q);
  return keepLastTreatment(classify(split));
}

// `Stadsstyrelsen 19.12.2022, 284 §`, `Tekniska nämnden 3.4.2023 § 45`: a Finnish § that
// reports each treatment of its case under the organ, date and § of that meeting
const TREATMENT = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+\d{1,2}\.\d{1,2}\.\d{4},?\s+(?:§\s?\d{1,4}|\d{1,4}\s?§)$/u;
const MAY_BE_TREATMENT = /\d\.\d{4}/;
const isTreatment = (p: Paragraph): boolean => p.starts.length === 1 && p.text.includes('§') && MAY_BE_TREATMENT.test(p.text) && TREATMENT.test(p.text);

/**
 * A § that reports its case's earlier treatments, each under its organ, date and §, holds
 * this meeting's decision in its last block only: what stands above the last such line is
 * the case's history (its decisions and proposals were other meetings'). Only where a
 * decision follows that line.
 */
function keepLastTreatment(read: ReadParagraph[]): ReadParagraph[] {
  let last = -1;
  for (let k = read.length - 1; k >= 0 && last < 0; k--) if (read[k]!.role === 'subheading' && isTreatment(read[k]!.paragraph)) last = k;
  if (last <= 0 || !read.slice(last + 1).some((r) => r.role === 'decision-heading' || r.role === 'decision-clause')) return read;
  return read.map((r, k) => (k < last && r.role !== 'subheading' ? { paragraph: r.paragraph, role: 'body', by: null, procedure: r.procedure, earlier: true } : r));
}

/** A heading line (`Beslut`) run together with its clause is a paragraph of its own. */
function splitAtHeadings(p: Paragraph): Paragraph[] {
  if (p.starts.length < 2) return [p];
  const lineText = (k: number): string => p.text.slice(p.starts[k]!.offset, p.starts[k + 1]?.offset ?? p.text.length).trim();
  const cuts = new Set<number>();
  const clausesAfter = (k: number): number => p.starts.slice(k + 1).filter((_, j) => CLAUSE_START.test(lineText(k + 1 + j))).length;
  p.starts.forEach((_, k) => {
    const t = lineText(k);
    // `Beslut: Styrelsen godkänner …` under a line of other text starts a paragraph of its own
    // (every label says `eslut`: a plain search before the pattern)
    // (and so does a body's label after a proposal's or a decision's line: `Handläggare: Lena Björk`, `Föredragande: …`)
    if (k > 0 && (((t.includes('eslut') || t.includes('ESLUT')) && LABELLED_LINE.test(t)) || isDistribution(t) || isBodyLabel(t))) cuts.add(k);
    // `Finansiering` / `Insatsen finansieras …`: a single-word heading over its text
    if (k === 0 && p.starts.length > 1 && isOneWordHeading(t) && isProse(lineText(1))) cuts.add(1);
    if (!isBodyHeading(t)) return;
    // `Styrelsen beslutar` / `att fastställa budgeten.` is one sentence wrapped; over two or more clauses it heads them
    if (DECIDE_HEADING.test(t) && !t.endsWith(':') && clausesAfter(k) < 2) return;
    if (k > 0) cuts.add(k);
    if (k + 1 < p.starts.length) cuts.add(k + 1);
  });
  if (cuts.size === 0) return [p];
  const out: Paragraph[] = [];
  let from = 0;
  for (const k of [...[...cuts].sort((a, b) => a - b), p.starts.length]) {
    const begin = p.starts[from]!.offset;
    const end = p.starts[k]?.offset ?? p.text.length;
    out.push({
      text: p.text.slice(begin, end).trim(),
      line: p.starts[from]!.line,
      heading: from === 0 ? p.heading : 0,
      starts: p.starts.slice(from, k).map((s) => ({ offset: s.offset - begin, line: s.line })),
      said: null,
    });
    from = k;
  }
  return out;
}

// `Finansiering`, `Uppföljning`, `Tidplan`: one capitalised word on a line of its own (not a
// passive that decides by itself: `Godkänns`, `Bifalles`)
const ONE_WORD_HEADING = /^\p{Lu}\p{Ll}{3,}:?$/u;
const PASSIVE_ENDING = /(?:nns|as|ås|es|ls)$/u;
/** Prose: a capital first, and words of a sentence (not a list of names: `Ewa Ek Bo Al …`). */
const isProse = (text: string): boolean => /^\p{Lu}/u.test(text) && !isListPart(text);

/**
 * A single-word heading over prose (`Finansiering` / `Insatsen finansieras …`) after the
 * clauses of a decision: a part of the body of its own, which ends them. (`Ordinarie` over
 * a list of names heads no prose: it stays part of the clause it lists.)
 */
// (one word: a text with a space is none, told before the pattern runs)
const isOneWordHeading = (text: string): boolean => !text.includes(' ') && ONE_WORD_HEADING.test(text) && !PASSIVE_ENDING.test(text);
function endsClauses(paragraphs: readonly Paragraph[], k: number): boolean {
  const p = paragraphs[k]!;
  if (p.starts.length !== 1 || !isOneWordHeading(p.text)) return false;
  const next = paragraphs[k + 1];
  return next !== undefined && isProse(next.text);
}

// A page's running header that the furniture finder left, between or after a decision's clauses:
// the kind of document in capitals, letter-spaced as some converters print it (`PRO T OK OL L`), or
// an organ and the meeting's date (`Kommunstyrelsen 2014-03-06`), a letterhead. Never a clause; the clauses may go on under it.
const KIND_WORDS = new Set<string>(Object.values(KIND_TITLES).flat().filter((t) => !t.includes(' ') && !t.includes('/')));
const PAGE_HEAD_LENGTH = 40;
const ORGAN_AND_DATE = new RegExp(`^\\p{Lu}\\p{Ll}*(?:${alternation(DECISION.proposalTargetEndings)})\\s+\\d{4}-\\d{2}-\\d{2}$`, 'u');
// the municipality in capitals and the organ: `HÖGSBY KOMMUN Kommunstyrelsen`
const LETTERHEAD = /^\p{Lu}[\p{Lu}-]+(?:\s+\p{Lu}[\p{Lu}-]+)*\s+KOMMUN(?:\s+\p{Lu}\p{Ll}+)?$/u;
// the municipality and the kind in capitals open a header row run together (`HÖGSBY KOMMUN PROTOKOLL 4 Kommunstyrelsen …`)
const HEADER_ROW = /^\p{Lu}[\p{Lu}-]+(?:\s+\p{Lu}[\p{Lu}-]+)*\s+KOMMUN\s+(\p{Lu}+)(?=\s|$)/u;
const HEADER_ROW_LENGTH = 100;
function isPageHead(text: string): boolean {
  if (text.length > PAGE_HEAD_LENGTH) return text.length <= HEADER_ROW_LENGTH && text.includes('KOMMUN') && KIND_WORDS.has(HEADER_ROW.exec(text)?.[1]?.toLowerCase() ?? '');
  const c = text.charCodeAt(text.length - 1);
  // (a date's last digit, or the last capital of the kind)
  if (c >= 48 && c <= 57) return ORGAN_AND_DATE.test(text);
  if (text === text.toUpperCase()) return KIND_WORDS.has(text.replace(/\s+/gu, '').toLowerCase());
  return text.includes('KOMMUN') && LETTERHEAD.test(text);
}

// `Beslut` / `Arbetsutskottet föreslår kommunstyrelsen att …`: under a decision heading, an organ that recommends
// decided to propose (as `Beslut – Förslag till kommunfullmäktige` says in its heading)
const MAY_RECOMMEND = /föreslå|förorda|rekommendera/;
const RECOMMENDS = new RegExp(`^(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})\\s+(?:föreslår|förordar|rekommenderar)${B}`, 'u');

// `att fastställa …`, `Att utse Eva Ek …`: a clause in the infinitive, the way decisions are written
const BARE_CLAUSE = /^[Aa]tt\s\p{Ll}/u;

function classify(paragraphs: readonly Paragraph[]): ReadParagraph[] {
  let mode: 'none' | 'decision' | 'proposal' = 'none';
  let by: string | null = null;
  let proposes = false;
  let recommender: string | undefined;
  let firstClause = false;
  let procedure = false;
  let motions = false;
  // `Fastställande av dagordning` / `att fastställa dagordningen`: a body that opens with
  // `att` clauses, no heading over them, is what was decided
  let bareClauses = true;
  return paragraphs.map((paragraph, k) => {
    const text = paragraph.text;
    bareClauses = bareClauses && mode === 'none' && BARE_CLAUSE.test(text);
    if (bareClauses) return { paragraph, role: 'decision-clause', by: null, proposes: false };
    const heading = decisionHeading(text);
    if (heading) {
      mode = 'decision';
      motions = false;
      by = heading.by;
      proposes = heading.proposes === true;
      recommender = undefined;
      firstClause = true;
      return { paragraph, role: 'decision-heading', by };
    }
    if (isProposalLabel(text)) {
      mode = 'proposal';
      motions = false;
      return { paragraph, role: 'proposal-heading', by: null };
    }
    if ((!endsUnlikeHeading(text) && SUBHEADING.test(text)) || (paragraph.heading > 0 && !/[.!?]$/.test(text)) || (mode !== 'none' && endsClauses(paragraphs, k)) || isTreatment(paragraph)) {
      mode = 'none';
      procedure = PROCEDURE.test(text);
      motions = procedure && MOTIONS.test(text);
      return { paragraph, role: 'subheading', by: null };
    }
    // `Föredragande: Lisa Holm`, `Bilagor: …` after the clauses: no clause of them
    if (isBodyLabel(text) || isDistribution(text) || (paragraph.starts.length === 1 && isAttachmentLine(text))) {
      mode = 'none';
      return { paragraph, role: 'body', by: null, procedure, motions };
    }
    // `Reservation: Bo Ek (M) reserverar sig …` after the clauses: the proceedings, no clause of them
    if (mode !== 'none' && isProceedingsLabel(text)) {
      mode = 'none';
      return { paragraph, role: 'body', by: null, procedure: true, motions: MOTIONS_LABEL.test(text) };
    }
    if (mode !== 'none' && paragraph.starts.length <= 2 && isPageHead(text)) return { paragraph, role: 'body', by: null, procedure, motions };
    if (mode === 'decision') {
      // (the heading's first clause says who recommends: asked of that clause alone)
      if (firstClause) {
        firstClause = false;
        const r = MAY_RECOMMEND.test(text) ? RECOMMENDS.exec(text) : null;
        if (r && !NOT_SUBJECT.has(r[1]!.split(/\s+/)[0]!.toLowerCase())) {
          proposes = true;
          recommender = r[1]!;
          by ??= r[1]!;
        }
      }
      return recommender === undefined ? { paragraph, role: 'decision-clause', by, proposes } : { paragraph, role: 'decision-clause', by, proposes, recommender };
    }
    if (mode === 'proposal') return { paragraph, role: 'proposal-clause', by: null };
    return { paragraph, role: 'body', by: null, procedure, motions };
  });
}

/**
 * The clauses of a paragraph: split where a line opens with `att` or a bullet, or with a
 * new sentence after a line that ended one (`… BAS-intervall D, F och J.` /
 * `Kommunstyrelsen godkänner …`: two decisions a PDF printed without a blank line between).
 */
export function clauses(p: Paragraph): Clause[] {
  const numbered = FIRST_BARE_NUMBER.test(p.text);
  const mark = (raw: string): string => (numbered ? raw.replace(CLAUSE_MARK, '').replace(BARE_NUMBER, '') : raw.replace(CLAUSE_MARK, ''));
  const cuts = p.starts.filter((s, k) => {
    if (k === 0) return true;
    const rest = p.text.slice(s.offset);
    if (CLAUSE_START.test(rest) || (numbered && BARE_NUMBER.test(rest))) return true;
    const before = p.text.slice(p.starts[k - 1]!.offset, s.offset).trimEnd();
    if (!/^\p{Lu}/u.test(rest)) return false;
    if (/[.!]$/u.test(before)) return true;
    // `(S) Johanna Ek` / `Till ordförande utses …`: a sentence after the names of a list is a clause of its own
    const line = rest.slice(0, (p.starts[k + 1]?.offset ?? p.text.length) - s.offset);
    // `att lägga den till handlingarna` / `Beslutet är enhälligt.`: how it was decided, on a line of its own
    return (isListPart(before) && isSentenceLine(line)) || (line.includes('eslut') && REMARK_LINE.test(line.trim()));
  });
  return cuts
    .map((s, k) => {
      const end = cuts[k + 1]?.offset ?? p.text.length;
      const raw = p.text.slice(s.offset, end);
      return { text: mark(raw).trim(), line: lineAt(p, s.offset), bullet: /^[•\-–−*]/u.test(raw) };
    })
    .filter((c) => c.text !== '');
}
