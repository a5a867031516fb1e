// A plain first test for a kind's name (`Protokoll`, `KALLELSE`, `Minnesanteckningar`): every
// title holds the first word of a kind's name, so its letters after the first, in lower or
// upper case. Literal alternatives without flags, which the regexp engine scans for quickly.
import { KIND_TITLES } from '../lexicon/sv.js';
import { escapeRegExp } from './patterns.js';

export const KIND_STEM = new RegExp(
  [...new Set(Object.values(KIND_TITLES).flat().map((w) => w.split(/[\s/]/u)[0]!.slice(1)))]
    .flatMap((w) => [w, w.toUpperCase()])
    .map(escapeRegExp)
    .join('|'),
);
