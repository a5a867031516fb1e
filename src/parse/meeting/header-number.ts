// The protocol's number further down the header than the title's reach, as Swedish-language Finnish minutes
// print it in a page's running head and a web transcript keeps it: after the kind's word and perhaps the
// organ's (`FINSTRÖMS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 11/17`, `ÄRENDELISTA Landskapsfullmäktige 1/2015`),
// or opening the running head with its year cut off by the transcript (`15/ Stadsstyrelsen TID - AIKA …`).
// Only a number in the year's count (`n/yy`, `n/yyyy`) or its cut form: a bare `Protokoll 2` there is a page's;
// a bare number only after its own `Nr` (`KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL Nr 7 Tid …`, `STYRELSEN KALLELSE Nr 6`).
import { columns, type Line } from '../../text/line.js';
import { findBody } from './organisation.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// the kind's word (or a compound ending in it), the organ's one word perhaps, `Nr` perhaps, then `n/yy` or `n/yyyy`;
// or `Nr` (`Nr:`, `Nr.`) and a bare number, not a date's or a page's (`Nr 7 Tid …`, no `Nr 7/`, `Nr 7.11`); or a riksdag
// committee's number in its session's count (`Utskottets protokoll 2015/16:57`)
const KIND_THEN_NUMBER = new RegExp(
  `(?<![${ANY_LETTER}])[${ANY_LETTER}]*?(?:protokoll|föredragningslista|ärendelista|kallelse)\\s+(?:[${UPPER_LETTER}][${LOWER_LETTER}-]+\\s+)?(?:((?:19|20)\\d{2}/\\d{2}:\\d{1,3})|(?:nr\\.?\\s*)?(\\d{1,3}/(?:\\d{2}|(?:19|20)\\d{2}))|nr[.:]?\\s*(\\d{1,3}))(?![\\d/.:-])`,
  'iu',
);
// `15/ Stadsstyrelsen`: the running head's number, its year lost, before the organ's capitalised name (after the
// transcript's page number perhaps: `1 15/ Stadsstyrelsen`)
const CUT_NUMBER = new RegExp(`^(?:\\d{1,3}\\s+)?(\\d{1,3})/\\s+(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
// how many lines of the header are looked at
const REACH = 12;

// An Åland template's head row of labels with its row of values flattened after it onto one line
// (`Sammanträdesdatum Nr Paragrafer 2.5.2018 6 51-64`): the date's label, the number's, the §§' perhaps,
// then their values in the same order.
const LABEL_ROW = /(?:^|\s)(?:Sammanträdesdatum|Datum)\s+(?:Nr|Nummer)(\s+Paragrafer)?\s+(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s+(\d{1,3})(?:\s+(\d{1,4})\s?[-–]\s?(\d{1,4}))?(?![\d.:/-])/u;

/** The number and the §§ of such a row among the header's first lines, or null. */
export function labelRowValues(headerLines: readonly Line[]): { number: string; paragraphs: { from: number; to: number } | null } | null {
  let seen = 0;
  for (const line of headerLines) {
    const text = line.flat;
    if (text === '') continue;
    if (++seen > REACH) break;
    if (!text.includes('atum')) continue;
    const m = LABEL_ROW.exec(text);
    // (the §§' label and the range go together: one without the other is no such row)
    if (!m || (m[1] !== undefined) !== (m[3] !== undefined)) continue;
    const from = Number(m[3]);
    const to = Number(m[4]);
    return { number: m[2]!, paragraphs: m[3] !== undefined && from <= to ? { from, to } : null };
  }
  return null;
}

/** The protocol's number of a header's first lines in the forms above, or null. */
export function headerNumber(headerLines: readonly Line[]): string | null {
  let seen = 0;
  for (const line of headerLines) {
    const text = line.flat;
    if (text === '') continue;
    if (++seen > REACH) break;
    const cut = CUT_NUMBER.exec(text);
    if (cut) return cut[1]!;
    // (the kind's word first, cheaply: most lines hold none)
    const lower = text.toLowerCase();
    if (!lower.includes('protokoll') && !lower.includes('lista') && !lower.includes('kallelse')) continue;
    const m = KIND_THEN_NUMBER.exec(text);
    if (m) return (m[1] ?? m[2] ?? m[3])!;
  }
  return null;
}

// A number in the year's count that stands apart on the header's first lines (`Kommunstyrelsen      4/2019`, a cell of its own,
// or after the organ's name alone on its line): the protocol's, where the title's bare number beside it may be a page's
// (`SAMMANTRÄDESPROTOKOLL 1` over `Kommunstyrelsen 4/2019`). Not a case's number (`KS 4/2019`, `Dnr 4/2019`): the words
// before it must name the organ.
// (the year in full, or cut to two digits after its `Nr` only: `12/03` alone may be a day of March)
const YEAR_COUNT_CELL = /^(?:(?:nr\.?|nummer)\s*(\d{1,3}\/(?:19|20)?\d{2})|(\d{1,3}\/(?:19|20)\d{2}))$/iu;
const WORDS_THEN_COUNT = /^(\S.{0,60}?)\s+(\d{1,3}\/(?:19|20)\d{2})$/u;
// (the title's lines and the one or two under them)
const COUNT_REACH = 3;

/** The number in the year's count (`4/2019`, `Nr 12/19`) that stands apart on the header's first lines, or null. */
export function yearCountApart(headerLines: readonly Line[]): string | null {
  for (let k = 0; k < headerLines.length && k < COUNT_REACH; k++) {
    const line = headerLines[k]!;
    // (a slash asked first: most lines hold none)
    if (!line.flat.includes('/')) continue;
    for (const cell of columns(line.text)) {
      const alone = YEAR_COUNT_CELL.exec(cell);
      if (alone) return (alone[1] ?? alone[2])!;
      const after = WORDS_THEN_COUNT.exec(cell);
      if (after && findBody(after[1]!)?.index === 0 && ORGAN_ONLY.test(after[1]!)) return after[2]!;
    }
  }
  return null;
}
// the organ's name alone: capitalised words, a `- och` between them (`Barn- och utbildningsnämnden`)
const ORGAN_ONLY = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+(?:och|[${ANY_LETTER}-]+))*$`, 'u');
