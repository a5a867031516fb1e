// Which §§ a participant attended, as a line says it: `§§ 6-37`, `$ 47–54` (OCR), `t.o.m. § 5`,
// `fr.o.m. punkt 4`, `ärende 13, 15`, `tjg 19-32`. Patterns in order; the first that finds one wins.
import { ATTENDANCE_CHANGE, SERVED_PARAGRAPHS } from '../../lexicon/sv.js';
import type { ParagraphRange } from '../../schema/result.js';
import { alternation, DASH } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER } from '../../text/letters.js';

// `§§ 6-37`, `$ 47–54` (OCR), `ärende 1-20`, `punkt 4`, `p.6`, `pkt 6` (notes number their items; a bare `p6`
// is not read: run on after an entry with no separator, `…, Region Väst, p10 Eva Ek`, it cut the wrong person's entry)
const SECTION = `(?:§§?|\\$|(?<![${ANY_LETTER}])(?:ärende(?:na)?|punkt(?:erna)?|pkt\\.?|p\\.)(?![${ANY_LETTER}]))`;
// what each pattern below needs in the text, as cheap tests: a digit, the § sign or a section's word, `t.o.m`/`och med`
const SECTION_HINT = /[§$]|ärende|punkt|pkt|p\./iu;
// `(- 92)`, `(-§ 92)`: until § 92; `(§ 90-)`: from § 90 (a bracket with a dash at one end only); unbracketed,
// `-§ 92` and `§ 90-` at the entry's end or before its comma
const OPEN_HINT = /\(\s*[-‐‑‒–—]|[-‐‑‒–—]\s*(?:[),;]|$)|[-‐‑‒–—][§$]/u;
// (and `fr. 119`, from § 119, the short form of Swedish-language Finnish rolls)
const UNTIL_HINT = /o\.?\s?m|och med|fr\.\s?\d/iu;
const SERVED_HINT = /tj/iu;
const DIGIT = /\d/;
// a bare number or range right after a word of service: `tjg 19-32`, `Tjg 20`, `tjänstgörande ersättare 36-40`
// (no clock time: `tjänstgör 13.00-15.00`; no year: three digits at most)
const SERVED = `(?<=(?<![${ANY_LETTER}])(?:${alternation(SERVED_PARAGRAPHS.words)})(?:\\s+(?:${alternation(SERVED_PARAGRAPHS.between)}))?\\s{1,3})`;
const BARE_NUMBER = '(\\d{1,3})(?![.:]?\\d)';
// `socialchef del av 72`: a bare number or range after `del av`, the § sign left out
const PART_OF_BARE = `(?<=(?<![${ANY_LETTER}])del av\\s{1,3})`;
const PART_HINT = /del av\s{1,3}\d/iu;
const ABSENT_BARE = `(?<=(?<![${ANY_LETTER}])(?:ej|inte) närvarande,?\\s{1,3})`;
const ABSENT_HINT = /närvarande,?\s{1,3}\d/iu;
// `anslöt under 98`, `lämnade mötet efter 104`: a bare number after a change of attendance and the word that places it,
// the § sign lost (Åland's and Finland's rolls, as transcripts write them); change.ts reads the remark before it
const SIDES = [...ATTENDANCE_CHANGE.after, ...ATTENDANCE_CHANGE.before, ...ATTENDANCE_CHANGE.during];
const CHANGED_BARE = `(?<=(?<![${ANY_LETTER}])(?:${alternation([...ATTENDANCE_CHANGE.arrives, ...ATTENDANCE_CHANGE.leaves])})(?:\\s+[${LOWER_LETTER}]+){0,2}?\\s+(?:${alternation(SIDES)})\\s{1,3})`;
const CHANGED_HINT = new RegExp(`\\s(?:${alternation(SIDES)})\\s{1,3}\\d`, 'iu');
const ATTENDANCE: ReadonlyArray<{ re: RegExp; range: (m: RegExpExecArray) => ParagraphRange; listed?: boolean; until?: boolean; served?: boolean; part?: boolean; absent?: boolean; open?: boolean; changed?: boolean }> = [
  // `(- 92)`, `(-§ 92)`: attended until § 92; `(§ 90-)`, `(90 -)`: from § 90 (the bracket holds the range's one end)
  // (a number without the sign has three digits at most: `(2019-)` is a year)
  { re: new RegExp(`\\(\\s*${DASH}\\s*(?:${SECTION}\\s*(\\d{1,4})|(\\d{1,3}))\\s*\\)`, 'iu'), range: (m) => ({ from: null, to: Number(m[1] ?? m[2]) }), open: true },
  { re: new RegExp(`\\(\\s*(?:${SECTION}\\s*(\\d{1,4})|(\\d{1,3}))\\s*${DASH}\\s*\\)`, 'iu'), range: (m) => ({ from: Number(m[1] ?? m[2]), to: null }), open: true },
  // (without the bracket the § sign is asked, the until's dash run on to it and after a space, not a number: `Eva Ek (S), -§ 12`,
  // `Bo Ås (M), §§ 13-`; `ekonom – § 12` is a dash between the position and the § she attended)
  { re: new RegExp(`(?<=^|[\\s,])${DASH}(?:§§?|\\$)\\s*(\\d{1,4})(?!\\s*${DASH})`, 'u'), range: (m) => ({ from: null, to: Number(m[1]) }), open: true },
  { re: new RegExp(`(?:§§?|\\$)\\s*(\\d{1,4})\\s*${DASH}(?=\\s*(?:[,;]|$))`, 'u'), range: (m) => ({ from: Number(m[1]), to: null }), open: true },
  // `ärende 13, 15`, `§§ 3, 5 och 7`, `§§ 1-4, 9-12`, `§ 2, 5-7`, `§ 52-54, del av § 55`: a list of paragraphs and ranges,
  // kept as the range it spans and noted as written
  {
    re: new RegExp(`${SECTION}\\s*(\\d{1,4})(?:\\s*${DASH}\\s*\\d{1,4})?((?:\\s*(?:,|och)\\s*(?:del av\\s{1,3})?(?:${SECTION}\\s*)?\\d{1,3}(?![.:]?\\d)(?:\\s*${DASH}\\s*(?:${SECTION}\\s*)?\\d{1,3}(?![.:]?\\d))?)+)`, 'iu'),
    range: (m) => spanOf(m[0]),
    listed: true,
  },
  { re: new RegExp(`(?<![${ANY_LETTER}])(?:t\\.?\\s?o\\.?\\s?m\\.?|till och med)\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: null, to: Number(m[1]) }), until: true },
  { re: new RegExp(`(?<![${ANY_LETTER}])(?:fr\\.?\\s?o\\.?\\s?m\\.?|från och med|fr\\.(?=\\s?\\d))\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: Number(m[1]), to: null }), until: true },
  { re: new RegExp(`(?<![${ANY_LETTER}])från\\s*${SECTION}\\s*(\\d{1,4})(?!\\s*${DASH})`, 'iu'), range: (m) => ({ from: Number(m[1]), to: null }) },
  { re: new RegExp(`${SECTION}\\s*(\\d{1,4})\\s*${DASH}\\s*(?:${SECTION}\\s*)?(\\d{1,4})`, 'iu'), range: (m) => ({ from: Number(m[1]), to: Number(m[2]) }) },
  { re: new RegExp(`${SECTION}\\s*(\\d{1,4})(?!\\d)`, 'iu'), range: (m) => ({ from: Number(m[1]), to: Number(m[1]) }) },
  {
    re: new RegExp(`${SERVED}${BARE_NUMBER}(?:\\s*${DASH}\\s*${BARE_NUMBER})?`, 'iu'),
    range: (m) => ({ from: Number(m[1]), to: Number(m[2] ?? m[1]) }),
    served: true,
  },
  // `ej närvarande 25-26, 28, 30` (Swedish-language Finnish minutes): the §§ missed, their sign left out, noted as written
  {
    re: new RegExp(`${ABSENT_BARE}(\\d{1,3})(?![.:]?\\d)(?:\\s*${DASH}\\s*\\d{1,3}(?![.:]?\\d))?((?:\\s*(?:,|och)\\s*\\d{1,3}(?![.:]?\\d)(?:\\s*${DASH}\\s*\\d{1,3}(?![.:]?\\d))?)*)`, 'iu'),
    range: (m) => ({ from: Number(m[1]), to: Number(/(\d{1,3})\s*$/u.exec(m[2] || m[0])![1]) }),
    listed: true,
    absent: true,
  },
  // `50-56, 58, del av 60-61`: a bare list whose last entry is part of a § only, kept as the range it spans and noted as written
  {
    re: new RegExp(`(?<![\\d.:])(\\d{1,3})(?![.:]?\\d)(?:\\s*${DASH}\\s*\\d{1,3})?((?:\\s*,\\s*\\d{1,3}(?![.:]?\\d)(?:\\s*${DASH}\\s*\\d{1,3})?)*\\s*(?:,|och|${DASH})\\s*del av\\s{1,3}\\d{1,3}(?:\\s*${DASH}\\s*\\d{1,3})?)(?![.:]?\\d)`, 'iu'),
    range: (m) => spanOf(m[0]),
    listed: true,
    part: true,
  },
  { re: new RegExp(`${PART_OF_BARE}${BARE_NUMBER}(?:\\s*${DASH}\\s*${BARE_NUMBER})?`, 'iu'), range: (m) => ({ from: Number(m[1]), to: Number(m[2] ?? m[1]) }), part: true },
  { re: new RegExp(`${CHANGED_BARE}${BARE_NUMBER}`, 'iu'), range: (m) => ({ from: Number(m[1]), to: Number(m[1]) }), changed: true },
];

