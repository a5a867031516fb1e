// Who presents an item: `Mikael Holmlund föredrar …`, `Katarina Hansson föredragande`,
// `Förbundschef föredrar …`, `Kansliet föredrar ärendet`, `Ärendet föredras av
// förbundschef Gunilla Gran`, `Ärendet presenteras av Anna Berg`, `Föredragande: Anna Ek`. A person's name when the text
// gives one, else the role.
import { GROUP_SUBJECTS, INLINE_BODY_HEADINGS, POSITION_MODIFIERS, POSITION_WORDS, PRESENTED_BY_MANNERS, PRESENTED_BY_NOUNS, PRESENTER_VERBS } from '../../lexicon/sv.js';
import { findBody } from '../meeting/organisation.js';
import { isGivenName } from '../../text/persons.js';
import type { Paragraph } from '../../text/line.js';
import { alternation, capitalise, opensLikeTwo } from '../../text/patterns.js';
import { sentencesOf } from './sentences.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const NAME = `[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}-]*){0,3}(?:\\s*\\([^()]{1,20}\\))?`;
// `Anna Ek`, `Karin Knutsson Friberg (EY)`, `Fanny Nilsson (EY) och Birgitta Litsegård`, `A, B och C`,
// `Roland Berg och ekonom Karin Pohl` (a later name's position before it, in lower case)
const WHO = `(${NAME}(?:(?:,\\s*|\\s+och\\s+)(?:[${LOWER_LETTER}][${ANY_LETTER}-]*\\s+)?${NAME}){0,4})`;
const ACTIVE = PRESENTER_VERBS.filter((v) => !v.endsWith(' av'));
const PASSIVE = PRESENTER_VERBS.filter((v) => v.endsWith(' av'));
// `Anna Ek föredrar`, `Anna Ek, förbundschef, föredrar`, `…, Anna Ek föredragande`
// (no `i` flag: \p{Lu} must stay upper case)
const BEFORE = new RegExp(`(?:^|[,;:]\\s*)${WHO}(?:,\\s*[${LOWER_LETTER}][${ANY_LETTER} ]{0,40},)?\\s+(?:${alternation(ACTIVE)})(?![${ANY_LETTER}])`, 'u');
// `föredras av (förbundschef) Anna Ek`, `Föredragande: Anna Ek`
// (`Föredragande kommundirektör`: the role alone, ending the line)
const AFTER = new RegExp(`(?:${alternation(PASSIVE)}|^[Ff]öredragande\\s*:?)\\s+(?:([${LOWER_LETTER}]+)(?:\\s+|$))?${WHO}?`, 'u');
// (`HR-chef`, `IT-strateg`: a position with a hyphen)
const POSITION = new RegExp(`^(?:(?:${alternation(POSITION_MODIFIERS)})\\s+)?[${ANY_LETTER}-]*(?:${alternation(POSITION_WORDS)})(?:en|n)?$`, 'iu');

// `Sammanfattning`, `Bakgrund`, `Ärendet`: a body part's heading of one word, which a flattened paragraph runs on before the sentence under it
const ONE_WORD_HEADINGS = new Set<string>(INLINE_BODY_HEADINGS.filter((h) => !h.includes(' ')).map(capitalise));
// (`Sammanfattning Eva Ek`: the heading, then a name of two words at least)
const HEADING_THEN_NAME = 3;

