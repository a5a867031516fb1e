// Participant groups → Participant[]: each list's entries cut and read (`read-line.ts`), each
// person's role from the list's heading, the entry's own opening words and the person's position.
import type { Participant } from '../../schema/result.js';
import type { ParticipantGroup } from '../../segment/participants.js';
import { namesSomebody } from '../../segment/participants.js';
import { cutAtCrosses, isAbsentRemark, isMarkOnly, readMarks, type Mark } from './attendance.js';
import { addAttendance } from './merge.js';
import { joinRolledName } from './leading-marks.js';
import { membersThenDeputies } from './columns-before.js';
import { readLocalParties } from './local-parties.js';
import { mayOpenRollCall, rollCallProse } from './roll-call-prose.js';
import { organisationsUnderNames } from './organisation-under.js';
import { attendanceOnly, organisationOnly, positionOnly } from './line.js';
import { type ListOpening, allButOf, cutAtOrganisations, cutAtSubHeadings, descriptionBefore, isGroupHeadingLine, subHeadingOf, withoutGroupHeadings, withoutHeadingRemark, withoutListNumber, withoutMarkHeads } from './entry-openings.js';
import { CO_OPTED_HEADING, GENERIC_HEADING, MEMBER_POSITION, OTHERS_HEADING, PRESENT_HEADING, isMembershipOnly, isStaff, roleOfPosition, servesForSomebody, serving } from './list-roles.js';
import { readLine } from './read-line.js';
import type { ParticipantFields } from './line.js';
import { personalDeputyRows, withPersonalDeputyHeads } from './personal-deputy-rows.js';
import { positionsCarriedBack } from '../../text/position-across-lines.js';
import { labelsAboveNames } from './labels-above-names.js';
import { withoutFinnishGlosses } from './finnish-gloss.js';
import { groupFrom } from './group-from.js';
import { organisationColumnAfterNames } from './organisations-column-after-names.js';
import { withRolesColumnOverHeads } from './roles-column-over-heads.js';
import { isStaffPosition } from '../../text/persons.js';
import { columns } from '../../text/line.js';
import { NOBODY_UNDER_ABSENT } from '../../lexicon/sv.js';

const NOBODY = new Set<string>(NOBODY_UNDER_ABSENT);

export function parseParticipants(lists: readonly ParticipantGroup[]): Participant[] {
  const out: Participant[] = [];
  // (`Ordinarie   Personlig ersättare` read as two lists' headings over one table's run of rows: one table's heads)
  // (and `Beslutande   Övriga närvarande` over one run of names and their functions' column: one list under both)
  const groups = withRolesColumnOverHeads(withPersonalDeputyHeads(lists));
  // `Närvarande` beside `Övriga närvarande` (Swedish-language Finnish minutes, many boards'
  // notes): the first list is the members, the others are listed apart
  let othersApart = false;
  let coOptedApart = false;
  // a bare `Närvarande` as the only list of who decides, naming the chair or a member (`Anna Ek, ordförande`):
  // it lists the members, and the staff named with their positions beside them
  let noMembersApart = true;
  // (one walk over the groups, not three: every document's lists are read so)
  for (const g of groups) {
    othersApart ||= OTHERS_HEADING.test(g.label);
    // (the heading's `a`, in either case, before the pattern: the only letters it folds to its first)
    coOptedApart ||= (g.label.charCodeAt(0) | 0x20) === 0x61 && CO_OPTED_HEADING.test(g.label);
    if (g.role === 'member') noMembersApart = false;
  }
  for (const g of groups) {
    // (its `n` or `d`, in either case, before the pattern: every generic heading opens with one)
    const opening = g.label.charCodeAt(0) | 0x20;
    const generic = (opening === 0x6e || opening === 0x64) && GENERIC_HEADING.test(g.label);
    const chaired = generic && !othersApart && noMembersApart && g.role === 'other' && g.entries.some((e) => MEMBER_POSITION.test(e.text));
    const base = generic && (othersApart || chaired || (coOptedApart && PRESENT_HEADING.test(g.label))) && g.role === 'other' ? 'member' : g.role;
    // (an empty list adds nobody; each entry written out, not spread: one shape for them all)
    if (g.entries.length === 0) continue;
    readGroup(out, g, { generic, chaired, base });
  }
  readLocalParties(out);
  for (const p of out) if (p.position !== null) seatAsRole(p);
  return out;
}

