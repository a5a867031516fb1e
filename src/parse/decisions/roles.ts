// What each paragraph of an item body is, for decisions and proposals: a heading that
// opens decision clauses (`Styrelsen beslutar att`, `Beslut`, `Arbetsutskottets beslut`),
// one that opens proposal clauses (`Förslag till beslut`), another sub-heading
// (`Beslutsunderlag`, `Ärendebeskrivning`) that ends either, or body text. Clauses under a
// heading are split at lines that open with `att` or a bullet.
import { DECISION, PROCESS } from '../../lexicon/sv.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { alternation, trimEndOf } from '../../text/patterns.js';

export type Role = 'decision-heading' | 'proposal-heading' | 'subheading' | 'decision-clause' | 'proposal-clause' | 'body';

export interface Clause {
  text: string;
  line: number;
}

export interface ReadParagraph {
  paragraph: Paragraph;
  role: Role;
  /** Who decides, for decision headings and their clauses. */
  by: string | null;
}

const B = '(?![\\p{L}])';
const GENITIVE = '(?:(\\p{Lu}[\\p{L}-]*s)\\s+)?';
// `Styrelsen beslutar att`, `Styrelsen beslutar:`, `Mötet beslöt följande` (no `i` flag: \p{Lu} must stay upper case)
const DECIDE_HEADING = new RegExp(`^(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})\\s+(?:${alternation(DECISION.decideVerbs)})${B}(?:\\s+(?:att|följande))?\\s*:?$`, 'u');
// `Beslut`, `Styrelsens beslut`, `Beslut:`
const DECISION_LABEL = new RegExp(`^${GENITIVE}[Bb]eslut(?:et)?\\s*:?$`, 'u');
// `Förslag till beslut`, `Arbetsutskottets förslag till beslut`
const PROPOSAL_LABEL = new RegExp(`^(?:${GENITIVE}[Ff]örslag(?:\\s+till\\s+beslut)?|[Bb]eslutsförslag)\\s*:?$`, 'u');
const LABELLED_LINE = /^(?:\p{Lu}[\p{L}-]*s\s+)?(?:[Bb]eslut|[Ff]örslag\s+till\s+beslut|[Bb]eslutsförslag)\s*:/u;
// the decision-process headings (`Omröstning`, `Beslutsgång`, …) end a run of clauses too
const SUBHEADING = new RegExp(`^(?:${alternation([...DECISION.subheadings, ...Object.values(PROCESS.headings).flat()])})\\s*:?$`, 'iu');
const NOT_SUBJECT = new Set<string>(DECISION.notSubjects);
const CLAUSE_START = /^(?:[•\-–*]\s*|\d{1,2}[.)]\s|att\s)/u;
const CLAUSE_MARK = /^(?:[•\-–*]\s*|\d{1,2}[.)]\s)/u;

/** `Styrelsens` → `Styrelsen`, `Arbetsutskottets` → `Arbetsutskottet`. */
const fromGenitive = (g: string | undefined): string | null => (g ? g.slice(0, -1) : null);

/** A line that heads a part of an item body: a decision or proposal label, or a sub-heading. */
export const isBodyHeading = (text: string): boolean =>
  text.length <= 60 && (decisionHeading(text) !== null || (MAY_PROPOSE.test(text) && PROPOSAL_LABEL.test(text)) || SUBHEADING.test(text));

// every decision heading says `beslut…`/`beslöt`, every proposal heading `förslag`: test that first
const MAY_DECIDE = /eslu|eslö/i;
const MAY_PROPOSE = /örslag/i;

export function decisionHeading(text: string): { by: string | null } | null {
  if (!MAY_DECIDE.test(text)) return null;
  const t = trimEndOf(text, '');
  const d = DECIDE_HEADING.exec(t);
  if (d && !NOT_SUBJECT.has(d[1]!.split(/\s+/)[0]!.toLowerCase())) return { by: d[1]! };
  const l = DECISION_LABEL.exec(t);
  return l ? { by: fromGenitive(l[1]) } : null;
}

// decisions and proposal both read an item's paragraphs: classify them once
const cache = new WeakMap<readonly Paragraph[], ReadParagraph[]>();

export function readParagraphs(paragraphs: readonly Paragraph[]): ReadParagraph[] {
  let read = cache.get(paragraphs);
  if (!read) {
    read = classify(paragraphs.flatMap(splitAtHeadings));
    cache.set(paragraphs, read);
  }
  return read;
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
    if (k > 0 && LABELLED_LINE.test(t)) cuts.add(k);
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
    });
    from = k;
  }
  return out;
}

function classify(paragraphs: readonly Paragraph[]): ReadParagraph[] {
  let mode: 'none' | 'decision' | 'proposal' = 'none';
  let by: string | null = null;
  return paragraphs.map((paragraph) => {
    const text = paragraph.text;
    const heading = decisionHeading(text);
    if (heading) {
      mode = 'decision';
      by = heading.by;
      return { paragraph, role: 'decision-heading', by };
    }
    if (PROPOSAL_LABEL.test(text)) {
      mode = 'proposal';
      return { paragraph, role: 'proposal-heading', by: null };
    }
    if (SUBHEADING.test(text) || (paragraph.heading > 0 && !/[.!?]$/.test(text))) {
      mode = 'none';
      return { paragraph, role: 'subheading', by: null };
    }
    if (mode === 'decision') return { paragraph, role: 'decision-clause', by };
    if (mode === 'proposal') return { paragraph, role: 'proposal-clause', by: null };
    return { paragraph, role: 'body', by: null };
  });
}

/** The clauses of a paragraph: split where a line opens with `att` or a bullet. */
export function clauses(p: Paragraph): Clause[] {
  const cuts = p.starts.filter((s, k) => k === 0 || CLAUSE_START.test(p.text.slice(s.offset)));
  return cuts
    .map((s, k) => {
      const end = cuts[k + 1]?.offset ?? p.text.length;
      return { text: p.text.slice(s.offset, end).replace(CLAUSE_MARK, '').trim(), line: lineAt(p, s.offset) };
    })
    .filter((c) => c.text !== '');
}
