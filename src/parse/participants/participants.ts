// Participant groups → Participant[]. A line usually names one person; it names several
// when its columns each name somebody (a flattened two-column list) or when it lists
// people separated by `;`, `,` or `och` (`Närvarande: Anna Ek, FK; Bo Berg, AF`).
import type { Participant } from '../../schema/result.js';
import type { ParticipantGroup } from '../../segment/participants.js';
import { columns } from '../../text/line.js';
import { contactFooterStart } from '../../text/contact-footer.js';
import { openingReportAt } from '../../text/attendance-remark.js';
import { givenNameList, isGivenName, isStaffPosition, isVacantSeat, mayNameVacantSeat, splitPersons, type GivenNameEntry } from '../../text/persons.js';
import { ALL_MEMBERS_BUT, PARTIES, ROLE_HEADINGS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { labelAt } from '../../text/labels.js';
import { namesSomebody } from '../../segment/participants.js';
import { isMarkOnly, readMarks } from './attendance.js';
import { addAttendance } from './merge.js';
import { readLocalParties } from './local-parties.js';
import { rollCallProse } from './roll-call-prose.js';
import { byOrganisation } from './organisation-first.js';
import { organisationsUnderNames } from './organisation-under.js';
import { positionsBeforeNames } from './positions-run-on.js';
import { sentenceOpening } from './sentence-opening.js';
import { surnameFirstList } from './surname-first-list.js';
import { attendanceOnly, organisationOnly, parseParticipantLine, type ParticipantFields } from './line.js';
import { kindOf } from './words.js';

export function parseParticipants(groups: readonly ParticipantGroup[]): Participant[] {
  const out: Participant[] = [];
  // `Närvarande` beside `Övriga närvarande` (Swedish-language Finnish minutes, many boards'
  // notes): the first list is the members, the others are listed apart
  const othersApart = groups.some((g) => OTHERS_HEADING.test(g.label));
  // a bare `Närvarande` as the only list of who decides, naming the chair or a member (`Anna Ek, ordförande`):
  // it lists the members, and the staff named with their positions beside them
  const noMembersApart = !groups.some((g) => g.role === 'member');
  for (const g of groups) {
    const generic = GENERIC_HEADING.test(g.label);
    const chaired = generic && !othersApart && noMembersApart && g.role === 'other' && g.entries.some((e) => MEMBER_POSITION.test(e.text));
    const base = generic && (othersApart || chaired) && g.role === 'other' ? 'member' : g.role;
    // (an empty list adds nobody; each entry written out, not spread: one shape for them all)
    if (g.entries.length === 0) continue;
    // `Närvarande vid uppropet: … utom …. Som ersättare … inträder: …`: a roll call in prose
    const prose = rollCallProse(g);
    if (prose) {
      out.push(...prose);
      continue;
    }
    const marked = g.entries.map((e) => {
      const m = readMarks(e.text);
      return { text: m.text, line: e.line, mark: m.mark };
    });
    // a list that marks who came (`[X]`, `☒`, a column of `X` or `Ja`): a name without a mark stayed away
    const present = marked.filter((e) => e.mark === 'present').length;
    const markedList = present > 0 && present * 2 >= marked.filter((e) => namesSomebody(e.text)).length;
    // an organisation on a line of its own heads the people listed under it
    let heading: string | null = null;
    const groupStart = out.length;
    const entries = marked.map(withoutListNumber).flatMap(cutAtSubHeadings).flatMap(cutAtOrganisations);
    // (unless each stands under a person, `Per Holm` / `Försäkringskassan`: then it is that person's)
    const under = organisationsUnderNames(entries);
    // the people the entry before named
    let named = 0;
    for (const entry of entries) {
      // `Övriga närvarande Ersättare Karin Ås (S) Nils Holm (M)`: a sub-heading opens the entry, and heads its people
      const sub = subHeadingOf(entry.text) ?? allButOf(entry.text, g.label);
      const e = sub ? { ...entry, text: entry.text.slice(sub.length).trimStart() } : entry;
      const listRole = sub?.role ?? g.role;
      // (`X`, `X, § 3-7` under `Närvarande`: the marks' column flattened after the names' names nobody)
      if (isMarkOnly(e.text)) continue;
      const people = readLine(e.text, listRole === 'deputy');
      const before = named;
      named = people.length;
      if (people.length === 0) {
        // `Lämnade mötet efter § 9` under a name: a remark on that person's attendance, nobody new
        const remark = out.length > groupStart ? attendanceOnly(e.text) : null;
        const organisation = remark ? null : organisationOnly(e.text);
        if (remark) addAttendance(out[out.length - 1]!, remark);
        else if (under && organisation !== null && before === 1 && out[out.length - 1]!.organisation === null) out[out.length - 1]!.organisation = organisation;
        else heading = organisation ?? heading;
        continue;
      }
      const absent = e.mark === 'absent' || (markedList && e.mark === null);
      for (const fields of people) {
        // `Anna Ek (S) lämnade mötet efter § 9` below the list that names her: her attendance, not a second Anna Ek
        const again = fields.changed !== undefined && fields.organisation === null && fields.position === null && fields.substituteFor === null ? out.find((p) => p.name === fields.name) : undefined;
        if (again) {
          addAttendance(again, { paragraphs: fields.paragraphs, note: fields.note! });
          continue;
        }
        // `Anette Palm (S) ersättare` among `Övriga närvarande`: a deputy who does not serve is still a deputy (and one who serves for a member, `ersätter Per Ohlin (C)`)
        // (and staff named with their position among members or deputies, `… samt sekreterare Lisa Dahl`, take no part in deciding)
        const role = absent
          ? 'absent'
          : generic
            ? (roleOfPosition(fields.position) ??
              (fields.substituteFor !== null ? 'deputy' : fields.party !== null && base === 'other' ? 'member' : chaired && isStaff(fields) ? 'other' : serving(fields, base)))
            : listRole === 'other' && (roleOfPosition(fields.position) === 'deputy' || fields.substituteFor !== null)
              ? 'deputy'
              : isStaff(fields) && (listRole === 'member' || listRole === 'deputy')
                ? 'other'
                : serving(fields, listRole);
        // `Ledamöter   Tjänstgörande ersättare` flattened into one list: who serves for nobody is a member
        const member = g.membersBeside !== undefined && role === 'deputy' && fields.substituteFor === null && roleOfPosition(fields.position) !== 'deputy';
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
  }
  readLocalParties(out);
  return out;
}

// `1. Anna Ek (S), ordförande`, `2) Bo Berg`: the list's own number before the entry, no § attended
const LIST_NUMBER = /^\d{1,2}[.)]\s+(?=\p{Lu})/u;
/** The entry without the number a numbered list writes before it. */
function withoutListNumber<E extends { text: string }>(entry: E): E {
  const c = entry.text.charCodeAt(0);
  const m = c >= 48 && c <= 57 ? LIST_NUMBER.exec(entry.text) : null;
  return m ? { ...entry, text: entry.text.slice(m[0].length) } : entry;
}

/** Words that open a list's entry and say whose it is: as written, their length, the role they give. */
export interface ListOpening {
  label: string;
  length: number;
  role: Participant['role'];
}

const SUB_HEADING_ROLE = new Map<string, Participant['role']>(ROLE_HEADINGS.flatMap((h) => h.words.map((w) => [w, h.role] as const)));
/**
 * A list's heading that opens an entry, capitalised, before a name (`Ersättare Karin Ås (S) …`,
 * `Tjänstemän Nils Holm, kommunchef`): its words as written, their length, and the role they give.
 */
function subHeadingOf(text: string): ListOpening | null {
  const hit = labelAt(text);
  if (hit?.field !== 'participants') return UPPER_FIRST.test(text) ? sentenceOpening(text) : null;
  const role = SUB_HEADING_ROLE.get(hit.text.toLowerCase());
  const rest = text.slice(hit.length).trimStart();
  return role !== undefined && NAME_FIRST.test(rest) && namesSomebody(rest) ? { label: hit.text, length: hit.length, role } : null;
}
const UPPER_FIRST = /^\p{Lu}/u;
const NAME_FIRST = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}/u;

/**
 * `… Andreas Berg, Övriga Bahman Alavi, förbundschef`: the heading of the others' or the absent's
 * list run on after a comma in the middle of an entry opens a new entry there (which
 * `subHeadingOf` then reads); a deputies' heading there is the person's own position.
 */
function cutAtSubHeadings<E extends { text: string }>(entry: E): E[] {
  const text = entry.text;
  // (most entries hold no comma before a capital: the search is the cheap test)
  let at = text.indexOf(', ');
  if (at < 0) return [entry];
  const out: E[] = [];
  let from = 0;
  for (; at >= 0; at = text.indexOf(', ', at + 2)) {
    const c = text.charCodeAt(at + 2);
    // (not a deputies' heading: `Bo Hald, (c), Arvidsjaur, Tjänstgörande ersättare` is his own position)
    const role = isUpper(c) ? subHeadingOf(text.slice(at + 2))?.role : undefined;
    if (role !== 'other' && role !== 'absent') continue;
    out.push({ ...entry, text: text.slice(from, at) });
    from = at + 2;
  }
  if (from === 0) return [entry];
  out.push({ ...entry, text: text.slice(from) });
  return out;
}
/** `Försäkringskassan: Eva Ek. Region Norrland: Karin Holm`: each organisation's people an entry of their own, which it heads. */
function cutAtOrganisations<E extends { text: string }>(entry: E): (E & { organisation?: string })[] {
  const parts = entry.text.includes(':') ? byOrganisation(entry.text) : null;
  return parts ? parts.map((p) => ({ ...entry, text: p.text, organisation: p.organisation })) : [entry];
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;

// (after the organ's name in the genitive, or none: `Kommunfullmäktiges samtliga ledamöter utom …`)
const ALL_BUT = new RegExp(`^(?:\\p{Lu}\\p{Ll}+s\\s+)?(?:${alternation(ALL_MEMBERS_BUT.all)}),?\\s+(?:${alternation(ALL_MEMBERS_BUT.but)}):?\\s+(?=\\p{Lu})`, 'iu');
/** `Samtliga ledamöter med undantag för Olle Rask (KP), …`: the names after the words are the members who stayed away. */
function allButOf(text: string, label: string): ListOpening | null {
  const m = ALL_BUT.exec(text);
  return m ? { label, length: m[0].length, role: 'absent' } : null;
}

// under a heading that only says who was there (`Närvarande`, `Deltagare`), the line's
// own `ledamot` or `ersättare` tells the role
const GENERIC_HEADING = /^(?:närvarande|närvaro|deltagare|deltagande)$/iu;
const OTHERS_HEADING = /^övriga(?:\s+(?:närvarande|deltagare|deltagande))?$/iu;
// (an entry's own word for a seat of the body: `ordförande`, `ordf.`, `ledamot`)
const MEMBER_POSITION = /(?<![\p{L}])(?:ordförande|ordf\.?|ledamot)(?![\p{L}])/iu;
// `ersättare`, `ej tjg ers`, `tjg ers.`: a deputy's position, in full or cut short
const DEPUTY_POSITION = /ersättare|(?<![\p{L}])ers(?![\p{L}])/iu;
function roleOfPosition(position: string | null): Participant['role'] | null {
  if (!position) return null;
  if (DEPUTY_POSITION.test(position)) return 'deputy';
  if (/ledamot|ordförande|medlem/iu.test(position)) return 'member';
  return null;
}

/** Named with a staff position and neither party nor organisation (`Lisa Dahl`, `miljöchef`). */
const isStaff = (fields: ParticipantFields): boolean => fields.position !== null && fields.party === null && fields.organisation === null && isStaffPosition(fields.position);

/** A deputy serving in a member's place is listed among the members, and is still a deputy (`tjg ers`, `ersätter Eva Ek`). */
function serving(fields: ParticipantFields, role: Participant['role']): Participant['role'] {
  if (role !== 'member') return role;
  return fields.substituteFor !== null || (fields.position !== null && DEPUTY_POSITION.test(fields.position)) ? 'deputy' : role;
}

// pairs may overlap: `Valsamordnare Emma Söder` holds `Emma Söder` after a position
const NAME_PAIRS = /(\p{Lu}\p{Ll}+)[ -](?=(\p{Lu}\p{Ll}+))/gu;
/** Pairs of capitalised words that could be a first and a last name (not `Västra Götalandsregionen`), counted up to `enough`. */
function namePairs(text: string, enough: number): number {
  let n = 0;
  // (read with exec: matchAll would copy the pattern at every call)
  NAME_PAIRS.lastIndex = 0;
  for (let m = NAME_PAIRS.exec(text); m !== null; m = NAME_PAIRS.exec(text)) if (kindOf(m[1]!) === 'cap' && kindOf(m[2]!) === 'cap' && ++n >= enough) break;
  NAME_PAIRS.lastIndex = 0;
  return n;
}
const isPerson = (p: ParticipantFields | null): p is ParticipantFields => p !== null && p.name.includes(' ');
// a person's name is two capitalised words at least, so the text holds two capitals: the cheap test before reading an entry
// (reading only takes capitals away: it writes positions out in lower case)
const TWO_CAPITALS = /\p{Lu}\P{Lu}*\p{Lu}/u;
const mayNamePerson = (text: string): boolean => TWO_CAPITALS.test(text);

/** Each entry read, when every one names a person; null when one does not (the first that does not ends the reading). */
function allPeople(entries: readonly string[], read: (text: string) => ParticipantFields | null): ParticipantFields[] | null {
  if (!entries.every(mayNamePerson)) return null;
  const out: ParticipantFields[] = [];
  for (const e of entries) {
    const fields = read(e);
    if (!isPerson(fields)) return null;
    out.push(fields);
  }
  return out;
}

function readLine(input: string, deputy: boolean): ParticipantFields[] {
  // `Lisa Dahl, kanslichef Räddningstjänsten Norra Dalen Brandvägen 4 …`: the letterhead's footer run on after the last name
  // (and `… Leif Rask (punkt 5) Olle Sand öppnade mötet …`: the minutes' first sentence run on after it)
  const footer = contactFooterStart(input);
  const report = openingReportAt(input);
  const end = footer < 0 ? report : report < 0 ? footer : Math.min(footer, report);
  const line = end < 0 ? input : input.slice(0, end).trimEnd();
  if (line === '') return [];
  // `Anmält förhinder: Ida Lusen, Per Zätter och Lars Tiger.`: the sentence's point ends no name
  const sentence = line.endsWith('.') && SENTENCE_END.test(line) ? line.slice(0, -1) : line;
  // `Vakant (SD)`: a seat nobody holds
  if (isVacantSeat(sentence)) return [];
  const text = mayNameVacantSeat(sentence) ? withoutVacantSeats(sentence) : sentence;
  // `Maria, Johan, Kalle (FK)`, `Lotta`: people named by their given names alone, under a list's heading
  const given = givenNameList(text, 1);
  if (given) return given.map(byGivenName);
  const read = (t: string): ParticipantFields | null => parseParticipantLine(t, { deputy });
  // `Holm, Henrik Lindqvist, Ralf Bäck, Eivor`: surname, comma, given name, one person after another
  const reversed = surnameFirstList(text);
  if (reversed) return reversed.map(read).filter((p): p is ParticipantFields => p !== null);
  const withRoles = rolesAfterNames(text) ?? positionsBeforeNames(text);
  if (withRoles) return withRoles.map(read).filter((p): p is ParticipantFields => p !== null);
  const cols = columns(text);
  if (cols.length >= 2) {
    const each = allPeople(cols, read);
    if (each) return each;
  }
  // `Therese Kvarn, Försäkringskassan Mikael Öberg, Arbetsförmedlingen …`: a list run on without separators
  const runOn = splitPersons(text).filter((e) => !isVacantSeat(e));
  const people = splitPeople(text);
  // `Bo Elm (V), Kent Foll (C) och Tomas Lind (KD).`: the separators part more people than the run-on reading;
  // `sekreterare Eva Ek, miljöchef Bo Alm`: each part a position before its name, which the run-on reading would give the name before
  // (and `… Per Ås (C) samt sekreterare Maja Ek`: an entry of the run-on reading that ends on `samt` and a position has cut the position from its name)
  if (runOn.length >= 2 && people.length <= runOn.length && !positionsFirst(people) && !runOn.some((e, k) => k + 1 < runOn.length && CONJUNCTION_THEN_WORDS.test(e))) {
    const each = allPeople(runOn, read);
    if (each) return each;
  }
  if (people.length >= 2) return people.map(read).filter((p): p is ParticipantFields => p !== null);
  const one = read(text);
  return one ? [one] : [];
}

const isLowerAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6;
};
/**
 * `Eva Ås (S) Bo Lind Ida Berg ersättare förvaltningschef sekreterare`: a column of names and the
 * column of their roles flattened one after the other (the roles one word each, as many as the
 * names): each name with its role, in order. Null for any other line.
 */
function rolesAfterNames(text: string): string[] | null {
  // (most lines end in no role: the last two words open in lower case, the cheap test before the words are cut)
  const last = text.lastIndexOf(' ');
  if (last < 0 || !isLowerAt(text, last + 1)) return null;
  const before = text.lastIndexOf(' ', last - 1);
  if (before < 0 || !isLowerAt(text, before + 1)) return null;
  const words = text.split(' ');
  let roles = 0;
  while (roles < words.length && kindOf(words[words.length - 1 - roles]!) === 'position') roles++;
  if (roles < 2 || roles === words.length) return null;
  const names = splitPersons(words.slice(0, words.length - roles).join(' '));
  if (names.length !== roles || !names.every((n) => mayNamePerson(n))) return null;
  return names.map((n, k) => `${n}, ${words[words.length - roles + k]}`);
}

/** `Eva Lund (S), Vakant (SD), Per Holm (M)`: the list without the seats nobody holds, which would join the entry before them. */
function withoutVacantSeats(text: string): string {
  const all = parts(text);
  const kept = all.filter((p) => !isVacantSeat(p));
  return kept.length < all.length ? kept.join(', ') : text;
}

// an entry's end: `samt` or `och`, then one to three words in lower case (`samt sekreterare`, `och tf. kommunchef`)
// (not the `och` of a compound: `barn- och utbildningschef`)
const CONJUNCTION_THEN_WORDS = /(?<!-)\s(?:samt|och)(?:\s\p{Ll}[\p{Ll}.:-]*){1,3}$/u;

/** Every entry opens with its position, lower case, before the name (`sekreterare Eva Ek`, `tf. kommunchef Bo Alm`). */
function positionsFirst(people: readonly string[]): boolean {
  if (people.length < 2) return false;
  for (const p of people) {
    const c = p.charCodeAt(0);
    // (a lower-case first letter is the cheap test; the position word, then the name after it, decide)
    if (!(c >= 97 && c <= 122) && c !== 0xe5 && c !== 0xe4 && c !== 0xf6) return false;
    const space = p.indexOf(' ');
    const kind = kindOf(space < 0 ? p : p.slice(0, space));
    if (kind !== 'position' && kind !== 'modifier') return false;
  }
  return true;
}

/** `Kalle (FK)`: a given name, and the party or the organisation in the bracket after it. */
function byGivenName(e: GivenNameEntry): ParticipantFields {
  const party = e.within !== null && PARTY_SET.has(e.within.toUpperCase()) ? e.within.toUpperCase() : null;
  return { name: e.name, organisation: party === null ? e.within : null, party, position: null, paragraphs: null, substituteFor: null, note: null };
}
const PARTY_SET = new Set<string>(PARTIES);

// a point after a surname, a party's bracket or the §§ attended (`ekonomichef Anna Ceder 169.`)
const SENTENCE_END = /(?:\s\p{Lu}\p{Ll}+|\)|\s\d{1,4})\.$/u;

