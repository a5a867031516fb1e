// The meeting's organ when its front page names none: the organ its own decisions name.
// A page flattened without its running header (`PROTOKOLL` / `Justerandes signatur`) may
// name no organ above the items, while every § says who decided (`Kommunfullmäktiges
// beslut` / `Kommunfullmäktige godkänner årsredovisningen`): the decisions are the
// meeting's, so the organ most of them name is the meeting's body.
import type { Item } from '../../schema/result.js';
import { findBody } from './organisation.js';

// `Nämnden beslutar`, `Utskottet godkänner`: words any organ uses of itself name no organ
const GENERIC = new Set(['nämnd', 'utskott', 'fullmäktige']);
// fewer decisions that name their organ than this say too little
const FEWEST = 2;

/** The organ named by most of the items' decisions (and more than half of those naming one), else null. */
export function decidingOrgan(items: readonly Item[]): string | null {
  const counts = new Map<string, number>();
  let named = 0;
  const count = (list: readonly Item[]): void => {
    for (const item of list) {
      for (const d of item.decisions) {
        const body = d.by ? findBody(d.by)?.body : undefined;
        if (!body) continue;
        named++;
        if (!GENERIC.has(body)) counts.set(body, (counts.get(body) ?? 0) + 1);
      }
      count(item.subItems);
    }
  };
  count(items);
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= FEWEST && best[1] * 2 > named ? best[0] : null;
}