/** How a list's heading reads its people: generic (`Närvarande`), naming the chair among the others, and the role it gives. */
interface ListRoles {
  generic: boolean;
  chaired: boolean;
  base: Participant['role'];
}
/** A list's entry cut at its crosses, its mark read. */
type MarkedPiece = { text: string; line: number; mark: Mark; trailing?: boolean };
/** A marked piece cut at its sub-headings and organisations. */
type ListEntry = MarkedPiece & { organisation?: string };

/** One list's people (its entries read line by line, a roll call in prose whole), pushed to `out`. */
function readGroup(out: Participant[], g: ParticipantGroup, roles: ListRoles): void {
  const { generic, chaired } = roles;
  // `Närvarande vid uppropet: … utom …. Som ersättare … inträder: …`: a roll call in prose
  const prose = mayOpenRollCall(g.entries[0]!.text) ? rollCallProse(g) : null;
  if (prose) {
    out.push(...prose);
    return;
  }
  // `ORDINARIE   ERSÄTTARE` over rows `Holm, Anna X Berg, Olle`: each member beside the personal deputy, a cross for who came
  const seats = personalDeputyRows(g);
  if (seats) {
    out.push(...seats);
    return;
  }
  // (a list and its column of crosses run on into one text is cut at the crosses first: `Eva Ek X Bo Ås X`)
  // (loops, not chained flatMaps and spread copies: this runs for every entry of every list)
  const marked = markedPieces(g.entries);
  // a list that marks who came (`[X]`, `☒`, a column of `X` or `Ja`): a name without a mark stayed away
  // (counted in a loop, not a filter with a callback: every list is read so)
  let present = 0;
  for (const e of marked) if (e.mark === 'present') present++;
  const markedList = present > 0 && present * 2 >= marked.filter((e) => namesSomebody(e.text)).length;
  // an organisation on a line of its own heads the people listed under it
  let heading: string | null = null;
  const groupStart = out.length;
  // (`… Ny Anna Maria` / `II vice ordf. Ås Kaj …`: a surname-first roll's line that opens with the position of the line before's last person)
  const listed = listEntries(marked);
  // (`ordförande` / `Tove Strand` / `medlem` / `Per Ås`: a table's labels above its names, each the name's under it)
  // (and `Per Ås` / `Eva Berg` / `Norrby kommun` / `Försäkringskassan`: the column of organisations after the column of names)
  const entries = listed.length > 1 ? (positionsCarriedBack(listed) ?? labelsAboveNames(listed) ?? organisationColumnAfterNames(listed) ?? listed) : listed;
  // (unless each stands under a person, `Per Holm` / `Försäkringskassan`: then it is that person's)
  const under = organisationsUnderNames(entries);
  // the people the entry before named
  let named = 0;
  // a position alone under a name was given in this list: the list writes them so, its last one too
  let positionsUnder = false;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    // `Övriga närvarande Ersättare Karin Ås (S) Nils Holm (M)`: a sub-heading opens the entry, and heads its people
    // (`Ordföranden i nämnderna Bo Lind (s) …`: words that say who the people are, before the first, name nobody)
    const sub = subHeadingOf(entry.text) ?? allButOf(entry.text, g.label) ?? descriptionBefore(entry.text, g.label, g.role);
    const e = sub ? { ...entry, text: entry.text.slice(sub.length).trimStart() } : entry;
    const listRole = sub?.role ?? g.role;
    // (`X`, `X, § 3-7` under `Närvarande`: the marks' column flattened after the names' names nobody)
    if (isMarkOnly(e.text)) continue;
    // (`Studentrepresentanter`, `Företrädare för lärarna` on a line of its own: the group's sub-heading, nobody)
    if (isGroupHeadingLine(e.text)) continue;
    // (`Från Region Norrdal`, `Från kommunerna` on a line of its own: the body its people come from, nobody)
    const from = groupFrom(e.text);
    if (from !== undefined) {
      heading = from;
      continue;
    }
    // (`Frånvarande: Inga`: nobody)
    if (listRole === 'absent' && NOBODY.has(e.text.trim().replace(/\.$/u, '').toLowerCase())) continue;
    // (`… Eva Sand (C) Representanter från föreningarna Maja Ek (DF) …`: a group's sub-heading between two names is neither's)
    const people = readLine(withoutGroupHeadings(e.text), listRole === 'deputy');
    // `Region Norrby   Anna Ek (S)` / `Kim Lund (C)`: a column of bodies left of the names, one body's cell over the rows of its people
    const body = people.length > 0 && people[0]!.organisation !== null ? leadingBody(e.text) : null;
    if (body !== null) heading = body;
    const before = named;
    named = people.length;
    if (people.length === 0) {
      // `Lämnade mötet efter § 9` under a name: a remark on that person's attendance, nobody new
      const remark = out.length > groupStart ? attendanceOnly(e.text) : null;
      const organisation = remark ? null : organisationOnly(e.text);
      // `Bertil Hammar (M)` / `vice ordförande`: a position alone under a name is that person's
      // (not a column of positions flattened after the names: a name follows it, or it ends a list of one name)
      const position = remark || organisation !== null || before !== 1 || out[out.length - 1]!.position !== null ? null : positionOnly(e.text);
      // (at the list's end, after one name only, or where the list writes positions under names)
      if (position !== null && (k + 1 < entries.length ? positionOnly(entries[k + 1]!.text) === null : out.length - groupStart === 1 || positionsUnder)) {
        givePosition(out[out.length - 1]!, position, generic, chaired);
        positionsUnder = true;
      } else if (remark) addAttendance(out[out.length - 1]!, remark);
      else if (under && organisation !== null && before === 1 && out[out.length - 1]!.organisation === null) out[out.length - 1]!.organisation = organisation;
      else {
        heading = organisation ?? heading;
        continue;
      }
      // (a line under the person that is the person's: what follows it may still be theirs, `ordförande` / `Region Norrdal`)
      named = before;
      continue;
    }
    const absent = e.mark === 'absent' || (markedList && e.mark === null);
    pushPeople(out, g, e, people, sub, listRole, heading, absent, roles);
  }
  if (g.columnsBefore !== undefined) membersThenDeputies(out, groupStart, g.columnsBefore, g.role === 'other');
}

