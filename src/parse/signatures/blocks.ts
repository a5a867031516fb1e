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
  for (const b of blocks) readBlock(lines, b, add);
  // the chair signs as chair, not again as adjuster
  // (a loop, not a filter with a callback: every document's blocks are read so)
  const adjusters: string[] = [];
  for (const n of signers.adjusters) if (!signers.chair.includes(n)) adjusters.push(n);
  signers.adjusters = adjusters;
  return signers;
}

/** What the lines of a signature block read so far leave for the names under them: the labels' roles and how they stood. */
interface LabelsAbove {
  pending: SignatureRole[];
  // the role of a lone label whose one name was read last
  stacked: SignatureRole | null;
  // the roles of the label lines with leaders right above, in order
  leaderRow: SignatureRole[];
  lastWasLeaderLabel: boolean;
  // the line before (blank lines and rules passed by) held labels only
  lastWasLabel: boolean;
  // the line before was a group's heading of adjusting alone (`Justeras`)
  lastWasAdjusting: boolean;
}

/** One signature block's signers, each given to `add` with the role its label, its own words or its column give. */
function readBlock(lines: readonly Line[], b: Range, add: (role: SignatureRole, name: string) => void): void {
  const run = namesThenLabels(lines, b) ?? oneSourceRow(lines, b);
  if (run) {
    for (const { role, name } of run) add(role, name);
    return;
  }
  const st: LabelsAbove = { pending: [], stacked: null, leaderRow: [], lastWasLeaderLabel: false, lastWasLabel: false, lastWasAdjusting: false };
  const namesFirst = endsWithNameOverLabel(lines, b);
  for (let i = b.start; i < b.end; i++) {
    const line = lines[i]!;
    // (a signature's rule between the names of one label leaves them the label's)
    if (isBlank(line) || line.rule) continue;
    const roles = labelRow(line);
    if (roles.length) {
      readLabelRow(st, line, roles);
      continue;
    }
    st.lastWasLeaderLabel = false;
    st.lastWasLabel = false;
    st.lastWasAdjusting = false;
    // `Olle Sand, ordförande` under a signature line: the role after the name
    const signed = namesWithRoles(line);
    if (signed) {
      for (const { name, role } of signed) add(role, name);
      st.pending = [];
      st.stacked = null;
      continue;
    }
    const inline = labelWithName(line);
    if (inline) {
      inline.names.forEach((n, k) => add(inline.roles[k]!, n));
      st.pending = [];
      st.stacked = null;
      continue;
    }
    // names written above their labels (`Anna Svensson   Bo Nilsson` over `Ordförande   Justerare`)
    const below = nextContent(lines, i + 1, b.end);
    const under = below >= 0 ? labelRow(lines[below]!) : [];
    const over = below === i + 1 ? namesOverLabels(line, lines[below]!) : null;
    if (over && (under.length > 1 || (!st.pending.length && !st.stacked) || namesFirst)) {
      over.map(nameOf).forEach((n, k) => add(under[k]!, n));
      st.pending = [];
      st.stacked = null;
      i = below;
      continue;
    }
    // one text of as many names as labels (`Bo Lind Karin Alm (S) Olle Brink (M)`, a row flattened)
    const run = st.pending.length > 1 && columns(line.text).length === 1 ? namesRunTogether(line, st.pending.length) : null;
    if ((run || isNameRow(line)) && st.pending.length) {
      readNameRow(st, line, run, add);
      continue;
    }
    if (st.stacked && ORGANISATION.test(line.flat)) continue;
    if (st.stacked && isNameRow(line) && columns(line.text).length === 1) add(st.stacked, nameOf(line.text));
    else st.stacked = null;
  }
}

/** A row of labels (`Ordförande   Justerare`, or one with its leader): the roles the names under it take. */
function readLabelRow(st: LabelsAbove, line: Line, roles: SignatureRole[]): void {
  // `Ordförande: ____ Justerare: ____` over `Anna Holm     Bo Ek`: the normaliser cut the row of labels at each
  // signature line, one label with its leader a line; the labels of such lines, in order, head the names' columns
  // labels stacked one a line with no names between (`Sekreterare` / `Justerare` / `Gustav Lind` / `Bo Ek`, plain
  // pdftotext of a signature grid): the names under them take them in turn, as under a row of labels with leaders
  // (`Justeras` over `Ordförande   Justerare`: the group's heading over a row of labels heads that row, no label stacked with them)
  const headsRow = st.lastWasAdjusting && roles.length > 1 && st.pending.length === 1;
  const stackedLabels = st.lastWasLabel && !line.leader && !st.lastWasLeaderLabel && st.pending.length > 0 && !headsRow;
  st.leaderRow = line.leader && (st.leaderRow.length === 0 || st.lastWasLeaderLabel) ? [...st.leaderRow, ...roles] : line.leader ? [...roles] : stackedLabels ? [...st.pending, ...roles] : [];
  st.lastWasLeaderLabel = line.leader;
  st.lastWasLabel = true;
  st.lastWasAdjusting = roles.length === 1 && ADJUSTING_HEADINGS.has(labelKey(line.text));
  st.pending = stackedLabels ? [...st.pending, ...roles] : roles;
  st.stacked = null;
}

/** A row of names under the labels read (`run`: one text of as many names as labels, cut): each name given its label's role. */
function readNameRow(st: LabelsAbove, line: Line, run: string[] | null, add: (role: SignatureRole, name: string) => void): void {
  const cols = run ? null : columns(line.text);
  // (`Justeras` over `Tove Lind Per Holm`: one label's names run together in one column, one space apart, are its signers)
  // (pushed into one array by loops: arrays that map() and the other readers made were of one elements kind or another,
  // and each new kind threw readSignatureBlocks' optimised code away)
  const names: string[] = [];
  if (run) for (const n of run) names.push(nameOf(n).replace(PARTY_AFTER, ''));
  else if (st.pending.length === 1 && cols!.length === 1) for (const n of runTogether(nameOf(cols![0]!))) names.push(n);
  else for (const c of cols!) names.push(nameOf(c));
  // (names one a line under such labels take them in turn)
  let next: SignatureRole[] = [];
  if (st.leaderRow.length > 1 && !run && (st.leaderRow.length === names.length || names.length === 1)) {
    st.pending = st.leaderRow.slice(0, names.length);
    next = st.leaderRow.slice(names.length);
  }
  // (three labels or more stacked, `Sekreterare` / `Ordförande` / `Justerare`, and their names one a line: the labels
  // left after this name are taken in turn by the next ones, not all by the next name)
  st.leaderRow = next.length > 1 ? next : [];
  if (st.pending.length === names.length) names.forEach((n, k) => add(st.pending[k]!, n));
  else if (st.pending.length === 1) names.forEach((n) => add(st.pending[0]!, n));
  else names.forEach((n, k) => add(st.pending[Math.min(k, st.pending.length - 1)]!, n));
  // one label over names one a line (`Justerande` / `Anna Holm` / `Bo Ek`, each under its own rule):
  // the next person's name is the same label's, an organisation under a name is none
  st.stacked = st.pending.length === 1 && names.length === 1 && next.length === 0 ? st.pending[0]! : null;
  st.pending = next;
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
