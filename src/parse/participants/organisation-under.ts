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
  if (!namesSomebody(first) || organisationOnly(first) !== null) return false;
  return organisationOnly(entries[n - 1]!.text) !== null ? organisationOnly(entries[n - 2]!.text) === null : eachUnderOne(entries);
}

// (two organisations alone at the least: one may head the people under it)
const MIN_UNDER = 2;
/**
 * `Kim Ask` / `HRF` / `Bo Lind` / `FUB` / `Ulla Nord, Neuroförbundet`: the list's last line names its person's organisation
 * after a comma, and every organisation alone on its line stands right under a person's line that itself opens the list or
 * stands right under another organisation: one person's each, none over a group of people.
 */
function eachUnderOne(entries: readonly { text: string }[]): boolean {
  let under = 0;
  // (whether the line before is an organisation alone, the one before that, and whether the line before names somebody)
  let orgBefore = false;
  let orgTwoBefore = true;
  for (let k = 1; k < entries.length; k++) {
    const org = organisationOnly(entries[k]!.text) !== null;
    if (org) {
      if (orgBefore || !orgTwoBefore || !namesSomebody(entries[k - 1]!.text)) return false;
      under++;
    }
    orgTwoBefore = orgBefore;
    orgBefore = org;
  }
  return under >= MIN_UNDER;
}
