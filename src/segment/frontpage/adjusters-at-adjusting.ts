// The adjusters' names under the adjusting's place and day, with no label of their own
// (`Protokolljustering   Viksund 16.3.2023` / `Carita Lind        Dan Sjöberg`): Swedish-language
// Finnish minutes print the place and day and sign under them. Names that stand in that
// label's value, after the place and day and before the next label, are the adjusters',
// where no adjusters' label took any; so are names run on after the day in the value itself
// (`Protokolljustering Viksund 16.3.2023 Carita Lind Dan Sjöberg`, the page flattened), and
// names run on after the place where the day was left blank for the pen (Åland's minutes:
// `Protokolljustering Viksund den på kommungården Carita Lind Dan Sjöberg`).
import { PLACE_PREPOSITIONS } from '../../lexicon/frontpage.js';
import { findDates } from '../../text/dates.js';
import { splitPersons } from '../../text/persons.js';
import { trimEndOf } from '../../text/patterns.js';
import type { FrontPageField, FieldValue } from './read.js';
import type { Piece } from './pieces.js';
import { namesPerson } from './values.js';
import { signerInSlot } from './named-in-roll.js';

// no meeting has more adjusters than this
const MAX_ADJUSTERS = 3;

interface Left {
  index: number;
  item: { pieces: Piece[]; cls: string };
}

export function adjustersAtAdjusting(fields: FrontPageField[], pieces: readonly Piece[], leftovers: Left[], asValue: (p: Piece) => FieldValue): void {
  // (an adjusters' label whose value names nobody takes none: `Protokolljusterare 369 Föredragningslistan`, a notice's
  // point read on from the front page of the minutes before it)
  if (fields.some((f) => f.field === 'adjusters' && f.values.some((v) => namesPerson(v.text)))) return;
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    if (f.field !== 'adjustedAt' || f.values.length === 0) continue;
    const at = pieces.findIndex((p) => p.label && p.at === f.at && p.label.text === f.label);
    if (at < 0) continue;
    let next = at + 1;
    while (next < pieces.length && !pieces[next]!.label) next++;
    // (`Protokolljustering   Åstad 16.3.2023` / `Eivor Bäck   Tom Sjöberg`: the names read as more of the value)
    const dated = f.values.findIndex((v) => findDates(v.text).length > 0);
    const signers = dated >= 0 && dated < f.values.length - 1 ? f.values.slice(dated + 1) : [];
    if (signers.length > 0 && signers.length <= MAX_ADJUSTERS && signers.every((v) => namesPerson(v.text))) {
      f.values = f.values.slice(0, dated + 1);
      fields.splice(k + 1, 0, { field: 'adjusters', value: 'persons', label: f.label, at: f.at, values: signers });
      return;
    }
    const names = leftovers.filter((l) => l.index > at && l.index < next && l.item.cls === 'persons');
    if (names.length === 0) {
      const runOn = namesAfterDay(f.values[f.values.length - 1]!, (n) => signerInSlot(n, fields));
      if (!runOn) continue;
      f.values[f.values.length - 1] = runOn.day;
      fields.splice(k + 1, 0, { field: 'adjusters', value: 'persons', label: f.label, at: f.at, values: runOn.names });
      return;
    }
    fields.splice(k + 1, 0, { field: 'adjusters', value: 'persons', label: f.label, at: f.at, values: names.flatMap((l) => l.item.pieces.map(asValue)) });
    for (const l of names) leftovers.splice(leftovers.indexOf(l), 1);
    return;
  }
}

/** `Viksund 16.3.2023 Carita Lind Dan Sjöberg`: the place and day, and the names after the day (three at most: the chair may sign first), or null. */
function namesAfterDay(v: FieldValue, isSigner: (name: string) => boolean): { day: FieldValue; names: FieldValue[] } | null {
  const dates = findDates(v.text);
  const last = dates[dates.length - 1];
  const end = last ? last.index + last.length : lostDayEnd(v.text);
  if (end < 0) return namesAfterPlace(v);
  const rest = v.text.slice(end);
  if (rest.trim() === '') return null;
  const names = splitPersons(rest);
  if (names.length > MAX_ADJUSTERS) return null;
  // (the hour after the day, `15.3.2023, kl. 12.00. Carita Lind`: the names after what reads as no person)
  // (a name whose given name the lexicon lacks, where the roll lists it, is a signer's in this slot, after the day)
  if (names.length === 0 || !names.every(isSigner)) return namesAfterPlace(v);
  const col = v.col + end;
  return { day: { ...v, text: v.text.slice(0, end) }, names: names.map((text) => ({ text, at: v.at, col: col + rest.indexOf(text) })) };
}

// `Viksund.2023 Carita Lind`: the year of a Finnish date whose day and month the transcript dropped (as it drops
// hours), glued by its stop to the place before it
const LOST_DAY = /(?<=[^\s\d])\.(?:19|20)\d{2}(?!\d)/u;
/** Where the year of a date whose day was lost ends, or -1 (most values hold no stop before a year: the dot first). */
function lostDayEnd(text: string): number {
  const m = text.includes('.') ? LOST_DAY.exec(text) : null;
  return m ? m.index + m[0].length : -1;
}

// (`Viksund Eva Ek`: a word of the place and a name of two words at least)
const MIN_WORDS_WITH_PLACE = 3;

/**
 * `Viksund den på kommungården Carita Lind Dan Sjöberg`: no day written (or an hour after it), the names after the place
 * (none of whose words starts a person), three at most; or null.
 */
function namesAfterPlace(v: FieldValue): { day: FieldValue; names: FieldValue[] } | null {
  if (v.text.split(' ', MIN_WORDS_WITH_PLACE).length < MIN_WORDS_WITH_PLACE) return null;
  const entries = withPlaceAfterPreposition(splitPersons(v.text));
  if (entries.length < 2 || entries.length > MAX_ADJUSTERS + 1 || namesPerson(entries[0]!)) return null;
  const names = entries.slice(1).map((e) => trimEndOf(e, '.'));
  // (the names after the place, no day before them: their slot is not sure, and a given name the lexicon lacks may be
  // the grid's chair's, `Plats och tid Bo Lind Okke Sand` over their labels; the roll does not decide here)
  if (!names.every(namesPerson)) return null;
  const start = v.text.indexOf(entries[1]!);
  return { day: { ...v, text: v.text.slice(0, start).trimEnd() }, names: names.map((text) => ({ text, at: v.at, col: v.col + v.text.indexOf(text, start) })) };
}

// (`Elektroniskt i`, its place's name read as the next person's first name: a name of two words at least after it)
const ENDS_ON_PREPOSITION = new RegExp(`(?:^|\\s)(?:${PLACE_PREPOSITIONS.join('|')})$`, 'u');
const MIN_NAME_WORDS = 2;

/** The entries with the word after a place's closing preposition given back to the place (`Elektroniskt i` / `Alva Tom Holm`). */
function withPlaceAfterPreposition(entries: string[]): string[] {
  const place = entries[0];
  const next = entries[1];
  if (place === undefined || next === undefined || !ENDS_ON_PREPOSITION.test(place)) return entries;
  const space = next.indexOf(' ');
  if (space < 0 || next.split(' ').length <= MIN_NAME_WORDS) return entries;
  return [`${place} ${next.slice(0, space)}`, next.slice(space + 1), ...entries.slice(2)];
}
