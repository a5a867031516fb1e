// The letterhead printed between a place's label and its value (`Plats och tid` / `EKBY KOMMUN` / `Kommunhuset, kl 18.00`,
// a table flattened with the page's head in its cell): the organisation's name alone on its line is no part of the place.
import { findOrganisation, findPublicBody } from '../meeting/organisation.js';

/** A value that is an organisation's name and nothing else (`EKBY KOMMUN`, `Samordningsförbundet Ekdal`). */
export function isLetterheadOnly(text: string): boolean {
  const t = text.trim();
  // (a name is a few words: a longer value says more than the letterhead)
  if (t.length > MAX_LETTERHEAD || !t.includes(' ')) return false;
  const found = findPublicBody(t) ?? findOrganisation(t);
  return found !== null && found.index === 0 && found.name.length === t.length;
}
const MAX_LETTERHEAD = 60;
