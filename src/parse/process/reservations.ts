// Reservations: `Ledamöterna från SD reserverar sig mot beslutet` (by [], parties [SD]),
// `Anna Ek (M) reserverar sig till förmån för eget yrkande`, `Mot beslutet reserverar sig
// Anna Ek (V) och Bo Al (V)`, `Socialdemokraterna reserverar sig`, `Anna Ek (L) lämnar en
// skriftlig reservation, bilaga 3`, `Reservation anfördes av Anna Ek m.fl. (S)`, Finnish-
// Swedish `Ledamoten Anna Ek anmälde avvikande mening`, `Reservation: Anna Ek (V) …`, and
// under a `Reservation` heading a paragraph that opens with names. The text is the
// statement as written.
//
// Precision first: a rule (`Den som vill reservera sig …`), a `reservationsrätt`, a
// reservation in the case's history (under `Beskrivning av ärendet`) or at another meeting
// (a date, `vid föregående sammanträde`, `i arbetsutskottet`, a § reference) is none.
import { PROCESS } from '../../lexicon/sv.js';
import type { Reservation } from '../../schema/result.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { leadingActors, type Actors } from './actors.js';
import { isRule, mayState, reportsOtherMeeting } from './elsewhere.js';
import { sentencesOfPart, type Part } from './parts.js';
import { actorsAround } from './subject.js';
import { ANY_LETTER } from '../../text/letters.js';

const A = `(?<![${ANY_LETTER}])`;
const B = `(?![${ANY_LETTER}])`;
const QUALIFIED_NOUN = `(?:(?:${alternation(PROCESS.reserveQualifiers)})\\s+){0,3}(?:${alternation(PROCESS.reserveNouns)})`;
const RESERVE = new RegExp(`${A}(?:${alternation(PROCESS.reserveVerbs)}|(?:${alternation(PROCESS.reserveNounVerbs)})\\s+${QUALIFIED_NOUN})${B}`, 'iu');
const { nouns: PASSIVE_NOUNS, against: PASSIVE_AGAINST, verbs: PASSIVE_VERBS } = PROCESS.reservePassive;
const RESERVE_PASSIVE = new RegExp(
  `${A}(?:${alternation(PASSIVE_NOUNS)})(?:\\s+(?:${alternation(PASSIVE_AGAINST)}))?\\s+(?:${alternation(PASSIVE_VERBS)})\\s+av${B}`,
  'iu',
);
const NONE = new RegExp(`^(?:${alternation(PROCESS.none)})\\s`, 'iu');
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test is several times faster
const HINT = /reserv|avvikande (?:mening|åsikt)/i;

export function findReservations(parts: readonly Part[]): Reservation[] {
  const out: Reservation[] = [];
  for (const part of parts) {
    const headed = part.section === 'reservations';
    if (!headed && !(part.stems && HINT.test(part.text))) continue;
    const before = out.length;
    for (const s of sentencesOfPart(part)) {
      const actors = mayState(part.section, s.text) ? reservers(s.text) : null;
      if (actors) out.push({ by: actors.by, parties: actors.parties, text: trimEndOf(s.text, ''), line: s.line });
    }
    // `Reservation` / `Anna Ek (V) och Bo Al (V), skriftlig reservation bilaga 3`
    if (out.length === before && headed && !NONE.test(part.text) && !isRule(part.text) && !reportsOtherMeeting(part.text)) {
      const lead = leadingActors(part.text);
      if (lead) out.push({ by: lead.actors.by, parties: lead.actors.parties, text: part.text.trim(), line: sentencesOfPart(part)[0]!.line });
    }
  }
  return out;
}

/** Who reserves themselves in a sentence, or null. */
function reservers(sentence: string): Actors | null {
  if (!HINT.test(sentence) || reportsOtherMeeting(sentence)) return null;
  const passive = RESERVE_PASSIVE.exec(sentence);
  if (passive) return leadingActors(sentence.slice(passive.index + passive[0].length).trimStart())?.actors ?? null;
  const verb = RESERVE.exec(sentence);
  if (!verb) return null;
  return actorsAround(sentence.slice(0, verb.index), sentence.slice(verb.index + verb[0].length))?.actors ?? null;
}
