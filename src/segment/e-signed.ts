// The heading over the signers of electronically signed minutes (`Signerat elektroniskt av:`,
// `Elektroniskt signerad av`), and the day and hour written after each signer, as the segmenter
// finds such a block and the reader reads it.
import { E_SIGNED_HEADINGS } from '../lexicon/sv.js';
import { looksLikeName } from '../split/titles.js';
import { alternation, trimOf } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';

/** The heading at a line's start, what may follow it (a colon, the first signer). */
export const E_SIGNED_OPENING = new RegExp(`^(?:${alternation(E_SIGNED_HEADINGS)})(?![${ANY_LETTER}])`, 'iu');

const DAY = /^\d{4}-\d{2}-\d{2},?$/u;
const HOUR = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/u;
const CLOCK = /^kl\.?$/iu;
const WHITE = /\s+/u;

/** `Anna Ek, ordförande 2024-03-20 14:02` → the text before the day, the day and the hour (`14:02`, or null); null without a day at the end. */
export function whenAtEnd(text: string): { rest: string; day: string; hour: string | null } | null {
  const words = text.trim().split(WHITE);
  let hour: string | null = null;
  if (words.length > 0 && HOUR.test(words[words.length - 1]!)) {
    hour = words.pop()!.replace(/\./g, ':');
    if (words.length > 0 && CLOCK.test(words[words.length - 1]!)) words.pop();
  }
  if (words.length === 0 || !DAY.test(words[words.length - 1]!)) return null;
  const day = trimOf(words.pop()!, ',');
  // (`9:05` is `09:05`)
  return { rest: words.join(' '), day, hour: hour !== null && hour.indexOf(':') === 1 ? `0${hour}` : hour };
}

/** `Anna Ek, ordförande`, `Anna Ek (justerare)`: the name and the words after its comma or in its bracket, or the text alone. */
export function nameAndRole(text: string): { name: string; role: string | null } {
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('('));
  if (cut <= 0) return { name: text.trim(), role: null };
  return { name: text.slice(0, cut).trim(), role: trimOf(text.slice(cut + 1), ' )') };
}

/** A line of an e-signing block: the heading again, a signer with the day (and a role), or the day alone. */
export function continuesESigned(text: string): boolean {
  if (E_SIGNED_OPENING.test(text)) return true;
  const when = whenAtEnd(text);
  return when !== null && (when.rest === '' || looksLikeName(nameAndRole(when.rest).name));
}
