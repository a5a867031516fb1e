// E-signing certificates (Zigned, Scrive, …) list the signers and when each signed:
// a name above a `Signer` line, and `Signed at` above a timestamp. They pair in order.
import { CERTIFICATE } from '../../lexicon/sv.js';
import type { SignedAt } from '../../schema/result.js';
import { isBlank, nextContent, prevContent, type Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { looksLikeName } from '../../split/titles.js';
import { ANY_LETTER } from '../../text/letters.js';

const SIGNER = new RegExp(`^(?:${alternation(CERTIFICATE.signerMarkers)})$`, 'iu');
const SIGNED_AT = new RegExp(`^(?:${alternation(CERTIFICATE.signedAt)})(?![${ANY_LETTER}])(.*)$`, 'iu');
const TIMESTAMP = /(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)/;

/** A signer's name as certificates print it: `Anna Ek`, `LISA ANDERSSON`. */
const nameLike = (text: string): boolean => looksLikeName(text) || /^\p{Lu}+(?:-\p{Lu}+)?(?:\s+\p{Lu}+(?:-\p{Lu}+)?){1,3}$/u.test(text);

export function readCertificate(lines: readonly Line[], start: number, end: number): SignedAt[] {
  const names: string[] = [];
  const times: string[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const text = line.flat;
    if (SIGNER.test(text)) {
      // Zigned prints the name above `Signer`; others print `Undertecknare` above the name
      const p = prevContent(lines, i - 1, start);
      const n = nextContent(lines, i + 1, end);
      const above = p >= 0 ? lines[p]!.flat : '';
      const below = n >= 0 ? lines[n]!.flat : '';
      const name = looksLikeName(above) ? above : looksLikeName(below) ? below : above;
      if (name) names.push(name);
      continue;
    }
    const m = SIGNED_AT.exec(text);
    if (m) {
      const here = TIMESTAMP.exec(m[1]!);
      const n = here ? -1 : nextContent(lines, i + 1, end);
      const ts = here ?? (n >= 0 ? TIMESTAMP.exec(lines[n]!.text) : null);
      if (!ts) continue;
      times.push(`${ts[1]} ${ts[2]}`);
      // Visma prints the name right above its `Datum: …` line, with no marker
      const p = prevContent(lines, i - 1, start);
      if (names.length < times.length && p >= 0 && nameLike(lines[p]!.flat)) names.push(lines[p]!.flat);
    }
  }
  return names.slice(0, times.length).map((name, k) => ({ name, at: times[k]! }));
}
