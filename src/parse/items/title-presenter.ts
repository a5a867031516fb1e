// An agenda's or a §'s presenter written in its heading: in brackets after the title
// (`Verksamhetsberättelse 2024 (Karin Lund)`, `Insatsen Vägen vidare (Per Holm, projektledare)`,
// `Budget 2025 (förbundschef Karin Lund)`, `Uppföljning (Karin Lund och Per Holm)`), or after a
// dash that ends it (`Ekonomi – förbundschef Eva Holm informerar`, `Insatsen Vägen vidare – Lisa
// Berg, projektledare`, `Ekonomi – förbundschef informerar`). A person's name (a given name the
// lexicon knows first, or a position then one), or a position alone (`(förbundschef)`; after a
// dash only with what it does); not the author of a motion (`Motion om … (Eva Ek, V)`), nor an
// organisation (`(Region Kustlandet)`, `Samverkan – Region Kustlandet`). Or after a comma, as a notice's one-line
// point writes it (`Ekonomisk uppföljning, Jan Ek`, `Insatsen Steget vidare, Karin Berg, projektledare`), or with
// no sign before it but what the presenter does after (`Enkät om måltider dietist Lars Ek informerar`). Or what the point is and who
// gives it, ending the title (`Ekonomisk rapport Information av Maria Lind`).
import { AUTHORED_TITLE_WORDS, CASE_PARTY_TITLE_WORDS, POSITION_WORDS, PRESENTED_BY_NOUNS, TITLE_ABOUT_PERSON_WORDS, TITLE_PRESENTER_VERBS } from '../../lexicon/sv.js';
import { isGivenName } from '../../text/persons.js';
import { alternation, capitalise } from '../../text/patterns.js';
import { nameOf } from '../decisions/presenter.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const BRACKET_AT_END = /\s\(([^()]{3,80})\)$/u;
// `… – Eva Holm informerar`: a spaced dash, then the words to the end (no further dash)
const DASH_AT_END = /\s[-–—]\s+([^-–—()]{3,80})$/u;
const SAYS = new RegExp(`\\s(?:${alternation(TITLE_PRESENTER_VERBS)})$`, 'u');
// `Avsägelse – Eva Holm`, `Val av ersättare – Per Ås`: the person the point is about
const ABOUT_PERSON = new RegExp(`^(?:${alternation(TITLE_ABOUT_PERSON_WORDS)})(?![${ANY_LETTER}])`, 'iu');
const AUTHORED = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(AUTHORED_TITLE_WORDS)})`, 'iu');
const POSITION = new RegExp(`^[${ANY_LETTER}-]*(?:${alternation(POSITION_WORDS)})(?:en|n)?$`, 'iu');
// `Karin Lund`, `förbundschef Karin Lund`: two to four capitalised words, a position in lower case before them
const PERSON = new RegExp(`^(?:([${LOWER_LETTER}][${ANY_LETTER}-]*)\\s+)?([${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}-]*){1,3})$`, 'u');
// `Ekonomisk rapport Information av Maria Lind`, `Budget – information av förbundschef Eva Holm`:
// what the point is and who gives it, ending a title (a wrapped agenda line run into it)
const PRESENTED_BY_AT_END = new RegExp(`\\s(?:[-–—]\\s)?(?:${alternation(PRESENTED_BY_NOUNS.flatMap((w) => [w, capitalise(w)]))}) av ([^-–—()]{3,80})$`, 'u');
const PRESENTED_BY_PHRASES = PRESENTED_BY_NOUNS.flatMap((w) => [`${w} av `, `${capitalise(w)} av `]);
// after the name, its position in lower-case words (`projektledare`, `ekonom på kansliet`)
const POSITION_AFTER = new RegExp(`^[${LOWER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*){0,3}$`, 'u');

// one capitalised word, or a few joined by commas and `och`
const GIVEN_NAMES_ONLY = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:(?:,\\s*|\\s+och\\s+)[${UPPER_LETTER}][${LOWER_LETTER}]+){0,2}$`, 'u');

const GIVEN_NAMES_SEPARATOR = /, ?| och /u;

/** Whether a piece of the bracket is one person: a known given name first, a position before it. */
function personOf(piece: string): boolean {
  const m = PERSON.exec(piece.trim());
  return m !== null && (m[1] === undefined || POSITION.test(m[1])) && isGivenName(m[2]!.split(/\s+/u)[0]!);
}

/** Who the words name (`Karin Lund, projektledare`, `förbundschef Karin Lund och Per Holm`), or null; `alone`: a position alone will do. */
function presenterOf(inner: string, alone: boolean): string | null {
  if (POSITION.test(inner)) return alone ? inner : null;
  // `(Karin)`, `(Karin och Per)`: notes name who presents by the given name alone, in brackets
  if (alone && GIVEN_NAMES_ONLY.test(inner) && inner.split(GIVEN_NAMES_SEPARATOR).every((w) => isGivenName(w))) return inner;
  // `Karin Lund, projektledare`: a position after the last name, in lower case
  const comma = inner.lastIndexOf(',');
  const after = comma > 0 ? inner.slice(comma + 1).trim() : '';
  const named = POSITION_AFTER.test(after) && POSITION.test(after.split(/\s+/u)[0]!) ? inner.slice(0, comma) : inner;
  // `Karin Lund`, `Karin Lund, Per Holm`, `Karin Lund och Per Holm`: each piece a person
  return named.split(/,|\soch\s/u).every((piece) => personOf(piece)) ? nameOf(named) : null;
}

