// What the meeting decided (SCHEMA.md, Decision): `X beslutar att …`, `Beslut: …`, each
// clause under a `Styrelsen beslutar att` or `Beslut` heading, `X godkänner/godkände/
// fastställer …`, `… godkänns`, `Läggs till handlingarna`, elections (`X väljs till
// justerare`). One decision per paragraph. A proposal (`föreslår`, clauses under
// `Förslag till beslut`) is none, and neither is a report of a decision made elsewhere
// (`Årsredovisningen är fastställd`, `Nationella rådet beslutat att …`, `Styrelsen
// beslutade på förra mötet …`).
import { DECISION, PROCESS } from '../../lexicon/sv.js';
import { opensSentence } from '../../text/sentence-start.js';
import { opensWithProposal } from '../../text/proposal-label.js';
import type { Decision } from '../../schema/result.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { endsDecision, isFindingNote } from './after.js';
import { isCaseText } from './case-text.js';
import { clauses, isListPart, type Clause } from './clauses.js';
import { HINT, decides, isProceeding, recommendsElsewhere, runOnDecision } from './decides.js';
import { withoutRunOn } from './run-on.js';
import { asProposedAt, proposalRun } from './as-proposed.js';
import { MAY_FIND_ORGAN, findingOrgan } from './finding.js';
import { electionParts } from './elections.js';
import { decisionHeading } from './headings.js';
import { openingOrgan } from './heading-subject.js';
import { MAY_HOLD_CLAUSES, inlineClauses } from './inline-clauses.js';
import { recommendsIntro } from './intro.js';
import { afterLabel, bareLabelOf, conclusionOf, labelOf, organLostLabel } from './labels.js';
import { isNoteToMinutes } from './noting.js';
import { isRemark } from './remarks.js';
import { readParagraphs, type ReadParagraph } from './roles.js';
import { sentences, sentencesOf, type Sentence } from './sentences.js';
import { decidesAfterUnstopped, endsOnGoingWord, pushSplit } from './split.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// `Bo Ek Eva Ås`, `Anna-Lena Öst (S)`: capitalised words, a party's bracket at most
const NAMES_ONLY = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}'’.-]*(?:\\s+(?:[${UPPER_LETTER}][${ANY_LETTER}'’.-]*|\\([${UPPER_LETTER}]{1,3}\\)))+$`, 'u');

// `Mötet valde`, `Styrelsen utsåg:`: the verb of electing ends the decision, the elected still to come
// `… politiken. att ta informationen …`: a clause's `att` in lower case opening a sentence, after a word of four letters
// or more and its stop (not an abbreviation's: `bl.a. att`, `osv. att`)
const LOST_HEADING_CLAUSE = new RegExp(`(?<=(?:^|\\s)[${ANY_LETTER}]{4,}[.!] )att\\s[${LOWER_LETTER}]`, 'u');
/** Where the first such clause starts (its `att`), or -1; the plain phrase looked for first. */
function lostHeadingClause(text: string): number {
  if (!text.includes('. att ') && !text.includes('! att ')) return -1;
  const m = LOST_HEADING_CLAUSE.exec(text);
  return m ? m.index : -1;
}
// `… med följande motivering:`: a decision that announces its reasons in the paragraphs under it
const MOTIVATES = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.motivationIntros)})\\s*:$`, 'iu');
const ELECTING_ENDS = new RegExp(`\\s(?:${alternation(DECISION.electing)}):?$`, 'u');
// (so the text ends on a verb's last letter, as written, or a colon: most decisions end on a full stop, looked at first)
const ELECTING_LAST = new Set<number>([58, ...DECISION.electing.map((v) => v.charCodeAt(v.length - 1))]);
// `Dana Kron till ordförande.`, `Gösta Hall och Per Ås till ledamöter`: the elected, `till`, the office, one line
const ELECTED_ENTRY = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}][${ANY_LETTER} ,-]{2,80}?\\still\\s[${LOWER_LETTER}][^.!?\\n]{0,80}\\.?$`, 'u');

// `tar del av`, `noterar`, `antecknar`: the item noted
const NOTES_PLAIN = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(PROCESS.outcomes.noted)})(?![${ANY_LETTER}])`, 'iu');
// `att välja …`: a clause's `att` opening a paragraph, the verb in small letters after it
const OPENS_CLAUSE = new RegExp(`^att\\s+[${LOWER_LETTER}]`, 'u');
// `…;`, `…,`, `… samt`, `… och`: a clause that its join leaves open for the next one
const CLAUSE_OPEN_END = new RegExp(`(?:[;,]|\\s(?:${alternation(DECISION.clauseJoins.filter((j) => !j.includes(' ')))}))$`, 'u');
const leavesClauseOpen = (text: string): boolean => CLAUSE_OPEN_END.test(text.trimEnd());

