// `Ordföranden yrkar bifall till arbetsutskottets förslag`: a motion or reservation by the chair,
// named by office alone, is the person who chairs the meeting, where the minutes name one chair:
// the one who signs as chair, else the one member listed as `ordförande`.
import { PROCESS } from '../../lexicon/sv.js';
import type { Item, Participant } from '../../schema/result.js';

const CHAIR = new Set<string>(PROCESS.chairReferences);

/** The meeting's chair: the one who signs as chair, else the one member listed as chair; null where not one. */
export function chairOf(signing: readonly string[], people: readonly Participant[]): string | null {
  if (signing.length === 1) return signing[0]!;
  if (signing.length > 1) return null;
  const listed = people.filter((p) => p.role === 'member' && p.position !== null && CHAIR.has(p.position.toLowerCase()));
  return listed.length === 1 ? listed[0]!.name : null;
}

/** The items' motions and reservations with `Ordföranden` as the chair's name (in place). */
export function nameTheChair(items: readonly Item[], name: string | null): void {
  if (name === null) return;
  const named = (by: string[]): string[] => (by.some((b) => CHAIR.has(b.toLowerCase())) ? [...new Set(by.map((b) => (CHAIR.has(b.toLowerCase()) ? name : b)))] : by);
  for (const item of items) {
    for (const m of item.motions) m.by = named(m.by);
    for (const r of item.reservations) r.by = named(r.by);
    nameTheChair(item.subItems, name);
  }
}
