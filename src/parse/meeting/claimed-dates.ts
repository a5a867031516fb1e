// The days the front page gave to another date's label: a justering's or an anslag's value
// (`Justeringens plats och tid` over `Prästgatan 50 torsdag 25 augusti 2011`, a labels-first block;
// `PROTOKOLLET TILL PÅSEENDE` beside `Ekstad i stadskansliet den 9 juni`). The header's lines
// are read for the meeting's day after the labels; a day the labels already said is another's is
// not the meeting's, however it is written.
import type { FrontField } from '../../lexicon/frontpage.js';
import type { FrontPage } from '../../segment/frontpage/read.js';

const OTHER_DATE_FIELDS = new Set<FrontField>(['adjustedAt', 'postedFrom', 'postedTo', 'postedRange', 'appealBy']);
const SPACES = /\s+/gu;

/** Whether a date written `text` on line `at` stands in another date's value; null where the front page gave none. */
export type ClaimedDate = (at: number, text: string) => boolean;

export function claimedDates(front: FrontPage): ClaimedDate | null {
  let byLine: Map<number, string[]> | null = null;
  for (const f of front.fields) {
    if (!OTHER_DATE_FIELDS.has(f.field)) continue;
    for (const v of f.values) {
      byLine ??= new Map();
      const texts = byLine.get(v.at) ?? [];
      texts.push(v.text.replace(SPACES, ' '));
      byLine.set(v.at, texts);
    }
  }
  if (byLine === null) return null;
  const claimed = byLine;
  return (at, text) => {
    const texts = claimed.get(at);
    if (!texts) return false;
    const date = text.replace(SPACES, ' ');
    return texts.some((t) => t.includes(date));
  };
}
