// Votes (omröstningar) of a §: the counts its sentences state (counts.ts), the roll-calls
// its lines list (roll.ts), and what yes and no stood for (`Ja-röst för arbetsutskottets
// förslag, nej-röst för Anna Eks (V) yrkande`, `JA-förslag: … NEJ-förslag: …`). One vote
// may be written several times — a `Summa` row, then `Med 7 ja-röster mot 5 nej-röster
// beslutar …` — so statements next to each other with the same counts, or a list next to a
// statement, are one vote unless a new proposition stands between them.
import { PROCESS } from '../../lexicon/sv.js';
import type { Vote } from '../../schema/result.js';
import { anyOf } from '../../text/hint.js';
import type { Line } from '../../text/line.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { readCounts, type Counts } from './counts.js';
import { mayState } from './elsewhere.js';
import { sentencesOfPart, type Part, type PartSentence } from './parts.js';
import { findListedVotes } from './roll.js';
import { ANY_LETTER } from '../../text/letters.js';

/**
 * Votes listed under a caption for another § (`Omröstningslista § 47` after the last §),
 * beside the Vote the item readers return; process/later.ts moves them.
 */
export const voteTargets = new WeakMap<Vote, number>();

const A = `(?<![${ANY_LETTER}])`;
const YES_SIDE = new RegExp(`${A}(?:${alternation(PROCESS.yesSide)})(?![${ANY_LETTER}])`, 'iu');
const NO_SIDE = new RegExp(`${A}(?:${alternation(PROCESS.noSide)})(?![${ANY_LETTER}])`, 'iu');
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test is several times faster
// every count and every proposition has one of these words (`ja` beside a number or before `-`)
export const VOTE_WORDS = ['nej', 'röst', 'avst', 'blank', 'emot', 'frånv', 'voter'];
const VOTE_WORD = anyOf(VOTE_WORDS);
// `ja` only beside a number or a hyphen (`72 Ja`, `Ja 7`, `Ja-röst`): names like Maja end in it
// (`ja-|\d ?ja\b|\bja:? ?\d` written to open on its letters, and tested apart from the words: a pattern
// with alternatives that open on a digit or a boundary tries them all at every place of a paragraph)
export const YES_COUNT = /ja(?:-|(?<=\d ?ja)\b|(?<=(?<!\w)ja):? ?\d)/i;
const mayCount = (text: string): boolean => VOTE_WORD.test(text) || YES_COUNT.test(text);
const LIST_HINT = /nej/i;
const MAY_PROPOSE = /ja|nej|den som/i;

interface Found {
  counts: Counts;
  line: number;
  roll: Vote['roll'];
  proposition: string | null;
  /** A list (table or tally block), not a sentence. */
  listed: boolean;
  stated: boolean;
  target: number | null;
}

