// What the meeting decided (SCHEMA.md, Decision): `X beslutar att …`, `Beslut: …`, each
// clause under a `Styrelsen beslutar att` heading, `X godkänner/godkände/fastställer …`,
// `… godkänns`, `Läggs till handlingarna`, elections (`X väljs till justerare`). One
// decision per paragraph. A proposal (`föreslår`, `Förslag till beslut:`) is none, and
// neither is a report of what was decided elsewhere (`Årsredovisningen är fastställd`,
// `Nationella rådet beslutat att …`).
import { BODIES, DECISION } from '../../lexicon/sv.js';
import type { Decision } from '../../schema/result.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { sentences, type Sentence } from './sentences.js';

const W = (words: readonly string[]): string => `(?:${alternation(words)})`;
/** Words as they open a sentence: `Styrelsen` as well as `styrelsen`. */
const capitalised = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
const B = '(?![\\p{L}])';
const A = '(?<![\\p{L}])';
const SUBJECTS = [...BODIES.flatMap((b) => b.forms), 'mötet', 'sammanträdet', 'medlemmarna', 'samrådet', 'ledamöterna', 'ägarna', 'utskottet', 'nämnden', 'vi'];
// the subject opening a sentence: an organ, or any capitalised word(s) before `beslutar`
// (no `i` flag on these: with it, \p{Lu} would match lower-case letters too)
const SUBJECT = `(${W(capitalised(SUBJECTS.filter((w) => w !== 'au')))}|AU)${B}`;
const NAMED = '(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})';
const DECIDE_HEADING = new RegExp(`^(?:${SUBJECT}|${NAMED})\\s+${W(DECISION.decideVerbs)}${B}\\s*(?:att|följande)?\\s*:?$`, 'u');
const DECIDE = new RegExp(`^(?:${SUBJECT}|${NAMED})\\s+(?:[\\p{L},-]+\\s+){0,3}?${W(DECISION.decideVerbs)}${B}.*?(?:${A}att${B}|:)`, 'u');
const APPROVE = new RegExp(`^${SUBJECT}(?:\\s+[^.!?]{0,80}?)?\\s${W(DECISION.approveVerbs)}${B}(.*)$`, 'u');
const PASSIVE = new RegExp(`(?<![\\p{L}])(?:${W(DECISION.passive)}|läggs\\s+(?:\\p{L}+\\s+){0,3}?(?:till\\s+)?handlingarna)${B}`, 'iu');
const ELECTION = new RegExp(`(?<![\\p{L}])${W(DECISION.elections)}\\s+(?:till|som${B}|att\\s+(?:\\p{L}+\\s+){0,4}?justera)`, 'iu');
const LABEL = new RegExp(`^${W(DECISION.labels)}\\s*:\\s*(.+)$`, 'isu');
const PROPOSAL = new RegExp(`(?<![\\p{L}])${W(DECISION.proposalMarkers)}${B}`, 'iu');
const NEEDS_OBJECT = new Map(Object.entries(DECISION.approveVerbsNeedingObject));

interface Match {
  by: string | null;
}

/** The organ or person that decides in a sentence, if it is a decision. */
function decides(s: Sentence): Match | null {
  const text = s.text.replace(/^[•\-–*]\s*/, '');
  if (PROPOSAL.test(text)) return null;
  const d = DECIDE.exec(text);
  if (d) return { by: d[1] ?? d[2] ?? null };
  const a = APPROVE.exec(text);
  if (a) {
    const verb = new RegExp(`${W(DECISION.approveVerbs)}${B}`, 'iu').exec(text)![0].toLowerCase();
    const needs = NEEDS_OBJECT.get(verb);
    if (needs === undefined || needs === '' || text.toLowerCase().includes(needs)) return { by: a[1]! };
  }
  if (PASSIVE.test(text) || ELECTION.test(text)) return { by: null };
  return null;
}

export const isDecisionHeading = (text: string): RegExpExecArray | null => DECIDE_HEADING.exec(text.trim());

/** Decisions of one item body, given as paragraphs. */
export function findDecisions(paragraphs: readonly Paragraph[]): Decision[] {
  const out: Decision[] = [];
  let headingBy: string | null | undefined;
  for (const p of paragraphs) {
    const heading = isDecisionHeading(p.text);
    if (heading) {
      headingBy = heading[1] ?? heading[2] ?? null;
      continue;
    }
    if (headingBy !== undefined) {
      // every clause under the heading, bullets each on their own
      for (const s of p.text.split('\n')) {
        const text = s.replace(/^[•\-–*]\s*/, '').trim();
        if (text) out.push({ text, by: headingBy, line: lineAt(p, p.text.indexOf(s)) });
      }
      continue;
    }
    const label = LABEL.exec(p.text);
    if (label) {
      const first = sentences(label[1]!)[0];
      const by = first ? (decides(first)?.by ?? null) : null;
      out.push({ text: label[1]!.trim(), by, line: p.line });
      continue;
    }
    for (const s of sentences(p.text)) {
      const m = decides(s);
      if (m) {
        out.push({ text: p.text.slice(s.offset).trim(), by: m.by, line: lineAt(p, s.offset) });
        break;
      }
    }
  }
  return out;
}
