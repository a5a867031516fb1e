// The meeting's organ as a text names it, the generic noun alone passed by (`Nämnd   Sammanträdesdatum …`, a BEVIS form's
// label left empty; `NÄMNDEN` alone at the head): it says only that some organ met. An organ named after it is taken
// (`Nämnd Byggnadsnämnden`); none where only the noun stands.
import { GENERIC_ORGAN_NOUNS } from '../../lexicon/sv.js';
import { findBody } from './organisation.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const GENERIC = new Set<string>(GENERIC_ORGAN_NOUNS);
// (the generic noun's form is short: `Nämnd`, `Nämnden`, `NÄMNDEN`; the text after it is read for a named organ once)
const AFTER_GENERIC = new RegExp(`^[${ANY_LETTER}]+`, 'u');

// `Regionala nämnden`: an adjective in its definite form before the noun names the organ with it (read as before)
const ADJECTIVE_BEFORE = new RegExp(`[${UPPER_LETTER}][${LOWER_LETTER}]+a\\s+$`, 'u');

export function namedBody(text: string): ReturnType<typeof findBody> {
  const found = findBody(text);
  if (found === null || !GENERIC.has(found.body) || ADJECTIVE_BEFORE.test(text.slice(Math.max(0, found.index - 30), found.index))) return found;
  const end = found.index + (AFTER_GENERIC.exec(text.slice(found.index))?.[0].length ?? 0);
  const later = findBody(text.slice(end));
  return later === null || GENERIC.has(later.body) ? null : { body: later.body, index: end + later.index };
}
