// Values printed after a block of labels, paired with the labels by kind and order.
import { alignLines, ownLists } from './align.js';
import { assignOne, NAMES_ONLY } from './assign-one.js';
import { groupsOf, linesOf } from './groups.js';
import { splitNamesThenPlace } from './names-then-place.js';
import type { Piece } from './pieces.js';
import type { FieldValue, FrontPageField } from './read.js';
import { SIGNER_FIELDS } from './refiners.js';
import { attendingAfterMembers, membersFirst, runOnEntries, runTakers, substitutes } from './run-on.js';
import { typedRun } from './typed-run.js';
import { peopleInOrder } from './people-in-order.js';
import { classOf, takes } from './values.js';

/**
 * Values printed after a block of labels: grouped (blank lines, rules), each group
 * classed, and paired with the labels of its class in order. Where there are as many
 * lines as labels and fewer groups, each line is a group.
 */
export function assignBlock(allTakers: readonly FrontPageField[], block: readonly Piece[], asValue: (p: Piece) => FieldValue, inRow = false): { rest: Piece[]; unpaired: boolean; groups: number } {
  // (signers' labels in a row, cut apart from one line, have their names after the last in their order: none is its alone)
  const beside = inRow ? 0 : besideLastSigner(allTakers, block);
  if (beside > 0) {
    allTakers[allTakers.length - 1]!.values.push(...block.slice(0, beside).map(asValue));
    const others = allTakers.slice(0, -1);
    const rest = block.slice(beside);
    if (others.length === 1) return { rest: assignOne(others[0]!, rest, asValue), unpaired: false, groups: 1 };
    return rest.length > 0 ? assignBlock(others, rest, asValue) : { rest: [], unpaired: false, groups: 1 };
  }
  let takers = allTakers;
  const values = withNamesCut(takers, block);
  let groups = groupsOf(values);
  // `Närvarande` / `Ledamöter` / names: fewer lists than headings, the first headings stand over the others
  const lists = groups.filter((g) => classOf(g[0]!.text) === 'persons').length;
  const heads = takers.filter((f) => f.field === 'participants');
  if (heads.length === takers.length) {
    // `Beslutande` / `Ledamöter Agne Ny (C), ordförande` / names a paragraph each: the list
    // starts beside the last heading, so the headings above it stand over it, and all its
    // paragraphs of names are that heading's
    const last = heads[heads.length - 1]!;
    // (not the members' heading over the attending deputies': `Beslutande ledamöter` / `Ej tjänstgörande ersättare Eva Ek (S) …`)
    if (heads.length > 1 && lists >= heads.length && values[0]!.at === last.at && heads[heads.length - 2]!.at < last.at && !attendingAfterMembers(heads)) {
      return { rest: assignOne(last, values, asValue), unpaired: false, groups: groups.length };
    }
    const runOn = alignedRunOn(heads, values);
    if (runOn) {
      runOn.runs.forEach((run, k) => runOn.takers[k]!.values.push(...run.flat().map(asValue)));
      return { rest: [], unpaired: false, groups: runOn.runs.length };
    }
    if (heads.length > lists && lists > 0) {
      // `Beslutande` / `Ersättare` / the names one a line: headings of lists of their own roles over one block, each its run
      const runs = ownLists(heads) ? alignLines(heads, linesOf(values)) : null;
      if (runs) {
        runs.forEach((run, k) => heads[k]!.values.push(...run.flat().map(asValue)));
        return { rest: [], unpaired: false, groups: runs.length };
      }
      takers = heads.slice(heads.length - lists);
    }
  } else {
    const signed = signersWithExtraNames(takers, values);
    if (signed) {
      signed.names.forEach((names, k) => takers[k]!.values.push(...names.map(asValue)));
      return { rest: values.slice(signed.used), unpaired: false, groups: signed.names.length };
    }
    // `Organ: Plats och tid: Beslutande:` and their values run on in one text: cut where each value ends
    const typed = typedRun(takers, values);
    if (typed) {
      typed.forEach((run, k) => takers[k]!.values.push(...run.map(asValue)));
      return { rest: [], unpaired: false, groups: typed.length };
    }
    // `Sekreterare: Närvarande tjänstemän Utses att justera: Eva Holm föredragande Bo Lund`: a row of cells in order
    const inOrder = peopleInOrder(takers, values);
    if (inOrder) {
      inOrder.forEach((run, k) => takers[k]!.values.push(...run.map(asValue)));
      return { rest: [], unpaired: false, groups: inOrder.length };
    }
    // an anslag block without blank lines: one value a line; labels side by side: one value a cell
    const byLine = linesOf(values);
    // but a list of people over several lines between blank lines is one value, however the lines count
    const lists = takers.some((f) => f.field === 'participants') && groups.some((g) => g.length > 1 && g.every((p) => classOf(p.text) === 'persons'));
    if (groups.length < takers.length && !lists && byLine.length === takers.length) groups = byLine;
    else if (groups.length < takers.length && !lists && values.length === takers.length) groups = values.map((v) => [v]);
    else if (groups.length < takers.length) {
      // a group whose lines are of different kinds (`2024-01-17` over `Gymnasiets aula, kl. 15.00`) holds a value a line
      const split = groups.flatMap((g) => {
        const ls = g.length > 1 ? linesOf(g) : [g];
        return ls.length > 1 && new Set(ls.map((l) => classOf(l[0]!.text))).size === ls.length ? ls : [g];
      });
      if (split.length <= takers.length) groups = split;
    }
    // no blank line among the values, fewer groups than labels and more lines: each label a run of lines of its kind
    // (a heading over the list's own heading, `Beslutande` over `Ledamöter`, takes no run)
    const runners = runTakers(takers);
    const runs = groups.length < takers.length && groupsOf(values).length === 1 ? alignLines(runners, byLine) : null;
    if (runs) {
      runs.forEach((run, k) => runners[k]!.values.push(...run.flat().map(asValue)));
      return { rest: [], unpaired: false, groups: runs.length };
    }
    const runOn = groups.length < takers.length ? alignedRunOn(takers, values) : null;
    if (runOn) {
      runOn.runs.forEach((run, k) => runOn.takers[k]!.values.push(...run.flat().map(asValue)));
      return { rest: [], unpaired: false, groups: runOn.runs.length };
    }
  }
  const classes = groups.map((g) => classOf(g[0]!.text));
  const used = new Set<number>();
  const empty = emptyListHeads(takers, classes);
  // exact classes first, then a text label takes a date (`Kommunhuset 2022-09-09`)
  for (const exact of [true, false]) {
    for (const f of takers) {
      if (f.values.length || empty.has(f)) continue;
      const k = groups.findIndex((g, j) => !used.has(j) && (exact ? classes[j] === f.value || (f.value === 'date' && classes[j] === 'date') : takes(f.value, classes[j]!, g[0]!.text)));
      if (k < 0) continue;
      // a group must not be taken out of order within its class
      used.add(k);
      f.values.push(...groups[k]!.map(asValue));
    }
  }
  const rest = groups.filter((_, j) => !used.has(j)).flat();
  return { rest, unpaired: groups.length !== takers.length && (rest.length > 0 || takers.some((f) => f.values.length === 0)), groups: groups.length };
}

