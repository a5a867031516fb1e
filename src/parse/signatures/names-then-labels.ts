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
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// `(S)` after a signer's name
const PARTY_AFTER = /\s\([^()]{1,12}\)$/u;

// a line that opens with a signer's label, a name after it
const OPENS_WITH_LABEL = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+\\s[${UPPER_LETTER}]`, 'u');

type Token = { kind: 'group' } | { kind: 'role'; role: SignatureRole } | { kind: 'name'; name: string };

const GROUP = new RegExp(`^(?:${alternation(SIGNATURE_GROUP_LABELS)})(?![${ANY_LETTER}])[:.]?\\s*`, 'iu');

/** A line's tokens, or null when part of it is neither a label nor a name. */
function tokensOf(flat: string): Token[] | null {
  const out: Token[] = [];
  let rest = flat;
  const group = GROUP.exec(rest);
  if (group) {
    out.push({ kind: 'group' });
    rest = rest.slice(group[0].length);
  }
  // (`Maria Vik Sekreterare Anders Lök Sofia Grahn Ordförande Justerare`: labels between the names too, the whole table on one line)
  let names: string[] = [];
  const flush = (): boolean => {
    if (names.length === 0) return true;
    const run = runTogether(names.join(' '));
    names = [];
    // (a loop, not every with a callback: every block's names are read so)
    let named = true;
    for (const n of run) named &&= n.includes(' ') && looksLikeName(n);
    if (!named) return false;
    // (the party after a name is no part of it: `Anna Berg (S)` over `Ordförande` signs as Anna Berg)
    // (its closing bracket asked before the pattern: most names end in a letter)
    for (const name of run) out.push({ kind: 'name', name: name.endsWith(')') ? name.replace(PARTY_AFTER, '') : name });
    return true;
  };
  const words = rest === '' ? [] : rest.split(' ');
  for (let k = 0; k < words.length; k++) {
    const two = k + 1 < words.length ? roleOfLabel(`${words[k]} ${words[k + 1]}`) : null;
    const role = two ?? roleOfLabel(words[k]!);
    if (role === null) {
      // (`Hanna Lind, ordförande`: a name with its role after a comma is another layout's, read elsewhere)
      if (words[k]!.endsWith(',')) return null;
      names.push(words[k]!);
      continue;
    }
    if (!flush()) return null;
    out.push({ kind: 'role', role });
    if (two) k++;
  }
  return flush() ? out : null;
}

/** The signers of such a block in order, each with the label after its name; null where the block is not one. */
export function namesThenLabels(lines: readonly Line[], b: Range): { role: SignatureRole; name: string }[] | null {
  const tokens: Token[] = [];
  // `Maria Vik` / `Sekreterare Anders Lök Sofia Grahn` / `Ordförande` / `Justerare` (the table with no group's label, cut by the
  // reflow at each label): the block opens at its first label, and the name right above it waits for that label
  const above = b.start > 0 ? lines[b.start - 1]! : null;
  const first = above && !isBlank(above) && OPENS_WITH_LABEL.test(lines[b.start]!.flat) ? tokensOf(above.flat) : null;
  // (`Underskrifter Tor Holm (S)` / `Ordförande Anna Sol` / …: the heading of the signatures before that name)
  if (first && first.some((t) => t.kind === 'name') && first.every((t, k) => t.kind === 'name' || (k === 0 && t.kind === 'group'))) tokens.push(...first);
  for (let i = b.start; i < b.end; i++) {
    if (isBlank(lines[i]!)) continue;
    const t = tokensOf(lines[i]!.flat);
    if (!t) return null;
    tokens.push(...t);
  }
  return paired(tokens);
}

/** `Lars Holm Ordförande Eva Ring Sekreterare`: one line of such a table (a notice's last line); null where it is not one. */
export function namesThenLabelsOnLine(flat: string): { role: SignatureRole; name: string }[] | null {
  const tokens = tokensOf(flat);
  return tokens ? paired(tokens) : null;
}

/** Each name with the label after it, in order; null unless every name has one and two signers at least are read. */
function paired(tokens: readonly Token[]): { role: SignatureRole; name: string }[] | null {
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
