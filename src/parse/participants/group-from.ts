// `Från Region Norrdal`, `Från kommunerna`: a roll's sub-heading on a line of its own (text/from-body.ts) names nobody.
// The people under it take the body it names where that is one organisation (`Region Norrdal`), and none where it names
// a kind of bodies in lower case (`kommunerna`, `staten`, `länets kommuner`).
import { fromBody } from '../../text/from-body.js';
import { OPENS_LOWER } from '../../text/letters.js';
import { organisationOnly } from './line.js';

/** The organisation a `Från …` sub-heading gives its people (null for a kind of bodies), or undefined where the line is none. */
export function groupFrom(text: string): string | null | undefined {
  const body = fromBody(text);
  if (body === null) return undefined;
  if (OPENS_LOWER.test(body)) return body.split(' ').every((w) => OPENS_LOWER.test(w)) ? null : undefined;
  return organisationOnly(body) ?? undefined;
}
