// Minutes signed digitally often say who adjusted them in one sentence instead of under
// labels: `Protokollet har justerats digitalt av Anna Holm (ordförande) och Bo Ek (justerare)
// 2025-03-19.` The signers with the roles their brackets give (an adjuster where none), and
// the day.
import type { Line } from '../../text/line.js';
import { findDates } from '../../text/dates.js';

export interface AdjustedSentence {
  chair: string[];
  secretary: string[];
  adjusters: string[];
  adjustedOn: string | null;
}

// the past forms only: `Protokollet justeras av …` (future) elects the adjusters, it does not say they did
// (the lines' collapsed texts: one space between words; the signers run to the sentence's end, a day after them cut off below)
const SENTENCE = /(?<![\p{L}])(?:protokollet|detta protokoll) (?:(?:har|är|blev) )?(?:justerats|justerades|justerat)(?: (?:digitalt|elektroniskt))?(?: (?:den )?[\d-]{8,10})? av ([^.]{3,200})/iu;
const DAY_AFTER = / (?:den )?\d{4}-\d{2}-\d{2}$/u;
// one signer: two to four capitalised words and the role in a bracket after them
const SIGNER = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})(?:\s*\(([\p{L} ]+)\))?$/u;
const MAY_SAY = /justera[dt]/iu;
// how many lines the sentence may wrap over
const SENTENCE_LINES = 3;

/** The signers and day a sentence of the document (lines start–end) says adjusted it, or null. */
export function adjustedSentence(lines: readonly Line[], start: number, end: number): AdjustedSentence | null {
  for (let i = start; i < end; i++) {
    if (!MAY_SAY.test(lines[i]!.flat)) continue;
    let text = lines[i]!.flat;
    for (let k = i + 1; k < Math.min(end, i + SENTENCE_LINES) && lines[k]!.flat !== ''; k++) text += ` ${lines[k]!.flat}`;
    const m = SENTENCE.exec(text);
    if (!m) continue;
    const found: AdjustedSentence = { chair: [], secretary: [], adjusters: [], adjustedOn: findDates(m[0]).find((d) => d.iso !== null)?.iso ?? null };
    const signers = m[1]!.trim().replace(DAY_AFTER, '');
    for (const part of signers.split(/, ?| och | samt /u)) {
      const s = SIGNER.exec(part.trim());
      if (!s) return null;
      const role = (s[2] ?? '').toLowerCase();
      (role.startsWith('ordf') ? found.chair : role.startsWith('sekr') ? found.secretary : found.adjusters).push(s[1]!);
    }
    return found;
  }
  return null;
}
