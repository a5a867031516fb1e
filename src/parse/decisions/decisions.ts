// What the meeting decided (SCHEMA.md, Decision): `X beslutar att …`, `Beslut: …`, each
// clause under a `Styrelsen beslutar att` or `Beslut` heading, `X godkänner/godkände/
// fastställer …`, `… godkänns`, `Läggs till handlingarna`, elections (`X väljs till
// justerare`). One decision per paragraph. A proposal (`föreslår`, clauses under
// `Förslag till beslut`) is none, and neither is a report of a decision made elsewhere
// (`Årsredovisningen är fastställd`, `Nationella rådet beslutat att …`, `Styrelsen
// beslutade på förra mötet …`).
import { BODIES, DECISION, ORGAN_NOUNS } from '../../lexicon/sv.js';
import type { Decision } from '../../schema/result.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { hintOf } from '../../text/hint.js';
import { GENITIVE_NAME, alternation, capitalise, sentenceCaseOpening, trimEndOf } from '../../text/patterns.js';
import { findBody } from '../meeting/organisation.js';
import { withoutDistribution } from './distribution.js';
import { MAY_BE_NOTED, isNoteToMinutes, notedPassively, notesItem } from './noting.js';
import { initials, opensWith } from './plain.js';
import { isRemark, withoutRemarks } from './remarks.js';
import { clauses, decisionHeading, isListPart, readParagraphs, type Clause, type ReadParagraph } from './roles.js';
import { sentences, sentencesOf, type Sentence } from './sentences.js';

