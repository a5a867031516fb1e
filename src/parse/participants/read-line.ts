// One entry of a list → the people it names. A line usually names one person; it names several
// when its columns each name somebody (a flattened two-column list) or when it lists
// people separated by `;`, `,` or `och` (`Närvarande: Anna Ek, FK; Bo Berg, AF`).
import { columns } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { contactFooterStart } from '../../text/contact-footer.js';
import { openingReportAt } from '../../text/attendance-remark.js';
import { proseAfterListAt } from './prose-after-list.js';
import { surnameFirstRun } from '../../text/surname-first-run.js';
import { givenNameList, isGivenName, isVacantSeat, mayNameVacantSeat, splitPersons, type GivenNameEntry } from '../../text/persons.js';
import { PARTIES, SERVES_FOR_WORDS } from '../../lexicon/sv.js';
import { closeLostPartyBrackets } from './party.js';
import { officialsAfterMembers } from '../../text/officials-after-members.js';
import { namesBeforePositions, positionsBeforeNames } from './positions-run-on.js';
import { organisationsAfterNames } from './organisations-after-names.js';
import { rolesAfterBrackets } from './role-after-bracket.js';
import { townsAfterBrackets } from './town-after-bracket.js';
import { townsBeforeBrackets } from './town-before-bracket.js';
import { labelsBeforeNames } from './labels-before-names.js';
import { withLostHyphens } from './lost-hyphen.js';
import { writeOutAbbreviations } from './abbreviations.js';
import { surnameFirstList } from './surname-first-list.js';
import { parseParticipantLine, type ParticipantFields } from './line.js';
import { allPeople, mayNamePerson } from './people.js';
import { acronymsAfterCommas } from './acronym-after-comma.js';
import { associationsAfterNames } from './association-after-name.js';
import { parts, splitPeople } from './split-people.js';
import { ORGAN_GENITIVE, isAcronym, kindOf } from './words.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

