// `Från Region Norrdal`, `Från kommunerna`, `För Försäkringskassan`: a roll's sub-heading on a line of its own, a
// preposition and the body (or the kind of bodies) that the people under it come from: a few words, the first after the
// preposition capitalised or in lower case, no bracket, comma or digit.
import { ANY_LETTER } from './letters.js';

const FROM_BODY = new RegExp(`^(?:Från|För)\\s+([${ANY_LETTER}][${ANY_LETTER}-]*(?:\\s+[${ANY_LETTER}][${ANY_LETTER}-]*){0,3}):?$`, 'u');

/** The words after the preposition of such a sub-heading (`Region Norrdal`), or null where the line is none. */
export function fromBody(text: string): string | null {
  // (the cheap test: the line opens with `F`, as few entries do)
  if (text.charCodeAt(0) !== 70) return null;
  return FROM_BODY.exec(text.trim())?.[1] ?? null;
}
