// `Justeras` over two names and no label saying who signs as what (`Justeras` / `Anna Ek   Bo Lind`):
// where the participants' list names one of them the meeting's chair, and the minutes elect the
// other to adjust (`Bo Lind valdes att jämte ordföranden justera protokollet`), the chair signs as
// chair. A chair the minutes also elect to adjust stays an adjuster.
import type { Participant } from '../../schema/result.js';

interface Signers {
  chair: string[];
  secretary: string[];
  adjusters: string[];
}

/** The signers with the listed chair moved from the adjusters to the chair, where the election says so. */
export function chairAmongAdjusters(signers: Signers, people: readonly Participant[], elected: readonly string[]): Signers {
  if (signers.chair.length > 0 || signers.adjusters.length < 2 || elected.length === 0) return signers;
  const chairs = people.filter((p) => p.position === 'ordförande' && p.role !== 'absent').map((p) => p.name);
  if (chairs.length !== 1) return signers;
  const chair = chairs[0]!;
  const rest = signers.adjusters.filter((n) => n !== chair);
  if (rest.length === signers.adjusters.length || elected.includes(chair) || !elected.every((n) => rest.includes(n))) return signers;
  return { ...signers, chair: [chair], adjusters: rest };
}
