// An association or a foundation whose organ meets, named on a line of the heading (`Protokoll fört vid sammanträde med
// styrelsen för Stiftelsen Ekbygdens Hembygdsgård`, `Protokoll från årsmöte den 18 mars 2026 med Intresseföreningen Ekvik`,
// `Byalaget Ekås` over `Protokoll`): its noun in the definite form, alone or ending a compound, and the capitalised words of
// its name after it; or its noun in the indefinite form after its place's or name's capitalised words (`Protokoll fört vid
// styrelsemöte i Ekby byalag`, `Årsmöte med Norrvik hembygdsförening`). Asked last, where no förbund, municipality or region
// names whose meeting it is.
import { ASSEMBLY_MEETING_ENDINGS, ASSOCIATION_ENDINGS, ASSOCIATION_HEADS, HEADER_LABELS, KIND_TITLES, MEETING_TO_COME, MONTHS, ORGAN_NOUNS, WEEKDAYS } from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import type { Line } from '../../text/line.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { alternation, capitalise } from '../../text/patterns.js';

const NAME_WORD = `[${UPPER_LETTER}][${ANY_LETTER}-]*`;
// a place's preposition inside the name (`Bygdeföreningen i Norrby`, `Sällskapet för Ekbys historia` keeps `för`)
const PLACE_PREPOSITION = '(?:i|på|för)';
// a Finnish association's registered mark after its name (`Bygdeföreningen i Norrby rf`, `… r.f.`)
const REGISTERED = `(?:[ \\t]r\\.?[ \\t]?f\\.?)?`;
const REGISTERED_MARK = /^r\.?f\.?$/u;
// the noun alone, capitalised (`Stiftelsen …`), or ending a capitalised compound (`Intresseföreningen …`), then one to four name words
const ASSOCIATION = new RegExp(
  `(?<![${ANY_LETTER}])((?:${alternation(ASSOCIATION_HEADS.map(capitalise))}|[${UPPER_LETTER}][${LOWER_LETTER}]+(?:${alternation(ASSOCIATION_HEADS)}))(?:[ \\t](?:${PLACE_PREPOSITION}[ \\t])?${NAME_WORD}){1,4}${REGISTERED})(?![${ANY_LETTER}])`,
  'u',
);
// the place's or name's words, then the noun in the indefinite form, alone or ending a compound, perhaps in the genitive
// (`Ekby hembygdsförenings styrelse`): the words before it are trimmed of the heading's own words below
const PLACE_ASSOCIATION = new RegExp(
  `(?<![${ANY_LETTER}])((?:${NAME_WORD}[ \\t]){1,4}[${ANY_LETTER}]*?(?:${alternation([...ASSOCIATION_ENDINGS, ...ASSOCIATION_ENDINGS.map(capitalise)])})${REGISTERED})(s)?(?![${ANY_LETTER}])`,
  'u',
);
const MAY_NAME = hintOf([...ASSOCIATION_HEADS, ...ASSOCIATION_ENDINGS]);
// a name's word is no month, weekday or label of the header (`Föreningen Ekvik Datum …`, a row flattened)
const NOT_NAME = new Set<string>([...Object.keys(MONTHS), ...WEEKDAYS, ...Object.values(HEADER_LABELS).flat()].map((w) => w.toLowerCase()));
// nor the heading's own words before a place's name (`Protokoll Årsmöte Ekby byalag`, `Styrelsemöte Norrvik hembygdsförening`)
const HEADING_WORD = new RegExp(`^(?:${alternation([...Object.values(KIND_TITLES).flat(), ...MEETING_TO_COME.meetings, ...ASSEMBLY_MEETING_ENDINGS, ...ORGAN_NOUNS].map((w) => w.toLowerCase()))})`, 'u');
// the line names the meeting, its organ or its papers' kind (`Protokoll fört vid …`, `Styrelsen för …`, `Årsmöte för …`), or
// holds the name alone: not a paper's title on a § page (`Årsredovisning 2022 för Stiftelsen Ekbacken`), whose meeting is another's
const NAMES_MEETING = hintOf([...Object.values(KIND_TITLES).flat(), ...MEETING_TO_COME.meetings, ...ASSEMBLY_MEETING_ENDINGS, ...ORGAN_NOUNS]);
// the name in the genitive before the organ or the meeting (`Föreningen Ekbys styrelsemöte`): the name without its `s`
const GENITIVE_BEFORE = new RegExp(`^s[ \\t]+[${LOWER_LETTER}]`, 'u');
// how many lines of the heading are read
const HEADING_LINES = 4;

/** The association named on one of the heading's first lines, or null. */
export function headingAssociation(headerLines: readonly Line[]): { name: string } | null {
  for (let k = 0; k < headerLines.length && k < HEADING_LINES; k++) {
    const text = headerLines[k]!.flat;
    if (!MAY_NAME.test(text)) continue;
    const m = ASSOCIATION.exec(text);
    if (!m || (m[1]!.length < text.trim().length && !NAMES_MEETING.test(text))) {
      const named = placeAssociation(text);
      if (named) return named;
      continue;
    }
    const words = m[1]!.split(/[ \t]/u);
    const cut = words.findIndex((w, i) => i > 0 && NOT_NAME.has(w.toLowerCase()));
    const kept = cut < 0 ? words : words.slice(0, cut);
    const name = kept.join(' ');
    if (!name.includes(' ')) continue;
    const after = text.slice(m.index + name.length - 1);
    return { name: cut < 0 && GENITIVE_BEFORE.test(after) ? name.slice(0, -1) : name };
  }
  return null;
}

/** The association after its place's or name's words on a line that names the meeting or holds the name alone, or null. */
function placeAssociation(text: string): { name: string } | null {
  const m = PLACE_ASSOCIATION.exec(text);
  if (!m || (m[0].length < text.trim().length && !NAMES_MEETING.test(text))) return null;
  const words = m[1]!.split(/[ \t]/u);
  // the name's words run back from the noun (before a registered mark) to the first heading word, month or label
  // (`Protokoll Årsmöte Ekby byalag`)
  const noun = REGISTERED_MARK.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  let first = noun;
  while (first > 0 && /^\p{Lu}/u.test(words[first - 1]!) && !NOT_NAME.has(words[first - 1]!.toLowerCase()) && !HEADING_WORD.test(words[first - 1]!.toLowerCase())) first--;
  if (first === noun || !/^\p{Lu}/u.test(words[first]!)) return null;
  return { name: words.slice(first).join(' ') };
}
