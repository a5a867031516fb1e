// A point's own type on a line of its own under its title (`4. Delårsrapport` / `Beslutsärende`,
// `(Informationsärende)`, `För beslut`): the singular forms, read as the point's type and not as
// the group heading of the points after it.
import { ITEM_TYPE_LINES, ITEM_TYPE_SUFFIXES } from '../lexicon/sv.js';
import type { ItemType } from '../schema/result.js';
import { alternation, opensLike } from '../text/patterns.js';

const TYPE_OF = new Map<string, ItemType>(ITEM_TYPE_LINES.flatMap((t) => t.words.map((w): [string, ItemType] => [w, t.type])));
const TYPE_LINE = new RegExp(`^\\(?(${alternation(ITEM_TYPE_LINES.flatMap((t) => t.words))})\\)?[.:]?$`, 'iu');
const mayOpenType = opensLike(ITEM_TYPE_LINES.flatMap((t) => t.words));
// (the longest word and its brackets and stop)
const LONGEST = Math.max(...[...TYPE_OF.keys()].map((w) => w.length)) + 3;

/** The type a line names when it is only a point's type word, or null. */
export function itemTypeOfLine(text: string): ItemType | null {
  const t = text.trim();
  if (t.length > LONGEST || t.length < 6) return null;
  // (a bracket or one of the words opens it: most short lines open otherwise)
  if (t.charCodeAt(0) !== 40 && !mayOpenType(t)) return null;
  const m = TYPE_LINE.exec(t.replace(/\s+/gu, ' '));
  return m ? (TYPE_OF.get(m[1]!.toLowerCase()) ?? null) : null;
}

// (the plain words too, `Beslut`, `Information`, `Diskussion`, in a table's title cell; not `Rapport`, a title's word)
const CELL_TYPE_OF = new Map<string, ItemType>(ITEM_TYPE_SUFFIXES.flatMap((t) => t.words.filter((w) => w !== 'rapport').map((w): [string, ItemType] => [w, t.type])));
const CELL_LONGEST = Math.max(...[...CELL_TYPE_OF.keys()].map((w) => w.length));

/**
 * The type an agenda table's title cell names on a line of its own under the title
 * (`| 4. | Verksamhetsplan 2025<br>Beslut | …`), where a group heading never stands: or null.
 */
export function itemTypeOfCell(text: string): ItemType | null {
  const t = text.trim();
  if (t.length > CELL_LONGEST || t.length < 4) return null;
  return CELL_TYPE_OF.get(t.toLowerCase().replace(/\s+/gu, ' ')) ?? null;
}
