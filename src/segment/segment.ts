// Stage 5: one document → its regions. Items first (they bound the header), then the
// signature blocks (strict inside item bodies), then items again cut at those blocks,
// then the participant lists in the header.
import type { Warning } from '../schema/result.js';
import type { DetectedDocument } from '../detect/kind.js';
import type { Line } from '../text/line.js';
import { kindTitle } from '../split/titles.js';
import type { NumberingStyle } from '../text/numbering.js';
import { SERVING_DEPUTY_HEADINGS } from '../lexicon/sv.js';
import { collapse } from '../text/line.js';
import { labelAt } from '../text/labels.js';
import { opensNoticeClosing } from '../text/notice-closing.js';
import { findContents, titleKey, type Contents, type Openers } from '../text/contents.js';
import { declaredRange, numberedEntries } from './contents-numbers.js';
import { readFrontPage, type FieldValue, type FrontPage, type FrontPageField } from './frontpage/read.js';
import { officersBeforeMembers } from './frontpage/officers.js';
import { headsOverOneRun } from './frontpage/heads-over-run.js';
import { rolesBesideNames } from './frontpage/roles-after.js';
import { wrappedNamesJoined } from './frontpage/wrapped-names.js';
import { commaWrappedJoined } from './frontpage/comma-wrapped.js';
import { closesOpenBracket } from './frontpage/continues-persons.js';
import { findItems, openersOf, type ItemLayout, type ItemSegment, type Range } from './items.js';
import { dangles } from '../text/persons.js';
import { findParticipantGroups, namesSomebody, roleOfHeading, type ParticipantGroup } from './participants.js';
import { findRollCall, type RollCall } from './roll.js';
import { findSignatureBlocks } from './signatures.js';
import { numberedPeople } from './numbered-people.js';
import { OPENS_LOWER } from '../text/letters.js';

export interface Segmented extends DetectedDocument {
  /** From the document start to the first item. */
  header: Range;
  participantGroups: ParticipantGroup[];
  signatureBlocks: Range[];
  /** Tables of contents before the items (kept only to confirm the items' titles). */
  contents: Contents[];
  /** The header read as labels and their values. */
  frontPage: FrontPage;
  items: ItemSegment[];
  numbering: NumberingStyle | null;
  warnings: Warning[];
}