export function readLine(input: string, deputy: boolean): ParticipantFields[] {
  // `Lisa Dahl, kanslichef Räddningstjänsten Norra Dalen Brandvägen 4 …`: the letterhead's footer run on after the last name
  // (and `… Leif Rask (punkt 5) Olle Sand öppnade mötet …`: the minutes' first sentence run on after it)
  const footer = contactFooterStart(input);
  // (the sentence's own first test, asked here: it ends the text with its point and holds a verb's `ade `, most entries neither)
  const opening = input.endsWith('.') && input.includes('ade ') ? openingReportAt(input) : -1;
  // (and `… Birgit Nielsen Mötet öppnades …`, `… Eva Ek Dnr Delegationsordning`: the next paragraph's first word run on)
  const prose = proseAfterListAt(input);
  const report = opening < 0 ? prose : prose < 0 ? opening : Math.min(opening, prose);
  const end = footer < 0 ? report : report < 0 ? footer : Math.min(footer, report);
  // (each reading asked only where what it needs stands: a glued `och` before a space, a bracket before one; most entries hold neither)
  const trimmed = end < 0 ? input : input.slice(0, end).trimEnd();
  // `Olle Nyström, Sjövik, (m`: a party's bracket the extraction left open is closed first, for every reading below
  const cut = trimmed.includes('(') ? closeLostPartyBrackets(trimmed) : trimmed;
  const hyphened = cut.includes('och ') ? withLostHyphens(cut) : cut;
  // `… Olle Rask (M) Kommunchef Åsa Ek Ekonomichef Jan Berg`: the officials' list, positions first, run on after the members'
  const officials = officialsAfterMembers(hyphened);
  if (officials) return [...readLine(officials[0], deputy), ...readLine(officials[1], deputy)];
  const line = hyphened.includes(') ') ? rolesAfterBrackets(hyphened) : hyphened;
  if (line === '') return [];
  // `Kim Ask` / `HRF`: an association's or an agency's letters alone on a line name nobody (the person's above, read as an organisation)
  if (line.length <= 5 && !line.includes(' ') && isAcronym(line)) return [];
  // `Anmält förhinder: Ida Lusen, Per Zätter och Lars Tiger.`: the sentence's point ends no name
  const sentence = line.endsWith('.') && (SENTENCE_END.test(line) || positionAtEnd(line)) ? line.slice(0, -1) : line;
  // `Vakant (SD)`: a seat nobody holds
  if (isVacantSeat(sentence)) return [];
  const seated = mayNameVacantSeat(sentence) ? withoutVacantSeats(sentence) : sentence;
  // `Rolf Lind PRO Gun Ås SKPF`: a council's roll, each member's association after the name, run on without commas
  const associated = associationsAfterNames(seated);
  // `Ola Falk, S Pia Rask`: the acronym after an entry's comma is the entry's (asked where a comma stands before a capital)
  const text = COMMA_THEN_CAPITAL.test(associated) ? acronymsAfterCommas(associated) : associated;
  // `Maria, Johan, Kalle (FK)`, `Lotta`: people named by their given names alone, under a list's heading
  const given = givenNameList(text, 1);
  if (given) return given.map(byGivenName);
  const read = (t: string): ParticipantFields | null => parseParticipantLine(t, { deputy });
  // `Ulla Berg (M), Storby, ordf. Sten Ahl (S), Storby Eva Rask (C), Norrvik`: each town glued before the next name
  // (a bracket before a comma asked first, what the layout needs: most entries hold none)
  // (`Bo Ek, Älvsbyn, (s), ordförande Maj Lind, Piteå, (s) …`: the town before the bracket, the entry's remark after it)
  const before = text.includes(', (') ? townsBeforeBrackets(text) : null;
  if (before) return before.map(read).filter((p): p is ParticipantFields => p !== null);
  const towns = text.includes('), ') ? townsAfterBrackets(text) : null;
  if (towns) return towns.map(read).filter((p): p is ParticipantFields => p !== null);
  // `Ordförande Anna Berg (S) 1:e vice ordförande - (M) …`, `Ekby Ingrid Holm (S) Tord Ek (S) Åsby - Dalby …`: each seat's
  // label (a position, a town) before its name, a dash for a seat nobody filled (a bracket asked first, as above)
  const labelled = text.includes(') ') || text.endsWith(')') ? labelsBeforeNames(text) : null;
  if (labelled) {
    const people = labelled.entries.map(read).filter((p): p is ParticipantFields => p !== null);
    return labelled.rest === '' ? people : [...people, ...readLine(labelled.rest, deputy)];
  }
  // `Holm, Henrik Lindqvist, Ralf Bäck, Eivor`: surname, comma, given name, one person after another
  // (and `Nordqvist Sune Wiklöf Gunvor Storbacka Rolf`, `Söderlund Gunnel, ordförande Lindell Ingvar …`: the same without
  // the commas between the people)
  // (the list's two commas at least asked first, its own first test: most entries hold one or none)
  const comma = text.indexOf(',');
  const reversed = (comma >= 0 && text.includes(',', comma + 1) ? surnameFirstList(text) : null) ?? surnameFirstRun(text);
  if (reversed) return reversed.map(read).filter((p): p is ParticipantFields => p !== null);
  const withRoles = rolesAfterNames(text) ?? positionsBeforeNames(text) ?? namesBeforePositions(text) ?? organisationsAfterNames(text);
  if (withRoles) return withRoles.map(read).filter((p): p is ParticipantFields => p !== null);
  // `… Dan Sjöberg ordförande ledamot Föredragande Arsim Wik Kommundirektör`: the table's next row run on after the roles
  const beforeRow = rolesAfterNamesThenRow(text);
  if (beforeRow) return [...beforeRow.pairs.map(read).filter((p): p is ParticipantFields => p !== null), ...readLine(beforeRow.row, deputy)];
  // `… Eva Ås Bo Lind ordförande sekreterare Eva Ås Bo Lind`: the signers' names, the list's own, run on after the roles
  const signed = rolesAfterNamesThenSigners(text);
  if (signed) return signed.map(read).filter((p): p is ParticipantFields => p !== null);
  const cols = columns(text);
  if (cols.length >= 2) {
    const each = allPeople(cols, read);
    if (each) return each;
  }
  // `Therese Kvarn, Försäkringskassan Mikael Öberg, Arbetsförmedlingen …`: a list run on without separators
  // (an entry the reading ran on past a missing comma may hold the list's last person after `och`: `Tove Lind (KD) och
  // Lars Holm (L)` is cut after the bracket)
  // (a loop, not filter and flatMap: most lines are one entry, and no array is made per entry)
  const runOn: string[] = [];
  for (const e of splitPersons(text)) {
    if (isVacantSeat(e)) {
      // (`Olof Ek (L) för` / `Vakant (L)`: the seat the deputy before it serves, which the line's reading gives them)
      const k = runOn.length - 1;
      if (k >= 0 && SERVES_FOR_END.test(runOn[k]!)) runOn[k] = `${runOn[k]} ${e}`;
      continue;
    }
    const and = e.includes(') ') ? BRACKET_THEN_AND.exec(e) : null;
    if (and) runOn.push(e.slice(0, and.index + 1), e.slice(and.index + and[0].length));
    // (its `och` between spaces asked first: most entries hold none, and are pushed as they are)
    else if (e.includes(' och ')) pushNameThenAnd(runOn, e);
    else runOn.push(e);
  }
  const people = splitPeople(text);
  // `Bo Elm (V), Kent Foll (C) och Tomas Lind (KD).`: the separators part more people than the run-on reading;
  // `sekreterare Eva Ek, miljöchef Bo Alm`: each part a position before its name, which the run-on reading would give the name before
  // (and `… Per Ås (C) samt sekreterare Maja Ek`: an entry of the run-on reading that ends on `samt` and a position has cut the position from its name)
  // (`Anna Ek, Östby, ordf Per Ås, Västra Åby …`: where most entries of the run-on reading hold their own comma, between the
  // name and its place or position, the commas part no people, and their parts say nothing against that reading)
  if (runOn.length >= 2 && (people.length <= runOn.length || (commasWithinEntries(runOn) && placesGluedToNames(people))) && !positionsFirst(people) && !runOn.some((e, k) => k + 1 < runOn.length && CONJUNCTION_THEN_WORDS.test(e))) {
    const each = allPeople(runOn, read);
    if (each) return each;
  }
  if (people.length >= 2) return people.map(read).filter((p): p is ParticipantFields => p !== null);
  const one = read(text);
  return one ? [one] : [];
}

