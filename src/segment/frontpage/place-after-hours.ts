// The place's label run on after the meeting's hours on one line (`Tid kl. 13.00–15.30 Plats
// Rådhuset, sal 2`, `Datum 2024-09-18 kl. 13.00–15.30 Lokal Rådhuset`), or after the hours a form
// left empty (`Tid Tisdag 4 mars 2014, kl , ajournering Plats Ekhagen`, `Tid, kl , paus Plats …`,
// `… den kl Plats …`): a table's row of two label-and-value cells flattened with one space
// between. The hours stay the value before, the place label is given its own piece and the
// rest is its value.
import { FRONT_PAGE_LABELS } from '../../lexicon/frontpage.js';
import { MEETING_BREAKS } from '../../lexicon/sv.js';
import { labelAt } from '../../text/labels.js';
import { alternation, capitalise } from '../../text/patterns.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';
import type { Piece } from './pieces.js';

// the place's labels as they open a cell: capitalised, or in capitals
const PLACE_WORDS = FRONT_PAGE_LABELS.filter((l) => l.field === 'place').flatMap((l) => l.words).flatMap((w) => [capitalise(w), w.toUpperCase()]);
// the hours left empty, by a form or a transcript that lost them: `kl`, `kl , ajournering`, `kl med ajournering kl`
const CLOCK = '(?:kl\\.?|klockan)';
const EMPTY_HOURS = `(?<![${ANY_LETTER}])${CLOCK}(?:(?:\\s*,\\s*|\\s+)(?:med\\s+)?(?:${alternation(MEETING_BREAKS)})(?:\\s+${CLOCK})?)?`;
// a clock time (`13.00`, `kl 13`) or the hours left empty, then the label and a value that opens as a place does
const LABEL_AFTER_HOURS = new RegExp(`(\\d{1,2}[.:]\\d{2}|${CLOCK}\\s?\\d{1,2}|${EMPTY_HOURS})(\\s+)(${alternation(PLACE_WORDS)}):?\\s+(?=[${UPPER_LETTER}\\d])`, 'u');
// (every label opens with one of these capitals: a text holding none is passed by)
const OPENS = [...new Set(PLACE_WORDS.map((w) => w.charAt(0)))];
// the labels after which a text may end on the hours
const WHEN = new Set<string>(['date', 'time', 'dateAndTime']);

export function placeAfterHours(pieces: Piece[]): Piece[] {
  let when = true;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.label) {
      when = WHEN.has(p.label.field);
      continue;
    }
    if (!when || !OPENS.some((c) => p.text.includes(c))) continue;
    const m = LABEL_AFTER_HOURS.exec(p.text);
    const label = m ? labelAt(m[3]!) : null;
    if (!m || label?.field !== 'place') continue;
    // (the label starts after the hours and the space after them, the value after the label, its colon and a space)
    const at = m.index + m[1]!.length + m[2]!.length;
    const cut = m.index + m[0].length;
    pieces.splice(
      i,
      1,
      { ...p, text: p.text.slice(0, at).trimEnd() },
      { label: { ...label, length: m[3]!.length }, text: '', at: p.at, col: p.col + at, groupStart: false },
      { label: null, text: p.text.slice(cut), at: p.at, col: p.col + cut, groupStart: false },
    );
    i += 2;
    when = false;
  }
  return pieces;
}