const WORD_BEFORE_SLASH = /\p{Lu}\p{Ll}+$/u;
const NAME_AFTER_SLASH = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s\p{Lu}/u;
/** `Tove Ås/Helena Ny, sekretariatet`: two people sharing a role, a slash between a surname and a given name. */
function slashBetweenNames(text: string, at: number): boolean {
  const after = NAME_AFTER_SLASH.exec(text.slice(at + 1, at + 40));
  return after !== null && isGivenName(after[1]!) && WORD_BEFORE_SLASH.test(text.slice(Math.max(0, at - 30), at));
}

/** Cut at `;`, `,`, ` och ` and ` samt ` outside parentheses, and at a slash between two names. */
function parts(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || c === ',' || (c === '/' && slashBetweenNames(text, i)))) {
      out.push(text.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && c === ' ' && (text.startsWith(' och ', i) || text.startsWith(' samt ', i))) {
      const word = text.startsWith(' och ', i) ? 5 : 6;
      out.push(text.slice(start, i));
      start = i + word;
      i += word - 1;
    }
  }
  out.push(text.slice(start));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

// `§ 67 Gunnel Flod` after `Richard Åman, miljöinspektör,`: the paragraphs close the entry before
const ATTENDED_FIRST = /^((?:§§?|\$)\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\s+(?=\p{Lu}\p{Ll})/u;
const attendedFirst = (part: string, k: number): string[] => {
  const m = k > 0 && (part.charCodeAt(0) === 0xa7 || part.charCodeAt(0) === 36) ? ATTENDED_FIRST.exec(part) : null;
  return m ? [m[1]!, part.slice(m[0].length)] : [part];
};

/**
 * `Gunilla Lind, tf. kommunchef Amra Berg, kommunsekreterare Ken Ås, ekonomichef § 133`: a
 * list of `Name, position` entries run on without their line breaks, so that each part but the
 * first and last reads `position Name`. When the first part is a name alone, the last a position
 * alone and every part between a position before a name, each position is the name's before it.
 */
function positionsAfterNames(ps: readonly string[], read: readonly (ParticipantFields | null)[]): string[] | null {
  const n = ps.length;
  if (n < 3 || !isPerson(read[0]!) || read[0]!.position !== null || read[n - 1] !== null || !LOWER_FIRST.test(ps[n - 1]!)) return null;
  const out: string[] = [];
  let carry = ps[0]!;
  for (let k = 1; k < n - 1; k++) {
    const f = read[k];
    const at = f && isPerson(f) && f.position !== null ? ps[k]!.indexOf(f.name) : -1;
    if (at <= 0 || !LOWER_FIRST.test(ps[k]!)) return null;
    out.push(`${carry}, ${ps[k]!.slice(0, at).trim()}`);
    carry = ps[k]!.slice(at);
  }
  out.push(`${carry}, ${ps[n - 1]}`);
  return out;
}

const LOWER_FIRST = /^\p{Ll}/u;
const LONE_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The people of a line that lists several: each part that names a person starts one,
 * and the parts around it (an organisation, a position) belong to the person before them
 * (or, at the start of the line, to the first person: `Arbetsförmedlingen, Leif Johansson`).
 */
function splitPeople(text: string): string[] {
  // two people need two parts and two pairs of capitalised words at least (the cheap test first)
  const raw = parts(text);
  if (raw.length < 2) return [];
  // (a part can only start with its §§ after the first: most lines have none, and no copy is made)
  const ps = raw.some((p, k) => k > 0 && (p.charCodeAt(0) === 0xa7 || p.charCodeAt(0) === 36)) ? raw.flatMap(attendedFirst) : raw;
  // a part that names nobody in full nor by a given name alone counts for nobody, read or not: only the others are read
  // (and the last where it may close a run of `Name, position` entries, below); two are needed
  const may = ps.map((p) => mayNamePerson(p) || isGivenName(p));
  if (may.filter(Boolean).length < 2) return [];
  const pairs = namePairs(text, 2);
  if (pairs === 0) return [];
  const last = ps.length - 1;
  const read = new Array<ParticipantFields | null>(ps.length).fill(null);
  const person = new Array<boolean>(ps.length).fill(false);
  // `Maria Ek, Johan, Per Lind`: a given name alone between people named in full is one of them
  // (not after a surname alone: `Granholm, Ann-Sofie` is one name, written surname first)
  const personAt = (k: number): boolean => {
    const r = read[k]!;
    return isPerson(r) || (r !== null && isGivenName(ps[k]!) && !(k > 0 && LONE_WORD.test(ps[k - 1]!) && kindOf(ps[k - 1]!) === 'cap'));
  };
  if (last >= 2 && LOWER_FIRST.test(ps[last]!)) {
    // (the last part in lower case may close a run of `Name, position` entries: every part is read)
    ps.forEach((p, k) => {
      if (may[k] || k === last) read[k] = parseParticipantLine(p);
    });
    const shifted = positionsAfterNames(ps, read);
    if (shifted) return shifted;
    ps.forEach((_, k) => (person[k] = personAt(k)));
  } else {
    // (no run of `Name, position` entries: the parts are read from the last, and the reading stops
    // once fewer than two people are left to find; a list's last part is most often an organisation)
    let found = 0;
    let left = may.filter(Boolean).length;
    for (let k = last; k >= 0 && found + left >= 2; k--) {
      if (!may[k]) continue;
      left--;
      read[k] = parseParticipantLine(ps[k]!);
      person[k] = personAt(k);
      if (person[k]) found++;
    }
    if (found < 2) return [];
  }
  if (person.filter(Boolean).length < 2 || (pairs < 2 && !read.some(isPerson))) return [];
  const people: string[][] = [];
  let before: string[] = [];
  ps.forEach((p, k) => {
    if (person[k]) people.push([...before, p]);
    else if (people.length) people[people.length - 1]!.push(p);
    else before.push(p);
    if (person[k]) before = [];
  });
  return people.map((g) => g.join(', '));
}
