// Attendance marks in a participant list: a box before the name (`[X] Hans Vinge (S)`,
// `☐ Ida Fält (M)`), a column of marks beside it (`Ylva Ström   Bergby kommun   ☒`,
// `Moa Granlund | Försäkringskassan | Ja`, `Lennart Öst   S   X`), or a remark that the
// person sent word (`Anmält förhinder`). The mark is read off and the text returned without
// it, so the rest of the line reads as any other participant line.
import { ATTENDANCE_MARKS, ROLE_HEADINGS } from '../../lexicon/sv.js';
import { columns } from '../../text/line.js';
import { isGivenName } from '../../text/persons.js';
import { alternation } from '../../text/patterns.js';
import { cutAtLeadingMarks } from './leading-marks.js';
import { cutAtMarksBetween } from './marks-between.js';
import { LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

export type Mark = 'present' | 'absent' | null;

export interface Marked {
  text: string;
  mark: Mark;
  /** The mark is a remark written after the entry's last name (`… Eva Ek (C) Anmält förhinder`): that person's alone. */
  trailing?: boolean;
}

const BOX = /^(\[\s?[xX✓✔]?\s?\]|[☐☒☑✓✔])\s*/u;
// … or a bare cross before the name (`x Sundberg Ragnar, ordf.`, Åland's lists, whose `- ` before a name marks who stayed away:
// read as a bullet, it leaves that entry unmarked in a list marked so, which says the same)
const CROSS_FIRST = new RegExp(`^[xX]\\s+(?=[${UPPER_LETTER}])`, 'u');
const PRESENT = new Set<string>(ATTENDANCE_MARKS.present.map((m) => m.toLowerCase()));
const ABSENT = new Set<string>(ATTENDANCE_MARKS.absent.map((m) => m.toLowerCase()));
const ABSENT_REMARK = new RegExp(`^(?:${alternation(ROLE_HEADINGS.find((r) => r.role === 'absent')!.words)})$`, 'iu');

// the marks written as words or a cross, capitalised, right after a lower-case letter or a party's bracket (`(S) X`)
const GLUED_MARKS = [...ATTENDANCE_MARKS.present, ...ATTENDANCE_MARKS.absent].filter((m) => OPENS_UPPER.test(m));
const GLUED_MARK = new RegExp(`(?<=[${LOWER_LETTER}]|\\)\\s?)(${alternation(GLUED_MARKS)})$`, 'u');
// (the cheap test first: the text ends as one of the marks does; most entries end with a bracket or a name)
const GLUED_MARK_ENDS = new Set<string>(GLUED_MARKS.map((m) => m.charAt(m.length - 1)));

// (or a small `x` in a roll's column after the party's letters, and the §§ a deputy served or the hours after it: `Rut Lind m x`,
// `Kim Nord s x Tjg § 19-26`, `Eva Ros s x Kl. 09.00-09.45`)
const SPACED_CROSS = new RegExp(`(?<=[${LOWER_LETTER}]|\\))\\s+(?:X(?=,|$)|x(?=,|$|\\s+(?:[Tt]jg|§|\\d|[Kk]l\\.?\\s)))`, 'u');
// a remark one space after the name ends the entry (`Olof Berg Anmält förhinder`, `Ida Ek (M) frånvarande`),
// or after a comma, or glued to the bracket of an organisation (`Håkan Lid (Arbetsförmedlingen )ej närvaro`)
const SPACED_REMARK = new RegExp(`(?:(?<=[${LOWER_LETTER}])\\s+|(?<=\\))\\s*|(?<=[${LOWER_LETTER}]|\\)),\\s*)(?:${alternation(ROLE_HEADINGS.find((r) => r.role === 'absent')!.words)})$`, 'iu');
// a cheap first test: the remarks' last words (plain `i`: å/ä/ö fold without Unicode mode)
const MAY_REMARK = new RegExp(alternation([...new Set(ROLE_HEADINGS.find((r) => r.role === 'absent')!.words.map((w) => w.split(' ').pop()!))]), 'i');

// the longest mark (`närvarande`, `frånvarande`) before a comma
const MAX_MARK = 12;

// any mark or remark in any case, its words apart by any white space: the anchored test fails at a name's first
// letters, where lower-casing and collapsing it first cost more than the lookups (isMarkOnly asks it of every entry)
// (with `u`, whatever lower-cases to a mark's letter folds to it too: every token the lookups take passes)
const MAY_BE_MARK = new RegExp(`^(?:${alternation([...PRESENT, ...ABSENT, ...ROLE_HEADINGS.find((r) => r.role === 'absent')!.words])})$`, 'iu');

const markOf = (token: string): Mark => {
  const trimmed = token.trim();
  if (!MAY_BE_MARK.test(trimmed)) return null;
  const t = trimmed.toLowerCase().replace(/\s+/g, ' ');
  if (PRESENT.has(t)) return 'present';
  if (ABSENT.has(t) || ABSENT_REMARK.test(t)) return 'absent';
  return null;
};

/** `ej närvarande`, `anmält förhinder`: a remark, as a whole, that the person stayed away. */
export const isAbsentRemark = (text: string | null): boolean => text !== null && text.length <= 40 && markOf(text) === 'absent';

/**
 * A mark alone, or with what is said of the person after a comma (`X`, `X, § 3-7`): a column of
 * marks flattened apart from its names, which names nobody.
 */
export function isMarkOnly(text: string): boolean {
  const t = text.trim();
  const comma = t.indexOf(',');
  return markOf(comma > 0 && comma <= MAX_MARK ? t.slice(0, comma) : t) !== null;
}

export function readMarks(input: string): Marked {
  // (a box opens with its bracket or is one of the signs past ASCII: most entries open with a name)
  const first = input.charCodeAt(0);
  const box = first === 91 || first > 0x2600 ? BOX.exec(input) : null;
  // (the cross asked only where the text opens with one and a space)
  const cross = box === null && (input.charCodeAt(0) | 0x20) === 0x78 && input.charCodeAt(1) === 0x20 ? CROSS_FIRST.exec(input) : null;
  const text = box ? input.slice(box[0].length) : cross ? input.slice(cross[0].length) : input;
  const cols = columns(text);
  // the first column is the name; a later column that is only a mark says who came
  let mark: Mark = box ? markOf(box[1]!.replace(/\s/g, '')) : cross ? 'present' : null;
  if (cols.length < 2) {
    // a mark an extractor glued to the entry (`Per Ås (M)Ja`, `Anna Ek (S), ordförandeNej`, `Ola Rapp (S) X`)
    const glued = mark === null && GLUED_MARK_ENDS.has(text.charAt(text.length - 1)) ? GLUED_MARK.exec(text) : null;
    if (glued) return { text: text.slice(0, glued.index), mark: markOf(glued[1]!) };
    const remark = mark === null && MAY_REMARK.test(text) ? SPACED_REMARK.exec(text) : null;
    if (remark) return { text: text.slice(0, remark.index), mark: 'absent', trailing: true };
    // a cross one space after the name, before what is said of the person (`Tina Lund X`, `Hanna Rolf X, mötesordförande`)
    const cross = mark === null && (text.includes(' X') || text.includes(' x')) ? SPACED_CROSS.exec(text) : null;
    return cross ? { text: text.slice(0, cross.index) + text.slice(cross.index + cross[0].length), mark: 'present' } : { text, mark };
  }
  const kept = [cols[0]!];
  let cut = false;
  for (const c of cols.slice(1)) {
    let m = markOf(c);
    // the mark before what is said of the person in its column (`X, mötesordf. § 20-28`, `X, ej § 25-28`)
    const comma = m === null ? c.indexOf(',') : -1;
    if (comma > 0 && comma <= MAX_MARK && markOf(c.slice(0, comma)) !== null) {
      m = markOf(c.slice(0, comma));
      kept.push(c.slice(comma + 1).trim());
      cut = true;
    }
    if (m === null) kept.push(c);
    // a remark (`Anmält förhinder`) outweighs an empty box
    else if (mark === null || m === 'absent') mark = m;
  }
  return { text: kept.length === cols.length && !cut ? text : kept.join('   '), mark };
}

// a cross one space after a name (or its party's bracket), before a comma, the next name or the end
const CROSS_AFTER_NAME = new RegExp(`(?<=[${LOWER_LETTER}]|\\)) X(?=,| {1,3}[${UPPER_LETTER}]|$)`, 'gu');
// (a double surname's second part capitalised too: `Jansson-Eker`)
const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’-]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?$`, 'u');
const BRACKET = /^\(.{1,40}\)$/u;

/** Where the name before the cross at `at` opens: its last two capitalised words (three after a given name), past a party's bracket. */
function nameStartBefore(text: string, at: number): number {
  const words = text.slice(0, at).split(' ');
  // (a column gap leaves empty words, which end the run of the name's words)
  let k = words.length - 1;
  if (k >= 0 && BRACKET.test(words[k]!)) k--;
  let n = 0;
  while (k >= 0 && n < 3 && CAPITALISED.test(words[k]!) && (n < 2 || isGivenName(words[k]!))) {
    k--;
    n++;
    // (a name written surname first, its given name before the cross: `Dahl Rut X`, the surname no given name, is two words)
    if (n === 2 && isGivenName(words[k + 2]!) && !isGivenName(words[k + 1]!)) break;
  }
  // (or with the surname's comma: `Lund, Per X`)
  if (n === 1 && k >= 0 && words[k]!.endsWith(',') && CAPITALISED.test(words[k]!.slice(0, -1)) && isGivenName(words[k + 1]!)) {
    k--;
    n++;
  }
  return n < 2 ? -1 : words.slice(0, k + 1).join(' ').length + (k >= 0 ? 1 : 0);
}

/**
 * `Karin Alm X, mötesordförande § 12-20 Olle Berg X Siv Ek anmält förhinder Tom Dal X …`: a list whose names and
 * column of crosses an extractor ran on into one text, cut into one entry per person: before each name a cross
 * follows, and after each cross the next name opens. A text with one cross or none is returned whole.
 */
export function cutAtCrosses(text: string): string[] {
  // (or a roll with its marks before the names: `x Sundberg Ragnar, ordf. - Grönlund Britt x Strandvik Göran`)
  // (its cheap tests: a small cross or a dash, and a space, opening the text; most entries open with a name)
  const opening = text.charCodeAt(0);
  const marksFirst = ((opening === 0x78 || opening === 0x2d) && text.charCodeAt(1) === 0x20) || opening === 0x5b ? cutAtLeadingMarks(text) : null;
  if (marksFirst) return marksFirst;
  if (!text.includes(' X')) return [text];
  // (or with its marks between the names and the functions, or the parties before the names: `Gun Ek - Kfge-ordf. Bo Ås X …`)
  const between = cutAtMarksBetween(text);
  if (between) return between;
  const crosses = [...text.matchAll(CROSS_AFTER_NAME)];
  if (crosses.length < 2) return [text];
  const cuts = new Set<number>();
  for (const c of crosses) {
    const start = nameStartBefore(text, c.index);
    if (start > 0) cuts.add(start);
    const after = c.index + c[0].length;
    if (text.charAt(after) === ' ') cuts.add(after);
  }
  const at = [...cuts].sort((a, b) => a - b);
  return [0, ...at].map((from, k) => text.slice(from, at[k] ?? text.length).trim()).filter((t) => t !== '');
}
