// The clauses of a paragraph under a decision heading: split where a line opens with `att`, a
// bullet, a number or a letter, or with a new sentence after a line that ended one.
import { DECISION } from '../../lexicon/sv.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { isHeadingLike } from './case-text.js';
import { clauseAfterIntro, opensClauseList } from './intro.js';
import { LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

export interface Clause {
  text: string;
  line: number;
  /** Written as a bullet (`−`, `•`), not as an `att` clause or a sentence. */
  bullet: boolean;
  /** Opens with a clause's mark (`att`, a bullet, a number or a letter), not as a sentence after another. */
  marked: boolean;
}

// (`a) att godkänna …` / `b) att …`: clauses marked by letters too)
// `Beslutet är enhälligt.`, `Beslutet fattades med acklamation.`: a remark on how the decision was made
const REMARK_LINE = new RegExp(`^(?:${alternation(DECISION.remarks)})\\.?$`, 'iu');
export const CLAUSE_START = /^(?:[•\-–−*]\s*|\d{1,2}[.)]\s|[a-h][.)]\s|att\s)/u;
const CLAUSE_MARK = /^(?:[•\-–−*]\s*|\d{1,2}[.)]\s|[a-h][.)]\s)/u;
// `1 Rapporten godkänns.` / `2 Förbundschefen får …`: clauses numbered without a point, as minutes
// published on the web print them; only where the paragraph opens with the first of them
const BARE_NUMBER = new RegExp(`^\\d{1,2}\\s+(?=[${UPPER_LETTER}])`, 'u');
const FIRST_BARE_NUMBER = new RegExp(`^1\\s+[${UPPER_LETTER}]`, 'u');

/**
 * A list, not a sentence: names, parties and labels with no word of a sentence in it
 * (`(C) Ewa Engdahl (KD) Ingemar Bergquist`, `Ordinarie Ersättare`).
 */
export const isListPart = (text: string): boolean => !/(?<![\p{L}])(?!(?:och|samt|von|af|de|van)(?![\p{L}]))\p{Ll}{3,}/u.test(text) && !/[.!?]$/u.test(text);
// a line of a sentence, not of a list: three words in lower case (`Till ordförande utses Eva Ek och …`), or two
// and a full stop (`Till sammankallande utses Bo Ek.`)
const LOWER_WORD = new RegExp(`^[${LOWER_LETTER}]{2,}[,.]?$`, 'u');
const isSentenceLine = (line: string): boolean => {
  const t = line.trim();
  const words = t.split(/\s+/).filter((w) => LOWER_WORD.test(w)).length;
  return words >= 3 || (words === 2 && /[.!]$/u.test(t));
};

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
    if (!OPENS_UPPER.test(rest)) return false;
    if (/[.!]$/u.test(before)) return true;
    // `Kommunstyrelsen föreslår fullmäktige besluta` / `Budgeten fastställs.`: a line that only opens the clauses under it
    if (opensClauseList(before)) return true;
    // `(S) Johanna Ek` / `Till ordförande utses …`: a sentence after the names of a list is a clause of its own
    const line = rest.slice(0, (p.starts[k + 1]?.offset ?? p.text.length) - s.offset);
    // `att lägga den till handlingarna` / `Beslutet är enhälligt.`: how it was decided, on a line of its own
    if ((isListPart(before) && isSentenceLine(line)) || (line.includes('eslut') && REMARK_LINE.test(line.trim()))) return true;
    // `… enligt plan- och bygglagen.` / `Avgift` / `Avgiften är 12 400 kronor.`: a heading after a sentence that ended heads
    // the sentence after it (case-text.ts tells the decisions that it ends them)
    return k >= 2 && /[.!]$/u.test(p.text.slice(p.starts[k - 2]!.offset, p.starts[k - 1]!.offset).trimEnd()) && isSentenceLine(line) && isHeadingLike(before);
  });
  const out: Clause[] = [];
  for (const [k, s] of cuts.entries()) {
    const end = cuts[k + 1]?.offset ?? p.text.length;
    const raw = p.text.slice(s.offset, end);
    const line = lineAt(p, s.offset);
    const text = mark(raw).trim();
    // `… föreslår fullmäktige besluta Budgeten fastställs.`: the opening and its first clause run on one line
    const after = clauseAfterIntro(text);
    const marked = CLAUSE_START.test(raw) || (numbered && BARE_NUMBER.test(raw));
    if (after > 0) out.push({ text: text.slice(0, after).trim(), line, bullet: false, marked }, { text: text.slice(after), line, bullet: false, marked: true });
    else if (text !== '') out.push({ text, line, bullet: /^[•\-–−*]/u.test(raw), marked });
  }
  return out;
}
