// A remark on attendance that ends in the §§ it concerns, read back from the § sign:
//   `lämnade mötet efter punkt 9`          → attended up to § 9
//   `lämnar sammanträdet kl 15.10 efter § 45`
//   `anslöt under § 3`, `anlände efter § 4` → attended from § 3, from § 5
//   `närvarande från och med § 12`, `tjänstgör från § 5`
//   `deltog ej i § 14`, `ej § 12`           → did not attend those
// The remark is the run of lower-case words (and clock times) right before the § reference,
// opened by one of the lexicon's verbs or a negation; a comma, a bracketed party, a
// capitalised word or a position ends it, so `tjänstgör för Eva Ek från § 7` keeps its
// substitution and `tjg ersättare § 5-9` its position.
import { ATTENDANCE_CHANGE } from '../../lexicon/sv.js';
import type { ParagraphRange } from '../../schema/result.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

export type ChangeKind = 'leaves' | 'arrives' | 'present' | 'not';

export interface Remark {
  /** where the remark starts in the text before the § reference */
  start: number;
  kind: ChangeKind;
  /** the word right before the § reference: `efter`, `före`, … */
  relation: 'after' | 'before' | null;
}

const KIND = new Map<string, ChangeKind>();
for (const w of ATTENDANCE_CHANGE.present) KIND.set(w, 'present');
for (const w of ATTENDANCE_CHANGE.arrives) KIND.set(w, 'arrives');
for (const w of ATTENDANCE_CHANGE.leaves) KIND.set(w, 'leaves');
for (const w of ATTENDANCE_CHANGE.not) KIND.set(w, 'not');
const AFTER = new Set<string>(ATTENDANCE_CHANGE.after);
const BEFORE = new Set<string>(ATTENDANCE_CHANGE.before);
// which kind wins when a remark holds several (`närvarande, lämnade …` cannot, a comma ends it)
const RANK: Record<ChangeKind, number> = { present: 1, arrives: 2, leaves: 3, not: 4 };

const WORD = new RegExp(`^\\(?[${LOWER_LETTER}]+\\.?$`, 'u');
const CAPITALISED = new RegExp(`^\\(?[${UPPER_LETTER}][${LOWER_LETTER}]+\\.?$`, 'u');
const TIME = /^\d{1,2}[.:]\d{2}$/;
const TOKEN = /\S+/g;
// a remark is a few words: `lämnar sammanträdet kl 15.10 efter`
const MAX_TOKENS = 8;
const TAIL = 80;

/** The attendance remark that ends right before a § reference, or null when the words there say nothing of attendance. */
export function remarkBefore(before: string, isPosition: (word: string) => boolean): Remark | null {
  const offset = Math.max(0, before.length - TAIL);
  const tokens: { text: string; at: number }[] = [];
  for (const m of before.slice(offset).matchAll(TOKEN)) tokens.push({ text: m[0], at: offset + m.index });
  // the first token may be cut by the tail: it is only read when the whole text is short
  const first = offset > 0 ? 1 : 0;
  let start = -1;
  let kind: ChangeKind | null = null;
  let relation: Remark['relation'] = null;
  for (let k = tokens.length - 1, n = 0; k >= first && n < MAX_TOKENS; k--, n++) {
    const t = tokens[k]!.text;
    const word = t.replace(/^\(/u, '').replace(/\.$/u, '').toLowerCase();
    // a word of attendance may be capitalised, as a table's cell writes it (`Tjg §§ 19-32`); any other capital ends the remark
    if (!WORD.test(t) && !TIME.test(t) && !(CAPITALISED.test(t) && KIND.has(word))) break;
    if (isPosition(word)) break;
    if (n === 0) relation = AFTER.has(word) ? 'after' : BEFORE.has(word) ? 'before' : null;
    const kk = KIND.get(word);
    if (kk !== undefined) {
      start = tokens[k]!.at + (t.startsWith('(') ? 1 : 0);
      if (kind === null || RANK[kk] > RANK[kind]) kind = kk;
    }
    if (t.startsWith('(')) break;
  }
  return kind === null ? null : { start, kind, relation };
}

/** The §§ attended, given the range a § reference names and the remark before it. */
export function attendedRange(range: ParagraphRange, remark: Remark): ParagraphRange | null {
  if (remark.kind === 'not') return null;
  // a range written out (`§ 3-5`, `fr.o.m. § 7`, `t.o.m. § 9`) says it already
  if (range.from === null || range.to === null || range.from !== range.to) return range;
  const n = range.from;
  if (remark.kind === 'leaves') return { from: null, to: remark.relation === 'before' ? n - 1 : n };
  if (remark.kind === 'arrives') return { from: remark.relation === 'after' ? n + 1 : n, to: null };
  return range;
}
