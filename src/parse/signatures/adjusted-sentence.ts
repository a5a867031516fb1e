// Minutes signed digitally often say who adjusted them in one sentence instead of under
// labels: `Protokollet har justerats digitalt av Anna Holm (ordförande) och Bo Ek (justerare)
// 2025-03-19.`, `… av ordförande Anna Holm och justerare Bo Ek den 19 mars 2025.` The signers
// with the roles their brackets or the words before them give (an adjuster where none), and the day.
import type { Line } from '../../text/line.js';
import { findDates } from '../../text/dates.js';
import { ADJUSTED_BY, SENTENCE_LINES } from '../../text/adjusted-sentence.js';
import { roleOfLabel, type SignatureRole } from '../../segment/signatures.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { adjustedEach } from './adjusted-each.js';

export interface AdjustedSentence {
  chair: string[];
  secretary: string[];
  adjusters: string[];
  adjustedOn: string | null;
  /** said one signer a sentence (`Anna Ek har justerat protokollet elektroniskt`): the chair among them is the list's to tell */
  each?: true;
}

// one signer: its role's word perhaps before it (`ordförande Anna Holm`), two to four capitalised words, the role in a bracket perhaps after them
const SIGNER = new RegExp(`^(?:([${LOWER_LETTER}]+) )?([${UPPER_LETTER}][${ANY_LETTER}'’-]+(?:\\s[${UPPER_LETTER}][${ANY_LETTER}'’-]+){1,3})(?:\\s*\\(([${ANY_LETTER} ]+)\\))?$`, 'u');
// (`signerat`: a signer's own sentence, `Anna Ek har signerat protokollet elektroniskt`)
const MAY_SAY = /justera[dt]|signerat/iu;
// `den ` before a day that ends the signers
const DEN_AT_END = / den$/u;
// `ordföranden`, `justeraren`: the role's word in its definite form
const DEFINITE = /n$/u;

/** The signers and day a sentence of the document (lines start–end) says adjusted it, or null. */
export function adjustedSentence(lines: readonly Line[], start: number, end: number): AdjustedSentence | null {
  // (the lines that hold the verb, for the signers' own sentences where no sentence names them all)
  const each: string[] = [];
  for (let i = start; i < end; i++) {
    if (!MAY_SAY.test(lines[i]!.flat)) continue;
    each.push(lines[i]!.flat);
    let text = lines[i]!.flat;
    for (let k = i + 1; k < Math.min(end, i + SENTENCE_LINES) && lines[k]!.flat !== ''; k++) text += ` ${lines[k]!.flat}`;
    const m = ADJUSTED_BY.exec(text);
    if (!m) continue;
    const found: AdjustedSentence = { chair: [], secretary: [], adjusters: [], adjustedOn: findDates(m[0]).find((d) => d.iso !== null)?.iso ?? null };
    // the day after the signers (`… Bo Ek 2025-03-19`, `… Bo Ek den 19 mars 2025`) is cut off
    let signers = m[1]!.trim();
    const day = findDates(signers)[0];
    if (day) signers = signers.slice(0, day.index).trimEnd().replace(DEN_AT_END, '');
    for (const part of signers.split(/, ?| och | samt /u)) {
      const s = SIGNER.exec(part.trim());
      if (!s) return null;
      const before = s[1] ? (roleOfLabel(s[1]) ?? roleOfLabel(s[1].replace(DEFINITE, ''))) : null;
      // (a lower-case word before the name that is no role's: no signer)
      if (s[1] && !before) return null;
      const after = s[3] ? roleOf(s[3]) : null;
      const role = after ?? before ?? 'adjusters';
      found[role].push(s[2]!);
    }
    return found;
  }
  const one = each.length > 0 ? adjustedEach(each) : null;
  return one ? { ...one, each: true } : null;
}

/** The role a bracket after a name gives (`(ordförande)`, `(sekr.)`): by its word's start, an adjuster where none. */
function roleOf(word: string): SignatureRole {
  const w = word.toLowerCase();
  return w.startsWith('ordf') ? 'chair' : w.startsWith('sekr') ? 'secretary' : 'adjusters';
}
