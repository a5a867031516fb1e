// The document-level pass of the decision process: what one § says about another. A jäv
// announced in an opening § for a later one (`Anna Ek (M) anmäler jäv under paragraf 811`,
// `… i ärende 12`) is a conflict of that §, and a voteringslista captioned for a § (`Omröst-
// ningslista § 47` after the last §) is the roll of that §'s vote. A target the document
// does not hold is dropped: the statement is not about the § it stands in.
import type { Document, Item } from '../../schema/result.js';
import { conflictTargets, type ConflictTarget } from './conflicts.js';
import { voteTargets } from './votes.js';

/** The item a target names: § N, or the n-th agenda item (`ärende 12` in §§ 130–143 is the 12th §). */
function itemsFor(items: readonly Item[], t: ConflictTarget): Item[] {
  const byNumber = (n: number): Item | undefined => items.find((it) => it.number === n);
  return t.numbers.flatMap((n) => {
    const found = t.kind === 'paragraph' || items[0]?.number === 1 ? byNumber(n) : (items[n - 1] ?? byNumber(n));
    return found ? [found] : [];
  });
}

export function placeLaterStatements(doc: Document): void {
  for (const item of doc.items) {
    const keep = item.conflicts.filter((c) => {
      const target = conflictTargets.get(c);
      if (!target) return true;
      const targets = itemsFor(doc.items, target);
      for (const t of targets) {
        if (t === item) continue;
        if (!t.conflicts.some((o) => o.name === c.name)) {
          t.conflicts.push({ name: c.name, party: c.party, line: c.line });
          t.conflicts.sort((a, b) => a.line - b.line);
        }
      }
      return targets.includes(item);
    });
    item.conflicts = keep;
    item.votes = item.votes.filter((v) => {
      const n = voteTargets.get(v);
      if (n === undefined || n === item.number) return true;
      const target = doc.items.find((it) => it.number === n);
      if (target) {
        const same = target.votes.find((o) => o.roll.length === 0 && o.yes === v.yes && o.no === v.no);
        if (same) same.roll = v.roll;
        else target.votes.push(v);
      }
      return false;
    });
  }
}