const W = (words: readonly string[]): string => `(?:${alternation(words)})`;
/** Words as they open a sentence: `Styrelsen` as well as `styrelsen`. */
const capitalised = (words: readonly string[]): string[] => words.flatMap((w) => [w, capitalise(w)]);
const B = '(?![\\p{L}])';
const A = '(?<![\\p{L}])';
const SUBJECTS = [...BODIES.flatMap((b) => b.forms), 'mötet', 'sammanträdet', 'medlemmarna', 'samrådet', 'ledamöterna', 'ägarna', 'utskottet', 'nämnden', 'vi'];
// the subject opening a sentence: an organ, or capitalised word(s) before `beslutar`
// (no `i` flag on these: with it, \p{Lu} would match lower-case letters too)
const SUBJECT = `(${W(capitalised(SUBJECTS.filter((w) => w !== 'au')))}|AU)${B}`;
// (`Vård- och omsorgsnämnden`, `Barn- och utbildningsnämnden`: a compound shared over `och`)
const NAMED = '(\\p{Lu}\\p{L}*-\\s+och\\s+\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})';
const DECIDE = new RegExp(`^(?:${SUBJECT}|${NAMED})\\s+(?:[\\p{L},-]+\\s+){0,3}?${W(DECISION.decideVerbs)}${B}`, 'u');
// `Gruppen enades om att …`, `Vi kom överens om att …`: an agreement, as notes write a decision
const AGREE = new RegExp(`^(?:${SUBJECT}|${NAMED})\\s+(?:[\\p{L},-]+\\s+){0,3}?${W(DECISION.agreeVerbs)}\\s+att${B}`, 'u');
const MAY_AGREE = /överens|enade|enas /;
const DECIDED = new RegExp(`${A}${W(DECISION.decidedPassive)}\\s+att${B}`, 'iu');
const APPROVE = new RegExp(`^${SUBJECT}(?:\\s+[^.!?]{0,80}?)?\\s${W(DECISION.approveVerbs)}${B}`, 'u');
const PASSIVE = new RegExp(`${A}(?:${W(DECISION.passive)}|läggs\\s+(?:\\p{L}+\\s+){0,3}?(?:till\\s+)?handlingarna)${B}`, 'iu');
const ELECTION = new RegExp(`${A}${W(DECISION.elections)}\\s+(?:till|som${B}|att\\s+(?:\\p{L}+\\s+){0,4}?justera)`, 'iu');
// `Till att justera dagens protokoll valdes Bo Nilsson`, `Till justerare utsågs …`
const ELECTED_TO = new RegExp(`^(?:till\\s+|att\\s+)(?:att\\s+)?(?:\\p{L}+\\s+){0,3}?(?:justera|${alternation(DECISION.adjusterTitles)}|${alternation(DECISION.meetingOffices)}|${alternation(DECISION.electedOffices)})${B}[^.!?]{0,80}?${A}${W(DECISION.elections)}${B}`, 'iu');
// organs outside this meeting: `Kommunstyrelsen`, `Regionfullmäktige`, `Nationella rådet`, `Försäkringskassan`
const OTHER_ORGAN = new RegExp(`(?:${alternation(DECISION.otherOrgans)})$`, 'iu');
// `Beslut: …`, `Styrelsens beslut: …`
// `Beslut att välja …` (no colon): the label and its `att`
// `BESLUT: …`: the label in capitals, as older templates print it
const LABEL = new RegExp(`^(?:${GENITIVE_NAME}\\s+)?(?:[Bb]eslut(?:\\s*:|\\s+att\\s+(?=\\p{Ll}))|BESLUT\\s*:)`, 'u');
// (most paragraphs and sentences do not say `eslut` at all)
const labelOf = (text: string): RegExpExecArray | null => (text.includes('eslut') || text.includes('ESLUT') ? LABEL.exec(text) : null);
const PROPOSAL = new RegExp(`${A}${W(DECISION.proposalMarkers)}${B}`, 'iu');
const EARLIER = new RegExp(`${A}(?:på|vid|under)\\s+(?:sitt\\s+|dess\\s+)?${W(DECISION.earlierMeeting)}\\s+(?:\\p{L}+\\s+)?(?:möte|mötet|sammanträde|sammanträdet|styrelsemöte|styrelsemötet)${B}`, 'iu');
const NOT_SUBJECT = new Set<string>(DECISION.notSubjects);
const APPROVE_VERB = new RegExp(`${W(DECISION.approveVerbs)}${B}`, 'iu');
const NEEDS_OBJECT = new Map(Object.entries(DECISION.approveVerbsNeedingObject));
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test runs several times faster
const HINT = /överens|enade|enas |besl|godk|fastst|anta|anto|bevilj|bifall|tillstyrk|avsl|utse|utsåg|välj|vald|lägg|lade|uppdr|ger |gav |noter|anteckn|del av|handlingarna|protokollet|bakom/i;
// the same for each costly pattern: its phrases, plain
const MAY_PROPOSE = hintOf(DECISION.proposalMarkers);
const MAY_BE_EARLIER = hintOf(DECISION.earlierMeeting);
const MAY_BE_DECIDED = hintOf(DECISION.decidedPassive);
const MAY_BE_PASSIVE = hintOf([...DECISION.passive, 'läggs']);
const MAY_ELECT = hintOf(DECISION.elections);
// the verbs of the two patterns without `i`, as they are written there: the subject's
// alternatives are tried only where a verb stands
const HAS_DECIDE_VERB = new RegExp(alternation(DECISION.decideVerbs));
const HAS_APPROVE_VERB = new RegExp(alternation(DECISION.approveVerbs));
// all of those tests as two, one for each case: most sentences past the stems say none of
// their words, and a pattern of many words costs little more than one of a few (it tries its
// words at every place either way); past these, only the tests of the case that matched run
// `Kansliet får i uppdrag att …`: a task given, which decides where nothing else in the item does
const COMMISSION = new RegExp(`${A}${W(DECISION.commissions)}${B}`, 'iu');
const MAY_COMMISSION = hintOf(DECISION.commissions);
const MAY_ANY_PLAIN = new RegExp([MAY_PROPOSE, MAY_BE_EARLIER, MAY_BE_DECIDED, MAY_BE_PASSIVE, MAY_BE_NOTED, MAY_ELECT, MAY_COMMISSION].map((re) => re.source).join('|'), 'i');
const MAY_ANY_CASED = new RegExp([HAS_DECIDE_VERB, MAY_AGREE, HAS_APPROVE_VERB].map((re) => re.source).join('|'));

