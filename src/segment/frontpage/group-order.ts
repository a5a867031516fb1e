// A roll lists its people group by group — the parties in one order (`S … C … M … V`), a
// council's associations (`PRO … SPF … SKPF`) — and a second list after it (the deputies)
// starts that order over. Where the labels stand first and all their people run on after them
// (`Beslutande Ej beslutande Övriga deltagare Eva Ek, s … Olle Berg, v Lisa Holm, s Per Ås, v`),
// nothing else marks where the members end: the step back in the order does (`v` → `s`).
import { ASSOCIATION_ACRONYMS, PARTIES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';

// `(S)`, `(Kd)`: a party in brackets
const BRACKETED = new RegExp(`\\((${alternation(PARTIES)})\\)`, 'u');
// `, s`, `, KD`, `, PRO`: a party or a council's association after the name's comma
const GROUPS = new Set<string>([...PARTIES.map((p) => p.toLowerCase()), ...ASSOCIATION_ACRONYMS.map((a) => a.toLowerCase())]);

/** The party or association an entry names right after the name (`Eva Ek (S)`, `Eva Ek, s, ordförande`, `Eva Ek, PRO`), or null. */
export function groupOf(entry: string): string | null {
  const bracketed = BRACKETED.exec(entry);
  if (bracketed) return bracketed[1]!.toLowerCase();
  const comma = entry.indexOf(',');
  if (comma < 0) return null;
  const end = entry.indexOf(',', comma + 1);
  const after = entry.slice(comma + 1, end < 0 ? undefined : end).trim().toLowerCase();
  return GROUPS.has(after) ? after : null;
}

/** An entry that names no group, one that names one, and one whose group steps back in the order. */
export const enum Step {
  None = 0,
  Grouped = 1,
  Back = 2,
}

/**
 * For each entry, whether it names a group, and whether that steps back in the order the groups first
 * appear in (a group met before the group of the last entry before it that names one): where the lists
 * change. Null where the groups step back `lists` times or more, or never: then the people were not
 * listed group by group, and the order says nothing of where a list ends.
 */
export function stepsBack(entries: readonly string[], lists: number): Step[] | null {
  const rank = new Map<string, number>();
  const steps = new Array<Step>(entries.length).fill(Step.None);
  let last = -1;
  let count = 0;
  entries.forEach((entry, j) => {
    const group = groupOf(entry);
    if (group === null) return;
    if (!rank.has(group)) rank.set(group, rank.size);
    const r = rank.get(group)!;
    steps[j] = r < last ? Step.Back : Step.Grouped;
    if (r < last) count++;
    last = r;
  });
  if (count === 0 || count >= lists) return null;
  // (and each list long enough to show an order: `Eva Ek, s Bo Ås, m Lisa Holm, s` is no party order stepping back)
  return listsLongEnough(steps) && rank.size >= MIN_GROUPS ? steps : null;
}

// a list shows its order of groups with this many people who name one at least
const MIN_LISTED = 3;
// and the roll as many groups
const MIN_GROUPS = 3;

/** Whether every list the steps back part holds MIN_LISTED people who name a group. */
function listsLongEnough(steps: readonly Step[]): boolean {
  let listed = 0;
  for (const step of steps) {
    if (step === Step.Back) {
      if (listed < MIN_LISTED) return false;
      listed = 0;
    }
    if (step !== Step.None) listed++;
  }
  return listed >= MIN_LISTED;
}

/** How many entries of [from, to) step back after an entry of the same run that names a group. */
export function stepsBackWithin(steps: readonly Step[], from: number, to: number): number {
  let grouped = false;
  let n = 0;
  for (let j = from; j < to; j++) {
    if (steps[j] === Step.Back && grouped) n++;
    if (steps[j] !== Step.None) grouped = true;
  }
  return n;
}
