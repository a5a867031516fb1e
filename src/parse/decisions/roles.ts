// What each paragraph of an item body is, for decisions and proposals: a heading that
// opens decision clauses, one that opens proposal clauses, another sub-heading that ends
// either (the headings: headings.ts), a clause under one, or body text. Clauses under a
// heading are split at lines that open with `att` or a bullet (clauses.ts).
import { DECISION } from '../../lexicon/sv.js';
import type { Paragraph } from '../../text/line.js';
import { CLAUSE_START, isListPart } from './clauses.js';
import { MAY_DISTRIBUTE, isDistribution } from './distribution.js';
import {
  DECIDE_HEADING, LABELLED_LINE, MOTIONS, MOTIONS_LABEL, PROCEDURE, SUBHEADING, decisionHeading, endsUnlikeHeading,
  isAttachmentLine, isBodyHeading, isBodyLabel, isProceedingsLabel, isProposalLabel,
} from './headings.js';
import { decides } from './decides.js';
import { recommendsIntro } from './intro.js';
import { isPageHead } from './page-head.js';
import { AS_PROPOSED, decidesOnProposalAt } from './proposal-end.js';
import { isVoteListTitle } from '../../text/vote-list.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

export { clauses, isListPart, type Clause } from './clauses.js';
export { decisionHeading, isBodyHeading } from './headings.js';
export { AS_PROPOSED } from './proposal-end.js';

export type Role = 'decision-heading' | 'proposal-heading' | 'subheading' | 'decision-clause' | 'proposal-clause' | 'body';

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

/**
 * A paragraph's reading. Every one is built here, its fields in one order and each present (undefined where it
 * says nothing): the decisions, proposal and process readers loop over these, and objects of six shapes (one
 * for each set of fields written) made their property reads megamorphic.
 */
const reading = (paragraph: Paragraph, role: Role, by: string | null): ReadParagraph =>
  ({ paragraph, role, by, proposes: undefined, recommender: undefined, procedure: undefined, motions: undefined, earlier: undefined });
/** Body text: under a procedure's heading or not, under the motions' or not; `earlier`: a report of an earlier treatment. */
const bodyReading = (paragraph: Paragraph, procedure: boolean | undefined, motions: boolean | undefined, earlier?: boolean): ReadParagraph =>
  ({ paragraph, role: 'body', by: null, proposes: undefined, recommender: undefined, procedure, motions, earlier });
/** A clause under a decision heading. */
const clauseReading = (paragraph: Paragraph, by: string | null, proposes: boolean, recommender?: string): ReadParagraph =>
  ({ paragraph, role: 'decision-clause', by, proposes, recommender, procedure: undefined, motions: undefined, earlier: undefined });

const B = `(?![${ANY_LETTER}])`;
const NOT_SUBJECT = new Set<string>(DECISION.notSubjects);

/**
 * What each paragraph is. Decisions, proposal and process all read an item's paragraphs so:
 * the item reads them once and hands the reading to each (a cache keyed by the paragraphs'
 * array cost more than the tests it saved, in its inserts and in the collector's work on it).
 * `headingsApart`: the paragraphs were split with every body heading a paragraph of its own (`paragraphs(…,
 * isBodyHeading)`, as an item's body is): no line of a longer paragraph is one, and none is asked again.
 */
export function readParagraphs(paragraphs: readonly Paragraph[], headingsApart = false): ReadParagraph[] {
  // (a loop, not flatMap: most paragraphs stay whole, and flatMap cost more than all the splitting)
  const split: Paragraph[] = [];
  for (const p of paragraphs) for (const q of splitAtHeadings(p, headingsApart)) split.push(q);
  const classified = classify(split);
  // (and a proposal's heading: where none stands, no clause under one is looked at again)
  let proposed = false;
  for (const r of classified) proposed ||= r.role === 'proposal-heading';
  const read = proposed ? withDecisionAfterProposal(classified) : classified;
  // (a treatment's line is a subheading that holds its § sign: where none does, no history is kept apart, and
  // keepLastTreatment is not asked)
  for (const r of read) if (r.role === 'subheading' && r.paragraph.text.includes('§')) return keepLastTreatment(read);
  return read;
}

/**
 * `Förslag till beslut` / `Att styrelsen godkänner rapporten.` / `Styrelsen beslutar enligt förslaget.`: the clauses
 * under a proposal's heading and, on a line of the same paragraph, the meeting deciding on them (decidesOnProposalAt):
 * the proposal ends there, and that line and what follows up to the next heading are the body (where the decision is
 * read). The paragraph right under the heading may have been read as body whole, for its decision as proposed.
 */
