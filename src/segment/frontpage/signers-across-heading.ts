// A transcript's row of signers' labels with the signatures' heading among them (`Justerare
// Underskrifter Sekreterare Ordförande Justerande`, the adjusters' row printed before the
// grid) and one text after them of exactly one name a label (`Rut Hage Lena Vik Karin Ståhl (c)
// Rut Hage (s)`): each label takes its name, in order, and the heading stays where it stands.
// (Without the heading among them the row is the plain one `namesAfterSignerRow` reads.)
import { signerNames } from '../../text/persons.js';
import type { Piece } from './pieces.js';
import { SIGNERS } from './names-over-labels.js';
import { namesPerson } from './values.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a signature line's leader points before, between and after names (`.. Siv Holm. Eva Ström.`)
export const LEADERS_BETWEEN = new RegExp(`^[.…]+|(?<=[${LOWER_LETTER}])[.…]+(?=\\s|$)`, 'gu');
// a name of two capitalised words, the lexicon's given name or not (`Tova Sundin`)
export const TWO_WORDS = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)? [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?$`, 'u');

const isSigner = (p: Piece | undefined): boolean => SIGNERS.has(p?.label?.field ?? '');

export function signersAcrossHeading(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length; i++) {
    if (!isSigner(pieces[i]) || isSigner(pieces[i - 1])) continue;
    let j = i;
    let signers = 0;
    for (; j < pieces.length && (isSigner(pieces[j]) || pieces[j]!.label?.field === 'signatures'); j++) if (isSigner(pieces[j])) signers++;
    const names = pieces[j];
    if (signers < 2 || signers === j - i || !names || names.label || names.at - pieces[j - 1]!.at > 1 || (pieces[j + 1] && !pieces[j + 1]!.label && pieces[j + 1]!.at === names.at)) continue;
    const values = signerNames(names.text.replace(LEADERS_BETWEEN, ' ').trim(), signers);
    if (!values || !values.every((v) => namesPerson(v) || TWO_WORDS.test(v))) continue;
    const out: Piece[] = [];
    let k = 0;
    for (let x = i; x < j; x++) {
      out.push(pieces[x]!);
      if (!isSigner(pieces[x])) continue;
      const text = values[k++]!;
      out.push({ label: null, text, at: names.at, col: names.col + names.text.indexOf(text.split(' ')[0]!), groupStart: false, paired: true });
    }
    pieces.splice(i, j - i + 1, ...out);
    i += out.length - 1;
  }
  return pieces;
}
