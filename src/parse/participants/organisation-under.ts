// People each with their organisation alone on the line under the name, as notes list who came
// (`Per Holm` / `Försäkringskassan` / `Sara Lind` / `Arbetsförmedlingen`): the list opens with a
// person and ends with an organisation, which heads nobody, so each organisation there is the
// person's above it. (A list that opens with an organisation is one whose organisations head
// the people under them.)
import { namesSomebody } from '../../segment/participants.js';
import { organisationOnly } from './line.js';

/** The list's organisations alone on their lines are the people's above them. */
export function organisationsUnderNames(entries: readonly { text: string }[]): boolean {
  const n = entries.length;
  if (n < 2) return false;
  const first = entries[0]!.text;
  return organisationOnly(entries[n - 1]!.text) !== null && organisationOnly(entries[n - 2]!.text) === null && namesSomebody(first) && organisationOnly(first) === null;
}
