// `Bo Ek, Älvsbyn, (s, ordförande Maj Lind, Piteå, (s Ola Berg, Boden, (s …`: a kommunalförbund's roll written
// `Name, Town, (party), remark`, one to a line, the line breaks lost (a web archive's transcript, which also lost the
// brackets' closing). Each entry opens with a name and its comma; what stands after the party's bracket (`ordförande`,
// `tjg ers`, `t o m 15`) is that entry's, not a position before the next name. Cut before each name that a comma
// follows and no comma precedes.
import { isGivenName } from '../../text/persons.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a given name and a surname or two, then the entry's comma, after a word that no comma closes
const NAME_THEN_COMMA = new RegExp(
  `(?<=[^,] )([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?: [${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?){1,2},`,
  'gu',
);
// a town (or another capitalised word) and then the party's bracket after its comma: `, Piteå, (s`
const TOWN_THEN_BRACKET = new RegExp(`, [${UPPER_LETTER}][^,()]*, \\(`, 'gu');
const TOWN_THEN_OPEN = new RegExp(`^, [${UPPER_LETTER}][^,()]*, \\(`, 'u');
// (three entries at least make the layout, not a line that happens to hold a bracket after a comma)
const MIN_PEOPLE = 3;

/** The entries of such a roll, each `Name, Town, (party), remark`; null for any other line. */
export function townsBeforeBrackets(text: string): string[] | null {
  // (the cheap test: three brackets after a comma)
  let at = text.indexOf(', (');
  let n = 0;
  while (at >= 0 && n < MIN_PEOPLE) {
    n++;
    at = text.indexOf(', (', at + 3);
  }
  if (n < MIN_PEOPLE || (text.match(TOWN_THEN_BRACKET)?.length ?? 0) < MIN_PEOPLE) return null;
  const cuts: number[] = [];
  // (a given name the lexicon knows, or any where the town and the bracket follow: `Brith Fäldt, Piteå, (v`)
  for (const m of text.matchAll(NAME_THEN_COMMA)) if (isGivenName(m[1]!) || TOWN_THEN_OPEN.test(text.slice(m.index + m[0].length - 1))) cuts.push(m.index);
  if (cuts.length + 1 < MIN_PEOPLE) return null;
  const entries: string[] = [];
  let from = 0;
  for (const c of cuts) {
    entries.push(text.slice(from, c).trim());
    from = c;
  }
  entries.push(text.slice(from).trim());
  return entries;
}
