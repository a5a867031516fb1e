// The organ's letters a contents list writes before every entry's number (`Innehållsförteckning FHR 29 Godkännande av
// dagordningen FHR 30 Länsstyrelsens … FHR 31 …`, `Vn 3 Val av justerare Vn 4 …`): the heading's letters, no word of
// the title before the next entry.
import { ORGAN_ABBREVIATIONS } from '../lexicon/sv.js';
import { UPPER_LETTER } from './letters.js';

// an organ's letters: two to five capitals (`FHR`, `KS`, `MBN`), or as the lexicon writes them (`Vn`, `Kst`)
const CAPITALS = new RegExp(`^[${UPPER_LETTER}]{2,5}$`, 'u');
const WRITTEN = new Set<string>([...ORGAN_ABBREVIATIONS, ...ORGAN_ABBREVIATIONS.map((a) => a.toUpperCase())]);

/**
 * The word that stands right before the number of every entry (`starts`: the words' indexes of the numbers), where that
 * is one organ's letters throughout; null otherwise (a title's own last word differs from entry to entry).
 */
export function entryPrefix(words: readonly string[], starts: readonly number[]): string | null {
  const first = starts[0]! - 1;
  if (first < 0) return null;
  const prefix = words[first]!;
  if (!CAPITALS.test(prefix) && !WRITTEN.has(prefix)) return null;
  for (const j of starts) if (words[j - 1] !== prefix) return null;
  return prefix;
}