// `Socialnämnden godkänner …`, `Barn- och utbildningsnämnden antar …`: an organ named before the verb
const ORGAN_APPROVES = new RegExp(
  `^(\\p{Lu}\\p{L}*-\\s+och\\s+\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?)\\s+(${alternation(DECISION.approveVerbs)})${B}`,
  'u',
);
// `Tekniska nämnden beslutar …`: an organ named with its adjective before the verb of deciding
const ORGAN_DECIDES = new RegExp(`^(\\p{Lu}\\p{L}*-\\s+och\\s+\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}-]*\\s+\\p{Ll}[\\p{L}-]*)\\s+${W(DECISION.decideVerbs)}${B}`, 'u');
const MAY_NAME_ORGAN = hintOf(ORGAN_NOUNS);
const PROCEDURE_OBJECT = new RegExp(`${A}${W(DECISION.procedureObjects)}${B}`, 'iu');
const MAY_NAME_PROCEDURE = hintOf(DECISION.procedureObjects);
// `Med 9 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att …`, `Därmed beslutar nämnden att …`: an
// opening adverbial, the verb, then its subject in lower case (`barn- och utbildningsnämnden`, `tekniska nämnden`)
const INVERTED = new RegExp(
  `^${W(capitalised(DECISION.invertedOpeners))}${B}[^.!?]{0,200}?\\s${W(DECISION.decideVerbs)}\\s+((?:\\p{Ll}[\\p{L}]*-\\s+och\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?\\p{Ll}[\\p{L}-]*)(?:\\s*,[^,]{1,120},)?\\s+att${B}`,
  'u',
);
const MAY_INVERT = opensWith(initials(DECISION.invertedOpeners), 'iu');
const LOWER_SUBJECTS = new Set<string>(SUBJECTS);
const OPENER_WORDS = new Set<string>(DECISION.invertedOpeners.filter((o) => !o.includes(' ')));
// a bullet before a sentence is read off; most open with a letter (a look at the first character)
const MAY_BE_BULLETED = opensWith(['•', '-', '–', '*']);

/**
 * The organ whose minutes these are, named by its own name (`Socialnämnden` in the
 * minutes of the socialnämnd) or by its head noun alone (`Nämnden`, `Direktionen`):
 * its decisions are this meeting's, where another organ's are reported.
 */
function isOwnOrgan(subject: string, own: string | null): boolean {
  if (own === null || !MAY_NAME_ORGAN.test(subject)) return false;
  const found = findBody(subject);
  return found !== null && found.index === 0 && (found.body === own || own.endsWith(found.body));
}

/** An organ other than the one that meets (known) recommends. */
function recommendsElsewhere(recommender: string, own: string | null): boolean {
  return own !== null && !isOwnOrgan(recommender, own) && findBody(recommender)?.index === 0;
}

/** The subject after the verb (`… beslutar kommunstyrelsen att`) is the meeting's organ, or an organ or a meeting (`styrelsen`, `mötet`) not another's. */
function decidesInverted(subject: string, own: string | null): boolean {
  if (isOwnOrgan(subject, own)) return true;
  if (OTHER_ORGAN.test(subject)) return false;
  return LOWER_SUBJECTS.has(subject) || findBody(subject)?.index === 0;
}

/** `styrelsen enhälligt` → `styrelsen`: a subject word of the lexicon alone, else the organ's name as matched. */
const subjectOf = (subject: string): string => {
  const first = subject.split(' ')[0]!;
  return LOWER_SUBJECTS.has(first) ? first : subject;
};

/** Who decides; `weak`: a task given (`Kansliet får i uppdrag att …`), a decision only where the item states none other. */
interface Deciding {
  by: string | null;
  weak?: boolean;
}