/** Decisions of one item body, given as paragraphs. */
// longest first: `samt att` before `samt`
const CLAUSE_JOINS = [...DECISION.clauseJoins].sort((a, b) => b.length - a.length).map((j) => ` ${j}`);
/** `bifalla motionen, samt` → `bifalla motionen,`: the word that joins the next clause dropped. */
const withoutJoin = (text: string): string => {
  const j = CLAUSE_JOINS.find((w) => text.endsWith(w));
  return j ? text.slice(0, -j.length) : text;
};
/**
 * A clause that only opens the clauses after it (`Styrelsen beslutar enligt följande:` /
 * `att anta planen,` / `att …`; `Styrelsen föreslår medlemmarna besluta` / `Budgeten fastställs.`):
 * who decides, or undefined where the clause says something itself.
 */
function opensClauses(text: string, next: Clause | undefined): { by: string | null } | undefined {
  if (next === undefined || /^att\s/u.test(text)) return undefined;
  const heading = decisionHeading(text);
  if (heading) return { by: heading.by };
  const r = recommendsIntro(text);
  return r === null ? undefined : { by: r };
}

// `Ja-röster: 6` / `Kommunstyrelsen beslutar att …`: a line after one that ends in a count, a bracket or a capital (a
// vote's table, a roll's `X`) and opens with a capitalised word starts a sentence, though no full stop ends the line before
const LIST_END = new RegExp(`[\\d)${UPPER_LETTER}]$`, 'u');
const OPENS_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
/**
 * The sentences of a paragraph, cut again where a line opens a sentence after a list's line, or opens with an organ
 * deciding after a line with no stop (decidesAfterUnstopped).
 */
function atListEnds(p: Paragraph, said: readonly Sentence[], own: string | null): readonly Sentence[] {
  if (p.starts.length < 2) return said;
  const cuts: number[] = [];
  for (let k = 1; k < p.starts.length; k++) {
    const at = p.starts[k]!.offset;
    if (!OPENS_WORD.test(p.text.slice(at, at + 2))) continue;
    if (LIST_END.test(p.text.slice(p.starts[k - 1]!.offset, at).trimEnd()) || decidesAfterUnstopped(p, k, own) !== null) cuts.push(at);
  }
  if (cuts.length === 0) return said;
  const out: Sentence[] = [];
  for (const s of said) {
    let from = s.offset;
    const end = s.offset + s.text.length;
    for (const c of cuts) {
      if (c <= from || c >= end) continue;
      out.push({ text: p.text.slice(from, c).trim(), offset: from });
      from = c;
    }
    out.push(from === s.offset ? s : { text: p.text.slice(from, end).trim(), offset: from });
  }
  return out;
}

// `Beslut: Godkändes och lades till handlingarna` / `Berättelsen läggs ut på hemsidan …`: association minutes write a
// labelled decision on its line with no stop; the line under it that opens a sentence of its own (a subject and its verb)
// is none of it, where the label's line decides by itself and ends on no word that goes on (`… de ändringar som`)
const STOPPED = /[.!?:,;–-]$/u;
/** Where a labelled decision that stands on its line without a stop ends: before the next line that opens a sentence; else the paragraph's end. */
function labelLineEnd(p: Paragraph, from: number): number {
  const at = p.starts[1]?.offset;
  if (at === undefined || at <= from) return p.text.length;
  const line = p.text.slice(from, at).trim();
  if (STOPPED.test(line) || endsOnGoingWord(line)) return p.text.length;
  const next = p.text.slice(at, p.starts[2]?.offset ?? p.text.length).trim();
  return opensSentence(next) && decides({ text: line, offset: 0 }) !== null ? at : p.text.length;
}