// a list's least § to its greatest: the order written is not always the order held (`§§ 38-40, 33, 36`)
function spanOf(list: string): ParagraphRange {
  let from = Infinity;
  let to = -1;
  for (const n of list.matchAll(NUMBERS)) {
    from = Math.min(from, Number(n[0]));
    to = Math.max(to, Number(n[0]));
  }
  return { from, to };
}
const NUMBERS = /\d{1,4}/gu;

// (before a § reference)
export const PART_OF = new RegExp(`(?<![${ANY_LETTER}])del av\\s*$`, 'iu');
// a cheap first test before the costly patterns
export const MAY_ATTEND = new RegExp(
  `${/[§$]|o\.?\s?m\b|fr\.\s?\d|med\s|ärende|punkt|pkt|p\.\s?\d|tj|del av|närvarande,?\s{1,3}\d|\(\s*[-‐‑‒–—]|[-‐‑‒–—]\s*\)/u.source}|${CHANGED_HINT.source}`,
  'iu',
);

/** The first § reference of the text, by the first pattern that finds one. */
export function readAttendance(text: string): { m: RegExpExecArray; listed: boolean; range: ParagraphRange } | null {
  // (every pattern reads a number; those but `t.o.m` and `fr.o.m` a § or a section's word)
  if (!DIGIT.test(text)) return null;
  const section = SECTION_HINT.test(text);
  const until = UNTIL_HINT.test(text);
  const served = SERVED_HINT.test(text);
  const part = PART_HINT.test(text);
  const absent = ABSENT_HINT.test(text);
  const open = OPEN_HINT.test(text);
  const changed = CHANGED_HINT.test(text);
  for (const a of ATTENDANCE) {
    if (a.open === true ? !open : a.until === true ? !until : a.served === true ? !served : a.part === true ? !part : a.absent === true ? !absent : a.changed === true ? !changed : !section) continue;
    const m = a.re.exec(text);
    if (m) return { m, listed: a.listed === true, range: a.range(m) };
  }
  return null;
}