/** A list's entries cut at a column of crosses run on into them, each piece's mark read. */
function markedPieces(listed: ParticipantGroup['entries']): MarkedPiece[] {
  const marked: MarkedPiece[] = [];
  for (const e of listed) {
    // (what cutAtCrosses cuts at: a capital `X` after a space, or a small cross or a dash and a space opening the text;
    // most entries hold neither, and are their own one piece)
    const opening = e.text.charCodeAt(0);
    const mayCut = e.text.includes(' X') || ((opening === 0x78 || opening === 0x2d) && e.text.charCodeAt(1) === 0x20) || opening === 0x5b;
    const pieces = mayCut ? cutAtCrosses(e.text) : [e.text];
    // (an Åland roll run on, its marks before the names: the `- ` of a name among the `x ` of the others says that person
    // stayed away, whether or not the crosses are the list's most; `- Ek Eva, kommundirektör` among its officials too)
    const rolled = pieces.length > 1 && pieces.some(crossFirst);
    for (const text of pieces) {
      const m = readMarks(text);
      const mark = m.mark === null && rolled && dashFirst(text) ? 'absent' : m.mark;
      // (each piece of such a roll names one person: `Erland, Olof` is one name, not two given names)
      const own = rolled ? joinRolledName(m.text) : m.text;
      marked.push(m.trailing ? { text: own, line: e.line, mark, trailing: true } : { text: own, line: e.line, mark });
    }
  }
  return marked;
}

/** The marked pieces without their heads and numbers, cut at sub-headings and at organisations. */
function listEntries(marked: readonly MarkedPiece[]): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const e of marked) {
    // (`ordförande / puheenjohtaja Anna Ek`: a bilingual roll's Finnish gloss of a position read away first)
    const headed = withoutHeadingRemark(withoutMarkHeads(withoutFinnishGlosses(e)));
    // (a list's number opens with a digit, and the organisations' cut needs a colon: their own first tests, asked here,
    // where most entries open with a name and hold no colon)
    const first = headed.text.charCodeAt(0);
    const numbered = first >= 48 && first <= 57 ? withoutListNumber(headed) : headed;
    for (const sub of cutAtSubHeadings(numbered)) {
      if (sub.text.includes(':')) for (const o of cutAtOrganisations(sub)) entries.push(o);
      else entries.push(sub);
    }
  }
  return entries;
}