function withDecisionAfterProposal(read: ReadParagraph[]): ReadParagraph[] {
  const out: ReadParagraph[] = [];
  let decided = false;
  for (const [k, r] of read.entries()) {
    const p = r.paragraph;
    if (r.role !== 'proposal-clause') decided = false;
    else if (decided) {
      out.push(bodyReading(p, r.procedure, r.motions));
      continue;
    }
    const underProposal = r.role === 'proposal-clause' || (r.role === 'body' && read[k - 1]?.role === 'proposal-heading');
    let at = 0;
    for (let j = 1; underProposal && at === 0 && j < p.starts.length; j++) if (decidesOnProposalAt(p, j)) at = j;
    if (at === 0) {
      out.push(r);
      continue;
    }
    out.push(reading(partOf(p, 0, at), 'proposal-clause', null), bodyReading(partOf(p, at, p.starts.length), r.procedure, r.motions));
    decided = true;
  }
  return out;
}

/** Lines `from` to `to` (exclusive) of a paragraph, as a paragraph of their own. */
function partOf(p: Paragraph, from: number, to: number): Paragraph {
  const begin = p.starts[from]!.offset;
  const end = p.starts[to]?.offset ?? p.text.length;
  return {
    text: p.text.slice(begin, end).trim(),
    line: p.starts[from]!.line,
    heading: from === 0 ? p.heading : 0,
    starts: p.starts.slice(from, to).map((s) => ({ offset: s.offset - begin, line: s.line })),
    said: null,
  };
}

// `Stadsstyrelsen 19.12.2022, 284 §`, `Tekniska nämnden 3.4.2023 § 45`: a Finnish § that
// reports each treatment of its case under the organ, date and § of that meeting
const TREATMENT = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${ANY_LETTER}-]+){0,3}\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{4},?\\s+(?:§\\s?\\d{1,4}|\\d{1,4}\\s?§)$`, 'u');
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
  // (a treatment's line holds its § sign: looked for before the reader is asked)
  for (let k = read.length - 1; k >= 0 && last < 0; k--) if (read[k]!.role === 'subheading' && read[k]!.paragraph.text.includes('§') && isTreatment(read[k]!.paragraph)) last = k;
  if (last <= 0 || !read.slice(last + 1).some((r) => r.role === 'decision-heading' || r.role === 'decision-clause')) return read;
  return read.map((r, k) => (k < last && r.role !== 'subheading' ? bodyReading(r.paragraph, r.procedure, undefined, true) : r));
}

/** A heading line (`Beslut`) run together with its clause is a paragraph of its own. */
function splitAtHeadings(p: Paragraph, headingsApart: boolean): Paragraph[] {
  if (p.starts.length < 2) return [p];
  const lineText = (k: number): string => p.text.slice(p.starts[k]!.offset, p.starts[k + 1]?.offset ?? p.text.length).trim();
  // With every body heading a paragraph of its own already (headingsApart), a line cuts the paragraph only by a label and
  // its colon (LABELLED_LINE's `Beslut:`, isBodyLabel's, a proceedings label over names), by LABELLED_LINE's `beslut att`
  // (it says `eslut`, in small letters or capitals) or as a distribution note (isDistribution asks MAY_DISTRIBUTE's stems);
  // else only the first line, a one-word heading over prose, does. A paragraph that holds none of them, as most do, is
  // asked only that, and no other line of it is cut out and trimmed
  if (headingsApart && !p.text.includes(':') && !p.text.includes('eslut') && !p.text.includes('ESLUT') && !MAY_DISTRIBUTE.test(p.text)) {
    const first = lineText(0);
    return !first.includes(' ') && isOneWordHeading(first) && isProse(lineText(1)) ? [partOf(p, 0, 1), partOf(p, 1, p.starts.length)] : [p];
  }
  const cuts = new Set<number>();
  const clausesAfter = (k: number): number => p.starts.slice(k + 1).filter((_, j) => CLAUSE_START.test(lineText(k + 1 + j))).length;
  // (a loop, not forEach() with a callback)
  for (let k = 0; k < p.starts.length; k++) {
    const t = lineText(k);
    // `Beslut: Styrelsen godkänner …` under a line of other text starts a paragraph of its own
    // (every label says `eslut`: a plain search before the pattern)
    // (and so does a body's label after a proposal's or a decision's line: `Handläggare: Lena Björk`, `Föredragande: …`)
    if (k > 0 && (((t.includes('eslut') || t.includes('ESLUT')) && LABELLED_LINE.test(t)) || isDistribution(t) || isBodyLabel(t))) cuts.add(k);
    // `Finansiering` / `Insatsen finansieras …`: a single-word heading over its text
    // (one word has no space: looked at before the reader is asked)
    if (k === 0 && p.starts.length > 1 && !t.includes(' ') && isOneWordHeading(t) && isProse(lineText(1))) cuts.add(1);
    // `Jäv: Karl Berg (C)` / `Kommunstyrelsen beslutar …`: a proceedings label over names alone, and the text after it
    // (a label has its colon: looked for before the reader is asked)
    if (k + 1 < p.starts.length && t.includes(':') && namesUnderLabel(t) && OPENS_UPPER.test(lineText(k + 1))) {
      if (k > 0) cuts.add(k);
      cuts.add(k + 1);
    }
    if (headingsApart || !isBodyHeading(t)) continue;
    // `Styrelsen beslutar` / `att fastställa budgeten.` is one sentence wrapped; over two or more clauses it heads them
    // (`Styrelsen beslutar följande.` heads them however many: the word announces them)
    if (DECIDE_HEADING.test(t) && !t.endsWith(':') && clausesAfter(k) < 2) continue;
    if (k > 0) cuts.add(k);
    if (k + 1 < p.starts.length) cuts.add(k + 1);
  }
  if (cuts.size === 0) return [p];
  const out: Paragraph[] = [];
  let from = 0;
  for (const k of [...[...cuts].sort((a, b) => a - b), p.starts.length]) {
    out.push(partOf(p, from, k));
    from = k;
  }
  return out;
}

/** `Jäv: Karl Berg (C)`, `Reservation: Eva Ek (M) och Bo Al (L)`: a proceedings label whose value is names, no sentence. */
const namesUnderLabel = (line: string): boolean => isProceedingsLabel(line) && isListPart(line.slice(line.indexOf(':') + 1));

// `Finansiering`, `Uppföljning`, `Tidplan`: one capitalised word on a line of its own (not a
// passive that decides by itself: `Godkänns`, `Bifalles`)
const ONE_WORD_HEADING = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]{3,}:?$`, 'u');
const PASSIVE_ENDING = /(?:nns|as|ås|es|ls)$/u;
/** Prose: a capital first, and words of a sentence (not a list of names: `Ewa Ek Bo Al …`). */
const isProse = (text: string): boolean => OPENS_UPPER.test(text) && !isListPart(text);

