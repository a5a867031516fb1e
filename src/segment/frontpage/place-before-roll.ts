// A row of labels run on before the row of their values, the place's label and a list's side
// by side (`Sammanträdesplats Beslutande Kommungården i Ekby x Sundberg Ragnar, ordf. x …`,
// Åland minutes flattened): the list's value opens with the place, and its people start at
// the roll's first mark (`x` came, `-` stayed away, before a surname and a given name). The
// words before that mark go back to the place's label, which had none.
import type { Piece } from './pieces.js';
import { namesPerson } from './values.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// the roll's first mark: one space before a surname and a given name (a comma between them where the roll writes one:
// `x Westerholm, Håkan, ordförande`)
const FIRST_MARK = new RegExp(` (?=[x-] [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?,? [${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
const PLACE_FIELDS = new Set<string>(['place', 'placeAndTime']);
const MARK_FIRST = /^[x-] /u;

export function placeBeforeRoll(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 2 < pieces.length; i++) {
    const place = pieces[i]!;
    const list = pieces[i + 1]!;
    const value = pieces[i + 2]!;
    // (the cheap tests: the place's label right before a list's, then a text with a small cross in it)
    if (!PLACE_FIELDS.has(place.label?.field ?? '') || list.label?.field !== 'participants' || value.label || list.at - place.at > 1 || !value.text.includes(' x ')) continue;
    const m = FIRST_MARK.exec(value.text);
    if (!m) continue;
    const head = value.text.slice(0, m.index);
    if (namesPerson(head)) continue;
    const rest = m.index + 1;
    // (the place's words stand where its label does, so that the pieces keep their reading order)
    pieces.splice(i + 1, 2, { ...value, text: head, at: place.at, col: place.col + 1 }, list, { ...value, text: value.text.slice(rest), col: value.col + rest });
    i += 2;
  }
  return pieces;
}

/**
 * `Sammanträdestid kl Beslutande Kommunkansliet, sammanträdesrummet x Westerholm, Håkan, ordförande x …`: the same, the
 * place's label lost by the transcript. The place's words before the roll's first mark are no one's, and are left out
 * of the list (the place stands again on the notice's page of the same minutes).
 */
export function strayBeforeRoll(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const list = pieces[i]!;
    const value = pieces[i + 1]!;
    // (the cheap tests: a list's label, then a text beside it with a small cross in it)
    if (list.label?.field !== 'participants' || value.label || value.at !== list.at || !value.text.includes(' x ')) continue;
    // (a roll that opens with its first mark has nothing before it: `- Nord Ebba, … x Sjö Tor`)
    const m = MARK_FIRST.test(value.text) ? null : FIRST_MARK.exec(value.text);
    if (!m) continue;
    const head = value.text.slice(0, m.index);
    if (namesPerson(head) || (i > 0 && PLACE_FIELDS.has(pieces[i - 1]!.label?.field ?? ''))) continue;
    const rest = m.index + 1;
    pieces[i + 1] = { ...value, text: value.text.slice(rest), col: value.col + rest };
  }
  return pieces;
}
