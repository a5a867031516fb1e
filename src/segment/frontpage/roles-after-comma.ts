// `Underskrifter   Håkan Westerholm, ordförande   Erik Ekblad, sekr`: under the signatures' heading each signer's name
// with the role after a comma, in full or cut short, in a row of cells (a Swedish-language Finnish front page); the
// place and day of signing may stand between the heading and the row (`Kvarnby den 8 november 2023`). Each cell becomes
// the role's label and the name, so the stream reads label, value as elsewhere. A web transcript runs the row on with
// one space between its cells (`Underskrifter Kvarnby den 8 november 2023 Håkan Westerholm, ordförande Erik Ekblad, sekr`):
// the text is cut into those cells first. The place of signing may stand before each name with `den` and no day (the
// date left to be written by hand: `Geta, den Eva Ek, ordförande Geta, den Bo Lind, föredragande, sekreterare`), a
// name may have a second role after the first, and the adjusting's label may stand between the heading and the row
// (`Underskrifter Protokolljustering Geta, den …`).
import { POSITION_ABBREVIATIONS } from '../../lexicon/sv.js';
import { labelAt } from '../../text/labels.js';
import { capitalise } from '../../text/patterns.js';
import { SIGNERS } from './names-over-labels.js';
import type { Piece } from './pieces.js';
import { namesPerson } from './values.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a name, a comma, one word in lower case (its point too): the role; and another after it (`föredragande, sekreterare`)
const NAME_COMMA_ROLE = new RegExp(`^(.{3,60}?),\\s([${LOWER_LETTER}]{4,20}\\.?)(?:,\\s([${LOWER_LETTER}]{4,20}\\.?))?$`, 'u');
// the place and day of signing: a date's digits among words
const DAY = /\d/u;
// the place of signing and `den`, the day left blank (`Geta, den`)
const DAY_LEFT_BLANK = /(?:^|\s)den$/u;
const signingPlace = (text: string): boolean => DAY.test(text) || DAY_LEFT_BLANK.test(text);

/** The signer's label and the name of a cell `Name, role`, or null where the cell is anything else. */
function signerCell(p: Piece | undefined): { label: NonNullable<Piece['label']>; name: string } | null {
  if (!p || p.label || !p.text.includes(', ')) return null;
  const m = NAME_COMMA_ROLE.exec(p.text);
  if (!m || !namesPerson(m[1]!)) return null;
  const label = signerRole(m[2]!) ?? (m[3] !== undefined ? signerRole(m[3]) : null);
  return label ? { label, name: m[1]! } : null;
}

/** The signer's label a role's word (or its abbreviation) names in full, or null. */
function signerRole(word: string): NonNullable<Piece['label']> | null {
  const role = POSITION_ABBREVIATIONS[word] ?? word;
  const label = labelAt(capitalise(role));
  if (label && SIGNERS.has(label.field) && label.length >= role.length) return label;
  // (a compound whose last part is a signer's word: `mötesordförande`, `nämndsekreterare`, `förbundssekreterare`)
  const part = COMPOUND_SIGNER.exec(role);
  return part ? signerRole(part[1]!) : null;
}
// the signer's word a compound ends on, a part of four letters or more before it
const COMPOUND_SIGNER = new RegExp(`^[${LOWER_LETTER}]{4,}(ordförande|sekreterare|justerare)$`, 'u');

// a role's word after a comma, then a space, another role's comma or the end (`…, ordförande Erik …`, `…, föredragande, sekreterare`, `…, sekr`)
const ROLE_AFTER = new RegExp(`,\\s([${LOWER_LETTER}]{4,20}\\.?)(?=[\\s,]|$)`, 'gu');
// the §§ a signer signed for, after the role: `fr o m 49`, `fr.o.m. § 49`, `t o m 48`, `§§ 45-48`
const SIGNED_FOR = /^(?:(?:fr|t)\.?\s?o\.?\s?m\.?|§§?)\s*(?:§\s?)?\d{1,3}(?:\s?[-–]\s?\d{1,3})?$/u;
// the name that ends the text before a role (after the place and day of signing): two to four capitalised words
const NAME_AT_END = new RegExp(`(?:^|\\s)((?:[${UPPER_LETTER}][${LOWER_LETTER}'’-]+\\s){1,3}[${UPPER_LETTER}][${LOWER_LETTER}'’-]+)$`, 'u');