export function findVotes(parts: readonly Part[], lines: readonly Line[]): Vote[] {
  const found: Found[] = [];
  const propositions: { text: string; line: number }[] = [];
  let pending: { text: string; line: number } | null = null;
  for (const part of parts) {
    if (!part.stems || !mayCount(part.text)) continue;
    for (const s of sentencesOfPart(part)) {
      if (!mayState(part.section, s.text)) continue;
      const yes = MAY_PROPOSE.test(s.text) ? YES_SIDE.exec(s.text) : null;
      if (yes) {
        const text = throughNoLine(s, yes.index);
        pending = { text, line: s.line };
        if (NO_SIDE.test(text)) propositions.push(pending);
      } else if (pending && MAY_PROPOSE.test(s.text) && NO_SIDE.test(s.text) && !propositions.includes(pending)) {
        // `Ja-röst för …` and `Nej-röst för …` as two sentences
        pending = { text: `${pending.text} ${s.text}`, line: pending.line };
        propositions.push(pending);
      }
      const counts = readCounts(s.text);
      if (!counts) continue;
      if (counts.yes === null || counts.no === null) {
        // `1 ledamot avstår.` after the counts: the same vote
        const last = found[found.length - 1];
        if (last && !last.listed && last.counts.abstain === null && counts.abstain !== null && counts.yes === null && counts.no === null) last.counts.abstain = counts.abstain;
        continue;
      }
      found.push({ counts, line: s.line, roll: [], proposition: null, listed: false, stated: true, target: null });
    }
  }
  // (a loop, not some() with a callback: asked of every item that may count)
  let listed = false;
  for (let k = 0; k < lines.length && !listed; k++) listed = LIST_HINT.test(lines[k]!.flat);
  if (listed) {
    for (const v of findListedVotes(lines)) found.push({ ...v, proposition: null, listed: true });
  }
  found.sort((a, b) => a.line - b.line);
  const merged: Found[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && sameVote(last, f, propositions)) {
      absorb(last, f);
      continue;
    }
    merged.push({ ...f, counts: { ...f.counts } });
  }
  return merged.map((f) => {
    // the proposition stated last before the vote
    const p = [...propositions].reverse().find((x) => x.line <= f.line);
    const vote: Vote = {
      yes: f.counts.yes,
      no: f.counts.no,
      abstain: f.counts.abstain,
      proposition: p && !merged.some((o) => o !== f && o.line < f.line && o.line >= p.line) ? trimEndOf(p.text, '') : null,
      line: f.line,
      roll: f.roll,
    };
    if (f.target !== null) voteTargets.set(vote, f.target);
    return vote;
  });
}

/**
 * The proposition from its yes side on: `Ja-röst för …` / `Nej-röst för …` / `Med 7 ja-röster …` on
 * lines of their own, no full stop between, ends with the line of its no side.
 */
function throughNoLine(s: PartSentence, from: number): string {
  const text = s.text.slice(from);
  const no = NO_SIDE.exec(text);
  if (!no) return text;
  const p = s.part.paragraph;
  // (the sentence's text is trimmed: where it starts in the paragraph, past any white space)
  const begin = p.text.indexOf(s.text, s.offset) + from;
  const end = begin + no.index + no[0].length;
  // (the line that follows, where the no side said what it stood for on its own line: not `Nej-röst för` / `Eva Ås yrkande`)
  const next = p.starts.find((x) => x.offset > end && x.offset < begin + text.length && /^[\p{Lu}\d]/u.test(p.text.slice(x.offset)));
  if (next && p.text.slice(end, next.offset).trim() === '') return text;
  return next ? p.text.slice(begin, next.offset).trim() : text;
}

// `Omröstningsresultat` / `Med 7 ja-röster mot 5 nej-röster beslutar …` a few lines apart
const SAME_VOTE_LINES = 4;

const equalCounts = (a: Counts, b: Counts): boolean => a.yes === b.yes && a.no === b.no && (a.abstain === null || b.abstain === null || a.abstain === b.abstain);

/** Two findings next to each other are one vote: the same counts, or a list beside a sentence. */
function sameVote(a: Found, b: Found, propositions: readonly { line: number }[]): boolean {
  if (a.target !== b.target) return false;
  if (propositions.some((p) => p.line > a.line && p.line <= b.line)) return false;
  // two sentences with the same counts are one vote only when written together
  if (equalCounts(a.counts, b.counts)) return a.listed || b.listed || b.line - a.line <= SAME_VOTE_LINES;
  // a list whose counts were only counted from its rows, beside the sentence that states them
  return a.listed !== b.listed && !(a.listed ? a.stated : b.stated);
}

function absorb(into: Found, f: Found): void {
  // a sentence's counts are what the text states; a list brings the names
  if (into.listed && !f.listed) {
    into.counts = { ...f.counts, abstain: f.counts.abstain ?? into.counts.abstain };
    into.line = f.line;
    into.listed = false;
  } else {
    into.counts.abstain ??= f.counts.abstain;
  }
  if (into.roll.length === 0) into.roll = f.roll;
}
