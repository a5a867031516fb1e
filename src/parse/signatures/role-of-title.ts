// A signer's role said with the organ it serves (`Kommunstyrelsens ordförande`, `styrelsens sekreterare`, `ordförande i
// valnämnden`), as a notice's issuer signs: the role is the label's word, the organ is none of it.
import { ROLE_ORGAN_LINKS } from '../../lexicon/sv.js';
import { roleOfLabel, type SignatureRole } from '../../segment/signatures.js';
import { OPENS_LOWER } from '../../text/letters.js';

const LINKS = new Set<string>(ROLE_ORGAN_LINKS);

/** The role of a title, the organ it names left aside; null where the title is no signer's. */
export function roleOfTitle(text: string): SignatureRole | null {
  const plain = roleOfLabel(text);
  if (plain !== null || !text.includes(' ')) return plain;
  const words = text.trim().split(/\s+/u);
  // (`Valnämndens ordförande`: one word in the genitive, then the role's in lower case)
  if (words.length === 2 && words[0]!.endsWith('s') && OPENS_LOWER.test(words[1]!)) return roleOfLabel(words[1]!);
  // (`ordförande i valnämnden`: the role, the link, one word of the organ)
  if (words.length === 3 && LINKS.has(words[1]!.toLowerCase())) return roleOfLabel(words[0]!);
  return null;
}