/** Who decides in a sentence, if it states a decision of this meeting (`own`: the organ that meets). */
function decides(s: Sentence, own: string | null = null): Deciding | null {
  // every way of deciding uses one of these stems; most sentences use none
  if (!HINT.test(s.text)) return null;
  // `Kommunstyrelsen godkänner följande propositionsordning`: how the meeting will decide, no decision on the case
  if (MAY_NAME_PROCEDURE.test(s.text) && PROCEDURE_OBJECT.test(s.text)) return null;
  const text = sentenceCaseOpening(MAY_BE_BULLETED(s.text) ? s.text.replace(/^[•\-–*]\s*/u, '') : s.text);
  // `Antecknas till protokollet att …`: the secretary's note, no decision
  if (isNoteToMinutes(text)) return null;
  const plain = MAY_ANY_PLAIN.test(text);
  const cased = MAY_ANY_CASED.test(text);
  if (!plain && !cased) return null;
  if (plain && ((MAY_PROPOSE.test(text) && PROPOSAL.test(text)) || (MAY_BE_EARLIER.test(text) && EARLIER.test(text)))) return null;
  // `Därmed beslutar nämnden att …`: the subject after the verb (where another organ's, no decision of this meeting)
  const inverted = cased && MAY_INVERT(text) && HAS_DECIDE_VERB.test(text) ? INVERTED.exec(text) : null;
  if (inverted) return decidesInverted(inverted[1]!, own) ? { by: capitalise(subjectOf(inverted[1]!)) } : null;
  const d = cased && HAS_DECIDE_VERB.test(text) ? DECIDE.exec(text) : null;
  const od = d && own !== null ? ORGAN_DECIDES.exec(text) : null;
  if (od && isOwnOrgan(od[1]!, own)) return { by: od[1]! };
  if (d) {
    const subject = d[1] ?? d[2]!;
    if (isOwnOrgan(subject, own)) return { by: subject };
    if (OTHER_ORGAN.test(subject)) return null;
    const first = subject.split(/\s+/)[0]!.toLowerCase();
    // (`Därmed beslutar …` read so far: an adverbial, no subject)
    if (OPENER_WORDS.has(first)) return { by: null };
    if (!NOT_SUBJECT.has(first)) return { by: subject };
  }
  const g = cased && MAY_AGREE.test(text) ? AGREE.exec(text) : null;
  if (g) {
    const subject = g[1] ?? g[2]!;
    if (!OTHER_ORGAN.test(subject) && !NOT_SUBJECT.has(subject.split(/\s+/)[0]!.toLowerCase())) return { by: subject };
  }
  const approves = cased && HAS_APPROVE_VERB.test(text);
  const a = approves ? APPROVE.exec(text) : null;
  if (a) {
    const v = APPROVE_VERB.exec(text)!;
    const verb = v[0].toLowerCase();
    const needs = NEEDS_OBJECT.get(verb);
    if ((needs === undefined || needs === '' || text.toLowerCase().includes(needs)) && notesItem(verb, text.slice(v.index + v[0].length))) return { by: a[1]! };
  }
  const o = approves && own !== null ? ORGAN_APPROVES.exec(text) : null;
  if (o && isOwnOrgan(o[1]!, own)) {
    const verb = o[2]!.toLowerCase();
    const needs = NEEDS_OBJECT.get(verb);
    if ((needs === undefined || needs === '' || text.toLowerCase().includes(needs)) && notesItem(verb, text.slice(o[0].length))) return { by: o[1]! };
  }
  if (
    plain &&
    ((MAY_BE_DECIDED.test(text) && DECIDED.test(text)) ||
      (MAY_BE_PASSIVE.test(text) && PASSIVE.test(text)) ||
      notedPassively(text) ||
      (MAY_ELECT.test(text) && (ELECTION.test(text) || ELECTED_TO.test(text))))
  ) {
    return { by: null };
  }
  if (plain && MAY_COMMISSION.test(text) && COMMISSION.test(text)) return { by: null, weak: true };
  return null;
}


// `Bo Ek Eva Ås`, `Anna-Lena Öst (S)`: capitalised words, a party's bracket at most
const NAMES_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}{1,3}\)))+$/u;

/** Decisions of one item body, given as paragraphs. */
// longest first: `samt att` before `samt`
const CLAUSE_JOINS = [...DECISION.clauseJoins].sort((a, b) => b.length - a.length).map((j) => ` ${j}`);
/** `bifalla motionen, samt` → `bifalla motionen,`: the word that joins the next clause dropped. */
const withoutJoin = (text: string): string => {
  const j = CLAUSE_JOINS.find((w) => text.endsWith(w));
  return j ? text.slice(0, -j.length) : text;
};
// `Styrelsen föreslår medlemmarna besluta`, `Kommunstyrelsen föreslår kommunfullmäktige att besluta:`:
// the line that opens a recommendation's clauses, itself none
const RECOMMEND_INTRO = new RegExp(
  `^(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})\\s+(?:${alternation(DECISION.proposalMarkers.filter((m) => !m.includes(' ')))})\\s+(?:\\p{L}[\\p{L}-]*\\s+){1,3}?(?:att\\s+)?besluta(?:\\s+(?:att|(?:enligt\\s+)?följande))?\\s*:?$`,
  'u',
);
/**
 * A clause that only opens the clauses after it (`Styrelsen beslutar enligt följande:` /
 * `att anta planen,` / `att …`; `Styrelsen föreslår medlemmarna besluta` / `att …`): who
 * decides, or undefined where the clause says something itself.
 */
function opensClauses(text: string, next: Clause | undefined): { by: string | null } | undefined {
  if (next === undefined || !(next.bullet || /^att\s/u.test(next.text)) || /^att\s/u.test(text)) return undefined;
  const heading = decisionHeading(text);
  if (heading) return { by: heading.by };
  const r = text.includes('esluta') ? RECOMMEND_INTRO.exec(text) : null;
  return r ? { by: r[1]! } : undefined;
}

