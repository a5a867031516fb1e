// The hours a meeting's first and last § say it opened and closed (`Ordföranden öppnar mötet
// kl. 13.00`, `Mötet avslutas kl 15.20`): the meeting's hours where its header gives none
// (notes and many förbund's minutes write the times only there).
import { HOURS_SAID } from '../../lexicon/sv.js';
import type { Item } from '../../schema/result.js';
import { findTimes } from '../../text/dates.js';
import { titleHourOf } from '../items/items.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER } from '../../text/letters.js';

type Edge = 'start' | 'end';

// how many items from either end are read: the opening or closing § is among the first or last few
const EDGE_ITEMS = 3;
// how far after the phrase the hour may stand (`… avslutar mötet och tackar alla för i dag kl. 15.20`)
const HOUR_WITHIN = 50;

const MEETING = alternation(HOURS_SAID.meeting);
const phrase = (edge: Edge): RegExp => {
  const w = HOURS_SAID[edge];
  // `avslutar mötet`, `förklarar mötet avslutat` (the participle then needed after `förklarar`), `mötet avslutades`
  const before = `(?:${alternation(w.before.filter((v) => !v.startsWith('förklara')))})\\s+(?:${MEETING})|förklara(?:r|de)\\s+(?:${MEETING})\\s+(?:för\\s+)?${w.participle}`;
  return new RegExp(`(?<![${ANY_LETTER}])(?:${before}|(?:${MEETING})\\s+(?:${alternation(w.after)}))(?![${ANY_LETTER}])`, 'iu');
};
const SAID: Record<Edge, RegExp> = { start: phrase('start'), end: phrase('end') };
// (a cheap look first: the verb's stem)
const MAY_SAY: Record<Edge, RegExp> = { start: /öppn|börja|start/i, end: /slut/i };

/** The hour (`HH:MM`) the items nearest that end of the meeting say it opened or closed at, or null. */
export function hourSaid(items: readonly Item[], edge: Edge): string | null {
  const near = edge === 'start' ? items.slice(0, EDGE_ITEMS) : items.slice(-EDGE_ITEMS).reverse();
  for (const item of near) {
    // `Mötets öppnande kl. 13.00`: the hour the opening (or closing) point's title was written with
    const titled = titleHourOf(item);
    if (titled?.edge === edge) return titled.at;
    for (const text of [item.text, item.title]) {
      if (!MAY_SAY[edge].test(text)) continue;
      const m = SAID[edge].exec(text);
      if (!m) continue;
      const hit = findTimes(text.slice(m.index + m[0].length, m.index + m[0].length + HOUR_WITHIN))[0];
      // (a range after it is the meeting's hours from somewhere else, no single hour of opening or closing)
      if (hit && hit.end === null) return hit.start;
    }
  }
  return null;
}