export function segment(lines: readonly Line[], doc: DetectedDocument): Segmented {
  if (doc.kind === 'other') {
    return regionsOf(doc, {
      header: { start: doc.start, end: doc.end }, participantGroups: [], signatureBlocks: [], contents: [],
      frontPage: { fields: [], preamble: [], warnings: [] }, items: [], numbering: null, warnings: [],
    });
  }
  const openers = openersOf(lines);
  // (numbered lists of people are no points: the item finder leaves them out)
  // (nor are the points of a notice page the minutes print within their lines: that page's items)
  const people = doc.apart ? [...numberedPeople(lines, doc.start, doc.end), ...doc.apart] : numberedPeople(lines, doc.start, doc.end);
  const { contents, items: first } = itemsAndContents(lines, doc.start, doc.end, openers, people, doc.kind === 'notes');
  // (by a loop, not `map()`: the arrays the built-in and the inlined `map` make are of different elements kinds, and the
  // loops over these bodies here and in findSignatureBlocks meeting the other kind threw their optimised code away)
  const bodies: Range[] = [];
  for (const it of first.items) bodies.push({ start: it.at + 1, end: it.end });
  const signatureBlocks = findSignatureBlocks(lines, doc.start, doc.end, bodies);
  // items are found again only when a signature block cuts into one of them (its heading line or its body);
  // where the blocks take no line that might head one, the items read are only cut again
  const cuts = signatureBlocks.some((b) => bodies.some((r) => Math.max(b.start, r.start - 1) < Math.min(b.end, r.end, doc.end)));
  const layout = cuts ? findItems(lines, doc.start, doc.end, [...signatureBlocks, ...contents, ...people], openers, first, doc.kind === 'notes') : first;
  const headerEnd = layout.listedAt ?? layout.items[0]?.at ?? doc.end;
  // (a title is completed from a contents list's entries: most documents have none)
  if (contents.length > 0) completeTitles(layout.items, contents);
  const frontPage = readFrontPage(lines, doc.start, headerEnd, [...contents, ...titlesUnderHeader(lines, doc)]);
  // (a list whose entries lost their numbers names the §§ of the front page's range: segment/contents-numbers.ts)
  const items = contents.length > 0 ? withListedPoints(layout.items, numberedEntries(contents, declaredRange(frontPage)), layout.style) : layout.items;
  if (doc.kind === 'notice') endAtClosing(lines, items);
  const fromFront = participantGroupsOf(lines, frontPage);
  const roll = doc.kind === 'minutes' ? rollCallAfter(lines, layout.items, doc.end) : null;
  const groups = fromFront.length ? fromFront : findParticipantGroups(lines, doc.start, headerEnd, [...signatureBlocks, ...contents]);
  return regionsOf(doc, {
    header: { start: doc.start, end: headerEnd },
    participantGroups: roll && !groups.some(namesMember) ? [...groups, ...roll.groups, ...findParticipantGroups(lines, roll.end, doc.end, signatureBlocks)] : groups,
    signatureBlocks: fromFront.length ? signatureBlocks.filter((b) => !opensInList(lines, frontPage, b)) : signatureBlocks,
    contents,
    frontPage,
    items,
    numbering: layout.style,
    warnings: [...layout.warnings, ...frontPage.warnings],
  });
}

/**
 * The title lines under the first lines of the header (`Styrelsemöte 2025-03-05` / `Plats: Kontoret, Ekby` /
 * `Protokoll nr 2`): no label's value runs on into them (the title opening the document is its letterhead's).
 */
function titlesUnderHeader(lines: readonly Line[], doc: DetectedDocument): Range[] {
  let first = doc.start;
  while (first < doc.end && lines[first]!.text === '') first++;
  // (by a loop, not `filter().map()`: the arrays the built-in and the inlined `map` make are of different elements kinds,
  // and the spread of this list in segment() meeting the other kind threw its optimised code away)
  const out: Range[] = [];
  for (const k of doc.titleLines) if (k > first && !labelsAfterTitle(lines[k]!)) out.push({ start: k, end: k + 1 });
  return out;
}

/** A piece cut out of a transcript's run-on page that goes on after its title with the header's labels (`KALLELSE Nr 4 Tid … Plats …`): read for them. */
const labelsAfterTitle = (line: Line): boolean => line.cutOut && (kindTitle(line)?.text.length ?? line.flat.length) < line.flat.length;

type Regions = Omit<Segmented, keyof DetectedDocument>;

/**
 * The document with its regions, its properties named one by one in one order: a spread of
 * the document (`{ ...doc, header, … }`) copied them through the slow generic path, the
 * documents coming in more shapes than the copy keeps fast.
 */
function regionsOf(doc: DetectedDocument, r: Regions): Segmented {
  return {
    start: doc.start, end: doc.end, kind: doc.kind, titleLines: doc.titleLines, certificate: doc.certificate, letter: doc.letter, other: doc.other, title: doc.title,
    header: r.header, participantGroups: r.participantGroups, signatureBlocks: r.signatureBlocks, contents: r.contents, frontPage: r.frontPage,
    items: r.items, numbering: r.numbering, warnings: r.warnings,
  };
}

/**
 * The items, with the tables of contents that stand before them set aside. A list that
 * looks like contents after the first item is part of a body (a list of documents with
 * page numbers), not a table of contents.
 */