/** `read`: the paragraphs' reading, when the caller has it already. */
export function findDecisions(paragraphs: readonly Paragraph[], own: string | null = null, read: readonly ReadParagraph[] = readParagraphs(paragraphs)): Decision[] {
  const out: Decision[] = [];
  const weak = new Set<Decision>();
  // a clause that announces a list (`… utses:`) takes the lists under it; a run of lists
  // (`Ordinarie` / `(C) Ewa Engdahl (KD) …`) is one decision of its own
  let open: Decision | null = null;
  let inList = false;
  // the last decision opened with `att`
  let afterClause = false;
  // where the item has a decision heading, its clauses are the decisions: a sentence of the
  // background (`Detaljplanen antas av byggnadsnämnden …`) is none
  const headed = read.some((r) => r.role === 'decision-heading');
  for (const { paragraph: p, role, by, earlier, motions, recommender } of read) {
    if (earlier) continue;
    // `Beslut` / `Arbetsutskottet föreslår kommunstyrelsen att …` in the minutes of the kommunstyrelse: another
    // organ's recommendation quoted under the heading, the item's proposal but no decision of this meeting
    if (role === 'decision-clause' && recommender !== undefined && recommendsElsewhere(recommender, own)) {
      open = null;
      continue;
    }
    if (role !== 'decision-clause') {
      open = null;
      inList = false;
      afterClause = false;
    }
    if (role === 'decision-clause') {
      const cs = clauses(p);
      let introBy: string | null = null;
      for (const [j, c] of cs.entries()) {
        const intro = opensClauses(c.text, cs[j + 1]);
        if (intro) {
          introBy = intro.by;
          continue;
        }
        // `att fastställa …,` under `Styrelsen beslutar` is the clause `fastställa …`
        // `att bifalla motionen, samt` / `att …`: the word that joins the next clause is no part of this one
        const text = trimEndOf(withoutJoin(trimEndOf(withoutRemarks(withoutDistribution(c.text.replace(/^att\s+/u, ''))), ',;')), ',;');
        // a stray `;` under the heading is no clause, nor a remark on how it was decided, nor the secretary's note
        if (text === '' || isRemark(text) || isNoteToMinutes(text)) continue;
        // `Kommunfullmäktige fastställer avgifter:` / `− Taxa A …` / `− Taxa B …`: the clause and its list
        if (open && ((isListPart(text) && (open.text.endsWith(':') || inList)) || (c.bullet && (open.text.endsWith(':') || inList)))) {
          open.text += `\n${text}`;
          inList = true;
          continue;
        }
        // `att godkänna ramen, se specifikation nedan.` / `Utökningen består av:` / `• Löner …`: a line that
        // only announces the list under an `att` clause goes on with that clause
        if (open && afterClause && text.endsWith(':') && !c.bullet && !/^att\s/iu.test(c.text) && !decides({ text: c.text, offset: 0 }, own)) {
          open.text += `\n${text}`;
          inList = true;
          continue;
        }
        // `Mötet avslutas.` / `Bo Ek   Eva Ås`: capitalised names alone after a decision that ended, the signers of a page
        // whose `Justerandes signatur` went as page furniture (a list a decision announces ends in a colon)
        if (open && !inList && !c.bullet && /[.!]$/u.test(open.text) && NAMES_ONLY.test(text)) continue;
        afterClause = /^att\s/iu.test(c.text);
        open = { text, by: by ?? introBy ?? decides({ text: c.text, offset: 0 }, own)?.by ?? null, line: c.line };
        // `Till utskott utses: Ordinarie (C) Eva Ek …` ends in its list: a list after a blank line goes on with it
        const colon = text.lastIndexOf(':');
        inList = isListPart(text) || (colon > 0 && colon < text.length - 1 && isListPart(text.slice(colon + 1).trim()));
        out.push(open);
      }
      continue;
    }
    if (role !== 'body' || headed) continue;
    const label = labelOf(p.text);
    if (label) {
      const rest = p.text.slice(label[0].length).trim();
      const first = sentences(rest)[0];
      const by = label[1] ? label[1].slice(0, -1) : first ? (decides(first, own)?.by ?? null) : null;
      if (rest) pushSplit(out, p, label[0].length, { by }, own, weak);
      continue;
    }
    // where the stems first stand: a sentence wholly before that holds none, so neither decides nor is labelled (`Beslut:` has `besl`)
    const first = p.text.search(HINT);
    if (first < 0) continue;
    const said = sentencesOf(p);
    for (let k = 0; k < said.length; k++) {
      const s = said[k]!;
      if ((said[k + 1]?.offset ?? p.text.length) <= first) continue;
      // `… per augusti. Beslut: Styrelsen godkänner …`: a label inside the paragraph decides too
      // (and one without its colon, in a column of its own: `Beslut      Rapporten läggs till handlingarna.`)
      const labelled = labelOf(s.text) ?? bareLabelOf(s.text, own);
      // `Slutsats: Styrelsen tar del av …`: a conclusion's label, read past (what follows decides by itself)
      const concluded = labelled ? null : conclusionOf(s.text);
      const m = labelled
        ? { by: labelled[1]?.slice(0, -1) ?? decides({ text: s.text.slice(labelled[0].length).trim(), offset: 0 }, own)?.by ?? null }
        : decides(concluded ? { text: s.text.slice(concluded[0].length), offset: 0 } : s, own);
      const from = s.offset + (labelled ? labelled[0].length : concluded ? concluded[0].length : 0);
      const text = p.text.slice(from).trim();
      // a bare `Beslut:` at the end of a paragraph decides nothing; under `Yrkanden`, `Motionen bifalls.` is what a member
      // moves (`Pär Ek, fp: Motionen bifalls.`): there only an organ named decides
      if (m && text !== '' && !(motions === true && m.by === null && !labelled)) {
        pushSplit(out, p, from, m, own, weak);
        break;
      }
    }
  }
  // a task given in the discussion is no decision of its own where the item decides by other words
  return weak.size > 0 && weak.size < out.length ? out.filter((d) => !weak.has(d)) : out;
}

