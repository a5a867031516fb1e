// A transcript of a contents list whose titles wrap in their column writes the column of numbers apart from the
// column of titles where a row is taller than one line: the numbers in a run, then their titles in a run
// (`KST 61 KST 62 Mötets öppnande Bokslut för år 2030 KST 63 …`, `Kf 46 Kf 47 Avsägelse efter Eva Ek som ledamot
// Avsägelse efter Bo Al som ersättare Kf 48 …`). Each number gets its title back (`KST 61 Mötets öppnande KST 62
// Bokslut för år 2030 KST 63 …`) where the titles part at a capitalised word as many times as the numbers need, and
// no more: a capital after a word that links (`i Nylands förbund`), a company's form (`Oy`), a given name and a
// capital after a capital (`Eva Ek`, `Norrby Energi`) part none. Any other count leaves the line as written.
import { COMPANY_FORMS } from '../lexicon/sv.js';
import { isTitleLink } from '../text/row-opening.js';
import { isGivenName } from '../text/persons.js';
import { trimEndOf } from '../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../text/letters.js';

// an organ's letters (or the sign) and a number, then the same letters and another number right after it
const RUN = new RegExp(`(?<![${ANY_LETTER}\\d])(§|[${UPPER_LETTER}][${ANY_LETTER}]{0,4}) (\\d{1,4}) \\1 (\\d{1,4}) `, 'gu');
const PARTS_TITLE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
const FORMS = new Set<string>(COMPANY_FORMS);

// a run's titles are at most so many characters each: past that the text after the run is no list's
const TITLE_REACH = 200;

/** The words at which the run of titles parts (a capitalised word that opens a title), read no further than one too many. */
function partings(words: readonly string[], wanted: number): number[] {
  const at: number[] = [];
  for (let j = 1; j < words.length && at.length <= wanted; j++) {
    const w = trimEndOf(words[j]!, ',;:');
    const prev = words[j - 1]!;
    if (!PARTS_TITLE.test(w) || isTitleLink(trimEndOf(prev, ',;:').toLowerCase()) || prev.endsWith('-') || FORMS.has(w)) continue;
    // (a name's words after its first: `Norrby Energi`, `Eva Ek`; and a given name opening one)
    if (OPENS_UPPER.test(prev) || isGivenName(w)) continue;
    at.push(j);
  }
  return at;
}

/** One line with its runs of numbers given their titles, or the line as it was. */
function lineWithTitles(line: string): string {
  RUN.lastIndex = 0;
  let out = line;
  for (let m = RUN.exec(out); m !== null; m = RUN.exec(out)) {
    const code = m[1]!;
    const first = Number(m[2]);
    if (Number(m[3]) !== first + 1) continue;
    // the run's numbers, counting up by one
    let count = 2;
    let end = m.index + m[0].length;
    for (;;) {
      const token = `${code} ${first + count} `;
      if (!out.startsWith(token, end)) break;
      end += token.length;
      count++;
    }
    // (the next match is sought past the whole run: a run's later numbers open no run of their own)
    RUN.lastIndex = end;
    // the titles run to the number after the run's last, or to the line's end, within the titles' reach
    const reach = Math.min(out.length, end + count * TITLE_REACH);
    const after = ` ${code} ${first + count} `;
    // (sought within the reach only: a line may hold a whole page after the list)
    const found = out.slice(end - 1, reach + after.length).indexOf(after);
    if (found < 0 && reach < out.length) continue;
    const stop = found < 0 ? out.length : end - 1 + found;
    const words = out.slice(end, stop).trim().split(' ');
    const at = partings(words, count - 1);
    if (at.length !== count - 1) continue;
    const cuts = [0, ...at, words.length];
    const rows = cuts.slice(0, -1).map((c, k) => `${code} ${first + k} ${words.slice(c, cuts[k + 1]).join(' ')}`).join(' ');
    out = `${out.slice(0, m.index)}${rows}${out.slice(stop)}`;
    RUN.lastIndex = m.index + rows.length;
  }
  return out;
}

// the run's middle, ` 61 KST 62 `: a number between spaces, then a code of one to five letters (or the sign) and a number,
// which every run holds right after its first code (the code is letters or the sign, one code unit each: no space, no digit)
const RUN_MIDDLE = / \d{1,4} [^\s\d]{1,5} \d{1,4} /g;
// (RUN read where it would start, sticky: from one to five characters before a middle)
const RUN_AT = new RegExp(RUN.source, 'uy');
const CODE_REACH = 5;

/**
 * RUN matches somewhere in the text. Asked where a run's middle stands, the only places it can start: the middle is
 * looked for from a space, which V8 finds fast, where RUN's lookbehind and letter classes were tested at every
 * character of the whole text (each a call of its own in a text of two bytes a character).
 */
function holdsRun(text: string): boolean {
  RUN_MIDDLE.lastIndex = 0;
  for (let m = RUN_MIDDLE.exec(text); m !== null; m = RUN_MIDDLE.exec(text)) {
    for (let at = Math.max(0, m.index - CODE_REACH); at < m.index; at++) {
      RUN_AT.lastIndex = at;
      if (RUN_AT.test(text)) return true;
    }
    // (middles may overlap: the next is sought from the next character)
    RUN_MIDDLE.lastIndex = m.index + 1;
  }
  return false;
}

export function restoreNumbersColumnRuns(text: string): string {
  if (!holdsRun(text)) return text;
  return text
    .split('\n')
    .map((line) => (line.includes(' ') ? lineWithTitles(line) : line))
    .join('\n');
}
