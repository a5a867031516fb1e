// Signature blocks → who signed as chair, secretary and adjuster. Labels and names pair
// up by column (`Justeras    Ordförande` over `Kristina Eimar    Jonas Erlandsson`), a
// single label takes every name under it (`Vid protokollet` over two secretaries), and
// `Ordförande Cecilia Andersson` carries both on one line.
import type { Range } from '../../segment/items.js';
import { isNameRow, labelRow, labelWithName, namesOverLabels, namesRunTogether, namesWithRoles, runTogether, type SignatureRole } from '../../segment/signatures.js';
import { collapse, columns, isBlank, nextContent, type Line } from '../../text/line.js';
import { alternation, labelKey, trimEndOf } from '../../text/patterns.js';
import { ORGANISATION_HEADS, ORGANISATION_SUFFIXES, SIGNATURE_GROUP_LABELS, SIGNATURE_LABELS } from '../../lexicon/sv.js';
import { namesThenLabels } from './names-then-labels.js';
import { oneSourceRow } from './one-source-row.js';
import { ANY_LETTER } from '../../text/letters.js';

// `(M)` after a name in a row of names run together
const PARTY_AFTER = /\s\([^()]{1,12}\)$/u;

// `Region Västerdal`, `Östby kommun`, `Försäkringskassan`: written under a signer's name, no second signer (nor the end of the names)
const ORGANISATION = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)})(?![${ANY_LETTER}])|^(?:${alternation(ORGANISATION_HEADS)})(?![${ANY_LETTER}])`, 'iu');

// `Justeras`, `Justeras av`: a group's heading of the adjusting (the adjusters' word that heads a group of signers)
const ADJUSTING_HEADINGS = new Set<string>(SIGNATURE_GROUP_LABELS.filter((w) => SIGNATURE_LABELS.some((s) => s.role === 'adjusters' && s.words.includes(w))));

export type Signers = Record<SignatureRole, string[]>;

/** The name part of `Ulla-Karin Cannervik, Arbetsförmedlingen`. */
const nameOf = (column: string): string => trimEndOf(collapse(column.split(',')[0]!), '*');

export function readSignatureBlocks(lines: readonly Line[], blocks: readonly Range[]): Signers {
  const signers: Signers = { chair: [], secretary: [], adjusters: [] };
  const add = (role: SignatureRole, name: string): void => {
    if (!signers[role].includes(name)) signers[role].push(name);
  };
  for (const b of blocks) {
    const run = namesThenLabels(lines, b) ?? oneSourceRow(lines, b);
    if (run) {
      for (const { role, name } of run) add(role, name);
      continue;
    }
    let pending: SignatureRole[] = [];
    // the role of a lone label whose one name was read last
    let stacked: SignatureRole | null = null;
    // the roles of the label lines with leaders right above, in order
    let leaderRow: SignatureRole[] = [];
    let lastWasLeaderLabel = false;
    // the line before (blank lines and rules passed by) held labels only
    let lastWasLabel = false;
    // the line before was a group's heading of adjusting alone (`Justeras`)
    let lastWasAdjusting = false;
    const namesFirst = endsWithNameOverLabel(lines, b);
    for (let i = b.start; i < b.end; i++) {
      const line = lines[i]!;
      // (a signature's rule between the names of one label leaves them the label's)
      if (isBlank(line) || line.rule) continue;
      const roles = labelRow(line);
      if (roles.length) {
        // `Ordförande: ____ Justerare: ____` over `Anna Holm     Bo Ek`: the normaliser cut the row of labels at each
        // signature line, one label with its leader a line; the labels of such lines, in order, head the names' columns
        // labels stacked one a line with no names between (`Sekreterare` / `Justerare` / `Gustav Lind` / `Bo Ek`, plain
        // pdftotext of a signature grid): the names under them take them in turn, as under a row of labels with leaders
        // (`Justeras` over `Ordförande   Justerare`: the group's heading over a row of labels heads that row, no label stacked with them)
        const headsRow = lastWasAdjusting && roles.length > 1 && pending.length === 1;
        const stackedLabels = lastWasLabel && !line.leader && !lastWasLeaderLabel && pending.length > 0 && !headsRow;
        leaderRow = line.leader && (leaderRow.length === 0 || lastWasLeaderLabel) ? [...leaderRow, ...roles] : line.leader ? [...roles] : stackedLabels ? [...pending, ...roles] : [];
        lastWasLeaderLabel = line.leader;
        lastWasLabel = true;
        lastWasAdjusting = roles.length === 1 && ADJUSTING_HEADINGS.has(labelKey(line.text));
        pending = stackedLabels ? [...pending, ...roles] : roles;
        stacked = null;
        continue;
      }
      lastWasLeaderLabel = false;
      lastWasLabel = false;
      lastWasAdjusting = false;
      // `Olle Sand, ordförande` under a signature line: the role after the name
      const signed = namesWithRoles(line);
      if (signed) {
        for (const { name, role } of signed) add(role, name);
        pending = [];
        stacked = null;
        continue;
      }
      const inline = labelWithName(line);
      if (inline) {
        inline.names.forEach((n, k) => add(inline.roles[k]!, n));
        pending = [];
        stacked = null;
        continue;
      }
      // names written above their labels (`Anna Svensson   Bo Nilsson` over `Ordförande   Justerare`)
      const below = nextContent(lines, i + 1, b.end);
      const under = below >= 0 ? labelRow(lines[below]!) : [];
      const over = below === i + 1 ? namesOverLabels(line, lines[below]!) : null;
      if (over && (under.length > 1 || (!pending.length && !stacked) || namesFirst)) {
        over.map(nameOf).forEach((n, k) => add(under[k]!, n));
        pending = [];
        stacked = null;
        i = below;
        continue;
      }
      // one text of as many names as labels (`Bo Lind Karin Alm (S) Olle Brink (M)`, a row flattened)
      const run = pending.length > 1 && columns(line.text).length === 1 ? namesRunTogether(line, pending.length) : null;
      if ((run || isNameRow(line)) && pending.length) {
        const cols = run ? null : columns(line.text);
        // (`Justeras` over `Tove Lind Per Holm`: one label's names run together in one column, one space apart, are its signers)
        // (pushed into one array by loops: arrays that map() and the other readers made were of one elements kind or another,
        // and each new kind threw readSignatureBlocks' optimised code away)
        const names: string[] = [];
        if (run) for (const n of run) names.push(nameOf(n).replace(PARTY_AFTER, ''));
        else if (pending.length === 1 && cols!.length === 1) for (const n of runTogether(nameOf(cols![0]!))) names.push(n);
        else for (const c of cols!) names.push(nameOf(c));
        // (names one a line under such labels take them in turn)
        let next: SignatureRole[] = [];
        if (leaderRow.length > 1 && !run && (leaderRow.length === names.length || names.length === 1)) {
          pending = leaderRow.slice(0, names.length);
          next = leaderRow.slice(names.length);
        }
        // (three labels or more stacked, `Sekreterare` / `Ordförande` / `Justerare`, and their names one a line: the labels
        // left after this name are taken in turn by the next ones, not all by the next name)
        leaderRow = next.length > 1 ? next : [];
        if (pending.length === names.length) names.forEach((n, k) => add(pending[k]!, n));
        else if (pending.length === 1) names.forEach((n) => add(pending[0]!, n));
        else names.forEach((n, k) => add(pending[Math.min(k, pending.length - 1)]!, n));
        // one label over names one a line (`Justerande` / `Anna Holm` / `Bo Ek`, each under its own rule):
        // the next person's name is the same label's, an organisation under a name is none
        stacked = pending.length === 1 && names.length === 1 && next.length === 0 ? pending[0]! : null;
        pending = next;
        continue;
      }
      if (stacked && ORGANISATION.test(line.flat)) continue;
      if (stacked && isNameRow(line) && columns(line.text).length === 1) add(stacked, nameOf(line.text));
      else stacked = null;
    }
  }
  // the chair signs as chair, not again as adjuster
  // (a loop, not a filter with a callback: every document's blocks are read so)
  const adjusters: string[] = [];
  for (const n of signers.adjusters) if (!signers.chair.includes(n)) adjusters.push(n);
  signers.adjusters = adjusters;
  return signers;
}

/**
 * A block that ends with a name over its role word (`Anna Berg` / `Ordförande`): each name
 * stands over its role, and a label that opens a group (`Justeras`, `Vid anteckningarna`)
 * heads the names and roles under it without being one of them.
 */
function endsWithNameOverLabel(lines: readonly Line[], b: Range): boolean {
  const last = b.end - 1;
  if (last - 1 < b.start || isBlank(lines[last]!) || isBlank(lines[last - 1]!)) return false;
  const roles = labelRow(lines[last]!);
  return roles.length > 0 && isNameRow(lines[last - 1]!) && columns(lines[last - 1]!.text).length === roles.length;
}