const CONCLUSION = new RegExp(`^(?:${alternation(DECISION.conclusionLabels)})\\s*:\\s*`, 'iu');
const MAY_CONCLUDE = opensWith(initials(DECISION.conclusionLabels), 'iu');
const conclusionOf = (text: string): RegExpExecArray | null => (MAY_CONCLUDE(text) ? CONCLUSION.exec(text) : null);

// `Beslut Rapporten läggs …`, `Styrelsens beslut Planen antas.`: the label without its colon, a capital after it
const BARE_LABEL = new RegExp(`^(?:${GENITIVE_NAME}\\s+)?(?:[Bb]eslut|BESLUT)\\s+(?=\\p{Lu})`, 'u');
/** The label without its colon opening a sentence that decides by what follows it (not `Beslut Kommunfullmäktige 2023-05-12 § 45`). */
function bareLabelOf(text: string, own: string | null): RegExpExecArray | null {
  const m = text.includes('eslut ') || text.includes('ESLUT ') ? BARE_LABEL.exec(text) : null;
  return m && decides({ text: text.slice(m[0].length), offset: 0 }, own) ? m : null;
}

// how much of a line's opening is read to see whether it decides again
const SPLIT_WINDOW = 240;

/**
 * The decision from `from` to the paragraph's end, cut where a line after one that ended a
 * sentence decides again by itself (`Beslut: Informationen noteras.` / `Styrelsen beslutar
 * även att …`): two decisions printed without a blank line between.
 */
function pushSplit(out: Decision[], p: Paragraph, from: number, first: Deciding, own: string | null, weak: Set<Decision>): void {
  let begin = from;
  let who = first;
  const push = (text: string, at: number): void => {
    if (text === '') return;
    const d = { text, by: who.by, line: lineAt(p, at) };
    out.push(d);
    if (who.weak === true) weak.add(d);
  };
  for (let k = 1; k < p.starts.length; k++) {
    const at = p.starts[k]!.offset;
    if (at <= begin) continue;
    if (!/[.!]$/u.test(p.text.slice(p.starts[k - 1]!.offset, at).trimEnd())) continue;
    // (the opening sentence is enough: read at most a window, so a long paragraph costs no more per line)
    const line = sentences(p.text.slice(at, at + SPLIT_WINDOW))[0];
    const next = line && /^\p{Lu}/u.test(line.text) ? decides(line, own) : null;
    if (!next) continue;
    push(withoutRemarks(withoutDistribution(p.text.slice(begin, at).trim())), begin);
    begin = at;
    who = next;
  }
  push(withoutRemarks(withoutDistribution(p.text.slice(begin).trim())), begin);
}
