// The front page as a stream of pieces: each line cut at its column gaps, each cell a label
// (from the lexicon) or a text, in reading order. Whatever an extractor did with the line
// breaks — label and value on one line, a label column beside a value column, a label over
// its value, all labels before all values — the stream keeps each label before the text
// that follows it.
import type { FrontField } from '../../lexicon/frontpage.js';
import { ABSENT_COLUMN_HEADS, ATTENDANCE_MARKS, NAMES_COLUMN_HEADS, PARTICIPANT_COLUMN_HEADS, RECIPIENT_COLUMN_HEADS, ROLL_CALL, SIGNER_LABELS_DEFINITE, SUBSTITUTE_COLUMN_HEADS } from '../../lexicon/sv.js';
import { cellsOf, collapse, isBlank, type Cell, type Line } from '../../text/line.js';
import { headingOverPeople, isLabelTail, joinedLabel, labelAt, type LabelHit } from '../../text/labels.js';
import { goesOnAsSeatRoll } from '../../text/seat-roll.js';
import { namesOverLabels } from './names-over-labels.js';
import { namesBeforeLabelRow } from './names-before-label-row.js';
import { namesThenRoles } from './names-then-roles.js';
import { namesOverRangedLabels } from './ranged-roles.js';
import { signersBeforeLabels } from './signers-before-labels.js';
import { rolesAfterComma } from './roles-after-comma.js';
import { labelAtLineEnd } from './label-at-line-end.js';
import { positionsFirst } from './positions-first.js';
import { signerColumn } from './signer-column.js';
import { rangeBesideSigner, rangeThenSignerName } from './range-beside-signer.js';
import { columnHeadAmongSigners } from './column-head-among-signers.js';
import { labelsAroundValues } from './labels-around-values.js';
import { roleAfterBracket } from './role-after-bracket.js';
import { placeBeforeRoll, strayBeforeRoll } from './place-before-roll.js';
import { gridInterleaved } from './grid-interleaved.js';
import { LEADERS_BETWEEN, signersAcrossHeading, TWO_WORDS } from './signers-across-heading.js';
import { colonLabelCells } from './colon-labels.js';
import { gluedLabelCells } from './glued-labels.js';
import { withPartyColumn } from './party-column.js';
import { labelsRunOn } from './labels-run-on.js';
import { timeThenList } from './time-then-list.js';
import { placeAfterHours } from './place-after-hours.js';
import { labelsEndingTitle } from './labels-ending-title.js';
import { isRange, namesPerson } from './values.js';
import { isLoneNumber, RANGE_LIST } from '../../text/range-list.js';
import { positionAlone } from './roles-after.js';
import { signerNames } from '../../text/persons.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';
import { alternation, capitalise, trimEndOf } from '../../text/patterns.js';

export interface Piece {
  /** A label, or a text (`Kommunhuset, kl 13.00`, `Ewa Engdahl (c), ordförande`). */
  label: LabelHit | null;
  text: string;
  /** Index of its line, and its column (indentation included). */
  at: number;
  col: number;
  /** The first piece of a line that follows a blank line, a rule or a signature leader: a new group of values. */
  groupStart: boolean;
  /** A name already paired with the signer's label right before it (a flattened row of labels and names). */
  paired?: true;
}