/**
 * `Utses att justera` / `Justeringens plats och tid` / `Sekreterare: Tor Hall`: labels on lines of their own and the last,
 * a signer's, with its name beside it on its line: that name is the last label's (the labels above take their values
 * elsewhere). How many values its line holds, or 0.
 */
function besideLastSigner(takers: readonly FrontPageField[], values: readonly Piece[]): number {
  const last = takers[takers.length - 1]!;
  // (not under a list's heading, whose people may run on beside the last label: `Beslutande` / `Utses att justera Tove Ek (L), ordförande …`)
  if (!SIGNER_FIELDS.has(last.field) || values[0]?.at !== last.at || !takers.slice(0, -1).every((f) => f.at < last.at && f.field !== 'participants')) return 0;
  let n = 0;
  while (n < values.length && values[n]!.at === last.at) n++;
  return values.slice(0, n).every((v) => NAMES_ONLY.test(v.text)) ? n : 0;
}

/** Labels of people over fewer value lines than they are, one of them run on: each label its run of the people, or null. */
function alignedRunOn(labels: readonly FrontPageField[], values: readonly Piece[]): { takers: FrontPageField[]; runs: Piece[][][] } | null {
  const takers = membersFirst(runTakers(labels));
  if (takers.length < 2) return null;
  // (as many value lines as labels are a line each, unless the members' list runs on over them and closes on its
  // substitutes before the attending deputies': a page break in the run, `… Ola Sand (M)` / `2 Gun Lind (L) …`)
  const many = linesOf(values).length >= takers.length;
  if (many && !attendingAfterMembers(takers)) return null;
  const lines = runOnEntries(takers, values);
  if (many && !lines?.some((l) => substitutes(l[0]!.text))) return null;
  // (a § range's label among them, `Omfattning`, whose range the transcript lost: no run of the people is its)
  const own = lines && takers.some((f) => f.value === 'range') && !lines.some((l) => classOf(l[0]!.text) === 'range') ? takers.filter((f) => f.value !== 'range') : takers;
  const runs = lines && own.length >= 2 ? alignLines(own, lines, true) : null;
  return runs ? { takers: own, runs } : null;
}

