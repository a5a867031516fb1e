// The role a list's entry gives its person beyond the list's heading: its own position
// (`ersättare`, `ledamot`), serving for a member, a staff position among the members.
import type { Participant } from '../../schema/result.js';
import { isStaffPosition } from '../../text/persons.js';
import type { ParticipantFields } from './line.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { MEMBERSHIP_WORDS, PARTIES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';

// under a heading that only says who was there (`Närvarande`, `Deltagare`), the line's
// own `ledamot` or `ersättare` tells the role
export const GENERIC_HEADING = /^(?:närvarande|närvaro|deltagare|deltagande)$/iu;
export const OTHERS_HEADING = /^övriga(?:\s+(?:närvarande|deltagare|deltagande))?$/iu;
// the co-opted (`Adjungerade`), who sit beside a board's members without deciding: beside them a bare `Närvarande`
// lists the members (not `Deltagare`, a working group's officials with guests beside them)
export const CO_OPTED_HEADING = /^adjunger(?:ade?|ande)$/iu;
export const PRESENT_HEADING = /^(?:närvarande|närvaro)$/iu;
// (an entry's own word for a seat of the body: `ordförande`, `ordf.`, `ledamot`)
export const MEMBER_POSITION = new RegExp(`(?<![${ANY_LETTER}])(?:ordförande|ordf\\.?|ledamot)(?![${ANY_LETTER}])`, 'iu');
// `ersättare`, `ej tjg ers`, `tjg ers.`: a deputy's position, in full or cut short (or Finland's `suppleant`)
const DEPUTY_POSITION = new RegExp(`ersättare|suppleant|(?<![${ANY_LETTER}])ers(?![${ANY_LETTER}])`, 'iu');
export function roleOfPosition(position: string | null): Participant['role'] | null {
  if (!position) return null;
  // (DEPUTY_POSITION needs `ers`, its `s` also the long `ſ` that /iu folds to it: asked of the lower-cased text first)
  const lower = position.toLowerCase();
  if ((lower.includes('ers') || lower.includes('erſ') || lower.includes('suppleant')) && DEPUTY_POSITION.test(position)) return 'deputy';
  // (no letter of the three words folds from another but its capital: the lower-cased text holds one where `/ledamot|ordförande|medlem/iu` finds one)
  if (lower.includes('ledamot') || lower.includes('ordförande') || lower.includes('medlem')) return 'member';
  return null;
}

// the förbund's own office, unnamed, as a staff member's organisation (`Maria Berg   Samordningsförbundet   Förbundschef`): no
// member's seat (a named one, `Samordningsförbundet Östby`, may sit on a network's board)
const OWN_OFFICE = /^(?:samordningsförbundet|förbundet|kansliet|förbundskansliet|(?:samordnings)?förbundets kansli)$/iu;

// … or the förbund's own office by its letters, as a roll writes each official's (`Sekreterare Eva Ek, GR`): capitals, no party's
const OFFICE_LETTERS = new RegExp(`^[${UPPER_LETTER}]{2,5}$`, 'u');
const PARTY_LETTERS = new Set<string>(PARTIES.map((p) => p.toUpperCase()));
const ownOffice = (organisation: string): boolean =>
  OWN_OFFICE.test(organisation) || (OFFICE_LETTERS.test(organisation) && !PARTY_LETTERS.has(organisation));

/** Named with a staff position and neither party nor organisation (`Lisa Dahl`, `miljöchef`), or the förbund's own office. */
export const isStaff = (fields: ParticipantFields): boolean =>
  fields.position !== null && fields.party === null && (fields.organisation === null || ownOffice(fields.organisation)) && isStaffPosition(fields.position);

/** A deputy serving in a member's place is listed among the members, and is still a deputy (`tjg ers`, `ersätter Eva Ek`). */
export function serving(fields: ParticipantFields, role: Participant['role']): Participant['role'] {
  if (role !== 'member') return role;
  return servesForSomebody(fields) || (fields.position !== null && DEPUTY_POSITION.test(fields.position)) ? 'deputy' : role;
}

/** The line says the person serves in a member's place, or in a seat nobody holds (`ersätter vakant (S)`). */
export const servesForSomebody = (fields: ParticipantFields): boolean => fields.substituteFor !== null || fields.servesVacant === true;

// `ledamot`, `ordinarie ledamot`, `ej tjg ers`, `suppleant`: a seat, one or two qualifiers before it, and nothing else
const MEMBERSHIP = new RegExp(
  `^(?:(?:${alternation(MEMBERSHIP_WORDS.qualifiers)})\\s+){0,2}(?:${alternation(MEMBERSHIP_WORDS.seats)})$`,
  'iu',
);

/**
 * A position that only names the person's seat (`ledamot`, `tjänstgörande ersättare`): the role, which the list's
 * reading already took from it, and no position (an office, `ordförande`, `förbundschef`, is one).
 */
export const isMembershipOnly = (position: string): boolean => MEMBERSHIP.test(position.trim());