export function piecesOf(lines: readonly Line[], start: number, end: number, skip: (i: number) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let gap = true;
  // cells of the next line already read as the second half of a label above them
  const consumed = new Set<string>();
  // each line's cells, cut once: a line is read as the one below, then as itself
  let belowOf = -1;
  let belowCells: readonly Cell[] = [];
  // the column heads of an attendance table (`Ledamöter   Närvarande   Ej närvarande`), while its rows last
  let marksUnder: { col: number; text: string }[] | null = null;
  let marksMerge = false;
  // the head of a column naming whom the row's person serves for (`Ledamot   Ersätter`), with the row's other heads
  let servesUnder: { heads: readonly Cell[]; head: Cell } | null = null;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (skip(i) || isBlank(line)) {
      gap = true;
      marksUnder = null;
      servesUnder = null;
      continue;
    }
    const cells = belowOf === i ? belowCells : gluedLabelCells(colonLabelCells(withPartyColumn(cellsOf(line))));
    const below = i + 1 < end && !isBlank(lines[i + 1]!) && !skip(i + 1) ? gluedLabelCells(colonLabelCells(withPartyColumn(cellsOf(lines[i + 1]!)))) : [];
    belowOf = i + 1;
    belowCells = below;
    let first = true;
    // a row that starts with a person holds no label (`[ ] Lars Brunn (S)   Anmält förhinder`: a remark);
    // a participant heading with column heads beside it (`Ledamöter   Organisation   Närvarande`) is one label
    // (asked once, and only when a cell after the first comes to be read as a label)
    let personRow: boolean | undefined;
    // (the first cell's label, where there are more: each reading of the row asks for it)
    const lead = cells.length > 1 ? labelAt(cells[0]!.text) : null;
    // (but `Övriga närvarande   Ersättare` over a single column of names: the sub-heading is the list's heading)
    // (nor `Ledamöter   Ersättare` over a name in each column: two lists side by side, each under its heading)
    // (and not `Övriga närvarande Eva Palm (S)   ersättare`: a name beside the heading makes the row the list's first, the
    // word after it that name's position)
    const headRow =
      lead?.field === 'participants' && headCells(cells) && labelAlone(cells[0]!.text, lead) &&
      !(below.length === 1 && cells.slice(1).every((c) => labelAt(c.text)?.field === 'participants' && !MARK_HEADS.has(c.text.toLowerCase()))) &&
      !cells.slice(1).some((c) => headsNames(c, below));
    if (headRow) marksUnder = cells.slice(1).some((c) => ABSENT_HEADS.has(c.text.toLowerCase())) ? cells.slice(1) : null;
    // `Ledamöter   Närv.   Frånv.   Tjänstgörande ersättare`: columns of marks between two lists of people
    const mixedHead = !headRow && cells.length > 2 && mixedHeadRow(lead, cells, below);
    if (mixedHead) marksUnder = cells.filter((c, k) => k > 0 && COLUMN_HEADS.has(c.text.toLowerCase()));
    if (headRow || mixedHead) marksMerge = mixedHead;
    if (headRow) servesUnder = substituteHead(cells.slice(1));
    for (const [c, cell] of cells.entries()) {
      if (consumed.size > 0 && consumed.has(`${i}:${cell.col}`)) continue;
      if (headRow && c > 0) continue;
      if (mixedHead && c > 0 && COLUMN_HEADS.has(cell.text.toLowerCase())) continue;
      // an `X` under `Ej närvarande` says what its column head says
      if (marksUnder && c > 0 && MARKS.has(cell.text)) {
        const head = nearest(marksUnder, cell.col);
        // (beside a second list, the mark goes with the name before it, not into that list's column)
        const name = pieces[pieces.length - 1];
        if (marksMerge && name && !name.label && name.at === i) {
          name.text += ` ${ABSENT_HEADS.has(head.text.toLowerCase()) ? head.text : cell.text}`;
          continue;
        }
        if (ABSENT_HEADS.has(head.text.toLowerCase())) {
          pieces.push({ label: null, text: head.text, at: i, col: cell.col, groupStart: false });
          continue;
        }
      }
      // `Greta Ulvås (C)   Sven Dahlin (C)` under `Ledamot   Ersätter`: the second name is whom the first serves for
      if (servesUnder && c > 0 && nearest(servesUnder.heads, cell.col) === servesUnder.head) {
        const person = pieces[pieces.length - 1];
        if (person && !person.label && person.at === i) {
          person.text += ` ${servesUnder.head.text.toLowerCase()} ${collapse(cell.text)}`;
          continue;
        }
      }
      const groupStart = first && gap;
      first = false;
      // the rest of a label broken over two lines: it said nothing
      if (pieces[pieces.length - 1]?.label && pieces[pieces.length - 1]!.at === i - 1 && isLabelTail(cell.text)) continue;
      // a label wrapped in its column, its value beside it (`Beslutande` / `kommun-` / `representanter`): the rest said nothing more
      if (c === 0 && cells.length > 1 && WRAPPED_WORD.test(cell.text) && labelColumnAbove(pieces, i, cell.col)) continue;
      // `Datum för` / `anslags uppsättande   2007-01-11`, also two such labels side by side
      const under = below.find((b) => Math.abs(b.col - cell.col) <= COLUMN_SLACK);
      const joined = under ? joinedLabel(cell.text, under.text) : null;
      if (joined && joined.length >= cell.text.length + 1 + under!.text.length) {
        consumed.add(`${i + 1}:${under!.col}`);
        pieces.push({ label: joined, text: '', at: i, col: cell.col, groupStart });
        continue;
      }
      // `Förvaringsplats` / `för protokollet Ledningskontoret`: the label's second half with its value after it
      const tail = joined ? joined.length - cell.text.length - 1 : 0;
      if (joined && tail > 0 && /^\s*[\p{Lu}\d]/u.test(under!.text.slice(tail))) {
        consumed.add(`${i + 1}:${under!.col}`);
        pieces.push({ label: joined, text: '', at: i, col: cell.col, groupStart });
        pieces.push({ label: null, text: collapse(under!.text.slice(tail)), at: i + 1, col: under!.col + tail, groupStart: false });
        continue;
      }
      // `Närvarande, ej` / `tjänstgörande` / `ersättare` in a narrow label column, the names beside it
      const wrapped = c === 0 && cells.length > 1 && under && !joined && (lead?.length ?? 0) < cell.text.length ? labelOverLines(lines, i, end, cell, under, skip) : null;
      if (wrapped) {
        for (const k of wrapped.tails) consumed.add(k);
        pieces.push({ label: wrapped.label, text: '', at: i, col: cell.col, groupStart });
        continue;
      }
      // (the label first: the row's person is asked only of a cell that holds one)
      let label = (c === 0 && cells.length > 1 ? lead : labelAt(cell.text)) ?? recipientHead(cells, cell) ?? overPeople(cells, c, below);
      // (`Okke Sand   Norrby kommun   Ordförande`: the organisation in the next cell says the first names somebody)
      // (but `Sekreterare Lena Ås   Justerare Per Sund`: a row of signers, each label before its name, names nobody's remark)
      if (label && c > 0 && !cell.glued && !signerAfterSigner(lead, label, cell.text) && (personRow ??= namesPerson(cells[0]!.text) || (c > 1 && namesPerson(`${cells[0]!.text}, ${cells[1]!.text}`)))) label = null;
      // in a list of people that goes on, `Ordförande Eva Lindberg (C)`, `Sekreterare Johan Wik` are positions before names
      // (but not one already listed: `Ordförande Hans Kolm (S)` after the lists that named him is who signs)
      if (label?.weak && SIGNERS.has(label.field) && !gap && inList(pieces, i) && namesOnly(cell.text.slice(label.length)) && !listedBefore(pieces, cell.text.slice(label.length))) label = null;
      // `Ordförande Anna Berg (S) 1:e vice ordförande - (M) …`: a signer's word that opens a roll of labelled seats is the first seat's position
      if (label?.weak && SIGNERS.has(label.field) && goesOnAsSeatRoll(cell.text.slice(label.length))) label = null;
      // `Anna Ek (S),` / `ordförande`: a signer's word in lower case on the line after an entry that ends on its comma is that entry's position
      if (label?.weak && SIGNERS.has(label.field) && c === 0 && continuesEntry(pieces, i, cell.text)) label = null;
      // `Ulla Brink (C)` / `Ordförande` / `Ivar Lind (S)`: a signer's word alone on its line between the names of a list
      // that goes on, name and position alternating from its heading, is the position of the name above it (a column of
      // positions beside the names, flattened row by row; not a label with its signature line, `Sekreterare ......`)
      if (label?.weak && SIGNERS.has(label.field) && cells.length === 1 && !line.leader && label.length >= cell.text.trimEnd().length && !gap && (below.length === 0 || namesPerson(below[0]!.text)) && alternatesFromHeading(pieces, i)) label = null;
      if (!label) {
        const text = collapse(cell.text);
        // `Sekreterare   35-39, 42   Johan Skog`: a range in the cell right after a signer's label is the paragraphs'
        if (c > 0 && DIGIT_FIRST.test(text) && afterSignerLabel(pieces, i) && isRange(text)) pieces.push({ label: RANGE_LABEL, text: '', at: i, col: cell.col, groupStart: false });
        pieces.push({ label: null, text, at: i, col: cell.col, groupStart });
        continue;
      }
      pieces.push({ label, text: '', at: i, col: cell.col, groupStart });
      // (a new label opens another list, whose second column is its own)
      if (c === 0 && !headRow) servesUnder = null;
      let rest = collapse(cell.text.slice(label.length));
      // a heading over labels with the first of them beside it (`Underskrifter Sekreterare`), and
      // the heads of participant columns with one space between (`Beslutande: Ersättare:`)
      // and the declared range beside a signer's label (`Sekreterare Paragrafer 1-2`)
      const inner = rest !== '' && (label.value === 'none' || SIGNERS.has(label.field)) ? labelAt(rest) : null;
      // (and `Tid och plats Beslutande Ledamöter`: a row of labels flattened, their values on the lines after it)
      // and a row of signers' labels with one space between (`Sekreterare Ordförande Justerande`, a table row flattened)
      const signerRun = inner && SIGNERS.has(inner.field) ? signerHeads(rest) : [];
      let heads = signerRun.length ? signerRun : inner && (label.value === 'none' || inner.field === 'paragraphs') ? [inner] : (label.field === 'participants' || WHEN_OR_WHERE_LABELS.has(label.field)) && rest !== '' ? headsOnly(rest) : [];
      // `Övriga Justering Justerande Plats och tid Pär Johns (L)`: the list left empty, the next rows' labels run on after its heading
      if (heads.length === 0 && label.field === 'participants' && rest !== '') heads = labelsRunOn(rest);
      // `Ledamöter Närvarande` over rows marked `X`, or over names whose marks an extractor printed after them: the second
      // word heads the column of marks, not a list
      if (
        heads.length && heads.every((h) => COLUMN_HEADS.has(h.text.toLowerCase())) && below.length > 0 &&
        (MARKED_ROW.test(below[below.length - 1]!.text) || heads.every((h) => PRESENT_HEADS.has(h.text.toLowerCase())))
      ) {
        heads = [];
        rest = '';
      }
      let col = cell.col + label.length;
      for (const head of heads) {
        pieces.push({ label: head, text: '', at: i, col, groupStart: false });
        col += head.length;
        rest = collapse(rest.slice(head.length));
      }
      // `Underskrifter Sekreterare Paragrafer 1-2`: the range's label after the heading's first signer, as after a signer's own label
      const after = rest !== '' && label.value === 'none' && heads.length === 1 && SIGNERS.has(heads[0]!.field) ? labelAt(rest) : null;
      if (after?.field === 'paragraphs') {
        pieces.push({ label: after, text: '', at: i, col, groupStart: false });
        col += after.length;
        rest = collapse(rest.slice(after.length));
        heads = [...heads, after];
      }
      // `Ledamöter Närvaro`, `LedamöterNärvaro`: a column head beside the heading says nothing
      if (label.field === 'participants' && COLUMN_HEADS.has(rest.toLowerCase())) rest = '';
      // `Närvarande Namn Organisation Per Lind …`: the table's head row run on after the heading, the names after it
      // (the names' column head first, asked by its first letter)
      if (label.field === 'participants' && rest !== '' && (rest.charCodeAt(0) === 78 || rest.charCodeAt(0) === 110)) rest = withoutHeadRow(rest);
      // `Sekreterare Paragrafer 33-40 Eva Wallin`: the range, then the signer's name run on after it
      // (and `Underskrifter Sekreterare 35-39, 42 Johan Skog`: the range with no label of its own between them is the
      // paragraphs' too, where a name follows it)
      const rangeLabelled = heads.some((h) => h.field === 'paragraphs');
      const range = rest !== '' && DIGIT_FIRST.test(rest) && (rangeLabelled || SIGNERS.has(label.field) || heads.some((h) => SIGNERS.has(h.field))) ? RANGE_THEN_NAME.exec(rest) : null;
      // (one paragraph's number too, `Sekreterare 80 Eva Ek`, where nothing but the name can follow it)
      if (range && (isRange(range[1]!) || (!rangeLabelled && isLoneNumber(range[1]!))) && (rangeLabelled || NAME_FIRST.test(rest.slice(range[0].length)))) {
        if (!rangeLabelled) {
          pieces.push({ label: RANGE_LABEL, text: '', at: i, col, groupStart: false });
          heads = [...heads, RANGE_LABEL];
        }
        pieces.push({ label: null, text: range[1]!, at: i, col, groupStart: false });
        rest = rest.slice(range[0].length);
      }
      // a page on one line: `Sekreterare Bo Frost Ordförande Greta Fjäll`, the next signer's label (or the range's) after a name
      const next = rest !== '' && (SIGNERS.has(label.field) || heads.some((h) => SIGNERS.has(h.field))) ? nextSigner(rest) : null;
      if (next) {
        pieces.push({ label: null, text: rest.slice(0, next.at).trimEnd(), at: i, col: cell.col + label.length, groupStart: false });
        pieces.push({ label: next.label, text: '', at: i, col: cell.col + label.length + next.at, groupStart: false });
        rest = collapse(rest.slice(next.at + next.label.length).replace(/^[.:]/u, ''));
      }
      if (rest !== '') pieces.push({ label: null, text: rest, at: i, col: cell.col + label.length, groupStart: false });
    }
    gap = line.rule || line.leader;
  }
  return pairUp(pieces);
}

