// Local parties in brackets (`Per Holm (KP)`, `Lars Berg (NP)`, `Rolf Ås (FiA)`): letters the lexicon does not
// know as a party's are read first as an organisation's. In lists that write the national
// parties the same way (`Eva Ek (S)`, `Stina Alm (SD)`), such letters are a party too, unless
// they are a known organisation's (`(FK)`, `(AF)`, `(VGR)`) or an organ's (`(KS)`). Only those who
// sit on the organ have a party there: staff and guests in brackets are their employer's (`(EY)`).
import { ORGAN_ABBREVIATIONS, ORGANISATION_ACRONYMS, POSITION_ACRONYMS } from '../../lexicon/sv.js';
import type { Participant } from '../../schema/result.js';

// how many people of the document must have a national party for the lists to write parties in brackets
const PARTIES_SEEN = 2;
// (in capitals, or mixing the cases as some local lists write theirs: `(FiA)`, `(SoP)`)
const LETTERS = /^\p{Lu}(?:\p{Lu}{1,3}|\p{Ll}\p{Lu}{1,2}|\p{Lu}\p{Ll}\p{Lu})$/u;
const NOT_PARTY = new Set<string>([...ORGANISATION_ACRONYMS, ...ORGAN_ABBREVIATIONS, ...POSITION_ACRONYMS].map((a) => a.toUpperCase()));
const SEATED = new Set<Participant['role']>(['member', 'deputy', 'absent']);

/** Moves a local party's letters from the organisation to the party, where the document's lists name parties. */
export function readLocalParties(people: Participant[]): void {
  let seen = 0;
  for (const p of people) if (p.party !== null && ++seen >= PARTIES_SEEN) break;
  if (seen < PARTIES_SEEN) return;
  for (const p of people) {
    if (p.party !== null || p.organisation === null || !SEATED.has(p.role) || !LETTERS.test(p.organisation) || NOT_PARTY.has(p.organisation.toUpperCase())) continue;
    p.party = p.organisation;
    p.organisation = null;
  }
}