function itemsAndContents(lines: readonly Line[], start: number, end: number, openers: Openers, people: readonly Range[], notes: boolean): { contents: Contents[]; items: ItemLayout } {
  const found = findContents(lines, start, end, openers);
  let items = findItems(lines, start, end, people.length ? [...found, ...people] : found, openers, undefined, notes);
  const firstItem = items.items[0]?.at ?? end;
  const contents = found.filter((c) => c.start < firstItem);
  if (contents.length < found.length) items = findItems(lines, start, end, people.length ? [...contents, ...people] : contents, openers, undefined, notes);
  return { contents, items };
}

/**
 * A title the contents list gives in full where the heading lost its end (wrapped onto a
 * line that reads as body text), or where the heading has none.
 */
function completeTitles(items: ItemSegment[], contents: readonly Contents[]): void {
  const byNumber = new Map<number, string>();
  for (const c of contents) for (const e of c.entries) if (e.number !== null && !byNumber.has(e.number)) byNumber.set(e.number, e.title);
  if (byNumber.size === 0) return;
  for (const it of items) {
    const listed = byNumber.get(it.header.number);
    if (!listed) continue;
    const own = titleKey(it.titleText);
    const full = titleKey(listed);
    if (own === '' || (full.startsWith(own) && full.length > own.length)) it.titleText = listed;
    else if (own.startsWith(`${full} `) && it.titleLines.length === 1) ranOn(it, listed);
  }
}

// what a heading line runs on with after its listed title is its body when it holds a sentence, however
// short (`… kvarteret Svalan Planarkitekten redogör.`: a subject and its verb)
const RUN_ON_WORDS = 2;

/** `§ 51 Informationspunkt: Nytt system Kommunens IT-chef informerar …`, listed `Informationspunkt: Nytt system`: the title ends where the listed one does. */
function ranOn(it: ItemSegment, listed: string): void {
  const words = collapse(it.titleText).split(' ');
  const count = collapse(listed).split(' ').length;
  const rest = words.slice(count);
  if (titleKey(words.slice(0, count).join(' ')) !== titleKey(listed) || rest.length < RUN_ON_WORDS || !/[.!?]/u.test(rest.join(' '))) return;
  it.titleText = words.slice(0, count).join(' ');
  it.runOn = rest.join(' ');
}

/**
 * The attendance and roll-call table after the last § (`Bilaga A  Närvaro- och
 * omröstningslista`): the § ends before it, and its rows are the participants where the
 * front page names no member (`Beslutande: se bilaga A`).
 */
function rollCallAfter(lines: readonly Line[], items: ItemSegment[], end: number): RollCall | null {
  const last = items[items.length - 1];
  if (!last) return null;
  const roll = findRollCall(lines, last.bodyStart, end);
  if (!roll) return null;
  last.end = Math.min(last.end, roll.start);
  for (const sub of last.subItems) sub.end = Math.min(sub.end, roll.start);
  last.subItems = last.subItems.filter((sub) => sub.at < roll.start);
  return roll;
}

const namesMember = (g: ParticipantGroup): boolean => g.role === 'member' && g.entries.some((e) => namesSomebody(e.text));

/**
 * A contents list that names points with no heading of their own (`§ 71  Mötets laglighet
 * …  3` listed, only § 73 and § 74 written out; minutes cut off after their contents page,
 * or printing the § number only in the page footer): the list names the items, so those
 * points are items too, each a title on its contents line (a list flattened onto one line:
 * that line). Only when the list numbers the points as the bodies do (one number at least
 * in both), or no body is numbered at all.
 */