/** A pairing, and the fields it needs among the pieces' labels: one of each list (without them it changes nothing). */
interface Pairing {
  pair(pieces: Piece[]): Piece[];
  needs?: readonly (readonly FrontField[])[];
}

const SIGNER_LABELS: readonly FrontField[] = ['chair', 'secretary', 'adjusters'];
/**
 * Flattened rows whose pieces stand apart from what they belong to, each paired up in
 * turn: signers' labels and the names after them, a signer and the adjusting's place and
 * time run together, roles printed after all the names, names over a row of role words
 * (and the declared range beside a signer's label moved out from between the label and its name).
 * Each reads its labels first (a time's and a list's, a signer's, the adjusting's, `Underskrifter`): `needs` says which,
 * and a page without one of them is passed by before the pairing's code is run.
 */
const PAIRINGS: readonly Pairing[] = [
  // (the labels of when and where at the end of the letterhead's row, the values after)
  { pair: labelsEndingTitle },
  { pair: placeAfterHours },
  // (a row of names over a row of signers' labels, each flattened: the names first, one a label)
  { pair: namesBeforeLabelRow, needs: [SIGNER_LABELS] },
  // (a signer's label with no name after it, the names before the labels)
  { pair: signersBeforeLabels, needs: [SIGNER_LABELS] },
  // (its time's label right before the list's)
  { pair: timeThenList, needs: [['placeAndTime', 'dateAndTime', 'time'], ['participants']] },
  { pair: labelAtLineEnd },
  // (rows under a list's label)
  { pair: positionsFirst, needs: [['participants']] },
  { pair: signersAcrossHeading, needs: [SIGNER_LABELS] },
  { pair: columnHeadAmongSigners, needs: [SIGNER_LABELS] },
  { pair: labelsAroundValues, needs: [['adjustedAt']] },
  { pair: roleAfterBracket },
  // (the place's label right before the list's)
  { pair: placeBeforeRoll, needs: [['place', 'placeAndTime'], ['participants']] },
  // (the list's label, the place's lost)
  { pair: strayBeforeRoll, needs: [['participants']] },
  // (the chair's and the secretary's labels, the adjusting's and the posting's)
  { pair: gridInterleaved, needs: [['chair'], ['secretary'], ['adjustedAt'], ['postedFrom']] },
  { pair: namesAfterSignerRow, needs: [SIGNER_LABELS] },
  { pair: signerColumn, needs: [SIGNER_LABELS] },
  // (a signer's label and the range's)
  { pair: rangeBesideSigner, needs: [SIGNER_LABELS, ['paragraphs']] },
  { pair: rangeThenSignerName, needs: [SIGNER_LABELS, ['paragraphs']] },
  // (a signer's label, then a time's or a place's)
  { pair: signerThenWhen, needs: [SIGNER_LABELS, ['placeAndTime', 'dateAndTime', 'date', 'place', 'time', 'adjustedAt']] },
  // (under `Underskrifter`)
  { pair: rolesAfterNames, needs: [['signatures']] },
  { pair: rolesAfterComma, needs: [['signatures']] },
  { pair: namesOverLabels },
  // (a row of names, then the signers' labels under them, §§ between them)
  { pair: namesOverRangedLabels, needs: [SIGNER_LABELS] },
  // (after `Underskrifter` or `Underskrift`, the adjusting's label, the adjusters' or the §§' of a grid that lost its heading)
  { pair: namesThenRoles, needs: [['signatures', 'adjustedAt', 'adjusters', 'certifiedBy', 'paragraphs']] },
];

