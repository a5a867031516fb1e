// How a § ended (SCHEMA.md Item.outcome). The rule: the outcome of the question the § put
// to this meeting, as the text states it.
// - What the meeting decided says it: `Motionen bifalls`, `Kommunstyrelsen beslutar att
//   bifalla …` → approved; `… att avslå motionen`, `Ansökan avslås` → rejected (the
//   question was the motion or the application, and the decision rejects it); `Ärendet
//   bordläggs` → tabled; `… återremitteras` → referred-back; `Informationen antecknas`,
//   `läggs till handlingarna`, `noterar`, `tar del av` → noted; `dras tillbaka`, `utgår` →
//   withdrawn.
// - Deciding as proposed (`beslutar enligt arbetsutskottets förslag`, `Enligt
//   kommunstyrelsens förslag`), or deciding anything else (`ger förvaltningen i uppdrag …`,
//   `väljs till justerare`) → approved. So is a decision to propose something to another
//   organ (`beslutar att föreslå fullmäktige att avslå motionen`): this meeting adopted its
//   proposal, whatever the proposal says.
// - The chair's finding counts like a decision (`Ordföranden … finner att kommunstyrelsen
//   bifaller arbetsutskottets förslag`), but not a finding on a procedural motion (`finner
//   att ärendet ska avgöras idag`, `… att återremissyrkandet avslås`).
// - A § that was tabled, referred back or withdrawn ends so, whatever else it says.
// - Motions (`yrkar avslag`), proposals (`Förslag till beslut: Motionen avslås`), the case's
//   history and other meetings state no outcome; `Motionen anses besvarad` is neither
//   bifall nor avslag: null, as is a § that states nothing.
import { DECISION, PROCESS } from '../../lexicon/sv.js';
import type { Decision, Motion, Outcome } from '../../schema/result.js';
import { anyOf, hintOf } from '../../text/hint.js';
import { allMatches, alternation, eachMatch } from '../../text/patterns.js';
import { reportsOtherMeeting } from './elsewhere.js';
import { sentencesOfPart, type Part, type Section } from './parts.js';
import { ANY_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

const A = `(?<![${ANY_LETTER}])`;
const B = `(?![${ANY_LETTER}])`;
const OUTCOMES = Object.entries(PROCESS.outcomes) as [Outcome, readonly string[]][];
const CLASS = new Map<string, Outcome>(OUTCOMES.flatMap(([o, words]) => words.map((w) => [w, o] as [string, Outcome])));
// no `u` flag: this runs on every decision, and the Unicode form was the reader's largest
// cost; the Swedish letters bound the words here (a rarer letter next to one is tested apart)
const SWEDISH_LETTER = '[a-zåäöéüA-ZÅÄÖÉÜ]';
const WORD = new RegExp(`(?<!${SWEDISH_LETTER})(?:${alternation([...CLASS.keys()])})(?!${SWEDISH_LETTER})`, 'gi');
// (a table of the class's characters, every one of them below LETTER_END: looked up by code, not asked of a pattern)
const LETTER = new RegExp(`[${ANY_LETTER}]`, 'u');
const LETTER_END = 0x500;
const LETTERS = Uint8Array.from({ length: LETTER_END }, (_, c) => (LETTER.test(String.fromCharCode(c)) ? 1 : 0));
/** The code is one of the class's letters (a code past the table's end is none). */
const isLetterCode = (c: number): boolean => c < LETTER_END && LETTERS[c] === 1;

// `enligt arbetsutskottets förslag`, `i enlighet med Anna Eks (S) avslagsyrkande`
const AS_PROPOSED = new RegExp(`${A}(?:${alternation(PROCESS.asProposed)})\\s+(?:[^\\s.;]+\\s+){0,5}?([${ANY_LETTER}]*(?:${alternation(PROCESS.proposalWords)}))${B}`, 'giu');
// `återremissyrkandet`, `Siv Lings tilläggsyrkande`, `frågan om återremiss`: any word ending a motion's name
const PROCEDURAL = new RegExp(`${A}[${ANY_LETTER}]*(?:${alternation(PROCESS.procedural)})`, 'iu');
const PROCEDURAL_ALL = new RegExp(PROCEDURAL.source, 'giu');
// PROCEDURAL's words as a plain hint (hint.ts: the letters `u` folds spelt out): each match of the pattern ends in one of
// them, so a text without any holds no procedural motion's name, and the pattern (a run of letters before the words,
// tried at every word's start) is not asked
const MAY_PROCEDURAL = hintOf(PROCESS.procedural);
/** A procedural motion's name stands in the text (`återremissyrkandet`, `frågan om bordläggning`): PROCEDURAL, behind its hint. */
export const namesProcedure = (text: string): boolean => MAY_PROCEDURAL.test(text) && PROCEDURAL.test(text);
const MAY_PROCEDURE = /yrkand|förslag|frågan|avgöras|proposition|beslutsgång/i;
// (not `besvaras med ja`: a question answered, which states its outcome)
const NO_OUTCOME = new RegExp(`${A}(?:${alternation(PROCESS.noOutcome)})${B}(?!\\s+(?:${alternation(PROCESS.answeredWith)})${B})`, 'iu');
const FINDING = new RegExp(`${A}(?:${alternation(PROCESS.findings)})${B}`, 'iu');
const DECIDE = new RegExp(`${A}(?:${alternation([...DECISION.decideVerbs, ...PROCESS.decideForms])})${B}`, 'iu');
const PROPOSAL = new RegExp(`${A}(?:${alternation([...DECISION.proposalMarkers, ...PROCESS.proposeForms])})${B}`, 'iu');
// `yrkar`, `yrkade`, `yrkas`, `understödd av`: a motion, not a decision (`yrkandena` may stand in a finding)
const MOTION = new RegExp(`${A}(?:${alternation([...PROCESS.moveVerbs, ...PROCESS.moveForms, ...PROCESS.secondedBy])})${B}`, 'iu');
const SIDES = new RegExp(`${A}(?:${alternation([...PROCESS.yesSide, ...PROCESS.noSide])})${B}`, 'iu');
const SELF_VERB = new RegExp(`${A}(?:${alternation(PROCESS.selfPassive)})${B}`, 'iu');
const SELF_SUBJECTS: readonly string[] = PROCESS.selfSubjects;
// `Ärendet bordläggs.`, `Den ekonomiska rapporten antecknas.`: the verb within the first words
const SELF_WORDS = 5;

// `Kommunstyrelsen noterar informationen`, `Nämnden tar del av rapporten`: the organ in its own name
const ORGAN_ACTS = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}]*(?:${alternation(PROCESS.organEndings)})\\s+(?:${alternation([...PROCESS.outcomes.noted, ...PROCESS.outcomes.approved, ...PROCESS.outcomes.rejected])})${B}`, 'u');

/**
 * A sentence where the § speaks of itself in the present passive (`Delårsrapporten antecknas`). Asked only of a
 * sentence that holds the passive's words (MAY_SPEAK_OF_ITSELF: the caller looks).
 */
function speaksOfItself(sentence: string): boolean {
  const verb = SELF_VERB.exec(sentence);
  if (!verb) return false;
  const before = sentence.slice(0, verb.index).trim().toLowerCase().split(/\s+/u);
  if (before.length > SELF_WORDS) return false;
  // (loops, not some() with a callback in a callback)
  for (const w of before) for (const s of SELF_SUBJECTS) if (w.endsWith(s)) return true;
  return false;
}
const PRESENT_DECISION = new RegExp(`^(?:${alternation(PROCESS.presentDecision)})$`, 'iu');
const OUTCOME_SECTIONS: ReadonlySet<Section> = new Set<Section>([null, 'decision', 'course', 'votes']);
const SETTLED: ReadonlySet<Outcome> = new Set<Outcome>(['withdrawn', 'referred-back', 'tabled']);
// plain `i` (no `u`) hints before the Unicode patterns: å/ä/ö fold without Unicode mode,
// and these run several times faster (hintOf spells out the letters that fold otherwise)
const MAY_FIND = hintOf(PROCESS.findings);
const MAY_ANSWER = new RegExp(alternation(PROCESS.noOutcome), 'i');
// (both hints as one, which finds whatever either finds: most decisions say neither, and then neither is asked)
const MAY_ANSWER_OR_PROCEDURE = new RegExp(`${MAY_ANSWER.source}|${MAY_PROCEDURE.source}`, 'i');
const MAY_PROPOSE = hintOf([...DECISION.proposalMarkers, ...PROCESS.proposeForms]);
const MAY_MOVE = hintOf([...PROCESS.moveVerbs, ...PROCESS.moveForms, ...PROCESS.secondedBy]);
const MAY_TAKE_SIDES = hintOf([...PROCESS.yesSide, ...PROCESS.noSide]);
// (the two as one trie first, which finds wherever either does: most sentences say neither)
const MAY_MOVE_OR_TAKE_SIDES = hintOf([...PROCESS.moveVerbs, ...PROCESS.moveForms, ...PROCESS.secondedBy, ...PROCESS.yesSide, ...PROCESS.noSide]);
const MAY_SPEAK_OF_ITSELF = hintOf(PROCESS.selfPassive);
const MAY_FOLLOW = new RegExp(alternation(PROCESS.asProposed), 'i');
// (the stems' tests that read a whole paragraph are tries, anyOf: they read it in less time than an alternation)
const FIND_OR_DECIDE = ['finner', 'fann', 'konstater', 'beslut', 'beslöt'];
const MAY_FIND_OR_DECIDE = anyOf(FIND_OR_DECIDE);
// `Ärendet bordläggs.`, `Kommunstyrelsen noterar informationen.`: a statement of its own
const SHORT_STATEMENT = 300;
const MAY_DECIDE = /beslut|beslöt/i;
const STATE = ['läggs', 'remitteras', 'antecknas', 'avslås', 'bifalls', 'godkänns', 'handlingarna', 'noter', 'utgår', 'tillbaka', 'återkallas', 'avförs', 'förkastas', 'fastställs', 'antas', 'beviljas', 'del av', 'tackar', 'godkänner', 'bifaller', 'avslår', 'antar', 'bakom'];
// a short paragraph is tested for both at once: a pattern of many words costs little more than one of a few
const MAY_FIND_DECIDE_OR_STATE = anyOf([...FIND_OR_DECIDE, ...STATE]);
const MAY_CLASSIFY = anyOf(['avsl', 'bifall', 'biföll', 'godk', 'anta', 'anto', 'fastst', 'bevilj', 'tillstyrk', 'bordl', 'skjuts upp', 'upp igen', 'remi', 'anteckn', 'handlingarna', 'noter', 'protokollet', 'del av', 'tackar', 'tillbaka', 'återkall', 'återt', 'utgår', 'utgick', 'avför', 'förkast', 'enligt', 'enlighet', 'besvara', 'bakom']);
// the words of every outcome, decision and finding
const HINT = anyOf(['bordl', 'skjuts upp', 'upp igen', 'remi', 'antecknas', 'handlingarna', 'noter', 'protokollet', 'del av', 'tillbaka', 'återkall', 'utgår', 'avför', 'finner', 'fann', 'konstater', 'avsl', 'bifall', 'biföll', 'förkast', 'besl', 'godk', 'anta', 'anto', 'fastst', 'bevilj', 'tillstyrk', 'enligt', 'enlighet', 'bakom']);

// `AnnSofie Anderssons yrkande`, `Anna Eks (V) tilläggsyrkande`: a member's motion named in a finding
const MOTION_REFERENCE = new RegExp(`(?<![${ANY_LETTER}'’-])([${UPPER_LETTER}][${ANY_LETTER}'’-]*(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}'’-]*){0,3})s\\s+(?:\\([^()]{1,12}\\)\\s+)?[${ANY_LETTER}]*yrkande(?![${ANY_LETTER}])`, 'u');
// how far after a verb its object is looked for
const OBJECT_CHARS = 60;

/**
 * `finner att kommunstyrelsen antar AnnSofie Anderssons yrkande`: the outcome is what that
 * motion moved (`Motionen avslås` → rejected); a motion the § does not hold leaves it approved.
 */
function adopted(window: string, motions: readonly Motion[]): Outcome | null {
  // (the pattern spells `yrkande` in small letters, no `i` flag: a plain search first)
  const ref = window.includes('yrkande') ? MOTION_REFERENCE.exec(window) : null;
  if (!ref) return null;
  const name = ref[1]!;
  const motion = motions.find((m) => m.by.some((b) => b === name || b.endsWith(` ${name}`) || name.endsWith(` ${b}`)));
  return (motion && classify(motion.text, [])) || 'approved';
}

/** The outcome a decision or finding states, or null; `undefined` when it says it states none. */
function classify(text: string, motions: readonly Motion[]): Outcome | null | undefined {
  if (!MAY_CLASSIFY.test(text)) return null;
  const answersOrProcedure = MAY_ANSWER_OR_PROCEDURE.test(text);
  if (answersOrProcedure && MAY_ANSWER.test(text) && NO_OUTCOME.test(text)) return undefined;
  const proposal = MAY_PROPOSE.test(text) ? PROPOSAL.exec(text) : null;
  let best: { at: number; outcome: Outcome } | null = null;
  // `förkastade förslaget om återremiss`: the `återremiss` of a procedural motion's name is no outcome
  // (read at the first outcome word, where one stands, and only where a name's words stand: each of its matches ends in
  // one of them, and `förslag`, MAY_PROCEDURE's word most decisions hold, names no procedure by itself)
  let procedural: (readonly [number, number])[] | null = null;
  for (const m of eachMatch(WORD, text)) {
    // (a letter of the class beside it, by the table: no entry before the text's start or past its end, where the code is NaN)
    // (and neither read where there is no character: a read past a string's end, or past the table's, costs the function its
    // optimised code)
    const end = m.index + m[0].length;
    if ((m.index > 0 && isLetterCode(text.charCodeAt(m.index - 1))) || (end < text.length && isLetterCode(text.charCodeAt(end)))) continue;
    procedural ??= answersOrProcedure && MAY_PROCEDURE.test(text) && MAY_PROCEDURAL.test(text) ? allMatches(PROCEDURAL_ALL, text).map((p) => [p.index, p.index + p[0].length] as const) : [];
    if (procedural.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const outcome = CLASS.get(m[0].toLowerCase().replace(/\s+/gu, ' '))!;
    const object = text.slice(m.index, m.index + m[0].length + OBJECT_CHARS);
    // (adopted reads a member's `yrkande`, which its pattern spells so: looked for before it is asked)
    const motion = outcome === 'approved' && object.includes('yrkande') ? adopted(object, motions) : null;
    if (motion) {
      best = { at: m.index, outcome: motion };
      break;
    }
    // `avslå återremissyrkandet`: the object is a procedural motion, not the § itself
    if (namesProcedure(object.slice(0, m[0].length + 40))) continue;
    best = { at: m.index, outcome };
    break;
  }
  for (const m of MAY_FOLLOW.test(text) ? eachMatch(AS_PROPOSED, text) : []) {
    if (best && best.at < m.index) break;
    const noun = m[1]!.toLowerCase();
    const kind: Outcome = noun.startsWith('avslag') ? 'rejected' : noun.startsWith('återremiss') ? 'referred-back' : noun.startsWith('bordlägg') ? 'tabled' : 'approved';
    // `beslutar enligt Anna Eks (V) yrkande`: what Anna Ek moved
    best = { at: m.index, outcome: kind === 'approved' && noun.endsWith('yrkande') ? (adopted(m[0], motions) ?? kind) : kind };
    break;
  }
  // `beslutar att föreslå fullmäktige att avslå motionen`: this meeting adopted a proposal
  if (best && proposal && proposal.index < best.at) return 'approved';
  return best?.outcome ?? null;
}

// `… proposition på Linnea Strands (L) tilläggsyrkande och finner att det avslås`: the
// finding speaks of what the sentence named before it
const BACK_REFERENCE = new RegExp(`^\\s*(?:${alternation(PROCESS.backReferences)})${B}`, 'iu');

/** The outcome of a sentence: after the chair's finding when it has one; `undefined` when it states none of the § itself. */
function classifySentence(text: string, motions: readonly Motion[]): Outcome | null | undefined {
  const finding = MAY_FIND.test(text) ? FINDING.exec(text) : null;
  if (!finding) return classify(text, motions);
  const after = text.slice(finding.index + finding[0].length);
  // a finding on a procedural question says nothing of the § itself
  if (BACK_REFERENCE.test(after) && namesProcedure(text.slice(0, finding.index))) return undefined;
  const o = classify(after, motions);
  return o === null && namesProcedure(after) ? undefined : o;
}

/**
 * Outcomes stated by the body's sentences. In a decision, `Beslutsgång` or `Omröstning`
 * part any sentence may state it; elsewhere (the case's prose) only a finding, a decision
 * written mid-sentence (`Med 8 ja-röster … beslutar kommunstyrelsen att …`) or a § speaking
 * of itself in the present (`Ärendet bordläggs.`) does: `Ansökan avslogs på förra mötet`
 * reports another meeting.
 */
/** What the body's sentences state of the outcome, whatever the decisions are. */
export interface Stated {
  outcomes: Outcome[];
  decided: boolean;
}
export function statedInBody(parts: readonly Part[], motions: readonly Motion[]): Stated {
  const outcomes: Outcome[] = [];
  let decided = false;
  for (const part of parts) {
    // motions, reservations, notes and statements are what members said, not what the meeting did
    // (clauses under a decision heading are the decisions, read already)
    if (!OUTCOME_SECTIONS.has(part.section) || part.role === 'proposal-clause' || part.role === 'decision-clause') continue;
    const process = part.section !== null;
    // in the case's prose only a finding, a decision, or a short paragraph where the §
    // speaks of itself (`Ärendet bordläggs.`) can state the outcome: test for those words
    if (process ? !HINT.test(part.text) : !(part.text.length <= SHORT_STATEMENT ? MAY_FIND_DECIDE_OR_STATE : MAY_FIND_OR_DECIDE).test(part.text)) continue;
    for (const s of sentencesOfPart(part)) {
      if (!HINT.test(s.text)) continue;
      // plain tests first: the Unicode patterns run only where their words stand
      const finding = MAY_FIND.test(s.text) && FINDING.test(s.text);
      const decides = finding || !MAY_DECIDE.test(s.text) ? null : DECIDE.exec(s.text);
      // outside the process headings only a finding, a decision or the § speaking of itself counts
      if (!finding && !decides && !(process || (part.text.length <= SHORT_STATEMENT && ((MAY_SPEAK_OF_ITSELF.test(s.text) && speaksOfItself(s.text)) || ORGAN_ACTS.test(s.text))))) continue;
      // a motion, what a vote's yes and no stand for (`NEJ-förslag: … återremiss`) or a
      // sentence that only proposes states no outcome of this meeting
      if (
        (MAY_MOVE_OR_TAKE_SIDES.test(s.text) && ((MAY_MOVE.test(s.text) && MOTION.test(s.text)) || (MAY_TAKE_SIDES.test(s.text) && SIDES.test(s.text)))) ||
        reportsOtherMeeting(s.text) ||
        (!finding && !decides && MAY_PROPOSE.test(s.text) && PROPOSAL.test(s.text))
      ) {
        continue;
      }
      const o = decides ? classify(s.text.slice(decides.index + decides[0].length), motions) : classifySentence(s.text, motions);
      if (o) outcomes.push(o);
      // `Kommunstyrelsen beslutar att ge …`: this meeting decided, in the present (a past
      // `beslutade` in the case's prose may be anyone's)
      else if (o === null && decides && (process || PRESENT_DECISION.test(decides[0])) && !PROPOSAL.test(s.text.slice(decides.index))) decided = true;
    }
  }
  return { outcomes, decided };
}

/**
 * The lines of decided clauses that a line above them in their paragraph puts as a proposal
 * to another organ (`Kommunstyrelsen föreslår kommunfullmäktige besluta` / `att avslå motionen`).
 */
function linesUnderProposal(parts: readonly Part[]): Set<number> {
  const out = new Set<number>();
  for (const p of parts) {
    const { text, starts } = p.paragraph;
    if (p.role !== 'decision-clause' || starts.length < 2 || !MAY_PROPOSE.test(text)) continue;
    for (let k = 1; k < starts.length; k++) if (PROPOSAL.test(text.slice(0, starts[k]!.offset))) out.add(starts[k]!.line);
  }
  return out;
}

// the words of a settled outcome (withdrawn, referred back, tabled), and the nouns AS_PROPOSED reads as one (`enligt
// återremissyrkandet`, `… bordläggningsförslaget`): every settled outcome a text states stands on one of them
const MAY_SETTLE = hintOf([...OUTCOMES.filter(([o]) => SETTLED.has(o)).flatMap(([, words]) => words), 'återremiss', 'bordlägg']);
/** Some text the body's outcomes are read from (its parts, the motions adopted ones name) may state a settled outcome. */
function maySettle(parts: readonly Part[], motions: readonly Motion[]): boolean {
  for (const p of parts) if (MAY_SETTLE.test(p.text)) return true;
  for (const m of motions) if (MAY_SETTLE.test(m.text)) return true;
  return false;
}

/**
 * `aboutAgenda`: the § sets the agenda (`Godkännande av dagordningen`): the points it takes off or puts off are other points.
 * `body`: what the body states (statedInBody), when the caller kept it from an earlier reading; or the means to read it,
 * asked only where it may change the answer.
 */
export function findOutcome(
  parts: readonly Part[], decisions: readonly Decision[], motions: readonly Motion[] = [], aboutAgenda = false, body: Stated | (() => Stated) = () => statedInBody(parts, motions),
): Outcome | null {
  const found: Outcome[] = [];
  let decided = false;
  // the decisions reader kept to this meeting's decisions; one standing among the motions
  // (`Eva Sund (S): Motionen avslås.` under `Yrkanden`) is what a member moved
  const spoken = new Set<number>();
  if (decisions.length) for (const p of parts) if (!OUTCOME_SECTIONS.has(p.section) && p.section !== 'description') for (const s of p.paragraph.starts) spoken.add(s.line);
  let proposing = false;
  const proposed = linesUnderProposal(parts);
  for (const d of decisions) {
    if (spoken.has(d.line)) continue;
    // `Kommunstyrelsen föreslår kommunfullmäktige besluta` / `att avslå motionen`: this meeting adopted the proposal
    if (proposed.has(d.line)) {
      decided = true;
      found.push('approved');
      continue;
    }
    // `Kommunstyrelsen föreslår kommunfullmäktige besluta` / `att avslå motionen`: the
    // clauses under a proposal to another organ are that organ's question, not this one's
    if (proposing && OPENS_LOWER.test(d.text)) continue;
    proposing = MAY_PROPOSE.test(d.text) && PROPOSAL.test(d.text);
    const o = proposing ? 'approved' : classifySentence(d.text, motions);
    if (o === undefined) continue;
    decided = true;
    if (o) found.push(o);
  }
  // (a decision stated an outcome, none settled, and no text of the body says a settled one's words: the body's outcomes
  // come after the decisions' and only a settled one would win over the first, so the answer is that first one, and the
  // body's sentences are not read, as most items' are not)
  let settledByDecision = false;
  for (const o of found) settledByDecision ||= SETTLED.has(o);
  if (found.length > 0 && !settledByDecision && typeof body === 'function' && !maySettle(parts, motions)) return found[0]!;
  const stated = typeof body === 'function' ? body() : body;
  found.push(...stated.outcomes);
  decided ||= stated.decided;
  // (`att punkt 5 utgår och att i övrigt fastställa dagordningen`: what the agenda § settles is other points')
  // (the first settled outcome by a loop: a search with a callback was asked of every item)
  let settled: Outcome | undefined;
  for (const o of found) if (settled === undefined && SETTLED.has(o)) settled = o;
  if (aboutAgenda && settled !== undefined) return found.find((o) => !SETTLED.has(o)) ?? 'approved';
  if (settled) return settled;
  if (found.length) return found[0]!;
  // a decision without an outcome word (`ger förvaltningen i uppdrag …`): the meeting decided
  return decided ? 'approved' : null;
}