/** What findDecisions carries from one paragraph to the next, as its readers below read and change it. */
interface DecisionReading {
  readonly out: Decision[];
  readonly weak: Set<Decision>;
  // a clause that announces a list (`… utses:`) takes the lists under it; a run of lists
  // (`Ordinarie` / `(C) Ewa Engdahl (KD) …`) is one decision of its own
  open: Decision | null;
  inList: boolean;
  // the last decision opened with `att`
  afterClause: boolean;
  // a remark on how it was decided was read (`Beslutet var enhälligt.`): what follows under the heading decides only by its own words
  remarked: boolean;
  // an election whose verb ended its paragraph (`Mötet valde`): the paragraphs of the elected after it are its list
  electing: Decision | null;
  // the decision that announced its reasons (`… med följande motivering:`): the paragraphs under it are its text
  motivated: Decision | null;
  // a proposal under its heading or label was read: a sentence after it that decides as proposed (`Enligt förslag.`) decides
  proposed: boolean;
  // the paragraph before was a labelled decision whose last clause ends on its join (`;`, `, samt`): who decides in it
  labelledOpen: { by: string | null } | null;
  // the first line a labelled decision (`Beslut att …`, `Beslut: …`) stands on, and the item noted in a plain sentence
  // (`Styrelsen tar del av protokollet.`): before a labelled decision that is the case's text, no decision of its own
  labelledAt: number;
  readonly notedPlain: Set<Decision>;
}

/** `read`: the paragraphs' reading, when the caller has it already. */
export function findDecisions(paragraphs: readonly Paragraph[], own: string | null = null, read: readonly ReadParagraph[] = readParagraphs(paragraphs)): Decision[] {
  const st: DecisionReading = {
    out: [],
    weak: new Set<Decision>(),
    open: null,
    inList: false,
    afterClause: false,
    remarked: false,
    electing: null,
    motivated: null,
    proposed: false,
    labelledOpen: null,
    labelledAt: Infinity,
    notedPlain: new Set<Decision>(),
  };
  // where the item has a decision heading, its clauses are the decisions: a sentence of the
  // background (`Detaljplanen antas av byggnadsnämnden …`) is none
  // (a loop, not some() with a callback)
  let headed = false;
  for (const r of read) headed ||= r.role === 'decision-heading';
  for (const { paragraph: p, role, by, proposes, earlier, motions, recommender } of read) {
    if (earlier) continue;
    st.proposed ||= role === 'proposal-heading' || role === 'proposal-clause';
    // `Beslut` / `Arbetsutskottet föreslår kommunstyrelsen att …` in the minutes of the kommunstyrelse: another
    // organ's recommendation quoted under the heading, the item's proposal but no decision of this meeting
    if (role === 'decision-clause' && recommender !== undefined && recommendsElsewhere(recommender, own)) {
      st.open = null;
      continue;
    }
    if (role !== 'decision-clause') {
      st.open = null;
      st.inList = false;
      st.afterClause = false;
      st.remarked = false;
    }
    if (role === 'decision-clause') {
      readDecisionClauses(st, p, by, proposes, own);
      continue;
    }
    if (role !== 'body' || headed) {
      st.electing = null;
      continue;
    }
    readBodyParagraph(st, p, proposes, motions, own);
  }
  const { out, weak, notedPlain, labelledAt } = st;
  // (`Styrelsen tar del av protokollet.` / `Beslut att lägga protokollet till handlingarna.`: noted before the labelled decision)
  const kept = labelledAt < Infinity && notedPlain.size > 0 ? out.filter((d) => !(notedPlain.has(d) && d.line < labelledAt)) : out;
  // a task given in the discussion is no decision of its own where the item decides by other words
  const decided = weak.size > 0 && weak.size < kept.length ? kept.filter((d) => !weak.has(d)) : kept;
  // (a finding outvoted needs a decision after it: one decision alone stands)
  return decided.length < 2 ? decided : withoutOutvotedFindings(decided, paragraphs);
}