// a bit for each field a pairing needs, and each pairing's needs as masks of those bits (one mask a list)
const FIELD_BITS = new Map<string, number>();
for (const pairing of PAIRINGS) for (const any of pairing.needs ?? []) for (const f of any) if (!FIELD_BITS.has(f)) FIELD_BITS.set(f, 1 << FIELD_BITS.size);
const NEED_MASKS: ReadonlyArray<readonly number[] | undefined> = PAIRINGS.map((pairing) => pairing.needs?.map((any) => any.reduce((m, f) => m | FIELD_BITS.get(f)!, 0)));

/**
 * The pairings run in turn over the pieces, each where the labels it needs stand among them (read again after a
 * pairing has run: it may have made a label, `Protokolljustering` of a grid, a signer's of a role word).
 */
function pairUp(pieces: Piece[]): Piece[] {
  let out = pieces;
  // the bits of the fields the pieces' labels name (-1: to be read)
  let present = -1;
  for (let k = 0; k < PAIRINGS.length; k++) {
    const masks = NEED_MASKS[k];
    if (masks !== undefined) {
      if (present < 0) {
        present = 0;
        for (const p of out) if (p.label) present |= FIELD_BITS.get(p.label.field) ?? 0;
      }
      let met = true;
      for (const m of masks) if ((present & m) === 0) met = false;
      if (!met) continue;
    }
    out = PAIRINGS[k]!.pair(out);
    present = -1;
  }
  return out;
}

// a name and its party at the start of a text (`Olle Brink (M) Kommunhuset …`)
const PERSON_WITH_PARTY = new RegExp(`^(?:[${UPPER_LETTER}][${ANY_LETTER}'’-]*\\s){1,3}\\([${ANY_LETTER}-]{1,12}\\),?(?=\\s)`, 'u');
const WHEN_OR_WHERE_LABELS = new Set<string>(['placeAndTime', 'dateAndTime', 'date', 'place', 'time', 'adjustedAt']);

/**
 * A signer's label and a place-and-time label in a row (`Justerande` / `Plats och tid`, a
 * table's row flattened) and one text after them that opens with the signers' names and
 * parties (`Olle Brink (M) Kommunhuset 2024-03-20`): the names are the signer's, the rest
 * the place and time's.
 */
