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

/**
 * The items' motions and reservations with `Ordföranden` as the chair's name (in place), and the chair's
 * party where the list of those present gives it (`Anna Berg (S), ordförande`): the text named only the office.
 */
export function nameTheChair(items: readonly Item[], name: string | null, people: readonly Participant[] = []): void {
  if (name === null) return;
  // the items' and their sub-items' motions and reservations, gathered in one walk: most minutes hold none, and then
  // nothing else is done (the chair's party was looked up again for every item and sub-item)
  const statements: { by: string[]; parties: string[] }[] = [];
  const walk = [...items];
  for (let k = 0; k < walk.length; k++) {
    const item = walk[k]!;
    statements.push(...item.motions, ...item.reservations);
    walk.push(...item.subItems);
  }
  if (statements.length === 0) return;
  const party = people.find((p) => p.name === name && p.party !== null)?.party ?? null;
  const nameIn = (statement: { by: string[]; parties: string[] }): void => {
    const at = statement.by.findIndex((b) => CHAIR.has(b.toLowerCase()));
    if (at < 0) return;
    statement.by = [...new Set(statement.by.map((b) => (CHAIR.has(b.toLowerCase()) ? name : b)))];
    // (the parties in the order of their people: the chair's first where the chair speaks first)
    if (party !== null && !statement.parties.includes(party)) statement.parties.splice(at === 0 ? 0 : statement.parties.length, 0, party);
  };
  for (const s of statements) nameIn(s);
}
