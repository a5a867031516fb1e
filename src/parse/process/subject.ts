// Who does what a verb says: the actors before it (`Anna Ek (S) yrkar …`), or after it
// when a short adverbial opens the sentence (`Under överläggningen yrkar Anna Ek (S) …`,
// `Mot beslutet reserverar sig Anna Ek (V) och Bo Al (V)`). Words before the verb that speak
// of a document, its author or another meeting make it no statement of this meeting.
import { PROCESS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { leadingActors, readActors, type Actors } from './actors.js';
import { reportsOtherMeeting, speaksOfDocument } from './elsewhere.js';
import { ANY_LETTER } from '../../text/letters.js';

const OPENER = new RegExp(`^(?:${alternation(PROCESS.openers)})(?![${ANY_LETTER}])`, 'iu');
// an opening adverbial is short: `Under överläggningen`, `Mot beslutet`, `I ärendet`
const OPENER_WORDS = 5;
// `Reserverar sig: Bo Ek (M), Eva Ås (M)`: the verb as a label, its actors after the colon
const AFTER_COLON = /^\s*:\s*/u;

export function actorsAround(before: string, after: string): { actors: Actors; rest: string } | null {
  const b = before.replace(/^[•\-–*]\s*/u, '').trim();
  if (speaksOfDocument(b) || reportsOtherMeeting(b)) return null;
  const direct = readActors(b);
  if (direct) return { actors: direct, rest: after };
  if (b === '' && AFTER_COLON.test(after)) {
    const listed = after.replace(AFTER_COLON, '');
    const lead = leadingActors(listed);
    return lead ? { actors: lead.actors, rest: listed.slice(lead.end) } : null;
  }
  if (!OPENER.test(b) || b.split(/\s+/u).length > OPENER_WORDS) return null;
  const lead = leadingActors(after.trimStart());
  return lead ? { actors: lead.actors, rest: after.trimStart().slice(lead.end) } : null;
}