function signerThenWhen(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 2 < pieces.length; i++) {
    const signer = pieces[i]!;
    const when = pieces[i + 1]!;
    const value = pieces[i + 2]!;
    if (!SIGNERS.has(signer.label?.field ?? '') || !WHEN_OR_WHERE_LABELS.has(when.label?.field ?? '') || value.label || value.at - when.at > 1) continue;
    const names: string[] = [];
    let rest = value.text;
    for (let m = PERSON_WITH_PARTY.exec(rest); m && names.length < 2; m = PERSON_WITH_PARTY.exec(rest)) {
      names.push(m[0].replace(/,$/u, ''));
      rest = rest.slice(m[0].length).trimStart();
    }
    // (the rest is a place and a day or an hour: not more names, `, ordförande, Ebbe Karp (M)`, the members' list's line)
    if (names.length === 0 || !/\d/u.test(rest)) continue;
    const cut = value.text.length - rest.length;
    pieces.splice(i + 1, 2, { ...value, text: names.join(' och ') }, when, { ...value, text: rest, col: value.col + cut, groupStart: false });
    i += 3;
  }
  return pieces;
}

// a word in capitals, two letters at least (`KOMMUN`, `ANSLAG/BEVIS`)
const CAPITALS_WORD = new RegExp(`^[${UPPER_LETTER}]{2,}(?:[-/][${UPPER_LETTER}]{2,})*$`, 'u');

/** Where the words in capitals that end a text start (`… Ola Nord ÖSTBY KOMMUN`: at the space before them), or its length; never its first word. */
function capitalsAtEnd(text: string): number {
  let at = text.length;
  for (let space = text.lastIndexOf(' '); space > 0 && CAPITALS_WORD.test(text.slice(space + 1, at)); space = text.lastIndexOf(' ', space - 1)) at = space;
  return at;
}

/**
 * A table row of signers' labels flattened without its gaps (`Sekreterare Ordförande
 * Justerande`) and after it, on its line or the next, one text of their names (`Bo Lind
 * Karin Alm (S) Olle Brink (M)`): as many names as labels are theirs in order, and one
 * name more goes with a single adjusters' label (two adjust).
 */
function namesAfterSignerRow(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length; i++) {
    let n = 0;
    while (i + n < pieces.length && SIGNERS.has(pieces[i + n]!.label?.field ?? '')) n++;
    const last = pieces[i + n - 1];
    const names = pieces[i + n];
    const after = pieces[i + n + 1];
    if (n < 2 || !names || names.label || names.at - last!.at > 1 || (after && !after.label && after.at === names.at)) {
      i += Math.max(0, n - 1);
      continue;
    }
    const roles = pieces.slice(i, i + n).map((p) => p.label!.field);
    const two = roles.filter((r) => r === 'adjusters').length === 1 ? roles.indexOf('adjusters') : -1;
    // (`… Jan-Erik Dal ÖSTBY KOMMUN`: the next page's letterhead in capitals run on after the last name is none)
    const head = capitalsAtEnd(names.text);
    // (`Siv Holm.. Eva Ström. Ola Nord`: the leaders of the signature lines between the names part them)
    const own = names.text.slice(0, head).replace(LEADERS_BETWEEN, ' ').trim();
    let values = signerNames(own, n);
    // (a name more than labels, and a signer's label a line above the row with a text beside it that names nobody: that
    // label's name, its text a value flattened out of another row, `Sekreterare Stadskansliet` / `Ordförande` / `Justerare …`)
    const above = values ? -1 : labelAboveWithStray(pieces, i);
    const extended = above < 0 ? null : signerNames(own, n + 1);
    if (extended?.every((v) => namesPerson(v) || TWO_WORDS.test(v))) {
      const stray = pieces[above + 1]!;
      const labels = [pieces[above]!, ...pieces.slice(i, i + n)];
      const split = extended.map((text): Piece => ({ label: null, text, at: names.at, col: names.col + names.text.indexOf(text.split(' ')[0]!), groupStart: false, paired: true }));
      // (the stray text before the labels, a value of its own; each label, then its name; the letterhead after them)
      const out = [stray, ...labels.flatMap((l, k) => [l, split[k]!])];
      if (head < names.text.length) out.push({ label: null, text: names.text.slice(head + 1), at: names.at, col: names.col + head + 1, groupStart: true });
      pieces.splice(above, n + 3, ...out);
      i = above + out.length - 1;
      continue;
    }
    const more = values || two < 0 ? null : signerNames(own, n + 1);
    if (more) values = [...more.slice(0, two), `${more[two]!} och ${more[two + 1]!}`, ...more.slice(two + 2)];
    // (a name the lexicon does not know, `Tova Sundin`, is still two capitalised words under a signer's label)
    if (!values || !(more ?? values).every((v) => namesPerson(v) || TWO_WORDS.test(v))) {
      i += n - 1;
      continue;
    }
    const split = values.map((text, k): Piece => ({ label: null, text, at: names.at, col: names.col + names.text.indexOf(text.split(' ')[0]!), groupStart: k === 0 && names.groupStart, paired: true }));
    // each label, then its name (and the letterhead after them, a text of its own)
    const out = pieces.slice(i, i + n).flatMap((l, k) => [l, split[k]!]);
    const letterhead = head < names.text.length;
    if (letterhead) out.push({ label: null, text: names.text.slice(head + 1), at: names.at, col: names.col + head + 1, groupStart: true });
    pieces.splice(i, n + 1, ...out);
    i += 2 * n - 1 + (letterhead ? 1 : 0);
  }
  return pieces;
}

/**
 * The signer's label right above the row starting at `i`, and a text beside it that names nobody and holds no number
 * (`Sekreterare Stadskansliet`): the label's index, or -1.
 */