/**
 * A single-word heading over prose (`Finansiering` / `Insatsen finansieras …`) after the
 * clauses of a decision: a part of the body of its own, which ends them. (`Ordinarie` over
 * a list of names heads no prose: it stays part of the clause it lists.)
 */
// (one word: a text with a space is none, told before the pattern runs)
const isOneWordHeading = (text: string): boolean => !text.includes(' ') && ONE_WORD_HEADING.test(text) && !PASSIVE_ENDING.test(text);
function endsClauses(paragraphs: readonly Paragraph[], k: number): boolean {
  const p = paragraphs[k]!;
  if (p.starts.length !== 1 || p.text.includes(' ') || !isOneWordHeading(p.text)) return false;
  const next = paragraphs[k + 1];
  return next !== undefined && isProse(next.text);
}

// `Beslut` / `Arbetsutskottet föreslår kommunstyrelsen att …`: under a decision heading, an organ that recommends
// decided to propose (as `Beslut – Förslag till kommunfullmäktige` says in its heading)
const MAY_RECOMMEND = /föreslå|förorda|rekommendera/;
const RECOMMENDS = new RegExp(`^([${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}-]*){0,3})\\s+(?:föreslår|förordar|rekommenderar)${B}`, 'u');

/** A clause of a recommendation after its first: marked as one (`att …`, `2. …`), or a decision in the passive (`Planen antas.`). */
const announcedClause = (p: Paragraph): boolean => CLAUSE_START.test(p.text) || decides({ text: p.text, offset: 0 })?.by === null;