/**
 * `Kvarnby den 8 november 2023 Håkan Westerholm, ordförande Erik Ekblad, sekr` → the place and day, and the cells
 * `Håkan Westerholm, ordförande`, `Erik Ekblad, sekr`: two cells at least, nothing after the last role, and before the
 * first name nothing or a text with the day's digits in it. Null for any other text.
 */
function runOnCells(text: string): { day: string; cells: string[] } | null {
  const cells: string[] = [];
  let day = '';
  let from = 0;
  for (const m of text.matchAll(ROLE_AFTER)) {
    let name = text.slice(from, m.index).trim();
    // (a second role right after the first: the same name's)
    if (name === '' && cells.length > 0) {
      cells[cells.length - 1] += `, ${m[1]!}`;
      from = m.index + m[0].length;
      continue;
    }
    // (the place and day of signing before the first name, and the place and `den` before any)
    const n = NAME_AT_END.exec(name);
    if (!n && cells.length === 0) return null;
    if (n && n[1]!.length < name.length) {
      const before = name.slice(0, name.length - n[1]!.length).trim();
      // (or, before a later name, the §§ the one before signed for: `Per Lind, ordförande fr o m 49 Olle Dahl, justerare`)
      if (!(cells.length === 0 ? signingPlace(before) : DAY_LEFT_BLANK.test(before) || SIGNED_FOR.test(before))) return null;
      if (cells.length === 0) day = before;
      name = n[1]!;
    }
    cells.push(`${name}, ${m[1]!}`);
    from = m.index + m[0].length;
  }
  return cells.length >= 2 && text.slice(from).trim() === '' ? { day, cells } : null;
}

/** The cells of a row run on into the text after the heading, each a piece of its own (the place and day before them one too). */
function cutRunOnRow(pieces: Piece[], j: number): void {
  const p = pieces[j];
  if (!p || p.label || !p.text.includes(', ')) return;
  const run = runOnCells(p.text);
  if (!run) return;
  const cells: Piece[] = run.cells.map((text) => ({ label: null, text, at: p.at, col: p.col, groupStart: false }));
  if (!cells.every((c) => signerCell(c) !== null)) return;
  pieces.splice(j, 1, ...(run.day === '' ? cells : [{ ...p, text: run.day }, ...cells]));
}

export function rolesAfterComma(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (pieces[i]!.label?.field !== 'signatures') continue;
    // (the adjusting's label stacked right after the heading: the row after both)
    const h = pieces[i + 1]!.label?.field === 'adjustedAt' ? i + 2 : i + 1;
    cutRunOnRow(pieces, h);
    if (h + 1 >= pieces.length) continue;
    // (the place and day of signing first, on the heading's line or under it)
    let j = h;
    if (!pieces[j]!.label && signingPlace(pieces[j]!.text) && signerCell(pieces[j + 1]) !== null) j++;
    const out: Piece[] = [];
    let k = j;
    for (let cell = signerCell(pieces[k]); cell !== null; cell = signerCell(pieces[++k])) {
      const p = pieces[k]!;
      out.push({ label: cell.label, text: '', at: p.at, col: p.col, groupStart: false }, { label: null, text: cell.name, at: p.at, col: p.col, groupStart: false, paired: true });
    }
    // (two signers at least, each on the same row: a single `Name, ordförande` is a list's entry as often)
    if (out.length < 4 || pieces[k - 1]!.at !== pieces[j]!.at) continue;
    pieces.splice(j, k - j, ...out);
    i = j + out.length - 1;
  }
  return pieces;
}