function labelAboveWithStray(pieces: readonly Piece[], i: number): number {
  const label = pieces[i - 2];
  const stray = pieces[i - 1];
  if (!label || !stray || !SIGNERS.has(label.label?.field ?? '') || stray.label || stray.at !== label.at || pieces[i]!.at - label.at !== 1) return -1;
  return /\d/u.test(stray.text) || namesPerson(stray.text) ? -1 : i - 2;
}

/**
 * A transcript that prints each signature's name and then the role word printed under it,
 * run on with the next name (`Underskrifter` / `Eva Lind (S)` / `Ordförande Per Ek (M)` /
 * `Justerare` / `Ida Sjö Sekreterare`): a name right after the heading, and a role word
 * after the last name, say each role word belongs to the name before it. The labels are
 * moved before their names.
 */
function rolesAfterNames(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length - 3; i++) {
    if (pieces[i]!.label?.field !== 'signatures' || pieces[i + 1]!.label || !namesPerson(pieces[i + 1]!.text)) continue;
    // name, then (signer label, name) pairs
    let j = i + 1;
    while (j + 2 < pieces.length && SIGNERS.has(pieces[j + 1]!.label?.field ?? '') && !pieces[j + 2]!.label && namesPerson(pieces[j + 2]!.text)) j += 2;
    if (j === i + 1) continue;
    const last = pieces[j]!;
    const out: Piece[] = [];
    for (let k = i + 1; k < j; k += 2) out.push(pieces[k + 1]!, pieces[k]!);
    // the last role word on a line of its own under the last name (`Ida Sjö` / `Justerare`), and nothing after it
    const next = pieces[j + 1];
    if (next && SIGNERS.has(next.label?.field ?? '') && !(pieces[j + 2] && !pieces[j + 2]!.label && pieces[j + 2]!.at === next.at)) {
      out.push(next, last);
      pieces.splice(i + 1, j + 1 - i, ...out);
      i = j + 1;
      continue;
    }
    const space = last.text.lastIndexOf(' ');
    const word = space > 0 ? last.text.slice(space + 1) : '';
    const role = word !== '' ? labelAt(word) : null;
    if (!role || !SIGNERS.has(role.field) || role.length < word.length) continue;
    out.push({ label: role, text: '', at: last.at, col: last.col + space + 1, groupStart: false }, { ...last, text: last.text.slice(0, space).trimEnd() });
    pieces.splice(i + 1, j - i, ...out);
    i = j;
  }
  return pieces;
}

