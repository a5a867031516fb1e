// A notice that calls its meeting in a sentence (`Styrelsen … kallar härmed medlemmarna till medlemssamråd den 3 juni …`,
// `Fullmäktige kallas att tjänstgöra på den extra föreningsstämma som börjar kl 09.30`, `Den 2 oktober kommer ett
// förbundsmöte att hållas`): the organ that meets is the meeting called, not the organ the sentence names as who calls,
// who is called, or who elected them (`Styrelsen`, `fullmäktige`, `val av kommunfullmäktige`).
import { calledMeeting } from '../../detect/called-in-prose.js';
import { ASSEMBLY_MEETING_ENDINGS } from '../../lexicon/sv.js';
import { findBody } from './organisation.js';

// (the longest ending first: `förbundsmötet` before `mötet`)
const ENDINGS = [...ASSEMBLY_MEETING_ENDINGS].sort((a, b) => b.length - a.length);
// the definite ending of a members' meeting's word: `stämman`, `årsmötet`, `medlemssamrådet`
const DEFINITE = /(?<=a)n$|(?<=[eå]d?)et$/u;

/** The organ of the meeting the header's calling sentence names, or null where no sentence calls one or its word names no organ. */
export function calledBody(headerText: string): { body: string; index: number } | null {
  const word = calledMeeting(headerText);
  if (word === null) return null;
  const organ = findBody(word);
  if (organ !== null) return { body: organ.body, index: 0 };
  const lower = word.toLowerCase();
  return ENDINGS.some((e) => lower.endsWith(e)) ? { body: lower.replace(DEFINITE, ''), index: 0 } : null;
}
