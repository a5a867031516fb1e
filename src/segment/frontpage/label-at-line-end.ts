// A label an extractor ran on at the end of the row above its value (`Justerare Per Holm
// Organ` / `Socialnämnden`): a name and then a label's word alone, the line's last cell. The
// label is cut off into a piece of its own, before the value on the next line.
import { labelAt, type LabelHit } from '../../text/labels.js';
import type { Piece } from './pieces.js';
import { namesPerson } from './values.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// (a capitalised word of a label's length at the end: most pieces end otherwise)
const LAST_WORD = new RegExp(`\\s([${UPPER_LETTER}][${LOWER_LETTER}]{2,24})$`, 'u');
// (only the end of a piece can hold it, a space and 25 letters of two code units at most: the pattern is not tried at every place of a long one)
const LAST_WORD_REACH = 51;

/** The text under it is what the label takes: a date or a range has a digit, people a name (`Per Dag` / `Kommunhuset` keeps its `Dag`). */
function fits(label: LabelHit, text: string): boolean {
  if (label.value === 'date' || label.value === 'range') return /\d/u.test(text);
  return label.value !== 'persons' || namesPerson(text);
}

const SIGNERS = new Set<string>(['chair', 'secretary', 'adjusters']);
// how far back a list's heading is looked for
const LIST_REACH = 60;

/** The last label before pieces[i] heads a list of people. */
function underList(pieces: readonly Piece[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LIST_REACH; k--) if (pieces[k]!.label) return pieces[k]!.label!.field === 'participants';
  return false;
}

export function labelAtLineEnd(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1]!;
    // the line's last cell, a value on the next line under it
    if (p.label || next.at === p.at || next.label) continue;
    // (the word ends the text in lower case: a text that ends in a plain character other than a-z, a date, a
    // bracketed party, is passed by before the pattern)
    const lastChar = p.text.charCodeAt(p.text.length - 1);
    if (lastChar < 128 && !(lastChar >= 97 && lastChar <= 122)) continue;
    const from = Math.max(0, p.text.length - LAST_WORD_REACH);
    const m = LAST_WORD.exec(from > 0 ? p.text.slice(from) : p.text);
    if (!m) continue;
    const label = labelAt(m[1]!);
    const name = p.text.slice(0, from + m.index).trimEnd();
    // (`Tea Holm, Sekreterare`: after a comma the word is what is said of the person, a list's position capitalised)
    if (!label || label.length !== m[1]!.length || label.field === 'participants' || name.endsWith(',') || !fits(label, next.text) || !namesPerson(name)) continue;
    // (`Anders Holm (m) Ordförande` / `Mia Odd (s) Vice ordförande`: in a list of people a signer's word after a name is the person's position)
    if (SIGNERS.has(label.field) && underList(pieces, i)) continue;
    pieces.splice(i, 1, { ...p, text: name }, { label, text: '', at: p.at, col: p.col + from + m.index + 1, groupStart: false });
    i++;
  }
  return pieces;
}
