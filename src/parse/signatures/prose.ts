// Signers a front page names in prose rather than under labels, as minutes posted on the web
// write it: `Att jämte ordförande Åsa Ek justera dagens protokoll valdes Per Lund. Sekreterare
// är Eva Berg.` The chair is the one the adjuster signs beside; the secretary is named so.
import type { Line } from '../../text/line.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// one name: two to four capitalised words
const NAME = String.raw`([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}'’]+){1,3})`;
const SECRETARY = new RegExp(String.raw`(?<![${ANY_LETTER}])[Ss]ekreterare\s(?:är|var)\s${NAME}`, 'u');
const CHAIR = new RegExp(String.raw`(?<![${ANY_LETTER}])jämte\s(?:vice\s)?ordförande(?:n)?\s${NAME}\s(?:justera|justeras)(?![${ANY_LETTER}])`, 'u');
const MAY_NAME = /ekreterare\s|jämte\s/u;

export interface ProseSigners {
  chair: string[];
  secretary: string[];
}

/** The chair and secretary a sentence of the front page (lines start–end) names; empty where none does. */
export function proseSigners(lines: readonly Line[], start: number, end: number): ProseSigners {
  const found: ProseSigners = { chair: [], secretary: [] };
  for (let i = start; i < end; i++) {
    const text = lines[i]!.flat;
    if (!MAY_NAME.test(text)) continue;
    const secretary = SECRETARY.exec(text)?.[1];
    const chair = CHAIR.exec(text)?.[1];
    if (secretary && found.secretary.length === 0) found.secretary.push(secretary);
    if (chair && found.chair.length === 0) found.chair.push(chair);
  }
  return found;
}