// `att fastställa …`, `Att utse Eva Ek …`: a clause in the infinitive, the way decisions are written
const BARE_CLAUSE = new RegExp(`^[Aa]tt\\s[${LOWER_LETTER}]`, 'u');
const LOWER_A = 97;

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
  // `Kommunstyrelsen föreslår fullmäktige besluta` on the last line of a paragraph in the body: the paragraph after it is
  // the clause it announces, and so is each after that which is marked as one or decides in the passive
  // (`Planen antas.`), the recommendation's words, no decision of this meeting
  let announced: 'none' | 'first' | 'more' = 'none';
  // a clause under the decision heading was marked (`att …`, a bullet); the last clause announced a list (a colon at its end)
  let markedClauses = false;
  let announcesList = false;
  const one = (paragraph: Paragraph, k: number): ReadParagraph => {
    const announcing = announced;
    announced = 'none';
    const text = paragraph.text;
    // (the clause opens `att` or `Att`: its first letters are looked at before the pattern)
    bareClauses = bareClauses && mode === 'none' && (text.charCodeAt(0) | 32) === LOWER_A && text.startsWith('tt', 1) && BARE_CLAUSE.test(text);
    if (bareClauses) return clauseReading(paragraph, null, false);
    const heading = decisionHeading(text);
    if (heading) {
      mode = 'decision';
      markedClauses = false;
      announcesList = false;
      motions = false;
      by = heading.by;
      proposes = heading.proposes === true;
      recommender = undefined;
      firstClause = true;
      return reading(paragraph, 'decision-heading', by);
    }
    if (isProposalLabel(text)) {
      mode = 'proposal';
      motions = false;
      return reading(paragraph, 'proposal-heading', null);
    }
    // (`Omröstningslista nr 2`: a roll-call table's title, its number or § after it)
    const voteList = isVoteListTitle(text);
    if ((!endsUnlikeHeading(text) && SUBHEADING.test(text)) || voteList || (paragraph.heading > 0 && !/[.!?]$/.test(text)) || (mode !== 'none' && endsClauses(paragraphs, k)) || (text.includes('§') && isTreatment(paragraph))) {
      mode = 'none';
      procedure = voteList || PROCEDURE.test(text);
      motions = procedure && MOTIONS.test(text);
      return reading(paragraph, 'subheading', null);
    }
    // `Föredragande: Lisa Holm`, `Bilagor: …` after the clauses: no clause of them
    if (isBodyLabel(text) || isDistribution(text) || (paragraph.starts.length === 1 && isAttachmentLine(text))) {
      mode = 'none';
      return bodyReading(paragraph, procedure, motions);
    }
    // `Reservation: Bo Ek (M) reserverar sig …` after the clauses: the proceedings, no clause of them
    if (mode !== 'none' && isProceedingsLabel(text)) {
      mode = 'none';
      return bodyReading(paragraph, true, MOTIONS_LABEL.test(text));
    }
    if (mode !== 'none' && paragraph.starts.length <= 2 && isPageHead(text)) return bodyReading(paragraph, procedure, motions);
    if (mode === 'decision') {
      // `Styrelsen beslutade:` / `att godkänna budgeten.` / (blank) / `Förbundschefen informerade om …`: after marked clauses,
      // an unmarked paragraph that decides nothing by itself is the minutes going on, no clause (one that decides after it
      // still is: `Styrelsen beslutar vidare att …`)
      // (its first letter, a capital, before the patterns: a list's names are kept by the colon before them)
      const marked = CLAUSE_START.test(text);
      if (markedClauses && !announcesList && !marked && OPENS_UPPER.test(text) && decides({ text, offset: 0 }) === null) return bodyReading(paragraph, procedure, motions);
      markedClauses ||= marked;
      announcesList = text.endsWith(':');
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
      return clauseReading(paragraph, by, proposes, recommender);
    }
    if (mode === 'proposal') {
      // (`1. …` / `2. …` / `Styrelsen beslutar enligt förslaget.`: the meeting deciding as proposed ends the proposal)
      if (!CLAUSE_START.test(text) && AS_PROPOSED.test(text) && decides({ text, offset: 0 })?.by) {
        mode = 'none';
        return bodyReading(paragraph, procedure, motions);
      }
      return reading(paragraph, 'proposal-clause', null);
    }
    if (announcing === 'first' || (announcing === 'more' && announcedClause(paragraph))) {
      announced = 'more';
      return reading(paragraph, 'proposal-clause', null);
    }
    if (!procedure && recommendsIntro(text.slice(paragraph.starts[paragraph.starts.length - 1]?.offset ?? 0)) !== null) announced = 'first';
    return bodyReading(paragraph, procedure, motions);
  };
  // (pushed by a loop, not map(): map()'s arrays were of one elements kind or another as the optimised or the built-in
  // map() made them, and each new kind threw readParagraphs' optimised code away)
  const out: ReadParagraph[] = [];
  for (let k = 0; k < paragraphs.length; k++) out.push(one(paragraphs[k]!, k));
  return out;
}
