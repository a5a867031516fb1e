// `Ledamöter:` `Ersättare:` `Övriga närvarande` over one run of names (`Eva Ek, ordf. Bo Ås … Kim Lund Rut Alm … Per
// Holm, förbundsdirektör`), or `Beslutande:` over `Ersättare:` and every name: a table of the members and, beside them,
// their personal deputies, its columns flattened one after the other under the last heading. The officials at the run's
// end, each with a position or a remark, stay with the others' heading; the seats before them are as many members as
// deputies, the members' column first (seen at an Åland kommunförbund's board and at an Ostrobothnian kommunstyrelse).
import type { Participant } from '../../schema/result.js';
import { MEMBER_POSITION, roleOfPosition } from './list-roles.js';
import { ORGAN_GENITIVE } from './words.js';

// (two members and their two deputies at the least)
const MIN_SEATS = 4;

/** An official's entry: a position that is no seat's (`förbundsdirektör`), or a remark (`förbundsstämmans`). */
const official = (p: Participant): boolean => p.note !== null || (p.position !== null && !MEMBER_POSITION.test(p.position));

/** The people read from position `from` on, given to the members' and the deputies' headings by halves, where they can be. */
export function membersThenDeputies(people: Participant[], from: number, columns: { members: string; deputies: string | null }, others: boolean): void {
  if (columns.deputies === null) {
    seatedToMembers(people, from, columns.members);
    return;
  }
  const deputies = columns.deputies;
  let end = people.length;
  if (others) while (end > from && official(people[end - 1]!)) end--;
  const seats = end - from;
  if (seats < MIN_SEATS || seats % 2 !== 0) return;
  // (an official among the seats, or one marked away: no two columns of seats)
  for (let k = from; k < end; k++) if (official(people[k]!) || people[k]!.role === 'absent') return;
  const half = from + seats / 2;
  for (let k = from; k < end; k++) {
    const p = people[k]!;
    const member = k < half && p.substituteFor === null;
    p.role = member ? 'member' : 'deputy';
    p.roleLabel = k < half ? columns.members : deputies;
  }
}

// (two people at least with a party or a seat: one alone may be a guest among the staff)
const MIN_SEATED = 2;

/**
 * `Beslutande` `Övriga deltagare` over everyone (`Eva Ek (S), ledamot Bo Ås (S), ordförande Lisa Holm, kommunsekreterare …
 * Kim Lund (S), tjg ersättare`): the members' heading left empty before the others' that took every name. Who has a party
 * or a seat sits under the members' heading (a serving deputy as a deputy); the staff keep the others'.
 */
function seatedToMembers(people: Participant[], from: number, members: string): void {
  let seated = 0;
  for (let k = from; k < people.length; k++) if (seatOf(people[k]!) !== null) seated++;
  if (seated < MIN_SEATED) {
    representativesToMembers(people, from, members);
    return;
  }
  for (let k = from; k < people.length; k++) {
    const p = people[k]!;
    const seat = seatOf(p);
    if (seat === null) continue;
    p.role = seat;
    p.roleLabel = members;
  }
}

/**
 * `Beslutande: Övriga deltagande` over a council's run (`Gösta Lind (LB), ordförande Britt Svahn, PRO Kjell Ek, SPF …
 * Per Dahl, socialchef`): its members represent associations, named by the organisation alone, no party. The run is the
 * table's columns in order, the members' first: the entries before the first of the staff, each with a seat, a party or
 * an organisation and no position of the staff's, are the members (two at least, and the staff after them).
 */
function representativesToMembers(people: Participant[], from: number, members: string): void {
  let end = from;
  while (end < people.length && representative(people[end]!)) end++;
  if (end - from < MIN_SEATED || end === people.length || !staff(people[end]!)) return;
  for (let k = from; k < end; k++) {
    const p = people[k]!;
    p.role = seatOf(p) ?? 'member';
    p.roleLabel = members;
  }
}

/** A seat, a party, or an association's or agency's name and no position of the staff's. */
const representative = (p: Participant): boolean => seatOf(p) !== null || (p.role !== 'absent' && p.organisation !== null && p.position === null && p.note === null);

/** A position that is no seat (`socialchef`, `sekreterare`). */
const staff = (p: Participant): boolean => p.position !== null && seatOf(p) === null;

/** The role a person's party or seat gives among the members: a deputy's seat or the member served for, a member's otherwise; null for staff. */
function seatOf(p: Participant): 'member' | 'deputy' | null {
  if (p.role === 'absent') return null;
  if (anotherOrgans(p.position)) return null;
  const role = roleOfPosition(p.position);
  if (role === 'deputy' || p.substituteFor !== null) return 'deputy';
  return role === 'member' || (p.party !== null && role === null) ? 'member' : null;
}

/** `kommunfullmäktiges ordförande`, `styrelsens sekreterare`: a position in another organ, a guest's among the staff, no seat here. */
function anotherOrgans(position: string | null): boolean {
  if (position === null) return false;
  const space = position.indexOf(' ');
  return space > 0 && ORGAN_GENITIVE.test(position.slice(0, space));
}
