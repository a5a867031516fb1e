// A row of signers' names over the row of their labels, each row flattened into one text and the names first
// (`Underskrifter Eva Lund Per Ås Siv Al Sekreterare Ordförande Justerande`, a transcript's grid read row by row): the
// text holds one name a label after it, in order. A name more at its head belongs to the signer's label right before
// it (`Justerare: Siv Al Eva Lund Per Ås Siv Al Sekreterare Ordförande Justerare`, the elected adjuster's label and
// name printed over the grid). Each label takes its name, so the stream reads label, value as elsewhere.
import { signerNames } from '../../text/persons.js';
import type { Piece } from './pieces.js';
import { SIGNERS } from './names-over-labels.js';
import { namesPerson } from './values.js';
import { TWO_WORDS } from './signers-across-heading.js';

const isSigner = (p: Piece | undefined): boolean => SIGNERS.has(p?.label?.field ?? '');
const isName = (v: string): boolean => namesPerson(v) || TWO_WORDS.test(v);

export function namesBeforeLabelRow(pieces: Piece[]): Piece[] {
  for (let i = 1; i + 2 < pieces.length; i++) {
    const names = pieces[i]!;
    if (names.label || names.paired || !isSigner(pieces[i + 1])) continue;
    // (the names right after the signatures' heading, or after a signer's label whose one name heads them)
    const before = pieces[i - 1]!;
    const afterHeading = before.label?.field === 'signatures';
    if (!afterHeading && !isSigner(before)) continue;
    let j = i + 1;
    while (j < pieces.length && isSigner(pieces[j])) j++;
    const n = j - i - 1;
    // (two labels at least, and no text of theirs after them: a row of labels with its names after it is the other layout)
    if (n < 2 || (j < pieces.length && !pieces[j]!.label)) continue;
    const extra = afterHeading ? 0 : 1;
    const values = signerNames(names.text, n + extra);
    if (!values || !values.every(isName)) continue;
    const out: Piece[] = [];
    if (extra) out.push({ ...names, text: values[0]! });
    for (let k = 0; k < n; k++) {
      const text = values[k + extra]!;
      out.push(pieces[i + 1 + k]!, { label: null, text, at: names.at, col: names.col + names.text.indexOf(text.split(' ')[0]!), groupStart: false, paired: true });
    }
    pieces.splice(i, n + 1, ...out);
    i += out.length - 1;
  }
  return pieces;
}
