// The proposal of an item: `Förslag till beslut: …` and the clauses under a `Förslag
// till beslut` heading, `Arbetsutskottet föreslår styrelsen att …`, `Förslag är att …`.
import { ATTACHMENT_WORDS, DECISION, POSITION_WORDS } from '../../lexicon/sv.js';
import type { Decision } from '../../schema/result.js';
import type { Paragraph } from '../../text/line.js';
import { hintOf } from '../../text/hint.js';
import { alternation, capitalise } from '../../text/patterns.js';
import { proposalLabelOf } from '../../text/proposal-label.js';
import { proposalRun, proposalRunText } from './as-proposed.js';
import { LABELLED_LINE, isBodyLabel, isProceedingsLabel } from './headings.js';
import { MEMBER_MOVED, runsOnAt } from './proposal-end.js';
import { recommendsIntro } from './intro.js';
import { asksInDocument } from './document-ask.js';
import { labelOf } from './labels.js';
import { runOnDecision } from './decides.js';
import { AS_PROPOSED, readParagraphs, type ReadParagraph } from './roles.js';
import { sectionOfHeading } from '../process/parts.js';
import { sentencesOf } from './sentences.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const HINT = /förslag|föresl/i;
const MARKER = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.proposalMarkers)})(?![${ANY_LETTER}])`, 'iu');
// (asked of each sentence of a paragraph that says `förslag` anywhere: its phrases plain first, which most sentences lack)
const MAY_MARK = hintOf(DECISION.proposalMarkers);

// `Stadsdirektör Anna Lindqvist` over the clauses of a Finnish `Förslag`: who proposes, no part of it
const PROPOSER = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]*(?:${alternation(POSITION_WORDS)})(?:\\s+[${UPPER_LETTER}][${LOWER_LETTER}-]+){2,3}$`, 'u');
const withoutProposer = (p: Paragraph): string => {
  const second = p.starts[1]?.offset;
  return second !== undefined && PROPOSER.test(p.text.slice(0, second).trim()) ? p.text.slice(second).trim() : p.text;
};

// a short line that ends in a colon: who speaks (`Tekniska chefen:`, `Stadsdirektören:`)
const SPEAKER_LENGTH = 40;
/** Where the text after a speaker's line over the paragraph starts, or 0. */
function speakerLine(p: Paragraph): number {
  const second = p.starts[1]?.offset;
  if (second === undefined || second > SPEAKER_LENGTH) return 0;
  const line = p.text.slice(0, second).trim();
  return line.endsWith(':') && !MARKER.test(line) && OPENS_UPPER.test(line) ? second : 0;
}
/** Where a labelled proposal ends: at a later line that opens with a label of its own (`Behandling:`, `Beslut:`). */
function labelledAfter(p: Paragraph, from: number): number {
  for (const st of p.starts) {
    if (st.offset <= from) continue;
    const line = p.text.slice(st.offset, st.offset + LABEL_WINDOW);
    if (line.includes(':') && (isProceedingsLabel(line) || LABELLED_LINE.test(line) || isBodyLabel(line))) return st.offset;
  }
  return p.text.length;
}
const LABEL_WINDOW = 80;


// `Bilaga 2 Förslag till beslut: att …`: the point's attachment named before its proposal's label (a flattened notice's
// lines run on): no part of what is proposed
// (no `i` flag: with it an upper-case class would take small letters too)
const ATTACHMENT_BEFORE = new RegExp(`^(?:${alternation(ATTACHMENT_WORDS.flatMap((w) => [w, capitalise(w)]))})\\s*(?::\\s*)?\\d{1,2}[a-z]?(?:\\s*(?:,|och|-|–)\\s*\\d{1,2}[a-z]?)*\\s+(?=[${UPPER_LETTER}])`, 'u');
/** The proposal's label, after an attachment's reference before it where there is one. */
function labelAfterAttachment(text: string): { label: RegExpExecArray; at: number } | null {
  const at = MAY_NAME_ATTACHMENT.test(text) ? (ATTACHMENT_BEFORE.exec(text)?.[0].length ?? 0) : 0;
  const label = proposalLabelOf(at > 0 ? text.slice(at) : text);
  return label ? { label, at } : null;
}
const MAY_NAME_ATTACHMENT = /^bil/i;

