// Local parties in brackets (`Per Holm (KP)`, `Lars Berg (NP)`, `Rolf Ås (FiA)`): letters the lexicon does not
// know as a party's are read first as an organisation's. In lists that write the national
// parties the same way (`Eva Ek (S)`, `Stina Alm (SD)`), such letters are a party too, unless
// they are a known organisation's (`(FK)`, `(AF)`, `(VGR)`) or an organ's (`(KS)`). Only those who
// sit on the organ have a party there: staff and guests in brackets are their employer's (`(EY)`).
// Lists that write the parties in lower case (`(s)`, `(m)`) write a local one so too (`Ann Berg, (ns),
// Gällivare`): read as a note, it becomes a party in capitals, unless it says how the person attends (`(tjg)`).
import { ASSOCIATION_ACRONYMS, ATTENDANCE_NOTE_WORDS, ORGAN_ABBREVIATIONS, ORGANISATION_ACRONYMS, POSITION_ABBREVIATIONS, POSITION_ACRONYMS } from '../../lexicon/sv.js';
import type { Participant } from '../../schema/result.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// how many people of the document must have a national party for the lists to write parties in brackets
const PARTIES_SEEN = 2;
// (in capitals, or mixing the cases as some local lists write theirs: `(FiA)`, `(SoP)`; or one capital, as `(Ö)`, `(T)`
// name a local party where `(S)`, `(M)` name the national ones)
const LETTERS = new RegExp(`^[${UPPER_LETTER}](?:[${UPPER_LETTER}]{0,3}|[${LOWER_LETTER}][${UPPER_LETTER}]{1,2}|[${UPPER_LETTER}][${LOWER_LETTER}][${UPPER_LETTER}])$`, 'u');
const NOT_PARTY = new Set<string>([...ORGANISATION_ACRONYMS, ...ASSOCIATION_ACRONYMS, ...ORGAN_ABBREVIATIONS, ...POSITION_ACRONYMS].map((a) => a.toUpperCase()));
const SEATED = new Set<Participant['role']>(['member', 'deputy', 'absent']);
// (a local party's letters in lower case: two or three, as `ns`, `spi`; the note is nothing else)
const LOWER_LETTERS = new RegExp(`^[${LOWER_LETTER}]{2,3}$`, 'u');
const NOT_LOWER_PARTY = new Set<string>([...ATTENDANCE_NOTE_WORDS, ...Object.keys(POSITION_ABBREVIATIONS), ...[...NOT_PARTY].map((a) => a.toLowerCase())]);

const ASSOCIATIONS = new Set<string>(ASSOCIATION_ACRONYMS);

/** Moves a local party's letters from the organisation to the party, where the document's lists name parties. */
export function readLocalParties(people: Participant[]): void {
  let seen = 0;
  for (const p of people) if (p.party !== null && ++seen >= PARTIES_SEEN) break;
  if (seen < PARTIES_SEEN) return;
  // (a council's lists, where the associations' representatives sit beside the parties' (`Eva Ek (S)`, `Bo Ås (RSMH)`, `Kim Lund
  // (DF)`): letters the lexicon knows as no party's are another association's there, not a local party's)
  let council = false;
  for (const p of people) if (p.organisation !== null && ASSOCIATIONS.has(p.organisation.toUpperCase())) council = true;
  if (!council) for (const p of people) {
    if (p.party !== null || p.organisation === null || !SEATED.has(p.role) || !LETTERS.test(p.organisation) || NOT_PARTY.has(p.organisation.toUpperCase())) continue;
    p.party = p.organisation;
    p.organisation = null;
  }
  for (const p of people) {
    if (p.party !== null || p.note === null || !SEATED.has(p.role)) continue;
    // `Lisa Holm (skp) ersätter Bo Lind (skp)`: the deputy's letters and the member's served, the same party's, both read as notes
    const letters = p.note.includes('; ') && p.substituteFor !== null ? sameTwice(p.note) : p.note;
    if (letters === null || !LOWER_LETTERS.test(letters) || NOT_LOWER_PARTY.has(letters)) continue;
    p.party = letters.toUpperCase();
    p.note = null;
  }
}

/** `skp; skp` → `skp`: a note of two parts that are the same letters; null for any other. */
function sameTwice(note: string): string | null {
  const at = note.indexOf('; ');
  return note.slice(0, at) === note.slice(at + 2) ? note.slice(0, at) : null;
}