// a § range (or a list of numbers and ranges, `35-39, 42`) and a capitalised word after it
const RANGE_THEN_NAME = new RegExp(`^(${RANGE_LIST})\\s+(?=[${UPPER_LETTER}])`, 'u');
// (what a range opens with: a digit or the paragraph sign)
const DIGIT_FIRST = /^[\d§]/u;
// a name's two capitalised words at the start of a text
const NAME_FIRST = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)? [${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
/** The last piece is a signer's label on line `i`. */
const afterSignerLabel = (pieces: readonly Piece[], i: number): boolean => {
  const last = pieces[pieces.length - 1];
  return last !== undefined && last.at === i && SIGNERS.has(last.label?.field ?? '');
};
// the range's label, where the range stands between a signer's label and name without one (`Sekreterare 35-39, 42 Johan Skog`)
const RANGE_LABEL: LabelHit = { ...labelAt('Paragrafer')!, text: '', length: 0 };
const COLUMN_HEADS = new Set<string>(PARTICIPANT_COLUMN_HEADS);
const NAMES_HEADS = new Set<string>(NAMES_COLUMN_HEADS);
// a column's head the lexicon need not know, beside the names' (`Titel`, `Verksamhet`, `Tjänst/uppdrag`): a word or two, no digit
const HEAD_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:[/ -][${ANY_LETTER}]+)?:?$`, 'u');

/**
 * The cells after a list's heading are its table's head row: each a column's head (`Parti   Organisation`), or any
 * head at all after the names' own (`Namn   Titel`).
 */
function headCells(cells: readonly Cell[]): boolean {
  const named = NAMES_HEADS.has(cells[1]!.text.toLowerCase());
  for (let k = 1; k < cells.length; k++) {
    const t = cells[k]!.text;
    if (!COLUMN_HEADS.has(t.toLowerCase()) && !(named && k > 1 && HEAD_WORD.test(t))) return false;
  }
  return true;
}

/** `Namn Organisation Per Lind …`: the text without the head row that opens it with the names' head; the text where it does not. */
function withoutHeadRow(rest: string): string {
  const words = rest.split(' ');
  if (!NAMES_HEADS.has(words[0]!.toLowerCase())) return rest;
  let k = 1;
  while (k < words.length && COLUMN_HEADS.has(trimEndOf(words[k]!, ':').toLowerCase())) k++;
  return k > 1 && k < words.length ? words.slice(k).join(' ') : rest;
}
// a row that ends in a mark of attendance: `Tina Lund X`, `Hanna Rolf X, mötesordförande`, `Ida Ek  ☒`
const MARKED_ROW = /(?:\s[xX]|[☒☑✓✔])(?:,|$)/u;
const ABSENT_HEADS = new Set<string>(ABSENT_COLUMN_HEADS);
// the heads of a column of marks (`Närvarande`, `Frånv.`): over a single column of names they head no list of their own
const PRESENT_HEADS = new Set<string>(ROLL_CALL.present);
const MARK_HEADS = new Set<string>([...PRESENT_HEADS, ...ABSENT_COLUMN_HEADS]);
const SIGNERS = new Set<string>(['chair', 'secretary', 'adjusters']);
const MARKS = new Set<string>(ATTENDANCE_MARKS.present);

/**
 * A label cut over two or three lines of its column (`Närvarande, ej` / `tjänstgörande` /
 * `ersättare`): the whole label, and the cells of its tail.
 */
function labelOverLines(lines: readonly Line[], i: number, end: number, cell: { text: string; col: number }, under: { text: string; col: number }, skip: (i: number) => boolean): { label: LabelHit; tails: string[] } | null {
  if (!WRAPPED_WORD.test(under.text)) return null;
  const head = cell.text.replace(/,/gu, '');
  const tails = [`${i + 1}:${under.col}`];
  let text = `${head} ${under.text}`;
  const third = i + 2 < end && !skip(i + 2) && !isBlank(lines[i + 2]!) ? cellsOf(lines[i + 2]!)[0] : undefined;
  if (third && Math.abs(third.col - cell.col) <= COLUMN_SLACK && WRAPPED_WORD.test(third.text)) {
    const longer = labelAt(`${text} ${third.text}`);
    if (longer && longer.length >= text.length + 1 + third.text.length) return { label: longer, tails: [...tails, `${i + 2}:${third.col}`] };
  }
  const label = labelAt(text);
  return label && label.length >= text.length ? { label, tails } : null;
}

// a word in lower case, or its first part before a hyphen
const WRAPPED_WORD = new RegExp(`^[${LOWER_LETTER}][${LOWER_LETTER}]*-?$`, 'u');

/** A label stood at this column one or two lines above, with only its value after it. */
function labelColumnAbove(pieces: readonly Piece[], i: number, col: number): boolean {
  for (let k = pieces.length - 1; k >= 0 && pieces[k]!.at >= i - 2; k--) {
    const p = pieces[k]!;
    if (p.label) return Math.abs(p.col - col) <= 1 && p.label.value !== 'none';
  }
  return false;
}

/** The cell holds its label and nothing after it but a colon (`Ledamöter`, `Ledamöter:`), no name run on after one space. */
// `Sekreterare Lena Ås   Justerare Per Sund (C)`: the row's first cell a signer's label with a name, and this one too
const signerAfterSigner = (lead: LabelHit | null, label: Readonly<LabelHit>, cell: string): boolean =>
  lead !== null && SIGNERS.has(lead.field) && SIGNERS.has(label.field) && namesOnly(cell.slice(label.length));
const labelAlone = (cell: string, label: Readonly<LabelHit>): boolean => NOTHING_BUT_COLON.test(cell.slice(label.length));
const NOTHING_BUT_COLON = /^[\s:]*$/u;

/** A participant heading, then column heads of marks and further participant headings (each a whole cell). */
function mixedHeadRow(lead: LabelHit | null, cells: readonly Cell[], below: readonly Cell[]): boolean {
  if (lead?.field !== 'participants') return false;
  let heads = 0;
  for (const c of cells.slice(1)) {
    // (`Kallade ledamöter   Ersättare   Övriga kallade` over a name in each column: `Ersättare` heads a list of people)
    if (COLUMN_HEADS.has(c.text.toLowerCase()) && !headsNames(c, below)) heads++;
    else if (labelAt(c.text)?.field !== 'participants' || labelAt(c.text)!.length < c.text.length) return false;
  }
  return heads > 0 && heads < cells.length - 1;
}

const RECIPIENT_HEADS = new Set<string>(RECIPIENT_COLUMN_HEADS);

/**
 * `För kännedom` between `Kallade ledamöter` and `Övriga kallade`: a column of people that
 * receive the notice, read as a list of its own so that its names do not fall under the
 * heading to its right (only in a row of two participant headings or more).
 */
function recipientHead(cells: readonly Cell[], cell: Cell): LabelHit | null {
  if (cells.length < 3 || !RECIPIENT_HEADS.has(cell.text.toLowerCase())) return null;
  let heads = 0;
  for (const c of cells) if (c !== cell && labelAt(c.text)?.field === 'participants') heads++;
  return heads >= 2 ? { field: 'participants', value: 'persons', text: cell.text.replace(/:$/u, ''), length: cell.text.length, weak: false } : null;
}

/**
 * `Kansliet` over people (or beside them: `Kansliet   Sofia Alm`, `Kansliet Sofia Alm, Tor Berg`): the heading of the
 * förbund's staff, which is a label only with its colon where it may be a place (`Plats` / `Kansliet`).
 */
function overPeople(cells: readonly Cell[], c: number, below: readonly Cell[]): LabelHit | null {
  const cell = cells[c]!;
  const hit = headingOverPeople(cell.text);
  if (!hit) return null;
  const rest = cell.text.slice(hit.length).trim();
  const after = rest !== '' ? rest : c + 1 < cells.length ? cells[c + 1]!.text : cells.length === 1 && below.length === 1 ? below[0]!.text : '';
  // (not the place under `Plats` over the next label's row: `Kansliet` / `Ledamöter Ulla Brink (C)`)
  return after !== '' && labelAt(after) === null && namesPerson(after) ? hit : null;
}

/** The cell under a column head names a person: the head is a list's, not a column of marks'. */
function headsNames(head: Cell, below: readonly Cell[]): boolean {
  if (below.length < 2 || labelAt(head.text)?.field !== 'participants') return false;
  const under = nearest(below, head.col);
  return Math.abs(under.col - head.col) <= COLUMN_SLACK && namesPerson(under.text);
}

const SUBSTITUTE_HEADS = new Set<string>(SUBSTITUTE_COLUMN_HEADS);

/** The head among a row's column heads that names whom a deputy serves for (`Ersätter`), with the row's heads. */
function substituteHead(heads: readonly Cell[]): { heads: readonly Cell[]; head: Cell } | null {
  const head = heads.find((h) => SUBSTITUTE_HEADS.has(h.text.toLowerCase()));
  return head ? { heads, head } : null;
}

const nearest = <T extends { col: number }>(cells: readonly T[], col: number): T =>
  cells.reduce((best, c) => (Math.abs(c.col - col) < Math.abs(best.col - col) ? c : best));

/** The line above ends a participant heading or a person of its list. */
function inList(pieces: readonly Piece[], i: number): boolean {
  const last = pieces[pieces.length - 1];
  if (!last || last.at !== i - 1) return false;
  if (last.label) return last.label.field === 'participants';
  for (let k = pieces.length - 1; k >= 0; k--) if (pieces[k]!.label) return pieces[k]!.label!.field === 'participants' && namesPerson(last.text);
  return false;
}

/**
 * The last piece is a bare name on the line before `i`, and right before it stands the list's heading or, on the
 * line before, a position alone (`Närvarande` / `Ulla Brink (C)`, or `Ordförande` / `Ivar Lind (S)`).
 */
function alternatesFromHeading(pieces: readonly Piece[], i: number): boolean {
  const name = pieces[pieces.length - 1];
  const before = pieces[pieces.length - 2];
  if (!name || name.label || name.at !== i - 1 || !BARE_NAME.test(name.text) || !before) return false;
  if (before.label) return before.label.field === 'participants';
  return before.at === i - 2 && positionAlone(before.text);
}
// a name, and its party perhaps: no position nor organisation beside it
const BARE_NAME = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}'’-]+(?:[ -][${UPPER_LETTER}][${ANY_LETTER}'’-]+){1,3}(?:\\s*\\([^()]{1,12}\\))?$`, 'u');