function withListedPoints(items: ItemSegment[], contents: readonly Contents[], style: NumberingStyle | null): ItemSegment[] {
  const have = new Set(items.map((it) => it.header.number));
  const listed = contents.flatMap((c) => c.entries.filter((e) => e.number !== null).map((e) => ({ number: e.number!, title: e.title, at: e.at ?? c.start, section: e.section ?? null, caseNumber: e.caseNumber ?? null })));
  if (listed.length === 0 || (items.length > 0 && !listed.some((e) => have.has(e.number)) && !entryCutShort(items, contents))) return items;
  const added: ItemSegment[] = [];
  for (const { number, title, at, section, caseNumber } of listed) {
    if (have.has(number)) continue;
    have.add(number);
    added.push({
      header: { style: style ?? 'paragraph', number, label: null, rest: title, caseNumber, form: 'contents' },
      at, titleLines: [at], titleText: title, caseNumber, bodyStart: at + 1, row: null, end: at + 1,
      section: section?.section ?? null, sectionType: section?.type ?? null, subItems: [], repeats: [],
    });
  }
  return added.length ? [...items, ...added].sort((a, b) => a.header.number - b.header.number) : items;
}

/**
 * `36 Dnr KS 2018/62 Ansökan om … 31` / `37 Dnr KS 2018/85 Ny strategi för Mittnordenk`: an excerpt cut inside a contents
 * list, its last entry left without its page and read as the document's one item, a heading with no body right under
 * the list, numbered as the list's next entry. It is the list's entry: the list names the items.
 */
function entryCutShort(items: readonly ItemSegment[], contents: readonly Contents[]): boolean {
  if (items.length !== 1) return false;
  const only = items[0]!;
  return only.end - only.at <= 1 && contents.some((c) => c.end === only.at && c.entries[c.entries.length - 1]?.number === only.header.number - 1);
}

/** The participant lists of the front page, under their headings. */
function participantGroupsOf(lines: readonly Line[], front: FrontPage): ParticipantGroup[] {
  // (`Beslutande: Övriga deltagande:` over one run of names: the run is both heads')
  const fields = headsOverOneRun(front.fields);
  // `Ordförande: Karin Holm (M)` right before `Ledamöter`: the first of the members
  const officers = officersBeforeMembers(fields, (label) => roleOfHeading(label) === 'member');
  return fields
    .filter((f) => f.field === 'participants' && f.values.length > 0)
    .flatMap((f) => {
      const group: ParticipantGroup = { label: f.label, role: roleOfHeading(f.label), at: f.at, entries: rowsOf(lines, rolesBesideNames(commaWrappedJoined(wrappedNamesJoined(f.values)), lines, front.warnings)) };
      const beside = membersBeside(fields, f);
      if (beside !== null) group.membersBeside = beside;
      const columns = beside === null ? columnsBefore(fields, f, group.role) : null;
      if (columns !== null) group.columnsBefore = columns;
      const before = officers.get(f);
      return before ? [...before.map((o): ParticipantGroup => ({ label: o.label, role: 'member', at: o.value.at, entries: rowsOf(lines, [o.value]) })), group] : [group];
    });
}

const SERVING_DEPUTIES = new Set<string>(SERVING_DEPUTY_HEADINGS);
/** The members' heading with no names right before a serving deputies' heading (`Ledamöter` / `Tjänstgörande ersättare`), or null. */
function membersBeside(fields: readonly FrontPageField[], f: FrontPageField): string | null {
  const label = f.label.toLowerCase();
  if (!SERVING_DEPUTIES.has(label.endsWith(':') ? label.slice(0, -1) : label)) return null;
  const before = fields[fields.indexOf(f) - 1];
  return before?.field === 'participants' && before.values.length === 0 && roleOfHeading(before.label) === 'member' ? before.label : null;
}

/** A participants' field with no values: a heading left empty. */
const emptyList = (f: FrontPageField | undefined): f is FrontPageField => f?.field === 'participants' && f.values.length === 0;

/**
 * The members' and the deputies' headings left empty right before this list: `Ledamöter:` `Ersättare:` before the others'
 * heading that took every name, or `Beslutande:` before the deputies' heading that did; or the members' heading alone
 * before the others' (`deputies` null). Null for any other list.
 */
