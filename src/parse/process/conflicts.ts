// Jäv: who did not take part in a § because of a conflict of interest. `Anna Ek (M) anmäler
// jäv och deltar inte i handläggningen`, `Anna Ek deltar inte på grund av jäv`, `Anna Ek (M)
// anmäler jäv och lämnar lokalen`, `Jäv: Anna Ek (S)`, `Jäv anmäls av Anna Ek (S)`, `På
// grund av jäv deltar inte Anna Ek (S)`, `Anna Ek (C) är jävig`, and under a `Jäv` heading
// a paragraph that opens with names. One Conflict per person.
//
// A jäv announced in an opening § for a later one (`anmäler jäv under paragraf 811`,
// `anmäler jäv i ärende 12`) belongs to that §: the reader remembers the target beside
// the Conflict (`conflictTargets`), and the document-level pass (parse/refine.ts →
// process/later.ts) moves it there.
import { PROCESS } from '../../lexicon/sv.js';
import type { Conflict } from '../../schema/result.js';
import { alternation } from '../../text/patterns.js';
import { leadingActors, type Actors } from './actors.js';
import { isRule, mayState, reportsOtherMeeting } from './elsewhere.js';
import { sentencesOfPart, type Part } from './parts.js';
import { actorsAround } from './subject.js';
import { ANY_LETTER } from '../../text/letters.js';

/** The § a jäv was announced for: a § number, or the n-th agenda item (`ärende 12`). */
export interface ConflictTarget {
  kind: 'paragraph' | 'agenda-item';
  numbers: number[];
}

/**
 * Targets of jäv announced for another §, beside the Conflicts the item readers return.
 * Keyed by the Conflict object, so nothing is kept once the document is gone.
 */
export const conflictTargets = new WeakMap<Conflict, ConflictTarget>();

const A = `(?<![${ANY_LETTER}])`;
const B = `(?![${ANY_LETTER}])`;
const DECLARE = new RegExp(`${A}(?:${alternation(PROCESS.conflictVerbs)})${B}`, 'iu');
const DECLARED_BY = new RegExp(`${A}(?:${alternation(PROCESS.conflictPassive)})${B}`, 'iu');
const DUE = `(?:${alternation(PROCESS.dueTo)})\\s+jäv${B}`;
// `deltar inte (i handläggningen av ärendet) på grund av jäv`
const STEP_ASIDE = new RegExp(`${A}(?:${alternation(PROCESS.stepAside)})${B}[^.;]{0,80}?${DUE}`, 'iu');
// `På grund av jäv deltar inte Anna Ek (S) …`
const DUE_FIRST = new RegExp(`^${DUE},? (?:${alternation(PROCESS.stepAside)})\\s+`, 'iu');
const T = PROCESS.conflictTargets;
const TARGET = new RegExp(
  `${A}(?:${alternation(T.prepositions)})\\s+(?:(${alternation(T.paragraph)})|(${alternation(T.agendaItem)}))\\s*(\\d{1,4}(?:\\s*(?:,|-|–|${alternation(PROCESS.listWords)})\\s*(?:§\\s*)?\\d{1,4}){0,9})`,
  'iu',
);
const NONE = new RegExp(`^(?:${alternation(PROCESS.none)})\\s`, 'iu');
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test is several times faster
const HINT = /jäv/i;

export function findConflicts(parts: readonly Part[]): Conflict[] {
  const out: Conflict[] = [];
  for (const part of parts) {
    const headed = part.section === 'conflicts';
    const hinted = part.stems && HINT.test(part.text);
    if (!headed && !hinted) continue;
    const before = out.length;
    for (const s of sentencesOfPart(part)) {
      const found = mayState(part.section, s.text) ? declarers(s.text) : null;
      if (found) add(out, found.actors, s.line, found.target);
    }
    if (out.length === before && headed && !NONE.test(part.text) && !isRule(part.text) && !hinted) {
      // `Jäv` / `Anna Ek (M), § 48`: names under the heading
      const lead = leadingActors(part.text);
      if (lead) add(out, lead.actors, sentencesOfPart(part)[0]!.line, targetIn(part.text.slice(lead.end)));
    }
  }
  return out;
}

function add(out: Conflict[], actors: Actors, line: number, target: ConflictTarget | null): void {
  for (const p of actors.people) {
    const c: Conflict = { name: p.name, party: p.party, line };
    if (target) conflictTargets.set(c, target);
    out.push(c);
  }
}

/** `under paragraf 811`, `i ärende 12`, `för §§ 48 och 50`: where the jäv points, if elsewhere. */
function targetIn(text: string): ConflictTarget | null {
  const m = TARGET.exec(text);
  if (!m) return null;
  const numbers = [...m[3]!.matchAll(/\d{1,4}/gu)].map((d) => Number(d[0]));
  // `§§ 48-50`: a range
  const range = /^\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$/u.exec(m[3]!);
  const all = range && Number(range[2]) - Number(range[1]) < 50 ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, k) => Number(range[1]) + k) : numbers;
  return { kind: m[1] ? 'paragraph' : 'agenda-item', numbers: all };
}

/** `Sören Dahl deltar inte i handläggningen på grund av jäv.`: a sentence in which someone declares jäv. */
export const declaresConflict = (sentence: string): boolean => HINT.test(sentence) && declarers(sentence) !== null;

/** Who declares jäv in a sentence, and for which § when another one. */
function declarers(sentence: string): { actors: Actors; target: ConflictTarget | null } | null {
  if (!HINT.test(sentence)) return null;
  const s = sentence.replace(/^[•\-–*]\s*/u, '');
  const target = targetIn(s);
  // a § number names the target here, so only dates and other meetings rule a sentence out
  if (reportsOtherMeeting(target ? s.replace(/§{1,2}\s{0,3}\d{1,4}/gu, '') : s)) return null;
  const first = DUE_FIRST.exec(s);
  if (first) {
    const lead = leadingActors(s.slice(first[0].length));
    return lead ? { actors: lead.actors, target } : null;
  }
  const by = DECLARED_BY.exec(s);
  if (by) {
    const lead = leadingActors(s.slice(by.index + by[0].length).trimStart());
    return lead ? { actors: lead.actors, target } : null;
  }
  const verb = DECLARE.exec(s) ?? STEP_ASIDE.exec(s);
  if (verb) {
    const found = actorsAround(s.slice(0, verb.index), s.slice(verb.index + verb[0].length));
    return found ? { actors: found.actors, target } : null;
  }
  // `Jäv: Anna Ek (S)` (the label read off by parts.ts) is handled by the heading rule
  return null;
}