/** The people one entry reads (`people`), each with the role its list, its mark and its own words give, pushed to `out`. */
function pushPeople(out: Participant[], g: ParticipantGroup, e: ListEntry, people: readonly ParticipantFields[], sub: ListOpening | null, listRole: Participant['role'], heading: string | null, absent: boolean, roles: ListRoles): void {
  const { generic, chaired, base } = roles;
  // `Bo Ås (M) Eva Ek (C) Anmält förhinder`: a remark after a run-on list's last name is that person's alone
  const lastOnly = absent && e.trailing === true && people.length > 1;
  for (let r = 0; r < people.length; r++) {
    const read = people[r]!;
    // `Anna Ek (S), Per Ås (M) ej närvarande, Eva Holm (C)`: a remark after one person of a run-on list, which the
    // entry's own mark did not see, says that person stayed away (and is no position or note of theirs)
    const gone = people.length > 1 && (isAbsentRemark(read.position) || isAbsentRemark(read.note));
    const fields = gone ? { ...read, position: isAbsentRemark(read.position) ? null : read.position, note: isAbsentRemark(read.note) ? null : read.note } : read;
    // `Anna Ek (S) lämnade mötet efter § 9` below the list that names her: her attendance, not a second Anna Ek
    const again = fields.changed !== undefined && fields.organisation === null && fields.position === null && fields.substituteFor === null ? out.find((p) => p.name === fields.name) : undefined;
    if (again) {
      addAttendance(again, { paragraphs: fields.paragraphs, note: fields.note! });
      continue;
    }
    // `Anette Palm (S) ersättare` among `Övriga närvarande`: a deputy who does not serve is still a deputy (and one who serves for a member, `ersätter Per Ohlin (C)`)
    // (and staff named with their position among members or deputies, `… samt sekreterare Lisa Dahl`, take no part in deciding)
    const role = (absent && (!lastOnly || r === people.length - 1)) || gone
      ? 'absent'
      : generic
        ? (roleOfPosition(fields.position) ??
          (servesForSomebody(fields) ? 'deputy' : fields.party !== null && base === 'other' ? 'member' : chaired && isStaff(fields) ? 'other' : serving(fields, base)))
        : listRole === 'other' && (roleOfPosition(fields.position) === 'deputy' || servesForSomebody(fields))
          ? 'deputy'
          : isStaff(fields) && (listRole === 'member' || listRole === 'deputy')
            ? 'other'
            : serving(fields, listRole);
    // `Ledamöter   Tjänstgörande ersättare` flattened into one list: who serves for nobody is a member
    const member = g.membersBeside !== undefined && role === 'deputy' && !servesForSomebody(fields) && roleOfPosition(fields.position) !== 'deputy';
    // written out, not spread: this runs for every person of every list
    out.push({
      name: fields.name,
      organisation: fields.organisation ?? e.organisation ?? heading,
      party: fields.party,
      position: fields.position,
      paragraphs: fields.paragraphs,
      substituteFor: fields.substituteFor,
      note: fields.note,
      role: member ? 'member' : role,
      roleLabel: member ? g.membersBeside! : (sub?.label ?? g.label),
      line: e.line,
    });
  }
}

/** The piece opens with a small cross and a space (`x Sundberg Ragnar`), or with a dash and a space (`- Grönlund Britt`). */
const crossFirst = (text: string): boolean => text.charCodeAt(0) === 0x78 && text.charCodeAt(1) === 0x20;
const dashFirst = (text: string): boolean => text.charCodeAt(0) === 0x2d && text.charCodeAt(1) === 0x20;

/**
 * `Tage Ek (M), ledamot`, `Olof Sten (S) tjänstgörande ersättare`: the seat has given the role, and is no position;
 * where the role does not say it (among the others, the absent), the seat is kept as the note.
 */
function seatAsRole(p: Participant): void {
  if (!isMembershipOnly(p.position!)) return;
  if ((p.role === 'other' || p.role === 'absent') && p.note === null) p.note = p.position;
  p.position = null;
}

/** The organisation in the first column of a row of people (`Region Norrby   Anna Ek (S)`), or null. */
function leadingBody(text: string): string | null {
  if (!text.includes('  ') && !text.includes('\t')) return null;
  const cols = columns(text);
  return cols.length >= 2 ? organisationOnly(cols[0]!) : null;
}

/** The position written under a person's name; under a heading that only says who was there, the role it gives (`ersättare`). */
function givePosition(person: Participant, position: string, generic: boolean, chaired: boolean): void {
  person.position = position;
  // (as a position beside the name gives it: any role under such a heading, a deputy's among the others,
  // and staff's among the members a chaired `Närvarande` lists)
  const role = person.role === 'absent' ? null : roleOfPosition(position);
  if (role !== null && (generic || (person.role === 'other' && role === 'deputy'))) person.role = role;
  else if (chaired && person.role === 'member' && person.party === null && person.organisation === null && isStaffPosition(position)) person.role = 'other';
}
