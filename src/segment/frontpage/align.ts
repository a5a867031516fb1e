// A block of labels and then a block of values one a line, with no blank line to group the
// values and more lines than labels (a table flattened column by column whose cells had
// several lines: the members' list, a place over two lines). Each label takes a run of
// lines in order — a list of people as many as it holds, a text at most two, a date or a
// § range one — and the runs are chosen so that the fewest lines stand under a label of
// another kind (an alignment, as a diff aligns two texts). Where runs of people could be
// cut in several ways, the earlier lists take more: the members' list is the long one.
import { PARTIES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { roleOfHeading } from '../participants.js';
import type { Piece } from './pieces.js';
import type { FrontPageField } from './read.js';
import { classOf, namesStaff, takes } from './values.js';
import { nameAfterNumbers, namesServing, outOfServingOrder, servingOrderOf, substitutes, unlikelyInService } from './run-on.js';
import { stepsBack, stepsBackWithin } from './group-order.js';

// the alignment is square in the lines: a front page's block is short, a longer one is no such table
const MAX_LINES = 80;
const MAX_LABELS = 30;
// a line of a kind its label does not take
const MISMATCH = 1;
// a second line of a text (a place over two lines) rather than a value of its own
const SECOND_TEXT_LINE = 0.4;
// a line under a list of people that names nobody (`Försäkringskassan` over its people)
const PERSONS_GAP = 0.6;
// a member with a party under `Övriga deltagare`, staff under `Beslutande`, a signer's label over a line that says more than a name
const UNLIKELY = 0.3;
// a list of a run-on line, its entries parted by commas, that ends on an entry a comma closes while the next list follows
// (`… Eva Lind (KD) Olle Dal (S), Maja Sand (M)` under `Beslutande   Beslutande ersättare`: the entry with no comma closes the first)
const COMMA_BEFORE_NEXT = 0.2;
// a run-on line's member or deputy whose party steps back in the order of the groups listed before it in the same
// list (`… Olle Berg, v Lisa Holm, s`): where the people were listed group by group, the next list has begun
// (a tie-breaker: less than any other cost, so it only chooses among cuts that cost the same)
const STEP_BACK = 0.1;
// at most this share of the labels may take a value of another kind
const MAX_COST_SHARE = 0.25;

const PARTY = new RegExp(`\\(\\s*(?:${alternation(PARTIES)})\\s*\\)`, 'iu');
const SIGNERS = new Set<string>(['chair', 'secretary', 'adjusters']);
// labels whose value is a place and a day, often a line each
const WHEN_AND_WHERE = new Set<string>(['placeAndTime', 'dateAndTime', 'adjustedAt']);

// a heading that only says who was there stands over the lists under it (`Närvarande` / `Ledamöter` / names)
const OVER_LISTS = /^(?:närvarande|närvaro|deltagare|deltagande)$/iu;
/** Headings of lists that each give their own role (`Beslutande`, `Ersättare`, `Övriga deltagare`), none over another. */
export const ownLists = (heads: readonly FrontPageField[]): boolean => ownRoles(heads.map((h) => h.label));

/** The same of the headings as written. */
export function ownRoles(labels: readonly string[]): boolean {
  const roles = labels.map(roleOfHeading);
  return !labels.some((l) => OVER_LISTS.test(l.replace(/:$/u, ''))) && new Set(roles).size === roles.length;
}

/** The lines under each label, in order; null when the lines do not fall into runs of the labels' kinds. */
/** (`entries`: the lines are the people of a run-on line, where an adjuster with a party, `Eva Ek (S)`, is as likely as without.) */
export function alignLines(takers: readonly FrontPageField[], lines: readonly Piece[][], entries = false): Piece[][][] | null {
  const n = takers.length;
  const m = lines.length;
  if (n < 2 || m <= n || m > MAX_LINES || n > MAX_LABELS) return null;
  const texts = lines.map((l) => l.map((p) => p.text).join(' '));
  // (a run-on line's name after an official's § numbers is a person's, whatever its given name)
  const classes = texts.map((t, j) => (entries && j > 0 && nameAfterNumbers(texts[j - 1]!, t) ? 'persons' : classOf(t)));
  const serving = namesServing(takers);
  // (which of a run-on line's people sit for another: the members' list closes on them)
  const subs = entries ? texts.map(substitutes) : [];
  const orders = entries ? takers.map((_, i) => servingOrderOf(takers, i)) : [];
  // (which of a run-on line's people a comma closes: a list's last has none; asked only of a line whose entries commas part,
  // a third of them at least: where commas stand here and there, `Eva Ek (S), ordförande Bo Ås (C) Ola Berg (M), …`, they say nothing)
  const closed = entries ? texts.map((t) => t.endsWith(',')) : [];
  // (the groups of a run-on line's people in their order, where they were listed group by group, a list after a list)
  const lists = takers.filter((f) => f.value === 'persons').length;
  const steps = entries && lists >= 2 ? stepsBack(texts, lists) : null;
  const commaParted = closed.filter(Boolean).length * 3 >= closed.length;
  // what line j costs under label i as a value of its own (a run's first line, or a person in a run of people):
  // weighed once for each label and line, not again for every run the alignment tries (they hold the patterns)
  const own: number[][] = takers.map((f) =>
    texts.map((text, j) =>
      !takes(f.value, classes[j]!, text) ? MISMATCH : f.value === 'persons' && (unlikely(f, text, entries) || unlikelyInService(f, text, serving)) ? UNLIKELY : 0,
    ),
  );
  // cost of label i taking lines [from, to)
  const runCost = (i: number, from: number, to: number): number => {
    const f = takers[i]!;
    if (to - from > 1 && f.value !== 'persons' && !(f.value === 'text' && to - from === 2)) return Infinity;
    const row = own[i]!;
    let cost = 0;
    for (let j = from; j < to; j++) {
      const cls = classes[j]!;
      // (`Plats och tid` over the place and then the day: a second line that is a date is the label's own)
      if (j > from && f.value === 'text') cost += cls === 'text' || (cls === 'date' && WHEN_AND_WHERE.has(f.field)) ? SECOND_TEXT_LINE : MISMATCH;
      else if (j > from && f.value === 'persons' && cls !== 'persons') cost += cls === 'text' ? PERSONS_GAP : MISMATCH;
      else cost += row[j]!;
    }
    if (!entries || f.value !== 'persons') return cost;
    const stepped = steps && listsByGroup(f) ? STEP_BACK * stepsBackWithin(steps, from, to) : 0;
    return cost + stepped + UNLIKELY * outOfServingOrder(orders[i]!, subs, from, to) + (commaParted && to < m && closed[to - 1] ? COMMA_BEFORE_NEXT : 0);
  };
  // best[i][j]: the first i labels over the first j lines; the run length that gave it
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const took: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0]![0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m - (n - i); j++) {
      // shortest run first, and only a cheaper one replaces it: the earlier labels take more
      for (let len = 1; len <= j - (i - 1); len++) {
        const before = best[i - 1]![j - len]!;
        if (before === Infinity) continue;
        const c = before + runCost(i - 1, j - len, j);
        if (c < best[i]![j]!) {
          best[i]![j] = c;
          took[i]![j] = len;
        }
      }
    }
  }
  const total = best[n]![m]!;
  if (total > n * MAX_COST_SHARE) return null;
  const runs: Piece[][][] = [];
  for (let i = n, j = m; i > 0; i--) {
    const len = took[i]![j]!;
    runs.unshift(lines.slice(j - len, j));
    j -= len;
  }
  return runs;
}

/** A label of the body's members or deputies: its list names each person's party. */
function listsByGroup(f: FrontPageField): boolean {
  if (f.field !== 'participants') return false;
  const role = roleOfHeading(f.label);
  return role === 'member' || role === 'deputy';
}

function unlikely(f: FrontPageField, text: string, entries: boolean): boolean {
  if (SIGNERS.has(f.field)) return text.includes(',') || (!entries && PARTY.test(text));
  if (f.field !== 'participants') return false;
  const role = roleOfHeading(f.label);
  return role === 'other' ? PARTY.test(text) : (role === 'member' || role === 'deputy') && namesStaff(text);
}
