// Two decisions printed without a blank line between: a paragraph cut where a line after one
// that ended a sentence decides again by itself.
import { SENTENCE_GOES_ON } from '../../lexicon/sv.js';
import type { Decision } from '../../schema/result.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { alternation, sentenceCaseOpening } from '../../text/patterns.js';
import { endsDecision } from './after.js';
import { HINT, decides, type Deciding } from './decides.js';
import { withoutRunOn } from './run-on.js';
import { electionParts } from './elections.js';
import { decidingSentenceParts } from './sentence-parts.js';
import { explainsDecision } from './remarks.js';
import { MAY_HOLD_CLAUSES, inlineClauses } from './inline-clauses.js';
import { afterLabel, labelOf } from './labels.js';
import { sentences } from './sentences.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const mayDecide = (rest: string): boolean => HINT.test(rest);

// how much of a line's opening is read to see whether it decides again
const SPLIT_WINDOW = 240;

const FULL_STOP = 46;
const LOWER_A = 97;
const EXCLAMATION = 33;
/**
 * The text from `from` to `to` ends in a full stop or `!`, its white space aside. Most lines end in
 * a character of ASCII before the space that joins them to the next: that one is looked at, the
 * line not cut out and trimmed (white space beyond ASCII is left to trimEnd).
 */
function endsSentence(text: string, from: number, to: number): boolean {
  let end = to;
  let c = 0;
  while (end > from && ((c = text.charCodeAt(end - 1)) === 32 || (c >= 9 && c <= 13))) end--;
  if (end === from) return false;
  if (c > 32 && c < 128) return c === FULL_STOP || c === EXCLAMATION;
  return /[.!]$/u.test(text.slice(from, end).trimEnd());
}

// `Styrelsen diskuterade avgiften` / `Styrelsen beslöt att höja den` / `Styrelsen beslöt att …`: association minutes write
// a sentence a line with no full stop; a line that opens with an organ deciding by itself, after a line that ends on a
// letter or a digit and on no word that goes on (`… och`), is a sentence of its own
const OPENS_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
const UNSTOPPED_END = new RegExp(`[${ANY_LETTER}\\d]$`, 'u');
const GOES_ON = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(SENTENCE_GOES_ON)})$`, 'iu');
/** The text ends on a word its sentence goes on after (`… och`, `… som`): no sentence ends there. */
export const endsOnGoingWord = (text: string): boolean => GOES_ON.test(text);
/** What line k of a paragraph decides, an organ named, where the line before it ends with no stop; null where it does not. */
export function decidesAfterUnstopped(p: Paragraph, k: number, own: string | null): Deciding | null {
  const at = p.starts[k]!.offset;
  // (its capital first, then the line before's last character: most lines after an unstopped one go on with its sentence)
  if (!OPENS_WORD.test(p.text.slice(at, at + 2))) return null;
  const before = p.text.slice(p.starts[k - 1]!.offset, at).trimEnd();
  if (!UNSTOPPED_END.test(before) || GOES_ON.test(before)) return null;
  const line = sentences(p.text.slice(at, at + SPLIT_WINDOW))[0];
  const d = line ? decides(line, own) : null;
  return d !== null && d.by !== null ? d : null;
}

/**
 * The decision from `from` to the paragraph's end, cut where a line after one that ended a
 * sentence decides again by itself (`Beslut: Informationen noteras.` / `Styrelsen beslutar
 * även att …`): two decisions printed without a blank line between.
 */
// `bySentence`: a later sentence inside a line that decides again is cut too (sentence-parts.ts); not under a `Beslut:`
// label, whose paragraph is one decision however many sentences it holds
export function pushSplit(out: Decision[], p: Paragraph, from: number, first: Deciding, own: string | null, weak: Set<Decision>, to = p.text.length, bySentence = true): void {
  let begin = from;
  let who = first;
  // `Till justerare valdes Eva Lund. Till rösträknare valdes Per Ås.`: an election a sentence, a decision each
  // (one closure: each election's part pushed in its loop)
  const push = (whole: string, at: number): void => {
    for (const text of (bySentence ? decidingSentenceParts(whole, own, mayDecide) : [whole]).flatMap((part) => electionParts(part, own))) {
      if (text === '') continue;
      // `KOMMUNSTYRELSEN BESLUTAR att …`: the opening in capitals, as older templates print it, in sentence case
      const cased = sentenceCaseOpening(text);
      // `Styrelsen beslutar: att godkänna …, att uppdra …`: each clause a decision, as under a heading
      const raw = p.text.indexOf(text.slice(0, 20), at);
      // `Beslut: att bevilja bygglovet.`: the clause without its `att`, as under a heading
      // (its first letters looked at before the pattern: most decisions open otherwise)
      const bare = (cased.charCodeAt(0) | 32) === LOWER_A && cased.startsWith('tt', 1) ? cased.replace(/^[Aa]tt\s+/u, '') : cased;
      for (const c of (MAY_HOLD_CLAUSES.test(cased) ? inlineClauses(cased) : null) ?? [{ text: bare, offset: 0 }]) {
        const d = { text: c.text, by: who.by, line: lineAt(p, raw < 0 ? at : raw + c.offset) };
        out.push(d);
        if (who.weak === true) weak.add(d);
      }
    }
  };
  for (let k = 1; k < p.starts.length; k++) {
    const at = p.starts[k]!.offset;
    if (at <= begin) continue;
    if (at >= to) break;
    if (!endsSentence(p.text, p.starts[k - 1]!.offset, at)) {
      const unstopped = decidesAfterUnstopped(p, k, own);
      if (!unstopped) continue;
      push(withoutRunOn(p.text.slice(begin, at).trim()), begin);
      begin = at;
      who = unstopped;
      continue;
    }
    // (the opening sentence is enough: read at most a window, so a long paragraph costs no more per line)
    const line = sentences(p.text.slice(at, at + SPLIT_WINDOW))[0];
    // `Omröstning: 4 ja, 1 nej.` / `Lisa Sund reserverade sig mot beslutet.`, `Detta innebär att …`: the decision ended on the line before
    if (line && (endsDecision(line.text) || explainsDecision(line.text))) {
      push(withoutRunOn(p.text.slice(begin, at).trim()), begin);
      return;
    }
    const opensUpper = line !== undefined && OPENS_UPPER.test(line.text);
    const next = opensUpper ? decides(line, own) : null;
    // `Beslutades: Att förbundets firma tecknas …` / `Beslutades: Att Eva Ek har rätt …`: a line under its own label is
    // a decision of its own too, its text after the label
    const label = opensUpper && next === null ? labelOf(line.text) : null;
    if (!next && !label) continue;
    push(withoutRunOn(p.text.slice(begin, at).trim()), begin);
    begin = label ? at + afterLabel(label) : at;
    who = next ?? { by: label![1]?.slice(0, -1) ?? null };
  }
  push(withoutRunOn(p.text.slice(begin, to).trim()), begin);
}
