// No signing evidence of a secretary (no `Sekreterare`/`Vid protokollet` label with a name, no sentence, no block),
// but the lists of who took part name the meeting's secretary (`Övriga närvarande` / `Lena Sjö, sekreterare`,
// `samt sekreterare Lena Sjö`): that person is the secretary, as the project's gold takes a notice's
// `Name / Kommunsekreterare` contact. Only one such person, present, and neither the chair nor an adjuster.
import type { Participant } from '../../schema/result.js';
import { MEETING_SECRETARY_POSITIONS } from '../../lexicon/sv.js';
import type { Signers } from './blocks.js';

const OFFICES: ReadonlySet<string> = new Set(MEETING_SECRETARY_POSITIONS);

/** The position's last office (`utredare, sekreterare` → `sekreterare`), in lower case. */
const lastOffice = (position: string): string => position.split(',').at(-1)!.trim().toLowerCase();

export function listedSecretary(signers: Signers, people: readonly Participant[]): Signers {
  if (signers.secretary.length > 0) return signers;
  const listed = people.filter((p) => p.role !== 'absent' && p.position !== null && OFFICES.has(lastOffice(p.position)));
  const names = [...new Set(listed.map((p) => p.name))];
  if (names.length !== 1) return signers;
  const name = names[0]!;
  if (signers.chair.includes(name) || signers.adjusters.includes(name)) return signers;
  return { ...signers, secretary: [name] };
}