/** The clauses of a paragraph under a decision heading (`Styrelsen beslutar` / `att …` / `att …`): a decision each, lists and reasons going on with theirs. */
function readDecisionClauses(st: DecisionReading, p: Paragraph, by: string | null, proposes: boolean | undefined, own: string | null): void {
  const cs = clauses(p);
  let introBy: string | null = null;
  // a clause of this paragraph was read as a decision
  let decidedHere = false;
  for (const [j, c] of cs.entries()) {
    const intro = opensClauses(c.text, cs[j + 1]);
    if (intro) {
      introBy = intro.by;
      continue;
    }
    // `att fastställa …,` under `Styrelsen beslutar` is the clause `fastställa …`
    // `att bifalla motionen, samt` / `att …`: the word that joins the next clause is no part of this one
    // (`Att godkänna budgeten.`: capitalised as association minutes write it, unless the sentence decides by itself,
    // `Att justera protokollet valdes Eva Ek`)
    const bare = /^att\s/u.test(c.text) || (/^Att\s/u.test(c.text) && !decides({ text: c.text, offset: 0 }, own)) ? c.text.replace(/^[Aa]tt\s+/u, '') : c.text;
    const text = trimEndOf(withoutJoin(trimEndOf(withoutRunOn(bare), ',;')), ',;');
    // a stray `;` under the heading is no clause, nor a remark on how it was decided, nor the secretary's note or finding
    if (text === '' || isNoteToMinutes(text) || isFindingNote(text)) continue;
    // `Per Holm (M) yrkar avslag.`, `Ledamot Anna Ek föreslog att …` / `Förslaget fick inget understöd.`: the proceedings
    // told under the heading before the decision, a motion and its fate, none of it decided
    if (isProceeding(c.text)) continue;
    // `Beslutet fattades enhälligt.` / `Ordföranden tackade för diskussionen.`: the clauses ended with the remark
    if (isRemark(text)) {
      st.remarked = true;
      break;
    }
    if (st.remarked && !decides({ text: c.text, offset: 0 }, own)) break;
    // `Omröstning: 4 ja, 1 nej.` / `Lisa Sund reserverade sig mot beslutet.`: the proceedings after the clauses
    if (endsDecision(c.text)) break;
    // `Kommunfullmäktige fastställer avgifter:` / `− Taxa A …` / `− Taxa B …`: the clause and its list
    if (st.open && ((isListPart(text) && (st.open.text.endsWith(':') || st.inList)) || (c.bullet && (st.open.text.endsWith(':') || st.inList)))) {
      st.open.text += `\n${text}`;
      st.inList = true;
      continue;
    }
    // `att godkänna ramen, se specifikation nedan.` / `Utökningen består av:` / `• Löner …`: a line that
    // only announces the list under an `att` clause goes on with that clause
    if (st.open && st.afterClause && text.endsWith(':') && !c.bullet && !/^att\s/iu.test(c.text) && !decides({ text: c.text, offset: 0 }, own)) {
      st.open.text += `\n${text}`;
      st.inList = true;
      continue;
    }
    // `… till mottagare av årets miljöpris med följande motivering:` / `Eva Sund har i många år …`: the reasons the
    // decision announced go on with it, until a clause that decides by itself
    if (st.open && st.motivated === st.open && !c.marked && !decides({ text: c.text, offset: 0 }, own)) {
      st.open.text += `\n${text}`;
      continue;
    }
    // `Mötet avslutas.` / `Bo Ek   Eva Ås`: capitalised names alone after a decision that ended, the signers of a page
    // whose `Justerandes signatur` went as page furniture (a list a decision announces ends in a colon)
    if (st.open && !st.inList && !c.bullet && /[.!]$/u.test(st.open.text) && NAMES_ONLY.test(text)) continue;
    // `Beslut` / `Arbetsutskottet lämnar yttrande ….` / `Av en tjänsteskrivelse framgår att …`, `Avgift`, `Särskilt uttalande`:
    // where no blank line parts the decision from the text under it, a sentence after a clause that ended, marked as
    // no clause and deciding nothing by itself, is the case's text, and the clauses end before it
    if (decidedHere && !c.marked && st.open && !st.inList && /[.!]$/u.test(st.open.text) && isCaseText(c.text, cs[j + 1])) break;
    st.afterClause = /^att\s/iu.test(c.text);
    // (the organ the clause opens with, where no verb of deciding names it: `Styrelsen tackar för informationen.`; not
    // under `Beslut – Förslag till kommunfullmäktige`, where the clause names the organ it proposes to)
    const who = by ?? introBy ?? decides({ text: c.text, offset: 0 }, own)?.by ?? (proposes === true ? null : openingOrgan(c.text));
    // `Styrelsen beslutar: att godkänna …, att uppdra …` on one line: its clauses, each a decision
    const clause = /^att\s/u.test(c.text) ? `att ${text}` : text;
    const inline = MAY_HOLD_CLAUSES.test(clause) ? inlineClauses(clause) : null;
    decidedHere = true;
    if (inline) {
      for (const i of inline) st.out.push((st.open = { text: i.text, by: who, line: c.line }));
      st.inList = false;
      st.afterClause = true;
      continue;
    }
    // `Till justerare valdes Eva Lund. Till rösträknare valdes Per Ås.`: a decision each
    const parts = electionParts(text, own);
    if (parts.length > 1) {
      for (const part of parts.slice(0, -1)) st.out.push({ text: part, by: who, line: c.line });
      st.out.push((st.open = { text: parts[parts.length - 1]!, by: who, line: c.line }));
      st.inList = false;
      continue;
    }
    st.open = { text, by: who, line: c.line };
    if (text.endsWith(':') && MOTIVATES.test(text)) st.motivated = st.open;
    // `Till utskott utses: Ordinarie (C) Eva Ek …` ends in its list: a list after a blank line goes on with it
    const colon = text.lastIndexOf(':');
    st.inList = isListPart(text) || (colon > 0 && colon < text.length - 1 && isListPart(text.slice(colon + 1).trim()));
    st.out.push(st.open);
  }
}