function columnsBefore(fields: readonly FrontPageField[], f: FrontPageField, role: ParticipantGroup['role']): { members: string; deputies: string | null } | null {
  const k = fields.indexOf(f);
  const before = fields[k - 1];
  if (!emptyList(before)) return null;
  if (role === 'deputy') return roleOfHeading(before.label) === 'member' ? { members: before.label, deputies: f.label } : null;
  // (`Beslutande` `Övriga deltagare` over everyone: the members' heading alone before the others')
  if (role === 'other' && roleOfHeading(before.label) === 'member' && !emptyList(fields[k - 2])) return { members: before.label, deputies: null };
  const first = fields[k - 2];
  if (role !== 'other' || !emptyList(first) || roleOfHeading(before.label) !== 'deputy' || roleOfHeading(first.label) !== 'member') return null;
  return { members: first.label, deputies: before.label };
}

/** A field's values, one entry per line: the cells of a line stay one row (`Peter Vigren   Umeå kommun, ordförande`). */
function rowsOf(lines: readonly Line[], values: readonly FieldValue[]): { text: string; line: number }[] {
  const rows: { text: string; line: number; at: number }[] = [];
  for (const v of values) {
    const last = rows[rows.length - 1];
    if (last && last.at === v.at) last.text += `   ${v.text}`;
    // `Lise Karl (S) ersätter Morten Rya (S) och Anna Wall (M) ersätter` / `Annika Håkan (M).`: a sentence wrapped
    // (and `Rut Sjövall (chef, teknisk` / `förvaltning)`: a bracket wrapped, its rest on the next line)
    else if (last && last.at === v.at - 1 && ((!last.text.endsWith(',') && dangles(last.text)) || closesOpenBracket(last.text, v.text))) {
      last.text += ` ${v.text}`;
      last.at = v.at;
    }
    else rows.push({ text: v.text, line: lines[v.at]!.no, at: v.at });
  }
  return rows.map(({ text, line }) => ({ text, line }));
}

/**
 * A notice's closing after its last point (`Anmäl förhinder till sekreteraren.`, `Välkomna!`,
 * the signer): no part of that point. The point ends at the first line that opens so.
 */
function endAtClosing(lines: readonly Line[], items: ItemSegment[]): void {
  const last = items[items.length - 1];
  if (!last) return;
  for (let i = last.bodyStart; i < last.end; i++) {
    if (!opensNoticeClosing(lines[i]!.flat)) continue;
    last.end = i;
    for (const sub of last.subItems) sub.end = Math.min(sub.end, i);
    last.subItems = last.subItems.filter((sub) => sub.at < i);
    return;
  }
}

/**
 * A block that opens on a line of the front page's list of people, which goes on after that line, with a
 * position in lower case on its first or second line (`Ulla Brink (C)` / `ordförande` / `Ivar Lind (S)`), or
 * one the list took as its own (`Ulla Brink (C)` / `Ordförande` / `Ivar Lind (S)`): a name and its position, no
 * signer. (A table's row `Ordförande   Anna Berg (S)` among the members names the chair.)
 */
function opensInList(lines: readonly Line[], front: FrontPage, block: Range): boolean {
  const lower = LOWER_START.test(lines[block.start]!.flat) || LOWER_START.test(lines[block.start + 1]?.flat ?? '');
  const roleUnder = !lower && block.start + 1 < block.end && signerWordAlone(lines[block.start + 1]!.flat);
  if (!lower && !roleUnder) return false;
  return front.fields.some(
    (f) => f.field === 'participants' && f.values.some((v) => v.at === block.start) && f.values[f.values.length - 1]!.at > block.start + (lower ? 0 : 1) && (lower || f.values.some((v) => v.at === block.start + 1)),
  );
}
/** `Ordförande`, `Sekreterare`: a signer's word and nothing else on the line. */
const signerWordAlone = (text: string): boolean => {
  const label = labelAt(text);
  return label !== null && label.weak && label.length >= text.length;
};
const LOWER_START = OPENS_LOWER;
