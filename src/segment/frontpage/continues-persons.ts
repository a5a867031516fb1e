// Whether a value goes on a list of people: the names, and what stands among them (an
// organisation over its people, a remark on attendance, the marks of an attendance column).
import { PARTIES } from '../../lexicon/sv.js';
import { isAttendanceRemark, reportsOpening } from '../../text/attendance-remark.js';
import { alternation } from '../../text/patterns.js';
import { givenNameList, isPositionAlone, isVacantSeat } from '../../text/persons.js';
import { amongNames } from './among-names.js';
import type { Piece } from './pieces.js';
import { markOnly } from './roles-after.js';
import { classOf, crossedName, hasDate, nameShaped } from './values.js';
import { namesOrganisationOnly, pageThenProse } from '../participants.js';
import { wrapsAt } from './wrapped-names.js';
import { carriesPositionBack } from '../../text/position-across-lines.js';
import { fromBody } from '../../text/from-body.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

const BULLET_BEFORE = new RegExp(`^[-–] (?=[${UPPER_LETTER}])`, 'u');
const CROSS_BEFORE = new RegExp(`^[xX] (?=[${UPPER_LETTER}])`, 'u');
const PARTY_CELL = new RegExp(`^\\(?(?:${alternation(PARTIES)})\\)?$`, 'iu');

/**
 * The piece at k goes on a list of people: it names somebody, an organisation heading the
 * people under it, a sub-heading (`Kommunerna:`), or it continues the entry above it.
 */
