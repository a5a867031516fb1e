// The anslag/bevis facts as the front page's labels say them: `Justeringens plats och tid`,
// `Datum för anslags uppsättande` / `nedtagande` (also side by side, or as a block of
// labels over a block of dates), `Anslaget under tiden`, `Förvaringsplats för protokollet`.
import type { FrontField } from '../../lexicon/frontpage.js';
import type { FrontPage, FrontPageField } from '../../segment/frontpage/read.js';
import { findDates } from '../../text/dates.js';
import { collapse } from '../../text/line.js';
import { trimOf } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import type { Posting } from '../signatures/posting.js';

const datesIn = (text: string): string[] => findDates(text).map((d) => d.iso).filter((d): d is string => d !== null);

const POSTING_FIELDS: ReadonlySet<FrontField> = new Set<FrontField>(['adjustedAt', 'postedFrom', 'postedTo', 'postedRange', 'storedAt']);

export function postingOf(front: FrontPage): Posting {
  const out: Posting = { adjustedOn: null, posted: null, storedAt: null };
  const posted = { from: null as string | null, to: null as string | null };
  for (const f of front.fields) {
    // (the participants, the place, the signers…: most fields are none of these, and their values are not joined nor read for dates)
    if (!POSTING_FIELDS.has(f.field)) continue;
    const text = f.values.map((v) => v.text).join(' ');
    if (text === '') continue;
    const dates = f.field === 'storedAt' ? [] : datesIn(text);
    switch (f.field) {
      case 'adjustedAt':
        out.adjustedOn ??= dates[0] ?? null;
        break;
      case 'postedFrom':
        posted.from ??= dates[0] ?? null;
        break;
      case 'postedTo':
        posted.to ??= dates[0] ?? null;
        break;
      case 'postedRange':
        posted.from ??= dates[0] ?? null;
        posted.to ??= dates[1] ?? null;
        break;
      case 'storedAt':
        out.storedAt ??= trimOf(withoutSigner(collapse(text), f, front.fields), '.,;:') || null;
        break;
      default:
    }
  }
  if (posted.from || posted.to) out.posted = posted;
  return out;
}

// a name of two or three capitalised words, the first a given name, ending the text after a space, a point or a comma
const NAME_AT_END = /(?<=[\s.,])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}$/u;

/**
 * `Förvaringsplats för protokollet  Underskrift  Nämndkansliet. Lotta Ring`: the two labels
 * printed before their two values, the anslag's signer run on after the place. Where the
 * `Underskrift` beside the place took no name, a person's name ending the place is the signer's.
 */
function withoutSigner(place: string, stored: FrontPageField, fields: readonly FrontPageField[]): string {
  if (!fields.some((c) => c.field === 'certifiedBy' && c.values.length === 0 && Math.abs(c.at - stored.at) <= 1)) return place;
  const m = NAME_AT_END.exec(place);
  return m && m.index > 1 && isGivenName(m[1]!) ? place.slice(0, m.index).trimEnd() : place;
}
