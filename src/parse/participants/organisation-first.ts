// `Försäkringskassan: Eva Ek`, `Region Norrland: Karin Holm, Per Ås`: an entry opened by the
// organisation its people come from and a colon, as a board's notes list those present party by
// party under a plain `Närvarande:` — one a line, or run on in one paragraph (`Försäkringskassan:
// Eva Ek. Arbetsförmedlingen: Per Ås, Lina Borg.`). The organisation is its people's, and no word
// of a name.
import { organisationOnly } from './line.js';
import { UPPER_LETTER } from '../../text/letters.js';

// (an organisation's name is a few words: the colon stands this close to the entry's start or to the separator before it)
const MAX_OPENING = 60;
// a colon with a capital after it (the people), not a time (`kl. 9:30`) nor a remark
const COLON_BEFORE_NAME = new RegExp(`:\\s*(?=[${UPPER_LETTER}])`, 'gu');
// where the words before a later colon start: after the last `.`, `;` or `,` before it
const SEPARATOR = /[.;,]\s+/gu;

interface Opening {
  /** where the organisation's words start, the colon, and where the people after it start */
  start: number;
  colon: number;
  after: number;
  organisation: string;
}

/** Each part of the entry an organisation and a colon open: the organisation and the people after it; null when the entry does not open so. */
export function byOrganisation(text: string): { organisation: string; text: string }[] | null {
  const openings: Opening[] = [];
  COLON_BEFORE_NAME.lastIndex = 0;
  for (let m = COLON_BEFORE_NAME.exec(text); m !== null; m = COLON_BEFORE_NAME.exec(text)) {
    let start = openings.length === 0 ? 0 : separatorBefore(text, m.index);
    let organisation = start < 0 || m.index - start > MAX_OPENING ? null : organisationOnly(text.slice(start, m.index));
    // (`Region Norrby: Anna Ek (S), ordförande Ekby kommun: Per Ås (M) Försäkringskassan: Lena Holm`: run on with no
    // separator, the organisation is the longest run of the last words before the colon that names one)
    if (organisation === null && openings.length > 0) [start, organisation] = wordsBefore(text, openings[openings.length - 1]!.after, m.index);
    if (organisation === null) {
      // the entry's first colon decides whether it opens so
      if (openings.length === 0) break;
      continue;
    }
    openings.push({ start, colon: m.index, after: m.index + m[0].length, organisation });
  }
  COLON_BEFORE_NAME.lastIndex = 0;
  if (openings.length === 0) return null;
  return openings.map((o, k) => ({ organisation: o.organisation, text: text.slice(o.after, k + 1 < openings.length ? openings[k + 1]!.start : text.length).trim() }));
}

// an organisation's name is a few words (`Region Norrby`, `Försäkringskassan`, `Ekby kommun`)
const MAX_WORDS = 4;

/** The longest run of the last words before the colon at `at` (after `from`, and some text left before it) that names an organisation. */
function wordsBefore(text: string, from: number, at: number): [number, string | null] {
  let best: [number, string | null] = [-1, null];
  let start = at;
  for (let n = 0; n < MAX_WORDS; n++) {
    start = text.lastIndexOf(' ', start - 1);
    if (start <= from) break;
    const organisation = organisationOnly(text.slice(start + 1, at));
    if (organisation !== null) best = [start + 1, organisation];
  }
  return best;
}

/** Where the words right before `at` start, after the last separator before it; -1 when there is none. */
function separatorBefore(text: string, at: number): number {
  const from = Math.max(0, at - MAX_OPENING - 2);
  let start = -1;
  SEPARATOR.lastIndex = from;
  for (let m = SEPARATOR.exec(text); m !== null && m.index < at; m = SEPARATOR.exec(text)) start = m.index + m[0].length;
  SEPARATOR.lastIndex = 0;
  return start;
}