/**
 * One value line fewer than labels, and the line under the adjusters' label holding the names
 * and then the adjusting's place and date (`Erik Malm och Anna Holm Socialkontoret 2025-04-25`):
 * that line cut in two, so that each label has its line.
 */
function withNamesCut(takers: readonly FrontPageField[], values: readonly Piece[]): readonly Piece[] {
  const byLine = linesOf(values);
  if (byLine.length !== takers.length - 1 || groupsOf(values).length !== 1) return values;
  const k = takers.findIndex((f, j) => f.field === 'adjusters' && takers[j + 1]?.field === 'adjustedAt');
  const line = byLine[k];
  const cut = line?.length === 1 ? splitNamesThenPlace(line[0]!) : null;
  if (!cut) return values;
  const at = values.indexOf(line![0]!);
  return [...values.slice(0, at), ...cut, ...values.slice(at + 1)];
}

// the names a row may hold beyond one a label (`Justerande` over two adjusters, or three)
const MAX_EXTRA_NAMES = 2;

/**
 * Signer labels side by side (`Ordförande   Justerande`) over a row of more names than labels
 * (`Anna Ek   Per Ås   Lars Berg`): each label takes the name in its place, and the one
 * label that may stand for several, the adjusters', takes the extra names.
 */
function signersWithExtraNames(takers: readonly FrontPageField[], values: readonly Piece[]): { names: Piece[][]; used: number } | null {
  const n = takers.length;
  if (n < 2 || !takers.every((f) => SIGNER_FIELDS.has(f.field))) return null;
  const plural = takers.findIndex((f) => f.field === 'adjusters');
  if (plural < 0 || takers.findIndex((f, k) => k > plural && f.field === 'adjusters') >= 0) return null;
  const row = linesOf(values)[0] ?? [];
  const extra = row.length - n;
  if (extra < 1 || extra > MAX_EXTRA_NAMES || !row.every((p) => classOf(p.text) === 'persons' && NAMES_ONLY.test(p.text) && !/,|\soch\s/u.test(p.text))) return null;
  const names = takers.map((_, k) => (k < plural ? [row[k]!] : k === plural ? row.slice(k, k + 1 + extra) : [row[k + extra]!]));
  return { names, used: row.length };
}

/**
 * `Övriga` / `Justerande` over one name: fewer lists of people than labels that take people,
 * and list headings before a signer's label: the lists are the ones left empty (a form's cell
 * nobody filled, its row flattened with the next), the names the signers', who are always named.
 */
function emptyListHeads(takers: readonly FrontPageField[], classes: readonly string[]): ReadonlySet<FrontPageField> {
  const people = takers.filter((f) => f.value === 'persons');
  const signer = people.findIndex((f) => SIGNER_FIELDS.has(f.field));
  const extra = people.length - classes.filter((c) => c === 'persons').length;
  if (signer <= 0 || extra <= 0) return NONE;
  const lists = people.slice(0, signer).filter((f) => f.field === 'participants');
  return lists.length === 0 ? NONE : new Set(lists.slice(0, extra));
}
const NONE: ReadonlySet<FrontPageField> = new Set();