/** A body paragraph under no decision heading: an election's list, a labelled clause's next one, a labelled decision or its sentences that decide. */
function readBodyParagraph(st: DecisionReading, p: Paragraph, proposes: boolean | undefined, motions: boolean | undefined, own: string | null): void {
  // `Mötet valde` / `Dana Kron till ordförande.` / `Gösta Hall till kassör.`: the elected one a paragraph, the election's list
  if (st.electing && ELECTED_ENTRY.test(p.text)) {
    st.electing.text += `\n${p.text}`;
    return;
  }
  st.electing = null;
  // `Beslut att välja Bo Ek till justerare;` / `att välja Bo Ek som rapportör.`: a clause in a paragraph of its own after a
  // labelled one that its join left open is the label's next clause
  const joined: { by: string | null } | null = st.labelledOpen;
  st.labelledOpen = null;
  if (joined && OPENS_CLAUSE.test(p.text)) {
    const text = trimEndOf(withoutJoin(trimEndOf(withoutRunOn(p.text.replace(/^att\s+/u, '')), ',;')), ',;');
    st.out.push({ text, by: joined.by, line: lineAt(p, 0) });
    st.labelledOpen = leavesClauseOpen(p.text) ? joined : null;
    return;
  }
  // `KS 88 … FÖRSLAG: Mötet konstateras … beslutfört. Enligt förslag.`: a proposal under its label in capitals decides
  // nothing; the sentence after it does, with its `BESLUT:` label or without it (a flattened page lost its column)
  const run = proposalRun(p);
  st.proposed ||= run !== null || opensWithProposal(p.text);
  const asProposed = st.proposed ? asProposedAt(p, run?.to ?? 0) : null;
  if (asProposed) {
    st.out.push({ text: asProposed.text, by: null, line: lineAt(p, asProposed.offset) });
    return;
  }
  const label = labelOf(p.text);
  if (label) {
    const rest = p.text.slice(label[0].length).trim();
    const first = sentences(rest)[0];
    const by = label[1] ? label[1].slice(0, -1) : first ? (decides(first, own)?.by ?? null) : null;
    if (rest) pushSplit(st.out, p, afterLabel(label), { by }, own, st.weak, labelLineEnd(p, label[0].length), false);
    if (rest && leavesClauseOpen(rest)) st.labelledOpen = { by };
    if (rest) st.labelledAt = Math.min(st.labelledAt, lineAt(p, 0));
    return;
  }
  // `Per Ek informerar om läget. att ta informationen till dagens protokoll`: the decision's `att` clause after the case's
  // text, its heading (`Direktionen beslutar`) lost in a flattened page; asked where no sentence of the paragraph decides
  const before = st.out.length;
  const clauseAt = proposes === true || motions === true ? -1 : lostHeadingClause(p.text);
  // where the stems first stand: a sentence wholly before that holds none, so neither decides nor is labelled (`Beslut:` has `besl`)
  const first = p.text.search(HINT);
  if (first < 0) {
    if (clauseAt >= 0) pushSplit(st.out, p, clauseAt, { by: null }, own, st.weak);
    return;
  }
  decideSentences(st, p, first, run, motions, own);
  if (st.out.length === before && clauseAt >= 0) pushSplit(st.out, p, clauseAt, { by: null }, own, st.weak);
}