export function continuesPersons(values: readonly Piece[], k: number): boolean {
  const p = values[k]!;
  if (reportsOpening(p.text)) return false;
  // (the line first: a class is a lookup in a memo of thousands of texts, and a piece after another on its line goes on
  // whatever its class)
  if (k > 0 && values[k - 1]!.at === p.at) return true;
  if (classOf(p.text) === 'persons') return true;
  // `Sand, Okke   S   Östby   Ja`, `Okke Sand   Norrby kommun`: a table's row whose next cell is a party's letters, or an
  // organisation that says the first cell is a name, names somebody in its first
  const next = values[k + 1];
  if (next !== undefined && next.at === p.at && (PARTY_CELL.test(next.text) || classOf(`${p.text}, ${next.text}`) === 'persons')) return true;
  // (a digit opens a transcript's next page too, its prose after the number: `2 Mötesanteckningar Mötet öppnades av …`)
  if (pageThenProse(p.text)) return false;
  // (but not the day and hour beside the list's heading, first: `Närvarande onsdag den 12 mars 2025 kl 17:00 Vikby skola`, the
  // column of `Tid`, `Plats` and `Närvarande` flattened)
  if (/^[\p{Ll}(§\d[☐☒]/u.test(p.text)) return k > 0 || !OPENS_LOWER.test(p.text) || !hasDate(p.text);
  // `Rut Sjövall (verksamhetschef,` / `Arbetsförmedlingen Norrby)`: the rest of a bracket the entry above left open
  if (k > 0 && values[k - 1]!.at === p.at - 1 && closesOpenBracket(values[k - 1]!.text, p.text)) return true;
  // `… Nyqvist Anna Maria` / `II vice ordf. Åström Kaj …`: a surname-first roll's next line, the position of the last person above first
  if (k > 0 && p.text.charCodeAt(0) === 73 && values[k - 1]!.at === p.at - 1 && carriesPositionBack(values[k - 1]!.text, p.text)) return true;
  // `- Grönlund Britt` beside `x Sundberg Ragnar` (the entry above or below it): the mark of who stayed away, before a name
  if (BULLET_BEFORE.test(p.text) && (CROSS_BEFORE.test(values[k - 1]?.text ?? '') || CROSS_BEFORE.test(values[k + 1]?.text ?? '')) && classOf(p.text.slice(2)) === 'persons') return true;
  // `Lämnade mötet efter § 9` under the name it concerns
  if (k > 0 && isAttendanceRemark(p.text)) return true;
  // the marks of an attendance column printed after the names (`X, § 5 - § 6`), or after a name
  // whose given name the lexicon lacks (`Shirin Hedlund X`)
  if (markOnly(p.text) || crossedName(p.text)) return true;
  if (/^[\p{L} ]{2,40}:$/u.test(p.text)) return true;
  // `Sofia Alm` / `Miljöchef`: a position alone, capitalised as a cell of its own, on the line under the person it is
  if (k > 0 && isPositionAlone(p.text) && underPerson(values, k)) return true;
  // `Anna` / `Per` / `Johan (FK)`: given names one a line, as notes list who came; `Vakant (SD)`, a seat nobody holds
  if (givenNameList(p.text, 1) !== null || isVacantSeat(p.text)) return true;
  // the list's last name, whose given name the lexicon does not know (`Xiomara Hedlund`), after the others
  if (k + 1 === values.length && k > 0 && nameShaped(p.text)) return true;
  // (or among them, in their column: `Ryszard Nowicki` between `Anna Berg` and `Per Ek`)
  if (amongNames(values, k)) return true;
  // (or the last word of the name above, wrapped in a narrow column: `Karl-Johan Lindqvist` / `Holmberg (M)`)
  if (wrapsAt(values, k)) return true;
  // `Per Holm` / `Försäkringskassan` / … / `Mika Öhrn` / `Östby kommun`: each person's organisation under the name, the last one's too
  if (namesOrganisationOnly(p.text) && organisationsUnder(values, k)) return true;
  // `Per Ås` / `Eva Berg` / `Norrby kommun` / `Försäkringskassan`: the column of organisations after the column of names
  if (k > 1 && namesOrganisationOnly(p.text) && organisationColumn(values, k)) return true;
  // `Från Region Norrdal` over its people: a preposition and the body they come from (a sub-heading of three words or more,
  // which the patterns below do not take)
  if (fromBody(p.text) !== null && k + 1 < values.length && classOf(values[k + 1]!.text) === 'persons') return true;
  // `Försäkringskassan`, `Region Skåne`: an organisation over its people, or a single name; `Ordförandena i
  // kommunstyrelserna` under `Yttranderätt:`: a few words that say who the people under them are
  return (ORGANISATION_OVER.test(p.text) || GROUP_OVER.test(p.text)) && k + 1 < values.length && classOf(values[k + 1]!.text) === 'persons';
}
/** `text` closes a bracket that `above` opens and leaves open (`Rut Sjövall (chef, teknisk` / `förvaltning)`). */
export function closesOpenBracket(above: string, text: string): boolean {
  const close = text.indexOf(')');
  if (close < 0) return false;
  const open = text.indexOf('(');
  return (open < 0 || close < open) && above.lastIndexOf('(') > above.lastIndexOf(')');
}

/**
 * From the first value to values[k], a person and an organisation under each, one a line (a
 * position alone may stand between them: `Åsa Berg` / `förbundschef` / `Samordningsförbundet`).
 */
function organisationsUnder(values: readonly Piece[], k: number): boolean {
  let j = 0;
  while (j < k) {
    const person = values[j]!;
    if (classOf(person.text) !== 'persons') return false;
    const position = values[j + 1]!.at === person.at + 1 && isPositionAlone(values[j + 1]!.text) ? 1 : 0;
    const organisation = values[j + 1 + position];
    if (organisation === undefined || organisation.at !== person.at + 1 + position || !namesOrganisationOnly(organisation.text)) return false;
    j += 2 + position;
  }
  return j === k + 1;
}

/**
 * values[k] is an organisation alone in a column of them, one a line, right under a column of as many names, one a line:
 * a table's two columns flattened one after the other.
 */
function organisationColumn(values: readonly Piece[], k: number): boolean {
  const organisationAt = (j: number): boolean => namesOrganisationOnly(values[j]!.text);
  const next = (j: number): boolean => values[j + 1]!.at === values[j]!.at + 1;
  let first = k;
  while (first > 0 && next(first - 1) && organisationAt(first - 1)) first--;
  let last = k;
  while (last + 1 < values.length && next(last) && organisationAt(last + 1)) last++;
  const organisations = last - first + 1;
  let names = 0;
  for (let j = first - 1; j >= 0 && next(j) && classOf(values[j]!.text) === 'persons'; j--) names++;
  return organisations >= 2 && names === organisations;
}

/** values[k] stands on the line right under a person, or under the organisation on the line under one. */
function underPerson(values: readonly Piece[], k: number): boolean {
  const above = values[k - 1]!;
  if (above.at !== values[k]!.at - 1) return false;
  if (classOf(above.text) === 'persons') return true;
  const person = values[k - 2];
  return person !== undefined && person.at === above.at - 1 && namesOrganisationOnly(above.text) && classOf(person.text) === 'persons';
}
const ORGANISATION_OVER = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]+(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}-]+)?$`, 'u');
const GROUP_OVER = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:\\s[${LOWER_LETTER}][${LOWER_LETTER}-]*){1,5}$`, 'u');
