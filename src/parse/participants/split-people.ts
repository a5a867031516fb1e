// A line that lists several people, cut into one part per person: at `;`, `,`, `och`, `samt`,
// a slash between names, and the §§ attended that close the entry before.
import { isGivenName } from '../../text/persons.js';
import { parseParticipantLine, positionOnly, type ParticipantFields } from './line.js';
import { isPerson, mayNamePerson, namePairs } from './people.js';
import { kindOf } from './words.js';
import { HOLDS_LOWER, LOWER_LETTER, OPENS_LOWER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const WORD_BEFORE_SLASH = new RegExp(`[${UPPER_LETTER}][${LOWER_LETTER}]+$`, 'u');
const NAME_AFTER_SLASH = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)\\s[${UPPER_LETTER}]`, 'u');
/** `Tove Ås/Helena Ny, sekretariatet`: two people sharing a role, a slash between a surname and a given name. */
function slashBetweenNames(text: string, at: number): boolean {
  const after = NAME_AFTER_SLASH.exec(text.slice(at + 1, at + 40));
  return after !== null && isGivenName(after[1]!) && WORD_BEFORE_SLASH.test(text.slice(Math.max(0, at - 30), at));
}

/** The words either side of the conjunction (`kultur` [start] `och ` [end] `fritid`) are no position's: a department's name. */
function joinsDepartment(text: string, start: number, end: number): boolean {
  const before = text.slice(text.lastIndexOf(' ', start - 1) + 1, start);
  const space = text.indexOf(' ', end);
  const after = text.slice(end, space < 0 ? text.length : space);
  return kindOf(before) !== 'position' && kindOf(after) !== 'position';
}

/** Cut at `;`, `,`, ` och ` and ` samt ` outside parentheses (not after a hyphen), and at a slash between two names. */
export function parts(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  // (the characters' codes, not one-letter strings: every entry of every list is read so)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 0x3b || c === 0x2c || (c === 0x2f && slashBetweenNames(text, i)))) {
      out.push(text.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && c === 0x20 && text.charCodeAt(i - 1) !== 45 && (text.startsWith(' och ', i) || text.startsWith(' samt ', i))) {
      // (not after a hyphen: `vård- och omsorgschef` is one word whose halves share their ending)
      const word = text.startsWith(' och ', i) ? 5 : 6;
      // (nor between two words in lower case neither of them a position's: `verksamhetschef kultur och fritid Gun Alm` joins a
      // department's words, not two people; `kommunchef samt sekreterare Eva Ek` still ends one entry and opens the next)
      if (HOLDS_LOWER.test(text.charAt(i - 1)) && HOLDS_LOWER.test(text.charAt(i + word)) && joinsDepartment(text, i, i + word)) continue;
      out.push(text.slice(start, i));
      start = i + word;
      i += word - 1;
    }
  }
  out.push(text.slice(start));
  // (trimmed, and the empty ones left out, in one loop: every entry of every list is parted so)
  const kept: string[] = [];
  for (const p of out) {
    const t = p.trim();
    if (t !== '') kept.push(t);
  }
  return kept;
}

// `§ 67 Gunnel Flod` after `Richard Åman, miljöinspektör,`: the paragraphs close the entry before
// (and with the sign lost, `81 Eva Ros` after `Mia Falk, sektionschef,`: see opensAttended)
const ATTENDED_FIRST = new RegExp(`^((?:(?:§§?|\\\$)\\s?)?\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?)\\s+(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
/**
 * Part k may open with the §§ of the entry before: with their sign (`§ 67 Gunnel Flod`), or without it after a
 * position in lower case (`Mia Falk, sektionschef, 81 Eva Ros`), where a bare number can only close that entry.
 */
const opensAttended = (parts: readonly string[], k: number): boolean => {
  const c = parts[k]!.charCodeAt(0);
  return k > 0 && (c === 0xa7 || c === 36 || (c >= 48 && c <= 57 && (OPENS_LOWER.test(parts[k - 1]!) || namedAfterOrganisation(parts, k) || namedAfterName(parts, k))));
};
const DIGIT_FIRST = /^\d/;
// the given name after the number that opens a part (`41 Anne Ås`)
const GIVEN_AFTER_NUMBER = new RegExp(`^\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?\\s+([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?) [${UPPER_LETTER}]`, 'u');
/**
 * `Clas Ek, RAMBO, 41 Anne Ås, RAMBO, 41`: a bare number after an organisation (a part that names nobody, no two
 * capitalised words in a row) closes that entry too, where a person's given name follows it.
 */
function namedAfterOrganisation(parts: readonly string[], k: number): boolean {
  const m = GIVEN_AFTER_NUMBER.exec(parts[k]!);
  // (not after a number: `Kl , 355, 356 Mad Abda Amin` leaves open whose the last number is)
  const before = parts[k - 1]!;
  return m !== null && isGivenName(m[1]!) && !DIGIT_FIRST.test(before) && namePairs(before, 1) === 0;
}

// a part that is a name alone: a given name and a surname, or two (`Lilian Persson`, `Anna-Lena Berg Ek`)
const NAME_ALONE = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?: [${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?){1,2}$`, 'u');
/**
 * `Lilian Persson, 108 Maria Bredin, 108 Dorthy Carlsson`: the officials of a list written `Name, §§` one after the other,
 * their line breaks lost: a bare number after a name's comma, a given name after it, closes that name's entry (a list's
 * entries that each open with a number, `1 Eva Ek, 2 Bo Ås`, are numbered rows, asked of the list's first part).
 */
const LEADING_NUMBER = /^\d{1,4}(?:\s?[-–]\s?\d{1,4})?\s+/u;
function namedAfterName(parts: readonly string[], k: number): boolean {
  const m = GIVEN_AFTER_NUMBER.exec(parts[k]!);
  if (m === null || DIGIT_FIRST.test(parts[0]!)) return false;
  // (the part before may open with the §§ of the one before it: `108 Maria Bredin`, `108 Dorthy Carlsson`)
  const prev = parts[k - 1]!;
  const before = NAME_ALONE.exec(DIGIT_FIRST.test(prev) ? prev.replace(LEADING_NUMBER, '') : prev);
  return before !== null && (isGivenName(before[1]!) || isGivenName(m[1]!));
}

// `stadsarkitekt 47 Eva Lund`: a position, the §§ its holder attended and the next person's given name and surname, the
// comma after the §§ lost
const ATTENDED_THEN_NAME = new RegExp(
  `^([${LOWER_LETTER}][^,]*? \\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?) (?=([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?) [${UPPER_LETTER}])`,
  'u',
);
const DIGIT = /\d/;
// two capitalised words and nothing after them: a name that closes the part, its given name known or not (`Cia Lantz`)
const TWO_WORD_NAME = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)? [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?$`, 'u');
/** Part k cut after the §§ that close the position before a person's name (`stadsarkitekt 47` and `Eva Lund`). */
const attendedThenName = (part: string, k: number): string[] => {
  const m = k > 0 && OPENS_LOWER.test(part) && DIGIT.test(part) ? ATTENDED_THEN_NAME.exec(part) : null;
  if (m === null) return [part];
  // (a position's words before the §§: `ej närvarande 25-26 Salo Jarkko` is a remark, which the run's reading keeps whole)
  if (!m[1]!.split(' ').some((w) => kindOf(w) === 'position')) return [part];
  const name = part.slice(m[0].length);
  return isGivenName(m[2]!) || TWO_WORD_NAME.test(name) ? [m[1]!, name] : [part];
};
const attendedFirst = (part: string, k: number, parts: readonly string[]): string[] => {
  const m = opensAttended(parts, k) ? ATTENDED_FIRST.exec(part) : null;
  return m ? [m[1]!, part.slice(m[0].length)] : [part];
};

/**
 * `Gunilla Lind, tf. kommunchef Amra Berg, kommunsekreterare Ken Ås, ekonomichef § 133`: a
 * list of `Name, position` entries run on without their line breaks, so that each part but the
 * first and last reads `position Name`. When the first part is a name alone, the last a position
 * alone and every part between a position before a name, each position is the name's before it.
 * A part between that names nobody (`kommundirektör`, `28`) adds to the entry before; a part that
 * ends on a name after words in capitals (`KST I vice ordförande Ek Eva`, Finnish-Swedish surname
 * first) gives those words to the entry before as well.
 */
function positionsAfterNames(ps: readonly string[], read: readonly (ParticipantFields | null)[]): string[] | null {
  const n = ps.length;
  if (n < 3 || !isPerson(read[0]!) || read[0]!.position !== null || read[n - 1] !== null || !LOWER_FIRST.test(ps[n - 1]!)) return null;
  const out: string[] = [];
  let carry = ps[0]!;
  for (let k = 1; k < n - 1; k++) {
    const f = read[k];
    if (!isPerson(f ?? null)) {
      // (`förvaltningschef, barn och utbildning Karl Alm`: the rest of the position before, then the next person's name;
      // not after a party's letters or a remark: `Eva Björk, s, ersätter Åke Lund, s` names whom Eva Björk sits for)
      const next = f === null ? nameAfterWords(ps[k]!) : -1;
      if (next > 0 && positionOnly(ps[k - 1]!) !== null) {
        out.push(`${carry}, ${ps[k]!.slice(0, next).trimEnd()}`);
        carry = ps[k]!.slice(next);
      } else carry = `${carry}, ${ps[k]}`;
      continue;
    }
    const at = nameStart(ps[k]!, f!.name);
    const ends = ps[k]!.endsWith(f!.name);
    if (at <= 0 || !(ends || (f!.position !== null && LOWER_FIRST.test(ps[k]!)))) return null;
    out.push(`${carry}, ${ps[k]!.slice(0, at).trim()}`);
    carry = ps[k]!.slice(at);
  }
  if (out.length === 0) return null;
  out.push(`${carry}, ${ps[n - 1]}`);
  return out;
}

// words in lower case, then a given name and a surname that close the part (`barn och utbildning Karl Alm`)
const WORDS_THEN_NAME = new RegExp(
  `^[${LOWER_LETTER}][${LOWER_LETTER} -]* ([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?) [${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?$`,
  'u',
);
/**
 * Where a person's name opens in a part between two commas that names nobody as a whole: words in lower case, the rest
 * of the position before whose comma was one inside it (`Maja Ros, förvaltningschef, barn och utbildning Karl Alm,
 * ekonom`), and then a given name and a surname. -1 for any other part.
 */
function nameAfterWords(part: string): number {
  const m = LOWER_FIRST.test(part) ? WORDS_THEN_NAME.exec(part) : null;
  return m && isGivenName(m[1]!) ? part.lastIndexOf(' ', part.lastIndexOf(' ') - 1) + 1 : -1;
}

// an initial standing for a given name: `P`, `P.`
const INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.?$`, 'u');

/**
 * Where the name read from a part starts in it: `Göteborg Jan-Olof Hed` read as one name of three capitalised words is
 * the town before `Jan-Olof Hed` when the first word is no given name and the second is (or an initial: `Göteborg P O Hed`).
 */
function nameStart(part: string, name: string): number {
  const at = part.indexOf(name);
  if (at !== 0) return at;
  const space = name.indexOf(' ');
  const second = name.indexOf(' ', space + 1);
  if (space < 0 || second < 0 || isGivenName(name.slice(0, space))) return at;
  const next = name.slice(space + 1, second);
  return isGivenName(next) || INITIAL.test(next) ? space + 1 : at;
}

const LOWER_FIRST = OPENS_LOWER;
// `VD Ekdal Turism`: a title in capitals, then a capitalised word
const TITLE_IN_CAPITALS = new RegExp(`^([${UPPER_LETTER}]{2,3}) ([${UPPER_LETTER}][${LOWER_LETTER}]+)(?= |$)`, 'u');
/**
 * `Maria Holm, VD Ekdal Turism`: the part after a person's name opens with a title in capitals and goes on with a word that
 * is no given name: the company the person leads, no second person (`VD Karin Sand` is one).
 */
function companyAfterTitle(part: string): boolean {
  const m = part.charCodeAt(1) < 97 ? TITLE_IN_CAPITALS.exec(part) : null;
  return m !== null && kindOf(m[1]!) === 'position' && !isGivenName(m[2]!);
}
const LONE_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’-]+$`, 'u');

// `projektledare Steget Vidare`: a word in lower case, then a capitalised word
const POSITION_THEN_CAPITAL = new RegExp(`^([${LOWER_LETTER}]+) ([${UPPER_LETTER}][${LOWER_LETTER}'’-]*)(?= |$)`, 'u');
/**
 * `Eva Ek, projektledare Steget Vidare`, `Ola Berg, verksamhetsledare Samordningsteam Norr`: the last part opens with a
 * position and goes on with a word that is no given name: the team or project the person before works in, no second
 * person (`förbundschef Lisa Dal` is one). Only the last part: a part between is a run-on entry's (`Kim Sjö, förbundschef
 * Lisa Dal, processtödjare`).
 */
function teamAfterPosition(part: string): boolean {
  const m = LOWER_FIRST.test(part) ? POSITION_THEN_CAPITAL.exec(part) : null;
  return m !== null && kindOf(m[1]!) === 'position' && !isGivenName(m[2]!);
}

/**
 * The people of a line that lists several: each part that names a person starts one,
 * and the parts around it (an organisation, a position) belong to the person before them
 * (or, at the start of the line, to the first person: `Arbetsförmedlingen, Leif Johansson`).
 */
export function splitPeople(text: string): string[] {
  // two people need two parts and two pairs of capitalised words at least (the cheap test first)
  const raw = parts(text);
  if (raw.length < 2) return [];
  // (a part can only start with its §§ after the first: most lines have none, and no copy is made)
  // (loops, not some and map with callbacks: every entry of a list with two parts or more is read so)
  let attended = false;
  for (let k = 1; k < raw.length && !attended; k++) attended = opensAttended(raw, k);
  const opened = attended ? raw.flatMap(attendedFirst) : raw;
  // (most parts hold no digit: the cut is tried on a copy only where one does)
  let closing = false;
  for (let k = 1; k < opened.length && !closing; k++) closing = attendedThenName(opened[k]!, k).length > 1;
  const ps = closing ? opened.flatMap(attendedThenName) : opened;
  // a part that names nobody in full nor by a given name alone counts for nobody, read or not: only the others are read
  // (and the last where it may close a run of `Name, position` entries, below); two are needed
  const may: boolean[] = [];
  let named = 0;
  for (const p of ps) {
    const m = mayNamePerson(p) || isGivenName(p);
    may.push(m);
    if (m) named++;
  }
  if (named < 2) return [];
  const pairs = namePairs(text, 2);
  if (pairs === 0) return [];
  const last = ps.length - 1;
  const read = new Array<ParticipantFields | null>(ps.length).fill(null);
  const person = new Array<boolean>(ps.length).fill(false);
  // `Maria Ek, Johan, Per Lind`: a given name alone between people named in full is one of them
  // (not after a surname alone: `Granholm, Ann-Sofie` is one name, written surname first)
  const personAt = (k: number): boolean => {
    const r = read[k]!;
    if (k > 0 && (companyAfterTitle(ps[k]!) || (k === last && teamAfterPosition(ps[k]!)))) return false;
    // `Conny Sandberg, Ideell Kulturallians`: one comma, and no given name the lexicon knows after it: a `Name, Unit` entry
    if (ps.length === 2 && k === 1 && OPENS_UPPER.test(ps[1]!) && !isGivenName(firstWordOf(ps[1]!))) return false;
    return isPerson(r) || (r !== null && isGivenName(ps[k]!) && !(k > 0 && LONE_WORD.test(ps[k - 1]!) && kindOf(ps[k - 1]!) === 'cap'));
  };
  if (last >= 2 && LOWER_FIRST.test(ps[last]!)) {
    // (the last part in lower case may close a run of `Name, position` entries: every part is read)
    ps.forEach((p, k) => {
      if (may[k] || k === last) read[k] = parseParticipantLine(p);
    });
    const shifted = positionsAfterNames(ps, read);
    if (shifted) return shifted;
    ps.forEach((_, k) => (person[k] = personAt(k)));
  } else {
    // (no run of `Name, position` entries: the parts are read from the last, and the reading stops
    // once fewer than two people are left to find; a list's last part is most often an organisation)
    let found = 0;
    let left = named;
    for (let k = last; k >= 0 && found + left >= 2; k--) {
      if (!may[k]) continue;
      left--;
      read[k] = parseParticipantLine(ps[k]!);
      person[k] = personAt(k);
      if (person[k]) found++;
    }
    if (found < 2) return [];
  }
  if (person.filter(Boolean).length < 2 || (pairs < 2 && !read.some(isPerson))) return [];
  const people: string[][] = [];
  let before: string[] = [];
  ps.forEach((p, k) => {
    if (person[k]) people.push([...before, p]);
    else if (people.length) people[people.length - 1]!.push(p);
    else before.push(p);
    if (person[k]) before = [];
  });
  return people.map((g) => g.join(', '));
}

/** The text's first word. */
const firstWordOf = (text: string): string => {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
};