/** The first sentence of a body paragraph, from where the stems first stand (`first`), that decides, labelled or by its verb; the decision runs to the paragraph's end. */
function decideSentences(st: DecisionReading, p: Paragraph, first: number, run: { at: number; to: number } | null, motions: boolean | undefined, own: string | null): void {
  const said = atListEnds(p, sentencesOf(p), own);
  for (let k = 0; k < said.length; k++) {
    const s = said[k]!;
    if ((said[k + 1]?.offset ?? p.text.length) <= first || (run !== null && s.offset < run.to)) continue;
    // `Arbetsutskottets förslag: Styrelsen fastställer rapporten.`: a proposal under its label, no decision (the
    // genitive no organ that decides)
    if (opensWithProposal(s.text)) continue;
    // `… per augusti. Beslut: Styrelsen godkänner …`: a label inside the paragraph decides too
    // (and one without its colon, in a column of its own: `Beslut      Rapporten läggs till handlingarna.`)
    // (`• Beslut: Gruppen ställer sig bakom …`, `• Konklusion: …`: a notes' bullet before the label)
    const bullet = bulletOf(s.text);
    const text = bullet > 0 ? s.text.slice(bullet) : s.text;
    const labelled = labelOf(text) ?? bareLabelOf(text, own);
    // `Slutsats: Styrelsen tar del av …`, `Konklusion: Gruppen tar fram …`: what the meeting concluded under the label,
    // its decision whatever its verb
    const concluded = labelled ? null : conclusionOf(text);
    let m = labelled
      ? { by: labelled[1]?.slice(0, -1) ?? decides({ text: text.slice(labelled[0].length).trim(), offset: 0 }, own)?.by ?? null }
      : concluded
        ? (decides({ text: text.slice(concluded[0].length), offset: 0 }, own) ?? { by: null })
        : decides(s, own);
    let from = s.offset + bullet + (labelled ? afterLabel(labelled) : concluded ? concluded[0].length : 0);
    // (`Konklusion:` / `• Nätverket ställer sig …`: the bullet under the label is no part of the decision)
    if (labelled || concluded) from += bulletAfter(p.text, from);
    // `… Dnr 412/2019 Nämnden beslutar att …`: a flattened page's decision run on after the item's text, no full stop
    // between (asked only of a sentence that decides nothing and holds the verbs' stem, as few do)
    const runOn = m === null && !labelled && !concluded && s.text.includes('besl') ? runOnDecision(s.text, own) : null;
    if (runOn) {
      m = runOn.deciding;
      from = s.offset + runOn.at;
    }
    // `Beslut - beslutar i enlighet med …`, `… den 23 maj Beslut - beslutar …`: the label before a verb whose organ was lost
    // (at the sentence's opening it is read past as a label is, though the rest decides by its verb)
    const lost = !labelled && !concluded && !runOn ? organLostLabel(s.text) : null;
    if (lost && (m === null || lost.at === 0)) {
      m = { by: null };
      from = s.offset + lost.end;
    }
    // a bare `Beslut:` at the end of a paragraph decides nothing; under `Yrkanden`, `Motionen bifalls.` is what a member
    // moves (`Pär Ek, fp: Motionen bifalls.`): there only an organ named decides
    // (the rest of the paragraph cut off and trimmed only for a sentence that decides: most sentences past the stems do not)
    if (m && !(motions === true && m.by === null && !labelled) && p.text.slice(from).trim() !== '') {
      const pushed = st.out.length;
      pushSplit(st.out, p, from, m, own, st.weak, p.text.length, !labelled && !concluded);
      if (labelled) st.labelledAt = Math.min(st.labelledAt, lineAt(p, from));
      else for (const d of st.out.slice(pushed)) if (NOTES_PLAIN.test(d.text)) st.notedPlain.add(d);
      const last = st.out[st.out.length - 1];
      st.electing = last && ELECTING_LAST.has(last.text.charCodeAt(last.text.length - 1)) && ELECTING_ENDS.test(last.text) ? last : null;
      break;
    }
  }
}

