// Two-line labels of a Swedish-language Finnish town's grid flattened around their values:
// `JUSTERING AV` / `PROTOKOLLET` with the adjusting's place and day beside the first line and
// the adjusters' names beside the second, then `PROTOKOLLET TILL` / `PÅSEENDE` around the
// posting's place and day (`JUSTERING AV Ekstad 7.6.2018 PROTOKOLLET Rainer Sundell Jouni
// Rantanen PROTOKOLLET TILL Ekstad i stadskansliet den 9.6.2018 PÅSEENDE …`). The value is
// cut at the label's second line: the place and day stay the adjusting's, and the names
// after them are read as run on after its day are; the posting's words become its own label.
import { GRID_LABEL_LINES } from '../../lexicon/frontpage.js';
import type { LabelHit } from '../../text/labels.js';
import type { Piece } from './pieces.js';

// the label's second line and the posting's label, as the grid writes them (in capitals)
const SECOND_LINE = ` ${GRID_LABEL_LINES.adjustingSecond} `;
const POSTED_OPENS = ` ${GRID_LABEL_LINES.postedOpens} `;
const POSTED_ENDS = ` ${GRID_LABEL_LINES.postedEnds}`;
const POSTED: LabelHit = Object.freeze({ field: 'postedFrom', value: 'date', text: `${GRID_LABEL_LINES.postedOpens} ${GRID_LABEL_LINES.postedEnds}`, length: 0, weak: false });

export function labelsAroundValues(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const label = pieces[i]!;
    const value = pieces[i + 1]!;
    // (the cheap test: the adjusting's label in capitals, its value opening with the label's `AV`)
    if (label.label?.field !== 'adjustedAt' || value.label || !value.text.startsWith('AV ') || label.label.text !== 'JUSTERING') continue;
    const text = value.text;
    const second = text.indexOf(SECOND_LINE);
    if (second < 0) continue;
    // (the posting's label after the names: its first line, its value, its second line, then the rest)
    const opens = text.indexOf(POSTED_OPENS, second + SECOND_LINE.length - 1);
    const ends = opens < 0 ? -1 : text.indexOf(POSTED_ENDS, opens + POSTED_OPENS.length);
    const own: Piece = { ...value, text: `${text.slice(3, second)} ${text.slice(second + SECOND_LINE.length, opens < 0 ? text.length : opens)}`, col: value.col + 3 };
    const rest = ends < 0 ? '' : text.slice(ends + POSTED_ENDS.length).trim();
    const posted: Piece[] = ends < 0 ? [] : [
      { label: POSTED, text: '', at: value.at, col: value.col + opens + 1, groupStart: false },
      { label: null, text: text.slice(opens + POSTED_OPENS.length, ends), at: value.at, col: value.col + opens + POSTED_OPENS.length, groupStart: false },
      ...(rest === '' ? [] : [{ label: null, text: rest, at: value.at, col: value.col + text.length - rest.length, groupStart: true }]),
    ];
    pieces.splice(i + 1, 1, own, ...posted);
    i += posted.length;
  }
  return pieces;
}