// a comma inside an entry, text after it (not the comma that closes it)
const INNER_COMMA = /,\s*\S/u;
// two capitalised words, one of them a given name (`Lind Maja`, `Maja Lind`): a person's name
const TWO_CAPITALISED = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}-]+) ([${UPPER_LETTER}][${LOWER_LETTER}-]+)(?:$|\\s)`, 'u');
const namesSomeone = (part: string): boolean => {
  const m = TWO_CAPITALISED.exec(part.trim());
  return m !== null && (isGivenName(m[1]!) || isGivenName(m[2]!));
};
/**
 * Half the parts or more that the commas cut end on a person's name that a word before it was glued to (`Västra Götaland
 * Ann Lindman`, `ordf Eva Ek`): each part the place or position of the name before its comma, then the next name.
 */
function placesGluedToNames(parts: readonly string[]): boolean {
  let glued = 0;
  for (const part of parts) {
    const words = part.trim().split(' ');
    // (the last two words a given name and a capitalised word, the first word no given name)
    if (words.length >= 3 && !isGivenName(words[0]!) && isGivenName(words[words.length - 2]!) && TWO_CAPITALISED.test(words.slice(-2).join(' '))) glued++;
  }
  return glued * 2 >= parts.length;
}

/**
 * Two thirds of the entries or more hold a comma of their own (`Per Ås, Västby`), not one that closes them, and no part
 * after an entry's comma names another person (`Holm Agnes, ordförande, Sund Petter`: commas that part people).
 */
function commasWithinEntries(entries: readonly string[]): boolean {
  let inner = 0;
  for (const e of entries) {
    const trimmed = e.trimEnd();
    if (!INNER_COMMA.test(trimmed)) continue;
    if (trimmed.split(',').slice(1).some(namesSomeone)) return false;
    inner++;
  }
  return inner * 3 >= entries.length * 2;
}

// a deputy's words before the seat served, ending an entry the run-on reading cut before a vacant seat
const SERVES_FOR_END = new RegExp(`\\s(?:${alternation(SERVES_FOR_WORDS)})$`, 'u');

// a comma before a capital (and the cheap test of `acronymsAfterCommas`' pattern, which needs one)
const COMMA_THEN_CAPITAL = new RegExp(`, [${UPPER_LETTER}]`, 'u');

// `(KD) och Lars Holm`: a bracket closes an entry, and `och` or `samt` before a capital opens the next
const BRACKET_THEN_AND = new RegExp(`\\) (?:och|samt) (?=[${UPPER_LETTER}][${LOWER_LETTER}]+ [${UPPER_LETTER}])`, 'u');

// `Ek Svensson och Vera Dahl`: `och`, then a given name and a capitalised word (a person's name before it, asked below)
const NAME_THEN_AND = new RegExp(` och ([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?) (?=[${UPPER_LETTER}])`, 'u');
/**
 * `Sara Ek Svensson och Vera Dahl`: two people whose names `och` joins, the list's last (`Ulla Berg, sekr Sara Ek
 * Svensson och Vera Dahl`), cut in two where a given name follows the `och`; an entry as it is otherwise (pushed to `out`).
 */
function pushNameThenAnd(out: string[], e: string): void {
  const and = e.includes(' och ') ? NAME_THEN_AND.exec(e) : null;
  if (!and || !isGivenName(and[1]!) || !mayNamePerson(e.slice(0, and.index))) out.push(e);
  else out.push(e.slice(0, and.index), e.slice(and.index + 5));
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
  if (last < 0 || !roleOpensAt(text, last + 1, text.length)) return null;
  const before = text.lastIndexOf(' ', last - 1);
  if (before < 0 || !roleOpensAt(text, before + 1, last)) return null;
  const words = text.split(' ');
  let roles = 0;
  while (roles < words.length && isRoleWord(words[words.length - 1 - roles]!)) roles++;
  if (roles < 2 || roles === words.length) return null;
  const names = splitPersons(words.slice(0, words.length - roles).join(' '));
  if (names.length < 2 || !names.every((n) => mayNamePerson(n))) return null;
  // one word a role; or, where the words are more than the names, roles of several words each ending on its
  // position's own word (`ordförande 1:e vice ordförande ledamot tjänstgörande ersättare`)
  const tail = words.slice(words.length - roles);
  const each = tail.length === names.length && tail.every((w) => kindOf(w) === 'position') ? tail : roleRuns(tail);
  if (each?.length !== names.length) return null;
  return names.map((n, k) => `${n}, ${each[k]}`);
}

/**
 * The word from `at` to `end` may be a role of the roles' column: in lower case, or a position's word capitalised as a
 * table's cell writes it (`Anna Berg Olle Falk Miljöchef Handläggare`).
 */
function roleOpensAt(text: string, at: number, end: number): boolean {
  if (isLowerAt(text, at)) return true;
  const c = text.charCodeAt(at);
  return ((c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6) && kindOf(text.slice(at, end)) === 'position';
}

// a role's words: its position's own word, and the words before it that qualify it (`1:e vice`, `tjänstgörande`)
const ROLE_KINDS: ReadonlySet<string> = new Set(['position', 'modifier']);
// (and an organ's genitive before it, in lower case: `kommunfullmäktiges ordförande`, `styrelsens sekreterare`)
const isRoleWord = (word: string): boolean => ROLE_KINDS.has(kindOf(word)) || (isLowerAt(word, 0) && ORGAN_GENITIVE.test(word));

/** The words cut after each position's own word, or null where a qualifier ends them. */
function roleRuns(words: readonly string[]): string[] | null {
  const runs: string[] = [];
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    if (kindOf(words[k]!) !== 'position') continue;
    runs.push(words.slice(from, k + 1).join(' '));
    from = k + 1;
  }
  return from === words.length ? runs : null;
}

// two words in lower case, then a capitalised word: the last role words, and the next row's first word after them
const ROLES_THEN_CAPITAL = new RegExp(`(?<= )[${LOWER_LETTER}]{4,} [${LOWER_LETTER}]{4,} (?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'gu');

/**
 * `Eva Ås Bo Lind Ida Berg ordförande ledamot ersättare Föredragande Åsa Holm Kommundirektör`: the column of names and
 * the column of their roles flattened one after the other, as `rolesAfterNames` reads them, and the table's next row,
 * opened by its own position capitalised, run on after the roles (Åland's minutes). The names each with its role, and
 * that row; null for any other line.
 */
function rolesAfterNamesThenRow(text: string): { pairs: string[]; row: string } | null {
  // (the cheap tests: the text is long and opens on a capital, and two words in lower case stand before a capitalised word)
  if (text.length < MIN_ROW_AFTER_ROLES || !UPPER_START.test(text)) return null;
  for (const m of text.matchAll(ROLES_THEN_CAPITAL)) {
    const end = m.index + m[0].length;
    const next = text.indexOf(' ', end);
    if (next < 0 || kindOf(text.slice(end, next)) !== 'position') continue;
    const pairs = rolesAfterNames(text.slice(0, end - 1));
    if (pairs) return { pairs, row: text.slice(end) };
  }
  return null;
}
// (two names, two role words and a row of a position and a name are this long at least)
const MIN_ROW_AFTER_ROLES = 40;
const UPPER_START = new RegExp(`^[${UPPER_LETTER}]`, 'u');

// (the signers after the roles: two names of three words at the most, the chair's and the secretary's, or a few more)
const MAX_SIGNER_WORDS = 9;
/**
 * `Eva Ås Bo Lind Ida Berg ordförande ledamot sekreterare Eva Ås Ida Berg`: the column of names and the column of their
 * roles, as `rolesAfterNames` reads them, and the signature block's names run on after the roles, each a name of the
 * list's own (the chair's, the secretary's: a front page whose labels stand in one block before all its values). The
 * names each with its role; null for any other line.
 */
function rolesAfterNamesThenSigners(text: string): string[] | null {
  // (the cheap tests: the text is long and ends on a capitalised word, which no role column does)
  if (text.length < MIN_ROW_AFTER_ROLES || isLowerAt(text, text.lastIndexOf(' ') + 1)) return null;
  const words = text.split(' ');
  let last = words.length - 1;
  while (last >= words.length - 1 - MAX_SIGNER_WORDS && last > 0 && !isRoleWord(words[last]!)) last--;
  if (last <= 0 || last < words.length - 1 - MAX_SIGNER_WORDS) return null;
  const pairs = rolesAfterNames(words.slice(0, last + 1).join(' '));
  if (!pairs) return null;
  const listed = new Set(pairs.map((p) => p.slice(0, p.indexOf(', '))));
  const signers = splitPersons(words.slice(last + 1).join(' '));
  return signers.length > 0 && signers.every((n) => listed.has(n)) ? pairs : null;
}

/** `Eva Lund (S), Vakant (SD), Per Holm (M)`: the list without the seats nobody holds, which would join the entry before them. */
function withoutVacantSeats(text: string): string {
  const all = parts(text);
  const kept = all.filter((p) => !isVacantSeat(p));
  return kept.length < all.length ? kept.join(', ') : text;
}

// an entry's end: `samt` or `och`, then one to three words in lower case (`samt sekreterare`, `och tf. kommunchef`)
// (not the `och` of a compound: `barn- och utbildningschef`)
const CONJUNCTION_THEN_WORDS = new RegExp(`(?<!-)\\s(?:samt|och)(?:\\s[${LOWER_LETTER}][${LOWER_LETTER}.:-]*){1,3}$`, 'u');

/** Every entry opens with its position, lower case, before the name (`sekreterare Eva Ek`, `tf. kommunchef Bo Alm`). */
function positionsFirst(people: readonly string[]): boolean {
  if (people.length < 2) return false;
  for (const part of people) {
    const c = part.charCodeAt(0);
    // (`I v.ordf. Karl Ek`, `II vice ordförande Per Ås`: a Roman ordinal before the position, as Swedish-language Finnish
    // minutes number the presidium's, opens the part too; the position after it read with its abbreviation written out)
    const ordinal = c === 73 ? ORDINAL_FIRST.exec(part) : null;
    const p = ordinal ? writeOutAbbreviations(part.slice(ordinal[0].length)) : part;
    const o = p.charCodeAt(0);
    // (a lower-case first letter is the cheap test; the position word, then the name after it, decide)
    if (!(o >= 97 && o <= 122) && o !== 0xe5 && o !== 0xe4 && o !== 0xf6) return false;
    // (`vård- och omsorgschef Ida Alm`: the word the ellipsis shares its ending with is the position)
    const head = p.includes('- ') ? ELLIPSIS_HEAD.exec(p) : null;
    const word = head ? p.slice(head[0].length) : p;
    const space = word.indexOf(' ');
    const kind = kindOf(space < 0 ? word : word.slice(0, space));
    if (kind !== 'position' && kind !== 'modifier') return false;
  }
  return true;
}

// a Roman ordinal and its space, before a position
const ORDINAL_FIRST = new RegExp(`^I{1,3} (?=[${LOWER_LETTER}])`, 'u');

// `vård- och `, `mark- och `: the first half of a compound whose ending the next word gives
const ELLIPSIS_HEAD = new RegExp(`^[${LOWER_LETTER}]+- (?:och|samt|eller) `, 'u');

/** `Kalle (FK)`: a given name, and the party or the organisation in the bracket after it. */
function byGivenName(e: GivenNameEntry): ParticipantFields {
  const party = e.within !== null && PARTY_SET.has(e.within.toUpperCase()) ? e.within.toUpperCase() : null;
  return { name: e.name, organisation: party === null ? e.within : null, party, position: e.position ?? null, paragraphs: null, substituteFor: null, note: null };
}
const PARTY_SET = new Set<string>(PARTIES);

/** `… Ida Holm, nämndsekreterare.`: the list's point after a position written out (not an abbreviation's: `ordf.`). */
function positionAtEnd(line: string): boolean {
  const space = line.lastIndexOf(' ');
  return space > 0 && isLowerAt(line, space + 1) && kindOf(line.slice(space + 1, -1)) === 'position';
}

// a point after a surname, a party's bracket or the §§ attended (`ekonomichef Anna Ceder 169.`)
const SENTENCE_END = new RegExp(`(?:\\s[${UPPER_LETTER}][${LOWER_LETTER}]+|\\)|\\s\\d{1,4})\\.$`, 'u');
