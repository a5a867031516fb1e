// Minutes adjusted electronically may say so person by person, one sentence a signer, instead of
// under labels: `Anna Ek har justerat protokollet elektroniskt`, `Per Ås (justerare) har justerat
// digitalt 2023-03-20`, `Justerat elektroniskt av Per Ås`, `Digitalt justerat av ordförande Anna
// Ek`. Each signer with the role a word beside the name gives, an adjuster where none; the latest
// day written beside them is the day of adjusting. The chair among them is found later, from the
// list of who took part (`chairAmongAdjusted`).
import type { Participant } from '../../schema/result.js';
import { findDates } from '../../text/dates.js';
import { alternation } from '../../text/patterns.js';
import { ADJUSTED_EACH } from '../../lexicon/sv.js';
import { roleOfLabel, type SignatureRole } from '../../segment/signatures.js';
import type { Signers } from './blocks.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const NAME = `[${UPPER_LETTER}][${ANY_LETTER}'’-]+(?:\\s[${UPPER_LETTER}][${ANY_LETTER}'’-]+){1,3}`;
const HOW = alternation(ADJUSTED_EACH.how);
const VERB = alternation(ADJUSTED_EACH.verbs);
// `Anna Ek (ordförande) har justerat protokollet elektroniskt`, `ordförande Anna Ek har digitalt justerat protokollet`
const NAME_FIRST = new RegExp(
  `^(?:([${LOWER_LETTER}]+)\\s)?(${NAME})(?:\\s*\\(([${ANY_LETTER} .]+)\\))?,?\\s(?:har|hade)\\s(?:(?:${HOW})\\s)?(?:${VERB})(?:\\s(?:protokollet|protokollsparagrafen|paragrafen))?(?:\\s(?:${HOW}))?(?![${ANY_LETTER}])`,
  'u',
);
// `Justerat elektroniskt av Per Ås`, `Elektroniskt justerat av ordförande Anna Ek (2023-03-20)`
const VERB_FIRST = new RegExp(
  `^(?:(?:${HOW})\\s(?:${VERB})|(?:${VERB})\\s(?:${HOW}))\\s(?:av|:)\\s*(?:([${LOWER_LETTER}]+)\\s)?(${NAME})(?:\\s*\\(([${ANY_LETTER} .]+)\\))?`,
  'iu',
);
// (the cheap test: a form of the verb, lower case, that every sentence holds)
const MAY_SAY = /justerat|signerat|undertecknat/iu;
// (and the word of how: electronically, digitally)
const MAY_HOW = /elektroniskt|digitalt/iu;

export interface AdjustedEach {
  chair: string[];
  secretary: string[];
  adjusters: string[];
  adjustedOn: string | null;
}

/** The signers the document's sentences say adjusted it one by one (its lines' texts start–end), or null where none does. */
export function adjustedEach(texts: readonly string[]): AdjustedEach | null {
  let found: AdjustedEach | null = null;
  for (const text of texts) {
    if (!MAY_SAY.test(text) || !MAY_HOW.test(text)) continue;
    const m = NAME_FIRST.exec(text) ?? VERB_FIRST.exec(text);
    if (!m) continue;
    const before = m[1] ? roleOfLabel(m[1]) : null;
    // (a lower-case word before the name that is no role's: a sentence about somebody else)
    if (m[1] && !before) continue;
    const role: SignatureRole = (m[3] ? roleOfLabel(m[3].trim()) : null) ?? before ?? 'adjusters';
    found ??= { chair: [], secretary: [], adjusters: [], adjustedOn: null };
    if (!found[role].includes(m[2]!)) found[role].push(m[2]!);
    const day = findDates(text.slice(m.index + m[0].length)).find((d) => d.iso !== null)?.iso ?? null;
    if (day !== null && (found.adjustedOn === null || day > found.adjustedOn)) found.adjustedOn = day;
  }
  return found;
}

/**
 * Signers who adjusted one by one, none named chair: the one of them the list of who took part names chair
 * (`Anna Ek (S), ordförande`) signs as chair, and is no adjuster (see SCHEMA: the chair who signs as chair is no adjuster).
 */
export function chairAmongAdjusted(signers: Signers, people: readonly Participant[], said: AdjustedEach): Signers {
  if (signers.chair.length > 0 || said.adjusters.length === 0) return signers;
  const chairs = people.filter((p) => p.role !== 'absent' && p.position === 'ordförande' && said.adjusters.includes(p.name));
  if (chairs.length !== 1) return signers;
  const chair = chairs[0]!.name;
  return { ...signers, chair: [chair], adjusters: signers.adjusters.filter((n) => n !== chair) };
}
