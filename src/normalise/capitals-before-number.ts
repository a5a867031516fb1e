// Swedish-language Finnish and Åland minutes flattened by a transcript, each § page on one line that opens with the title
// in capitals, then the §'s number, then the proposal's label in capitals (`2 SAMMANKALLANDE OCH BESLUTFÖRHET 145
// FÖRSLAG: Sammanträdet konstateras …`), the organ's name and the sign lost. Where two such lines or more count up,
// each gets its heading back in front (`2 § 145 SAMMANKALLANDE OCH BESLUTFÖRHET FÖRSLAG: …`), the transcript's page
// number kept before it for the page reader.
import { opensWithProposal } from '../text/proposal-label.js';
import { LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

// the page's number perhaps, the title in capitals (two capitals first, no small letter), the number, then a capital
const PAGE = new RegExp(`^(\\d{1,3} )?([${UPPER_LETTER}]{2}[^${LOWER_LETTER}§]*?) (\\d{1,4}) (?=[${UPPER_LETTER}]{2})`, 'u');
// two headings at least
const MIN_RUN = 2;

interface Found {
  /** Offset of the line's start. */
  at: number;
  page: string;
  title: string;
  number: number;
  /** Offset where the text after the number starts. */
  rest: number;
}

/** The line at `start` (up to `end`) opens a flattened § page as above, or null. */
function pageAt(text: string, start: number, end: number): Found | null {
  const line = text.slice(start, end);
  const m = PAGE.exec(line);
  if (!m) return null;
  const rest = m[0].length;
  return opensWithProposal(line.slice(rest)) ? { at: start, page: m[1] ?? '', title: m[2]!, number: Number(m[3]), rest: start + rest } : null;
}

export function restoreCapitalsBeforeNumber(text: string): string {
  // (a proposal's label has its colon, and every such line a digit: most texts hold no capitals label at all)
  if (!text.includes(': ')) return text;
  const found: Found[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const c = text.charCodeAt(start);
    // (a digit or a capital opens it)
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6) {
      const f = pageAt(text, start, end);
      if (f) found.push(f);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  // (the lines whose numbers count up by one from the one before)
  const run = found.filter((f, k) => found[k - 1]?.number === f.number - 1 || found[k + 1]?.number === f.number + 1);
  if (run.length < MIN_RUN) return text;
  let out = '';
  let last = 0;
  for (const f of run) {
    out += `${text.slice(last, f.at)}${f.page}§ ${f.number} ${f.title} `;
    last = f.rest;
  }
  return out + text.slice(last);
}
