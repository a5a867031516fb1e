// An Åland signature grid of two columns flattened row by row into one stream: the chair's and
// the secretary's labels, the chair's name, then the adjusting's label with its place and day
// and, run on after them, the secretary's name from the column beside; then the posting's label
// with the adjusters' names around its place and day (`Ordförande Sekreterare Ragnar Sundberg
// Protokolljustering Saltnäs den 14 oktober 2019 Jenny Rantala Protokollet framlagt till
// påseende Bo Vikström Saltnäs den 21 oktober 2019 Göran Strandvik`). The secretary's name goes
// back to the row of names, and the names around the posting's place and day are the adjusters'.
import { PLACE_DAY_LINKS } from '../../lexicon/frontpage.js';
import type { LabelHit } from '../../text/labels.js';
import { findDates } from '../../text/dates.js';
import type { Piece } from './pieces.js';
import { namesPerson } from './values.js';

const ADJUSTERS: LabelHit = Object.freeze({ field: 'adjusters', value: 'persons', text: 'Protokolljustering', length: 0, weak: false });
// the words between a place and its day (`Saltnäs den 21 oktober`)
const LINK_WORDS = new Set<string>(PLACE_DAY_LINKS);

/** `Jenny Rantala` run on after the day: the name, and where the day ends; null otherwise. */
function nameAfterDay(text: string): { end: number; name: string } | null {
  const dates = findDates(text);
  const last = dates[dates.length - 1];
  if (!last) return null;
  const end = last.index + last.length;
  const name = text.slice(end).trim();
  return name !== '' && namesPerson(name) ? { end, name } : null;
}

/** `Bo Vikström Saltnäs den 21 oktober 2019 Göran Strandvik`: the names before the place and after the day, and the place and day. */
function namesAroundDay(text: string): { first: string; place: string; second: string } | null {
  const dates = findDates(text);
  if (dates.length !== 1) return null;
  const words = text.slice(0, dates[0]!.index).trim().split(' ');
  // (the place's word before its linking words: `Saltnäs den`)
  let k = words.length - 1;
  while (k > 0 && LINK_WORDS.has(words[k]!)) k--;
  const first = words.slice(0, k).join(' ');
  const second = text.slice(dates[0]!.index + dates[0]!.length).trim();
  if (k < 2 || !namesPerson(first) || second === '' || !namesPerson(second)) return null;
  return { first, place: text.slice(first.length + 1, dates[0]!.index + dates[0]!.length), second };
}

export function gridInterleaved(pieces: Piece[]): Piece[] {
  for (let i = 1; i + 5 < pieces.length; i++) {
    // (the cheap test: the secretary's label, a text, the adjusting's label, a text, the posting's label, a text)
    const [signer, names, adjusting, day, posting, around] = pieces.slice(i, i + 6) as [Piece, Piece, Piece, Piece, Piece, Piece];
    // (the row of labels `Ordförande Sekreterare` before the row of names: the chair's label right before)
    if (signer.label?.field !== 'secretary' || pieces[i - 1]?.label?.field !== 'chair' || names.label || adjusting.label?.field !== 'adjustedAt' || day.label || posting.label?.field !== 'postedFrom' || around.label) continue;
    const secretary = nameAfterDay(day.text);
    const adjusters = secretary ? namesAroundDay(around.text) : null;
    if (!secretary || !adjusters || !namesPerson(names.text)) continue;
    pieces.splice(
      i + 1,
      5,
      { ...names, text: `${names.text} ${secretary.name}` },
      adjusting,
      { ...day, text: day.text.slice(0, secretary.end).trim() },
      { label: ADJUSTERS, text: '', at: around.at, col: around.col, groupStart: false },
      { ...around, text: adjusters.first },
      { ...around, text: adjusters.second, col: around.col + around.text.length - adjusters.second.length },
      posting,
      { ...around, text: adjusters.place, col: around.col + adjusters.first.length + 1 },
    );
    i += 8;
  }
  return pieces;
}
