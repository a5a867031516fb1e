// A signature table whose names stand over their labels, run on into one line and cut again by
// the reflow at each label: `Vid protokollet Maria Vik` / `Sekreterare` / `Justeras Anders Lök
// Sofia Grahn` / `Ordförande` / `Justerare` (or `Justeras Anders Lök` / `Ordförande Sofia Grahn` /
// `Justerare`). Read line by line, the label after a name looks like the next name's. The block
// ends on a label alone: every name waits for the next label, and a group's label (`Justeras`,
// `Vid protokollet`) heads the names after it without being their role.
import { SIGNATURE_GROUP_LABELS } from '../../lexicon/sv.js';
import type { Range } from '../../segment/items.js';
import { roleOfLabel, runTogether, type SignatureRole } from '../../segment/signatures.js';
import { looksLikeName } from '../../split/titles.js';
import { isBlank, type Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';

type Token = { kind: 'group' } | { kind: 'role'; role: SignatureRole } | { kind: 'name'; name: string };

const GROUP = new RegExp(`^(?:${alternation(SIGNATURE_GROUP_LABELS)})(?![\\p{L}])[:.]?\\s*`, 'iu');
// a label's word, one or two words, at the start of what is left of a line
const FIRST_WORDS = /^(\S+)(?:\s+(\S+))?/u;

/** A line's tokens, or null when part of it is neither a label nor a name. */
function tokensOf(flat: string): Token[] | null {
  const out: Token[] = [];
  let rest = flat;
  const group = GROUP.exec(rest);
  if (group) {
    out.push({ kind: 'group' });
    rest = rest.slice(group[0].length);
  }
  const words = FIRST_WORDS.exec(rest);
  if (words) {
    const two = words[2] ? roleOfLabel(`${words[1]} ${words[2]}`) : null;
    const one = two ? null : roleOfLabel(words[1]!);
    if (two || one) {
      out.push({ kind: 'role', role: (two ?? one)! });
      rest = rest.slice(two ? words[0].length : words[1]!.length).trimStart();
    }
  }
  if (rest === '') return out;
  const names = runTogether(rest);
  if (!names.every((n) => n.includes(' ') && looksLikeName(n))) return null;
  for (const name of names) out.push({ kind: 'name', name });
  return out;
}

/** The signers of such a block in order, each with the label after its name; null where the block is not one. */
export function namesThenLabels(lines: readonly Line[], b: Range): { role: SignatureRole; name: string }[] | null {
  const tokens: Token[] = [];
  for (let i = b.start; i < b.end; i++) {
    if (isBlank(lines[i]!)) continue;
    const t = tokensOf(lines[i]!.flat);
    if (!t) return null;
    tokens.push(...t);
  }
  // (the block must end on a label that has a name waiting for it)
  if (tokens.at(-1)?.kind !== 'role') return null;
  const out: { role: SignatureRole; name: string }[] = [];
  const waiting: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'name') waiting.push(t.name);
    else if (t.kind === 'group') {
      // a group's label after names that wait: the names were the labels' before them (written label first)
      if (waiting.length) return null;
    } else {
      const name = waiting.shift();
      // a role label with no name before it heads the names after it: the other layout
      if (name === undefined) return null;
      out.push({ role: t.role, name });
    }
  }
  return waiting.length === 0 && out.length >= 2 ? out : null;
}