// a capitalised signer's word after a name, and a capital after it
// (the definite form too, `Ordföranden`: the word is the label's, LABEL_OF_DEFINITE says which)
const LABEL_OF_DEFINITE = new Map<string, string>(SIGNER_LABELS_DEFINITE.map(([definite, label]) => [capitalise(definite), capitalise(label)]));
const SIGNER_AFTER_NAME = new RegExp(
  `\\s(?=(?:Ordförande|Sekreterare|Justerare|Justerande|Protokollförare|${alternation([...LABEL_OF_DEFINITE.keys()])})[.:,]?\\s+[${UPPER_LETTER}]|Paragraf(?:er)?:?\\s+[§\\d])`,
  'gu',
);

/** The label of the next signer, or of the range, in a signer's value (`Bo Frost Ordförande Greta Fjäll`, `Sara Lind Paragrafer 25-30`): only after a name. */
function nextSigner(text: string): { at: number; label: LabelHit } | null {
  if (!text.includes(' ')) return null;
  for (const m of text.matchAll(SIGNER_AFTER_NAME)) {
    const at = m.index + 1;
    // (`Sekreterare, Eva Ek Ordförande, Per Ås`: each label with a comma before its name, the first name after it)
    if (!namesOnly(text.charCodeAt(0) === 0x2c ? text.slice(1, m.index) : text.slice(0, m.index))) continue;
    // (`Justerare. Ivar Sten`, `Ordförande, Per Ås`: the point or comma after the word says nothing)
    const label = definiteLabel(text.slice(at)) ?? labelAt(text.slice(at).replace(/^(\p{L}+)[.:,]/u, '$1 '));
    if (label && (SIGNERS.has(label.field) || label.field === 'paragraphs')) return { at, label };
  }
  return null;
}

/** `Ordföranden Per Lind`: the signer's label a text opens with in its definite form, as written; null for any other text. */
function definiteLabel(text: string): LabelHit | null {
  const space = text.indexOf(' ');
  const label = LABEL_OF_DEFINITE.get(space > 0 ? text.slice(0, space) : text);
  const hit = label === undefined ? null : labelAt(label);
  return hit ? { ...hit, text: text.slice(0, space), length: space } : null;
}

/** The text goes on the entry on the line above: it opens in lower case, and that line's last piece is a text ending on a comma. */
function continuesEntry(pieces: readonly Piece[], i: number, text: string): boolean {
  const last = pieces[pieces.length - 1];
  return last !== undefined && !last.label && last.at === i - 1 && last.text.endsWith(',') && LOWER_START.test(text);
}
const LOWER_START = OPENS_LOWER;

/** The person a text names (its first two words) stands in a piece before: listed already. */
function listedBefore(pieces: readonly Piece[], text: string): boolean {
  const name = /^[\s:]*(\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*)/u.exec(text)?.[1];
  if (!name) return false;
  return pieces.some((p) => !p.label && p.text.startsWith(name) && !/^[\p{L}'’-]/u.test(p.text.slice(name.length)));
}

/** A person and nothing said about them: no run of lower-case words (`hälsar alla välkomna`). */
const namesOnly = (text: string): boolean => namesPerson(text) && !/\s\p{Ll}+\s+\p{Ll}/u.test(text);

/** The signers' labels a text opens with (`Ordförande Justerande Bo Lind …`), as long as they follow one another. */
function signerHeads(text: string): LabelHit[] {
  const heads: LabelHit[] = [];
  let rest = text;
  for (let head = labelAt(rest); head && SIGNERS.has(head.field) && head.length > 0 && wordEnds(rest, head.length); head = labelAt(rest)) {
    heads.push(head);
    rest = rest.slice(head.length).trimStart();
  }
  return heads;
}

// a label's match ends where a word does (its length may take the space or colon after it)
const wordEnds = (text: string, at: number): boolean => at >= text.length || /[\s:.]/u.test(text[at - 1]!) || text[at] === ' ';

/** A text made of participant headings only (`Ledamöter Tjänstgörande ersättare`), or of the meeting's labels (`Plats`): each of them; else none. */
function headsOnly(text: string): LabelHit[] {
  const heads: LabelHit[] = [];
  let rest = text;
  while (rest !== '') {
    const head = labelAt(rest);
    // (or the meeting's own labels run together: `Tid Plats Beslutande`, all the values after them, and the
    // adjusters' among the lists', `Beslutande Övriga närvarande Utses att justera`)
    if (!head || !(head.field === 'participants' || WHEN_OR_WHERE_LABELS.has(head.field) || (head.field === 'adjusters' && !head.weak)) || head.length === 0) return [];
    heads.push(head);
    rest = rest.slice(head.length).trimStart();
  }
  return heads;
}

// how far apart two cells may start and still stand one under the other
const COLUMN_SLACK = 2;