/** The title without the bracket or dash and who presents it, or null where they name nobody (or the title is a motion's, by its author). */
export function presenterInTitle(title: string): { title: string; presenter: string } | null {
  const found = presenterAtEnd(title);
  // (asked last: most titles end in no bracket, dash or `av …`, and this pattern reads all of the title)
  return found !== null && AUTHORED.test(title) ? null : found;
}

function presenterAtEnd(title: string): { title: string; presenter: string } | null {
  const m = title.endsWith(')') ? BRACKET_AT_END.exec(title) : null;
  if (m && m.index > 0) {
    const presenter = presenterOf(m[1]!.trim(), true);
    return presenter === null ? null : { title: title.slice(0, m.index).trimEnd(), presenter };
  }
  // (the noun and its `av`, as the pattern spells them: looked for with plain searches first)
  let presented = false;
  if (title.includes(' av ')) for (const phrase of PRESENTED_BY_PHRASES) presented ||= title.includes(phrase);
  const by = presented ? PRESENTED_BY_AT_END.exec(title) : null;
  const byWhom = by && by.index > 0 ? presenterOf(by[1]!.trim(), false) : null;
  if (byWhom !== null) return { title: title.slice(0, by!.index).trimEnd(), presenter: byWhom };
  // (a dash of the pattern's first: most titles hold none)
  const d = title.includes('-') || title.includes('–') || title.includes('—') ? DASH_AT_END.exec(title) : null;
  if (d) return d.index === 0 || ABOUT_PERSON.test(title) ? null : presenterAfter(title, d.index, d[1]!);
  const after = title.includes(',') && !ABOUT_PERSON.test(title) ? presenterAfterComma(title) : null;
  // (the verb asked first, here: most titles end otherwise)
  return after ?? (SAYS_WORDS.has(title.slice(title.lastIndexOf(' ') + 1)) ? presenterSaying(title) : null);
}

const SAYS_WORDS = new Set<string>(TITLE_PRESENTER_VERBS);
/** `Enkät om måltider dietist Lars Ek informerar`: a name (a position perhaps before it) and what they do end the title, no dash or comma before. */
function presenterSaying(title: string): { title: string; presenter: string } | null {
  const words = title.split(' ');
  // (three words first: `Anna Maria Lund`, not `Maria Lund` with `Anna` left in the title)
  for (let size = 3; size >= 2; size--) {
    const from = words.length - 1 - size;
    const name = from >= 1 ? words.slice(from, -1).join(' ') : '';
    if (name === '' || !personOf(name)) continue;
    const end = POSITION.test(words[from - 1]!) ? from - 1 : from;
    return end >= 1 ? { title: words.slice(0, end).join(' '), presenter: nameOf(name) } : null;
  }
  return null;
}

/** The title before `at` and who the words after it name (`förbundschef Eva Holm informerar`), or null. */
function presenterAfter(title: string, at: number, words: string): { title: string; presenter: string } | null {
  // `förbundschef Eva Holm informerar`: what the presenter does is no part of the name
  const inner = words.trim();
  const says = SAYS.exec(inner);
  const presenter = presenterOf(says ? inner.slice(0, says.index).trimEnd() : inner, says !== null);
  return presenter === null ? null : { title: title.slice(0, at).trimEnd(), presenter };
}

/** `Ekonomisk uppföljning, Jan Ek`, `Insatsen Steget vidare, Karin Berg, projektledare`: a notice's one-line point, its presenter after a comma. */
function presenterAfterComma(title: string): { title: string; presenter: string } | null {
  let comma = title.lastIndexOf(',');
  // (the name's position after it, `…, Karin Berg, projektledare`: the name is after the comma before)
  const last = title.slice(comma + 1).trim();
  const before = title.lastIndexOf(',', comma - 1);
  if (before > 0 && POSITION_AFTER.test(last) && POSITION.test(last.split(/\s+/u)[0]!)) comma = before;
  if (comma <= 0 || title.length - comma > COMMA_PRESENTER_LENGTH || namesBefore(title, comma) || aboutCaseParty(title.slice(0, comma))) return null;
  return presenterAfter(title, comma, title.slice(comma + 1));
}

// `Bygglov Norrby 1:23, Anna Ek`, `Delegationsbeslut, Karin Sund`: a property's designation or a case's word before the comma
const PROPERTY = /\d:\d/u;
const CASE_PARTY = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(CASE_PARTY_TITLE_WORDS)})`, 'iu');
const aboutCaseParty = (before: string): boolean => PROPERTY.test(before) || CASE_PARTY.test(before);

/** A person's name ends the words before `at` (`… valdes: Rut Berg, Ivar Sand`): a list of names, none of them presenting. */
function namesBefore(title: string, at: number): boolean {
  const words = title.slice(0, at).trimEnd().split(' ');
  return words.length >= 2 && personOf(words.slice(-2).join(' '));
}
// no name with its position after a comma is longer
const COMMA_PRESENTER_LENGTH = 80;
