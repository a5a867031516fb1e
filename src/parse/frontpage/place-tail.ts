// What a flattened page runs on after the meeting's place, none of it the place: the value of the
// roll's label printed after it (`A-salen, kommunhuset, Ekby Enligt närvaro- och tjänstgöringslista`,
// a row of labels over a row of values), the clock's word whose hours a transcript lost and the
// words after it (`Förvaltningshuset klockan Öppet för allmänheten`), a notice's signer under the
// place (`C-salen, Ekby kommunhus Anna Ek nämndsekreterare`), a page's number (`Rådhuset Sida 3`).
import { PARTICIPANTS_ELSEWHERE } from '../../lexicon/sv.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { labelAt } from '../../text/labels.js';
import { isGivenName } from '../../text/persons.js';
import { isPositionWord } from '../participants/words.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// the roll's reference, capitalised as a value opens (the lexicon's phrases are in lower case)
const ELSEWHERE = new RegExp(`\\s(?=[${UPPER_LETTER}])(?:${alternation(PARTICIPANTS_ELSEWHERE)})(?![${ANY_LETTER}])`, 'iu');
const MAY_ELSEWHERE = /\s(?:Enligt|Se) /u;
// the clock's word with no hours after it, then a capitalised word
const LOST_CLOCK = new RegExp(`\\s(?:kl\\.?|klockan)(?=\\s+[${UPPER_LETTER}])`, 'u');
// a page's number at the value's end: `Sida 3`, `Sida 3 (12)`
const PAGE_AT_END = / (?:Sida|Sid\.?) \d{1,3}(?: ?\(\d{1,3}\))?$/u;
// a given name, one or two capitalised words, and position words in lower case to the end
const SIGNER_AT_END = new RegExp(`\\s([${UPPER_LETTER}][${LOWER_LETTER}]+)(?:\\s[${UPPER_LETTER}][${LOWER_LETTER}'’-]+){1,2}((?:\\s[${LOWER_LETTER}][${LOWER_LETTER}-]*){1,3})$`, 'u');

/** The place without what ran on after it; the place as it is where nothing did. */
export function withoutTailAfterPlace(text: string): string {
  let out = text;
  const elsewhere = MAY_ELSEWHERE.test(out) ? ELSEWHERE.exec(out) : null;
  if (elsewhere && elsewhere.index > 0) out = out.slice(0, elsewhere.index);
  const clock = out.includes('kl') ? LOST_CLOCK.exec(out) : null;
  if (clock && clock.index > 0) out = out.slice(0, clock.index);
  if (out.includes('Sid')) out = out.replace(PAGE_AT_END, '');
  // (the last word a position's, the cheap test, before the pattern)
  const last = out.slice(out.lastIndexOf(' ') + 1);
  const signer = isPositionWord(last) ? SIGNER_AT_END.exec(out) : null;
  if (signer && signer.index > 0 && isGivenName(signer[1]!) && signer[2]!.trim().split(' ').some(isPositionWord)) out = out.slice(0, signer.index);
  // (`Stadshuset, Storgatan 7 Ek Anna, ordförande`: the roll's first entry, a name and its position after a comma)
  const entry = out.includes(',') ? rollEntryAt(out) : -1;
  if (entry > 0) out = out.slice(0, entry);
  // (`Fullmäktigesalen Datum`: the next field's label, capitalised, its value elsewhere)
  const space = out.lastIndexOf(' ');
  const label = space > 0 && UPPER.test(out.charAt(space + 1)) ? labelAt(out.slice(space + 1)) : null;
  if (label !== null && label.length === out.length - space - 1) out = out.slice(0, space);
  return out === text ? text : trimEndOf(out.trimEnd(), ' ,;:');
}

const UPPER = new RegExp(`[${UPPER_LETTER}]`, 'u');
// two or three capitalised words, a party's bracket perhaps, a comma and a word in lower case: a roll's entry
const NAME_WORD = `[${UPPER_LETTER}][${LOWER_LETTER}'’-]+`;
const ROLL_ENTRY = new RegExp(`\\s(${NAME_WORD})\\s(${NAME_WORD})(?:\\s${NAME_WORD})?(?:\\s\\([^()]{1,6}\\))?,\\s([${LOWER_LETTER}]+)`, 'gu');
/** Where the first roll entry, its name with a given name in it and a position after the comma, starts in `text`; -1 where none. */
function rollEntryAt(text: string): number {
  for (const m of text.matchAll(ROLL_ENTRY)) if ((isGivenName(m[1]!) || isGivenName(m[2]!)) && isPositionWord(m[3]!)) return m.index;
  return -1;
}
