// Minutes signed under a row of signers' labels with no rule or dotted line to sign on, the names printed right
// under it (`Ordförande          Justerare` / `Eva Dahl            Karin Lund`) or the row under the names: the minutes
// are signed there, so a case paper bound after them (`Tjänsteskrivelse` / `Datum …` / `Diarienummer …`, with its own
// `Anna Berg, handläggare`) is a document of its own, whose signer is not the minutes'. A row of two labels at least: a
// label alone over a name is as often an election's list inside a § (`Ordförande` / `Anna Ek`).
import { SIGNATURE_LABELS } from '../lexicon/sv.js';
import { nextContent, type Line } from '../text/line.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';
import { looksLikeName } from './titles.js';

const SIGNER_LABEL = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))})(?![${ANY_LETTER}])`, 'giu');
// how far the names may stand from the row of labels (the next content line, one blank line between)
const NAMES_REACH = 2;
// one name a label, each two to five words: two such names are no longer than this
const ROW_LENGTH = 120;

/** Line i is a row of two signers' labels at least, a row of names right above or under it. */
export function labelsRowSigned(lines: readonly Line[], i: number): boolean {
  const flat = lines[i]!.flat;
  if (flat.length > ROW_LENGTH || (flat.match(SIGNER_LABEL)?.length ?? 0) < 2) return false;
  const next = nextContent(lines, i + 1);
  if (next > 0 && next - i <= NAMES_REACH && namesRow(lines[next]!)) return true;
  let prev = i - 1;
  while (prev >= 0 && lines[prev]!.flat === '') prev--;
  return prev >= 0 && i - prev <= NAMES_REACH && namesRow(lines[prev]!);
}

/** A row of names: a name, or names set apart in columns (`Eva Dahl      Karin Lund`). */
const namesRow = (line: Line): boolean => line.flat.length <= ROW_LENGTH && line.text.split(/\s{2,}/u).every((part) => looksLikeName(part.trim()));
