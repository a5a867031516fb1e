// A list of two columns, each person and their role (`Anna Berg (S)      ordförande`), that an
// extractor flattened column by column: the names one a line, then the roles one a line in
// the same order (`ordförande`, `ledamot`, `tjg ersättare`), or the marks of an attendance
// column (`X`, `X, § 105 - § 106`, `anmält förhinder`). As many roles right after as many names: each goes back
// beside its name, on the name's line. Marks fewer or more than the names (a cell left empty, a mark
// the extractor lost) go back by position as far as they reach, with a warning.
import { ATTENDANCE_MARKS, POSITION_ABBREVIATIONS, POSITION_MODIFIERS, POSITION_WORDS, ROLE_HEADINGS, SERVICE_MODIFIERS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import type { Warning } from '../../schema/result.js';
import type { Line } from '../../text/line.js';
import type { FieldValue } from './read.js';
import { namesPerson } from './values.js';
import { LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

// a role and nothing else: `ordförande`, `vice ordförande`, `tjg ersättare`, `förbundschef`, `ordf.`
const ROLE_ONLY = new RegExp(
  `^(?:(?:${alternation([...POSITION_MODIFIERS, ...SERVICE_MODIFIERS])})\\s+)*(?:[${LOWER_LETTER}]*(?:${alternation(POSITION_WORDS)})|${alternation(Object.keys(POSITION_ABBREVIATIONS))})$`,
  'iu',
);
// a mark of attendance, perhaps with the §§ attended after it: `X`, `X, § 105 - § 106`
const MARKS = new Set<string>(ATTENDANCE_MARKS.present);
// (or with what is said of the person, in lower case: `X, mötesordförande`, `X, ej § 4`)
export const markOnly = (text: string): boolean => {
  const comma = text.indexOf(',');
  return MARKS.has((comma < 0 ? text : text.slice(0, comma)).trim()) && (comma < 0 ? !/\p{L}{2}/u.test(text) : SAID_OF.test(text.slice(comma + 1)));
};
const SAID_OF = new RegExp(`^\\s*(?:[§\\d]|[${LOWER_LETTER}])`, 'u');

// a mark or remark in the same column saying the person stayed away: `anmält förhinder`, `Frånvarande`, `☐`, `Nej`
// (not a bare dash, which an empty cell may print as well)
const ABSENT_MARK = new RegExp(
  `^(?:${alternation([...ATTENDANCE_MARKS.absent.filter((m) => /\p{L}|☐/u.test(m)), ...ROLE_HEADINGS.find((r) => r.role === 'absent')!.words])})$`,
  'iu',
);
const absentOnly = (text: string): boolean => ABSENT_MARK.test(text);

// under a participant heading, capitalised words alone are a name though the given name is unknown (`Siri Alm`)
const NAME_SHAPED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}]+){1,3}$`, 'u');

/** A position and nothing else, in either case (`Vice ordförande`, `ledamot`, `tjg ersättare`). */
export const positionAlone = (text: string): boolean => ROLE_ONLY.test(text);

/** A role or a mark alone on its line, written as a column's cell is (lower-case, or a mark). */
const roleOnly = (text: string): boolean => (OPENS_LOWER.test(text) && ROLE_ONLY.test(text)) || markOnly(text) || absentOnly(text);

/** A mark of attendance (`X`, `X, § 3 - § 4`, `anmält förhinder`), no role. */
const attendanceMark = (text: string): boolean => markOnly(text) || absentOnly(text);

/** The names with their roles or marks beside them; marks whose count is not the names' are said in `warnings`. */
export function rolesBesideNames(values: readonly FieldValue[], lines?: readonly Line[], warnings?: Warning[]): FieldValue[] {
  // one value a line: a table's cells cut at its gaps are no flattened column
  for (let k = 1; k < values.length; k++) if (values[k]!.at === values[k - 1]!.at) return [...values];
  // no role nor mark at all (most lists): nothing to pair, and no name need be read
  if (!values.some((v) => roleOnly(v.text))) return [...values];
  const out: FieldValue[] = [];
  let i = 0;
  while (i < values.length) {
    let n = 0;
    while (i + n < values.length && !roleOnly(values[i + n]!.text) && (namesPerson(values[i + n]!.text) || NAME_SHAPED.test(values[i + n]!.text))) n++;
    let r = 0;
    while (i + n + r < values.length && roleOnly(values[i + n + r]!.text)) r++;
    // (a name over one mark: `Bo Ringdal` / `X, § 3 - § 4`; marks of another count pair as far as they reach)
    const marks = n >= 1 && r >= 1 && values.slice(i + n, i + n + r).every((v) => attendanceMark(v.text));
    if ((n >= 2 && r >= n) || marks) {
      const paired = Math.min(n, r);
      if (r !== n && marks && lines && warnings) {
        warnings.push({
          code: 'attendance-marks-unpaired',
          message: `${n} names and ${r} attendance marks after them: paired by position as far as they reach`,
          line: lines[values[i]!.at]!.no,
        });
      }
      for (let k = 0; k < paired; k++) {
        const name = values[i + k]!;
        const role = values[i + n + k]!.text;
        // (the absent's remark as a column of its own, which the participant reader takes as the row's mark)
        out.push({ ...name, text: markOnly(role) ? `${name.text} ${role}` : absentOnly(role) ? `${name.text}   ${role}` : `${name.text}, ${role}` });
      }
      out.push(...values.slice(i + paired, i + n));
      i += n + paired;
      continue;
    }
    const step = Math.max(1, n + r);
    out.push(...values.slice(i, i + step));
    i += step;
  }
  return out;
}
