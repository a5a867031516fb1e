// A plain first test for a kind's name (`Protokoll`, `KALLELSE`, `Minnesanteckningar`): every
// title holds the first word of a kind's name. The test looks for a short piece of each word
// that opens with one of its rarer letters (`protok`, `drag`, `ckning`), in any case: the
// regexp engine skips quickly over text where none of those letters stands, and a word that
// holds another's piece (`sammanträdesprotokoll`, `protok`) adds nothing.
import { KIND_TITLES } from '../lexicon/sv.js';
import { escapeRegExp } from './patterns.js';

// letters that open few Swedish words' inner syllables: where a piece is cut
const RARE = /[cdgjkpvxzåäö]/u;
const PIECE = 6;

const words = [...new Set(Object.values(KIND_TITLES).flat().map((w) => w.split(/[\s/]/u)[0]!))].sort((a, b) => a.length - b.length);
const pieces: string[] = [];
for (const w of words) {
  if (pieces.some((p) => w.includes(p))) continue;
  const at = w.search(RARE);
  pieces.push(w.slice(Math.max(0, at), Math.max(0, at) + PIECE));
}

export const KIND_STEM = new RegExp(pieces.map(escapeRegExp).join('|'), 'i');
