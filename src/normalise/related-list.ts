// A sharing site's list of other documents (`Relevanta dokument`): one title or opening line a
// paragraph, a blank line between them, to the page's end. The list goes on over a blank line
// where one such entry follows it; a paragraph of several lines, a long line (a transcript's
// page) or a wrapper's own line (`Transkript`, `Full text`: the document itself follows) ends it.
import { WEB_WRAPPERS } from '../lexicon/sv.js';

// (an entry is a title or the first words of a document, cut by the site; a transcript's page is far longer)
const ENTRY_LENGTH = 250;
const WRAPPER_LINES = new Set<string>(WEB_WRAPPERS.lines);
const isBlankRaw = (raw: string): boolean => raw === '' || raw.trim() === '';

/** Whether the list goes on past the blank source line `n` of `physical`: the next paragraph is one entry. */
export function listGoesOn(physical: readonly string[], n: number): boolean {
  let k = n + 1;
  while (k < physical.length && isBlankRaw(physical[k]!)) k++;
  if (k >= physical.length) return true;
  const entry = physical[k]!;
  if (entry.length > ENTRY_LENGTH || entry.includes('\f')) return false;
  if (k + 1 < physical.length && !isBlankRaw(physical[k + 1]!)) return false;
  return !WRAPPER_LINES.has(entry.trim().toLowerCase());
}
