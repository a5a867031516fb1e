import { FINNISH_SIGNER_GLOSSES, SIGNATURE_LABELS } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';
// A bilingual body's signer label printed as a pair, the Swedish label and its Finnish translation around a slash, in
// either order (`Ordförande / Puheenjohtaja   Sekreterare / Sihteeri`, `Pöytäkirjantarkastajat / Protokolljusterare`):
// the pair is one label, the Swedish one, and the names under it are that label's. The pair is written back as the
// Swedish label padded with spaces to the pair's length, so the columns of a row of labels stay over their names.

const SWEDISH = alternation(SIGNATURE_LABELS.flatMap((l) => l.words));
const FINNISH = alternation(FINNISH_SIGNER_GLOSSES);
const EDGE_BEFORE = `(?<![${ANY_LETTER}])`;
const EDGE_AFTER = `(?![${ANY_LETTER}])`;
const PAIR = new RegExp(
  `${EDGE_BEFORE}(?:(${SWEDISH})[ \\t]*\\/[ \\t]*(?:${FINNISH})|(?:${FINNISH})[ \\t]*\\/[ \\t]*(${SWEDISH}))${EDGE_AFTER}`,
  'giu',
);
// the Finnish words' common letters, a cheap test before the pattern (`puheenjohtaja`, `sihteeri`, `pöytäkirja…`, `tarkastaja`)
const FINNISH_HINT = /uheenjohtaja|ihteeri|öytäkirja|arkastaja/iu;

export function restoreBilingualSignerLabels(text: string): string {
  if (!text.includes('/') || !FINNISH_HINT.test(text)) return text;
  return text.replace(PAIR, (pair: string, first: string | undefined, second: string | undefined) => (first ?? second ?? pair).padEnd(pair.length, ' '));
}
