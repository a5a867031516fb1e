// `ordförande / puheenjohtaja Anna Ek`, `medlem - jäsen Per Ås`: a bilingual Finnish town's roll prints each position's
// Finnish name after the Swedish one, a slash or a dash between them. The Finnish half is the label's gloss, no second
// position and no part of the name after it: the entry is read without it.
import { FINNISH_POSITION_GLOSSES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER } from '../../text/letters.js';

// the gloss after a word in lower case (the Swedish position's last), a slash or a spaced dash before it
const GLOSS = new RegExp(`(?<=[${ANY_LETTER}.])(?:\\s*/\\s*|\\s+[-–]\\s+)(?:${alternation(FINNISH_POSITION_GLOSSES)})(?![${ANY_LETTER}])`, 'giu');

/** The entry without the Finnish glosses of its positions. */
export function withoutFinnishGlosses<E extends { text: string }>(entry: E): E {
  // (the cheap test: a slash or a dash, which most entries hold none of)
  const t = entry.text;
  if (!t.includes('/') && !t.includes(' - ') && !t.includes(' – ')) return entry;
  const text = t.replace(GLOSS, '');
  return text === t ? entry : { ...entry, text };
}
