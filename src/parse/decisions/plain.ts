// A look at a text's first character before an anchored pattern reads it. A pattern that
// opens on one of a few words fails at its first letter on most texts, yet each call costs
// far more than that step: a table of the character codes it can open with spares it. The
// table is built by the pattern's own rules (its flags: with `i`, `B` opens `beslut` too),
// and a character beyond ASCII is left to the pattern (with `iu`, the Kelvin sign is a `k`).
import { escapeRegExp } from '../../text/patterns.js';

const ASCII = 128;

/** Whether a text may open with one of the characters `openers`, as a pattern with `flags` reads them. */
export function opensWith(openers: readonly string[], flags = ''): (text: string) => boolean {
  const may = new Uint8Array(ASCII);
  for (const o of new Set(openers)) {
    const first = new RegExp(`^${escapeRegExp(o)}`, flags);
    for (let c = 0; c < ASCII; c++) if (first.test(String.fromCharCode(c))) may[c] = 1;
  }
  // (an empty text's code is NaN: no entry, so false)
  return (text) => {
    const c = text.charCodeAt(0);
    return c >= ASCII || may[c] === 1;
  };
}

/** The first characters of words. */
export const initials = (words: readonly string[]): string[] => words.map((w) => w.charAt(0));
