// Signers' labels stacked one a line with their names printed as a column after them, the
// table flattened column by column (`Sekreterare...` / `Ordförande` / `Justerande Jonas
// Wiklund...` / `Paragrafer 12-18 Maria Lindkvist   Rolf Ingemarsson`): a web archive's
// transcript of the common Underskrifter grid, whose `Paragrafer` cell stood beside the
// secretary. The names after the last label are the labels', in order; the § range that
// opens the `Paragrafer` value is that label's.
import type { Piece } from './pieces.js';
import { TWO_WORDS } from './signers-across-heading.js';
import { namesPerson } from './values.js';
import { UPPER_LETTER } from '../../text/letters.js';

const SIGNERS = new Set<string>(['chair', 'secretary', 'adjusters']);
// a signature line's leader points (`...`, `……`, `__`), alone or around a name
const LEADERS = /[.…_]{2,}/gu;
const LEADERS_ONLY = /^[\s.…_]*$/u;
// a § range and a capitalised word after it
const RANGE_THEN_NAME = new RegExp(`^((?:§§?\\s?)?\\d{1,4}\\s?[-–]\\s?(?:§\\s?)?\\d{1,4})\\s+(?=[${UPPER_LETTER}])`, 'u');

const isSigner = (p: Piece | undefined): boolean => SIGNERS.has(p?.label?.field ?? '');

export function signerColumn(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length; i++) {
    if (!isSigner(pieces[i])) continue;
    // the labels, and only leader points between them (no name was printed beside any but the last)
    const labels: Piece[] = [];
    let j = i;
    while (j < pieces.length) {
      const p = pieces[j]!;
      if (isSigner(p) && (labels.length === 0 || p.at - labels[labels.length - 1]!.at <= 1)) labels.push(p);
      else if (!p.label && LEADERS_ONLY.test(p.text) && labels.length > 0 && isSigner(pieces[j + 1])) {
        /* the signature line of a label with no name beside it */
      } else break;
      j++;
    }
    const n = labels.length;
    // (the first name run on after the last label: names one a line under the labels are the value block's, read in order there)
    if (n < 2 || new Set(labels.map((l) => l.label!.field)).size < 2 || pieces[j]?.label !== null || pieces[j]!.at !== labels[n - 1]!.at) continue;
    const names: Piece[] = [];
    let range: Piece | null = null;
    let paragraphs: Piece | null = null;
    let k = j;
    for (; k < pieces.length && names.length < n; k++) {
      const p = pieces[k]!;
      if (p.label) {
        // (`Paragrafer` between the names: its range opens the next text)
        if (p.label.field !== 'paragraphs' || paragraphs || names.length === 0) break;
        paragraphs = p;
        continue;
      }
      let text = p.text.replace(LEADERS, ' ').trim();
      let col = p.col;
      const m: RegExpExecArray | null = paragraphs && !range ? RANGE_THEN_NAME.exec(text) : null;
      if (m) {
        range = { ...p, text: m[1]!, label: null };
        col += m[0].length;
        text = text.slice(m[0].length).trim();
      }
      // (a name the lexicon does not know, `Vimala Torsk`, is still two capitalised words in the signers' column)
      if (!namesPerson(text) && !TWO_WORDS.test(text)) break;
      names.push({ ...p, text, col, label: null, groupStart: false, paired: true });
    }
    if (names.length !== n || (paragraphs && !range)) continue;
    const out: Piece[] = labels.flatMap((l, x) => [l, names[x]!]);
    if (paragraphs) out.push(paragraphs, range!);
    pieces.splice(i, k - i, ...out);
    i += out.length - 1;
  }
  return pieces;
}