const VOTE_REQUEST = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.voteRequests)})(?![${ANY_LETTER}])`, 'iu');
const MAY_REQUEST = /begär/i;
/**
 * `Ordföranden … finner att kommunstyrelsen bifaller förslaget. Omröstning begärs.` / `Med 10 ja-röster mot 3 …
 * beslutar kommunstyrelsen att …`: a vote asked for after the chair's finding decides in its place, where a
 * decision after the request says how it went; the finding is no decision of its own then.
 */
function withoutOutvotedFindings(decided: Decision[], paragraphs: readonly Paragraph[]): Decision[] {
  // (a loop with the findings' hint first: most decisions hold none, and the reader is not asked)
  let finding = false;
  for (let k = 0; k < decided.length && decided.length >= 2 && !finding; k++) finding = MAY_FIND_ORGAN.test(decided[k]!.text) && findingOrgan(decided[k]!.text) !== null;
  if (!finding) return decided;
  let requested = Infinity;
  for (const p of paragraphs) {
    const m = MAY_REQUEST.test(p.text) ? VOTE_REQUEST.exec(p.text) : null;
    if (m) requested = Math.min(requested, lineAt(p, m.index));
  }
  if (requested === Infinity || !decided.some((d) => d.line > requested)) return decided;
  return decided.filter((d) => d.line > requested || findingOrgan(d.text) === null);
}

// `• `, `- `, `– `, `* `: a bullet before a list's entry
const BULLET = /^[•\-–*]\s+/u;
/** How long the bullet the text opens with is (0 where none: most texts open with a letter). */
const bulletOf = (text: string): number => {
  const c = text.charCodeAt(0);
  return c === 0x2022 || c === 45 || c === 0x2013 || c === 42 ? (BULLET.exec(text)?.[0].length ?? 0) : 0;
};
/** How far past white space and a bullet the text at `from` goes on (0 where no bullet stands there). */
function bulletAfter(text: string, from: number): number {
  let k = from;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10)) k++;
  const b = bulletOf(text.slice(k, k + 2));
  return b > 0 ? k - from + b : 0;
}