/** `Förbundschef Anna Ek` → `Anna Ek`, `Roland Berg och ekonom Karin Pohl` → `Roland Berg och Karin Pohl`: the names, without a role before each or a party or firm after them. */
export function nameOf(who: string): string {
  const named = who.replace(/\([^()]{1,20}\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  // `Sammanfattning Eva Ek (EY) föredrar ärendet`: the heading of the part run on before its sentence (a paragraph a line) is no name's
  const space = named.indexOf(' ');
  const plain = space > 0 && ONE_WORD_HEADINGS.has(named.slice(0, space)) && named.split(' ').length >= HEADING_THEN_NAME ? named.slice(space + 1) : named;
  // (the separators kept: odd pieces are `, ` and ` och `)
  // (joined by a loop: the array map() made for join() was of one elements kind or another, and each new kind threw the
  // optimised code away)
  const pieces = plain.split(/(, | och )/u);
  let out = '';
  for (let k = 0; k < pieces.length; k++) {
    const part = pieces[k]!;
    const words = k % 2 === 1 ? null : part.split(' ');
    out += words !== null && words.length >= 2 && POSITION.test(words[0]!) ? words.slice(1).join(' ') : part;
  }
  return out;
}

// `Föredragande` / `biträdande borgmästare` / `Lotta Kivelä`: a heading, then the position and the name
const HEADING = /^[Ff]öredragande\s*:?$/u;
const LINE_LABEL = /^[Ff]öredragande\s*:/u;
// `Föredragande förbundschef Eva Ek` / `Styrelsen godkänner …`: the label on its line, with its colon or without, names to the line's end
const LINE_OPENING = /^[Ff]öredragande(?:\s*:|\s)/u;
// every verb of presenting holds one of these stems (`föredrar`, `presenteras av`); most paragraphs none
// (plain `i`, no `u`: several times faster on a long paragraph)
const MAY_PRESENT = /föredr|presentera/i;
const UNDER_HEADING = new RegExp(`^(?:[${LOWER_LETTER}]+\\s){0,4}${WHO}$`, 'u');

// `Respektive part`, `Ordförande och förbundschef`: one capitalised word, then only lower-case words to the line's end
const LOWER_REST = new RegExp(`^(?:\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*)+\\s*\\.?$`, 'u');
/** A role in words under the label (`Föredragande: Respektive part`), where its first word alone is no name: the words, or null. */
function roleWords(who: string, rest: string): string | null {
  return !who.includes(' ') && LOWER_REST.test(rest) ? `${who}${rest}`.trim().replace(/\.$/u, '') : null;
}

// `Information av Maria Lind`, `Muntlig information av förbundschef Eva Holm, Region Norrvik.`: a line of its own
const PRESENTED_BY = new RegExp(
  `^(?:(?:${alternation(PRESENTED_BY_MANNERS.map(capitalise))}) (?:${alternation(PRESENTED_BY_NOUNS)})|(?:${alternation(PRESENTED_BY_NOUNS.map(capitalise))})) av ([^.]{3,100})\\.?$`,
  'u',
);
// (the line opens with a manner or a noun: its first two letters looked at, in any case, before the pattern)
const MAY_BE_PRESENTED_BY = opensLikeTwo([...PRESENTED_BY_MANNERS, ...PRESENTED_BY_NOUNS]);
// one person: a position in lower case, then a given name and up to three more capitalised words
const ONE_PERSON = new RegExp(`^(?:([${LOWER_LETTER}][${ANY_LETTER}-]*) )?([${UPPER_LETTER}][${ANY_LETTER}-]*(?: [${UPPER_LETTER}][${ANY_LETTER}-]*){1,3})$`, 'u');
const personIn = (piece: string): string | null => {
  const m = ONE_PERSON.exec(piece.trim());
  return m && (m[1] === undefined || POSITION.test(m[1])) && isGivenName(m[2]!.split(' ')[0]!) ? m[2]! : null;
};

/**
 * Who a line like `Information av förbundschef Maria Lind` names: the persons (a given name first) before the
 * first piece that is none (`…, Region Norrvik`, an organisation's); none where it names only an organisation
 * (`Information av Försäkringskassan`).
 */
function presentedBy(text: string): string | null {
  const m = PRESENTED_BY.exec(text);
  if (!m) return null;
  const people: string[] = [];
  for (const piece of m[1]!.split(/, | och /u)) {
    const person = personIn(piece);
    if (person === null) break;
    people.push(person);
  }
  return people.length === 0 ? null : people.length === 1 ? people[0]! : `${people.slice(0, -1).join(', ')} och ${people[people.length - 1]!}`;
}

/** The presenter a line of the body names as who gives the point (`Information av Maria Lind`), or null. */
function presentedInBody(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs) {
    // (only a line that holds ` av ` is read: the first one at or after a line's start is found once, and kept for the
    // lines before it)
    let av = -1;
    for (const [j, start] of p.starts.entries()) {
      const end = p.starts[j + 1]?.offset ?? p.text.length;
      if (av < start.offset) av = p.text.indexOf(' av ', start.offset);
      if (av < 0) break;
      if (av + 4 > end) continue;
      const line = p.text.slice(start.offset, end).trim();
      const who = line.includes(' av ') && MAY_BE_PRESENTED_BY(line) ? presentedBy(line) : null;
      if (who !== null) return who;
    }
  }
  return null;
}

export function findPresenter(paragraphs: readonly Paragraph[]): string | null {
  return presenterSaid(paragraphs) ?? presentedInBody(paragraphs);
}

// `Styrgruppen föredrar halvårsvisa möten`, `Gruppen föredrar …`: the meeting, one of its bodies or a group of its members
// prefers something; who presents is a person or an official's role (`Förbundschefen föredrar ärendet`, `Kansliet föredrar …`)
const GROUPS = new Set<string>(GROUP_SUBJECTS);
const isGroup = (who: string): boolean => !who.includes(' ') && (GROUPS.has(who.toLowerCase()) || findBody(who)?.index === 0);

/** The presenter a `föredra-` word names. */
function presenterSaid(paragraphs: readonly Paragraph[]): string | null {
  for (const [k, p] of paragraphs.entries()) {
    // the heading and both patterns need the verb's stem
    if (!MAY_PRESENT.test(p.text)) continue;
    const under = HEADING.test(p.text) && paragraphs[k + 1] ? UNDER_HEADING.exec(paragraphs[k + 1]!.text) : null;
    if (under) return nameOf(under[1]!);
    // `Föredragande: förbundschef Maria Dahl` / `Förslag till beslut: …`: the label's value ends with its line
    for (const [j, start] of p.starts.entries()) {
      const line = p.text.slice(start.offset, p.starts[j + 1]?.offset ?? p.text.length).trim();
      if (!LINE_OPENING.test(line) || j + 1 >= p.starts.length) continue;
      const a = AFTER.exec(line);
      if (a && (a[2] || a[1])) return a[2] ? (roleWords(a[2], line.slice(a.index + a[0].length)) ?? nameOf(a[2])) : a[1]!;
    }
    for (const s of sentencesOf(p)) {
      if (!MAY_PRESENT.test(s.text)) continue;
      const b = BEFORE.exec(s.text);
      if (b && !isGroup(b[1]!)) return nameOf(b[1]!);
      const a = AFTER.exec(s.text);
      if (a && (a[2] || a[1])) return a[2] ? ((LINE_LABEL.test(s.text) ? roleWords(a[2], s.text.slice(a.index + a[0].length)) : null) ?? nameOf(a[2])) : a[1]!;
    }
  }
  return null;
}