/** `read`: the paragraphs' reading, when the caller has it already. */
export function findProposal(paragraphs: readonly Paragraph[], read: readonly ReadParagraph[] = readParagraphs(paragraphs)): string | null {
  const found: string[] = [];
  // a proposal was read from its heading or its label: a sentence after it that says someone proposes tells the case's
  // history (`Beskrivning av ärendet` / `Utskottet har berett ärendet och föreslår att …`), no proposal of its own
  let labelledFound = false;
  // `Sammanfattning av ärendet` / `Förslaget är att …`: what the case's description says is proposed tells the case where
  // the § states its decision in full under its own heading or labels a proposal; it is the item's proposal where the §
  // has neither (a notice's point) or decides `enligt förslaget`
  let described = false;
  const told: string[] = [];
  const isClause = (k: number): boolean => read[k] !== undefined && (read[k]!.role === 'proposal-clause' || (read[k]!.role === 'decision-clause' && read[k]!.proposes === true));
  for (const [k, { paragraph: p, role, procedure, earlier }] of read.entries()) {
    if (earlier) continue;
    if (role === 'subheading') {
      described = sectionOfHeading(p.text) === 'description';
      continue;
    }
    if (role !== 'body') described = false;
    if (isClause(k)) {
      // `- Informationen noteras.`, the one line under the heading: its bullet is no part of what is proposed
      const alone = p.starts.length <= 1 && !isClause(k - 1) && !isClause(k + 1);
      const whole = withoutProposer(p);
      const from = p.text.length - whole.length;
      const text = p.text.slice(from, runsOnAt(p, from)).trim();
      found.push(alone ? text.replace(/^[•\-–−*]\s+/u, '') : text);
      labelledFound = true;
      continue;
    }
    if (role !== 'body' || procedure) continue;
    // `KS 88 … FÖRSLAG: Mötet konstateras … beslutfört. Enligt förslag.`: the label in capitals, run on inside the line or
    // opening it, the proposal up to the sentence that decides on it
    const run = proposalRun(p);
    if (run) {
      const text = proposalRunText(p, run);
      if (text) found.push(text);
      labelledFound = true;
      continue;
    }
    // (every label says `örslag`, labelAfterAttachment's own first look, taken before it is asked)
    const labelled = p.text.includes('örslag') ? labelAfterAttachment(p.text) : null;
    if (labelled) {
      // `Förslag: Kommundirektör Anna Ek` / `Kommunstyrelsen antecknar …`: who proposes, on the label's line, is no part of it
      const second = p.starts[1]?.offset;
      const after = labelled.at + labelled.label[0].length;
      const proposer = second !== undefined && PROPOSER.test(p.text.slice(after, second).trim());
      const from = proposer ? second! : after;
      const rest = p.text.slice(from, Math.min(labelledAfter(p, from), runsOnAt(p, from))).trim();
      if (rest) found.push(rest);
      labelledFound = true;
      continue;
    }
    // `Behandling: Ledamoten Jonas Berg föreslog, understödd av …`: the meeting's proceedings under their label, no proposal
    if (!HINT.test(p.text) || isProceedingsLabel(p.text)) continue;
    for (const s of sentencesOf(p)) {
      // `… ny lekplats. Förslag: Nämnden anvisar …`: the label after a sentence, as a flattened page runs it on
      const inner = s.offset > 0 && s.text.includes('örslag') ? proposalLabelOf(s.text) : null;
      if (inner) {
        const rest = s.text.slice(inner[0].length).trim();
        if (rest) found.push(rest);
        continue;
      }
      if (labelledFound || !MAY_MARK.test(s.text) || MEMBER_MOVED.test(s.text)) continue;
      const marker = MARKER.exec(s.text);
      if (!marker || asksInDocument(s.text, marker.index, marker[0].length)) continue;
      const into = described ? told : found;
      // `Tekniska chefen:` / `Nämnden föreslås godkänna …`: who proposes, on a line of its own over it, is no part of it
      const speaker = s.offset === 0 ? speakerLine(p) : 0;
      if (speaker > 0 && speaker < s.text.length) {
        into.push(s.text.slice(speaker).trim());
        continue;
      }
      // `Beslut: Gruppen föreslår styrelsen att …`: a group that prepares a case decides what it proposes; the label is no
      // part of the proposal
      const label = s.text.includes(':') ? labelOf(s.text) : null;
      const from = label && label[0].endsWith(':') ? label[0].length : 0;
      // `Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande. Taxan höjs …`: the opening takes the clauses after it
      if (recommendsIntro(s.text) !== null) {
        into.push(p.text.slice(s.offset + from, runsOnAt(p, s.offset)).trim());
        break;
      }
      // (`… föreslår att styrelsen godkänner budgeten Styrelsen beslutar att …`: the decision a flattened page ran on after it is none of it)
      const decided = s.text.includes('besl') ? runOnDecision(s.text, null) : null;
      into.push(s.text.slice(from, decided && decided.at > from ? decided.at : undefined).trim());
    }
  }
  if (found.length === 0 && told.length > 0 && !labelledFound && !decidesInFull(read)) found.push(...told);
  return found.length ? found.join('\n\n') : null;
}

/** The § decides under its own heading, and no clause of it refers to a proposal (`Nämnden beslutar enligt förslaget`). */
const decidesInFull = (read: readonly ReadParagraph[]): boolean =>
  read.some((r) => r.role === 'decision-heading') && !read.some((r) => r.role === 'decision-clause' && r.paragraph.text.includes('förslag') && AS_PROPOSED.test(r.paragraph.text));

const PAST = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.pastDecisions)})(?![${ANY_LETTER}])`, 'iu');

/**
 * What a notice's point says the meeting decides, where it labels no proposal (`Beslut: Styrelsen
 * godkänner rapporten.`, `Styrelsen beslutar` / `att fastställa …`): the meeting is still to be held,
 * so it is the point's proposal. A decision told in the past is the case's history (`Styrelsen
 * beslutade i mars att …`), none.
 */
export function proposedInNotice(decided: readonly Decision[]): string | null {
  // (joined by a loop: filter() and map() made arrays of one elements kind or another, and each new kind threw the optimised code away)
  let proposed: string | null = null;
  for (const d of decided) if (!PAST.test(d.text)) proposed = proposed === null ? d.text : `${proposed}\n\n${d.text}`;
  return proposed;
}
