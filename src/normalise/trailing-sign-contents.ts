// A contents list that writes each § after its title (`Innehållsförteckning` / `Information § 40` / `Delegationsbeslut
// § 41` / …), which a transcript may run on and wrap (`Riktlinjer för trafiken § 42 Uppdrag; parkering i Ekby § 43
// Uppdrag; bättre` / `snöröjning` / `§ 44`): the signs count up, and each title stands before its sign, the first right
// under the heading. Each entry gets a line of its own, the title and then its sign (`Uppdrag; bättre snöröjning § 44`),
// so that no stage takes a sign for the heading of the title after it. A list whose first sign follows the heading
// at once writes its numbers first, as most do, and is left as it stands.
import { CONTENTS_HEADINGS_LOOSE } from '../lexicon/sv.js';
import { OPENS_UPPER } from '../text/letters.js';

// the heading's words, looked for as they stand (most texts have none)
const HEADING_STEMS = ['nnehåll', 'NNEHÅLL'];
const HEADINGS = new Set<string>(CONTENTS_HEADINGS_LOOSE);
// the signs of the list stand within this reach of the heading
const REACH = 3_000;
// a sign and its number, then white space or the text's end
const SIGN = /§ ?(\d{1,4})(?=\s|$)/gu;
// a list of this many entries at least
const MIN_ENTRIES = 3;
// a title is no longer than this
const TITLE_LENGTH = 200;

/** The offset after the contents heading's line (a line that is the heading alone), or -1. */
function afterHeading(text: string): number {
  for (const stem of HEADING_STEMS) {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      const start = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end < 0 ? text.length : end).trim().replace(/:$/u, '').toLowerCase();
      if (HEADINGS.has(line)) return end < 0 ? -1 : end + 1;
    }
  }
  return -1;
}

export function restoreTrailingSignContents(text: string): string {
  if (!text.includes('§') || !HEADING_STEMS.some((s) => text.includes(s))) return text;
  const from = afterHeading(text);
  if (from < 0) return text;
  const region = text.slice(from, from + REACH);
  const entries: { title: string; number: number }[] = [];
  let last = 0;
  let end = 0;
  SIGN.lastIndex = 0;
  for (let m = SIGN.exec(region); m !== null; m = SIGN.exec(region)) {
    const number = Number(m[1]);
    const previous = entries[entries.length - 1];
    if (previous !== undefined && number !== previous.number + 1) break;
    const title = region.slice(last, m.index).replace(/\s+/gu, ' ').trim();
    // (each title before its sign: none, and the list writes its numbers first)
    if (title === '' || title.length > TITLE_LENGTH || !OPENS_UPPER.test(title)) break;
    entries.push({ title, number });
    last = end = m.index + m[0].length;
  }
  if (entries.length < MIN_ENTRIES) return text;
  const rows = entries.map((e) => `${e.title} § ${e.number}`).join('\n');
  return `${text.slice(0, from)}${rows}\n${text.slice(from + end)}`;
}
