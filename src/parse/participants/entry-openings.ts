// Words that open a list's entry and say whose its people are (`Ersättare Karin Ås (S) …`,
// `Samtliga ledamöter utom …`), and the cuts that make such an opening start an entry of its own.
import type { Participant } from '../../schema/result.js';
import { DESCRIPTION_LINKS, GROUP_HEADING_NOUNS, ROLE_HEADINGS } from '../../lexicon/sv.js';
import { allButLength } from '../../text/all-members-but.js';
import { alternation } from '../../text/patterns.js';
import { labelAt } from '../../text/labels.js';
import { namesSomebody } from '../../segment/participants.js';
import { byOrganisation } from './organisation-first.js';
import { ANY_CASE_PARTY_ALT, NAME_WORD } from './party.js';
import { sentenceOpening } from './sentence-opening.js';
import { HOLDS_LOWER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

// `1. Anna Ek (S), ordförande`, `2) Bo Berg`: the list's own number before the entry, no § attended
const LIST_NUMBER = new RegExp(`^\\d{1,2}[.)]\\s+(?=[${UPPER_LETTER}])`, 'u');
/** The entry without the number a numbered list writes before it. */
export function withoutListNumber<E extends { text: string }>(entry: E): E {
  const c = entry.text.charCodeAt(0);
  const m = c >= 48 && c <= 57 ? LIST_NUMBER.exec(entry.text) : null;
  return m ? { ...entry, text: entry.text.slice(m[0].length) } : entry;
}

// `Ersättare Närv. Frånv Anette Löf (S) …`: a table's abbreviated attendance heads, flattened after the list's heading, before the first name
const MARK_HEADS = new RegExp(`^(?:(?:[Nn]ärv|[Ff]rånv)\\.?\\s+)+(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
/** The entry without the attendance columns' heads a flattened table runs on before its first name. */
export function withoutMarkHeads<E extends { text: string }>(entry: E): E {
  const c = entry.text.charCodeAt(0);
  const m = c === 78 || c === 110 || c === 70 || c === 102 ? MARK_HEADS.exec(entry.text) : null;
  return m ? { ...entry, text: entry.text.slice(m[0].length) } : entry;
}

// `Ersättare (ej personliga): Gottberg Kristoffer …`: a remark in brackets on the list's heading, and its colon, left
// before the first name when the heading was read without them
const HEADING_REMARK = new RegExp(`^\\([${LOWER_LETTER} .-]{1,30}\\):\\s+(?=[${UPPER_LETTER}])`, 'u');
/** The entry without the bracketed remark on its list's heading that opens it. */
export function withoutHeadingRemark<E extends { text: string }>(entry: E): E {
  const m = entry.text.charCodeAt(0) === 0x28 ? HEADING_REMARK.exec(entry.text) : null;
  return m ? { ...entry, text: entry.text.slice(m[0].length) } : entry;
}

/** Words that open a list's entry and say whose it is: as written, their length, the role they give. */
export interface ListOpening {
  label: string;
  length: number;
  role: Participant['role'];
}

const SUB_HEADING_ROLE = new Map<string, Participant['role']>(ROLE_HEADINGS.flatMap((h) => h.words.map((w) => [w, h.role] as const)));
/**
 * A list's heading that opens an entry, capitalised, before a name (`Ersättare Karin Ås (S) …`,
 * `Tjänstemän Nils Holm, kommunchef`): its words as written, their length, and the role they give.
 */
export function subHeadingOf(text: string): ListOpening | null {
  const hit = labelAt(text);
  if (hit?.field !== 'participants') return UPPER_FIRST.test(text) ? sentenceOpening(text) : null;
  const role = SUB_HEADING_ROLE.get(hit.text.toLowerCase());
  const rest = text.slice(hit.length).trimStart();
  return role !== undefined && NAME_FIRST.test(rest) && namesSomebody(rest) ? { label: hit.text, length: hit.length, role } : null;
}
const UPPER_FIRST = OPENS_UPPER;
const NAME_FIRST = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?\\s+[${UPPER_LETTER}]`, 'u');

/**
 * `… Andreas Berg, Övriga Kourosh Farahani, förbundschef`: the heading of the others' or the absent's
 * list run on after a comma in the middle of an entry opens a new entry there (which
 * `subHeadingOf` then reads); a deputies' heading there is the person's own position.
 */
export function cutAtSubHeadings<E extends { text: string }>(entry: E): E[] {
  const text = entry.text;
  // `… Backlund Riina Personliga ersättare: Grönroos Henrik …`: a heading with its colon run on inside the entry
  const colon = text.indexOf(': ');
  if (colon > 0) {
    const cut = cutAtColonHeadings(entry);
    if (cut) return cut;
  }
  // (most entries hold no comma before a capital: the search is the cheap test)
  let at = text.indexOf(', ');
  if (at < 0) return [entry];
  const out: E[] = [];
  let from = 0;
  for (; at >= 0; at = text.indexOf(', ', at + 2)) {
    const c = text.charCodeAt(at + 2);
    // (not a deputies' heading: `Bo Hald, (c), Arvidsjaur, Tjänstgörande ersättare` is his own position)
    const role = isUpper(c) ? subHeadingOf(text.slice(at + 2))?.role : undefined;
    if (role !== 'other' && role !== 'absent') continue;
    out.push({ ...entry, text: text.slice(from, at) });
    from = at + 2;
  }
  if (from === 0) return [entry];
  out.push({ ...entry, text: text.slice(from) });
  return out;
}
// the words of a list's heading before its colon: one to three, the first capitalised
const HEADING_BEFORE_COLON = new RegExp(`(?<=\\s)[${UPPER_LETTER}][${LOWER_LETTER}]+(?:\\s[${LOWER_LETTER}()]+){0,2}:$`, 'u');
/**
 * `Westerholm Håkan, ordf. Backlund Riina Personliga ersättare: Grönroos Henrik Frånvarande: Dahlén Elof` (a flattened
 * roll): each list heading with its colon inside the entry, before a name, opens an entry of its own there (which
 * `subHeadingOf` then reads); null when the entry holds none.
 */
function cutAtColonHeadings<E extends { text: string }>(entry: E): E[] | null {
  const text = entry.text;
  const out: E[] = [];
  let from = 0;
  for (let at = text.indexOf(': '); at > 0; at = text.indexOf(': ', at + 2)) {
    const m = HEADING_BEFORE_COLON.exec(text.slice(Math.max(from, at - 40), at + 1));
    if (!m) continue;
    const start = at + 1 - m[0].length;
    if (start <= from || subHeadingOf(text.slice(start)) === null) continue;
    out.push({ ...entry, text: text.slice(from, start).trimEnd() });
    from = start;
  }
  if (from === 0) return null;
  out.push({ ...entry, text: text.slice(from) });
  return out;
}

/** `Försäkringskassan: Eva Ek. Region Norrland: Karin Holm`: each organisation's people an entry of their own, which it heads. */
export function cutAtOrganisations<E extends { text: string }>(entry: E): (E & { organisation?: string })[] {
  const parts = entry.text.includes(':') ? byOrganisation(entry.text) : null;
  return parts ? parts.map((p) => ({ ...entry, text: p.text, organisation: p.organisation })) : [entry];
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;

/** `Samtliga ledamöter med undantag för Olle Rask (KP), …`: the names after the words are the members who stayed away. */
export function allButOf(text: string, label: string): ListOpening | null {
  const length = allButLength(text, true);
  return length > 0 ? { label, length, role: 'absent' } : null;
}

// `Ordföranden i nämnderna i Östby och Västby Bo Lind (s) …`: words that say who the list's people are, a capitalised word
// and a small word that links it to whom (`i`, `för`), then a few more, before the first name with its party in brackets
const DESCRIPTION = new RegExp(
  `^[${UPPER_LETTER}][${LOWER_LETTER}]+\\s(?:${alternation(DESCRIPTION_LINKS)})\\s(?:[^\\s()]+\\s+){1,8}?(?=${NAME_WORD}\\s+${NAME_WORD}\\s*\\(\\s*(?:${ANY_CASE_PARTY_ALT})\\s*\\))`,
  'u',
);
/** Words before a list's first name that say who its people are, naming nobody: the list's own label and role go on. */
export function descriptionBefore(text: string, label: string, role: Participant['role']): ListOpening | null {
  // (a name's second word is capitalised: asked before the pattern, the letter after the first space, and a bracket)
  const space = text.indexOf(' ');
  if (space < 0 || !HOLDS_LOWER.test(text.charAt(space + 1)) || !text.includes('(')) return null;
  const m = DESCRIPTION.exec(text);
  return m ? { label, length: m[0].length, role } : null;
}

// a capitalised word that ends on a group's noun, then perhaps a small word and a few words in lower case that say whose
// (`Representanter från funktionshinderorganisationerna`), after a bracket that closes a name's entry and before the next name
// (or at the entry's start, or after an organisation's last word, `… Lunds kommun Ideella föreningar Nils Eng SNF`, an
// adjective perhaps before the noun)
const GROUP_HEADING = new RegExp(
  `(?:(?<=\\) )|^|(?<=[${LOWER_LETTER}] |[${UPPER_LETTER}]{2} ))(?:${alternation(GROUP_HEADING_NOUNS.map((n) => n.charAt(0).toUpperCase() + n.slice(1)))}|[${UPPER_LETTER}][${LOWER_LETTER}]*(?:${alternation(GROUP_HEADING_NOUNS)})|[${UPPER_LETTER}][${LOWER_LETTER}]+a (?:${alternation(GROUP_HEADING_NOUNS)}))(?: (?:${alternation(DESCRIPTION_LINKS)})(?: [${LOWER_LETTER}-]+){1,4})? (?=${NAME_WORD} ${NAME_WORD})`,
  'gu',
);
// (the cheap test: the nouns' common stems)
const GROUP_STEMS = ['epresentant', 'öreträdar', 'rganisation', 'örening'];
// a group's sub-heading on a line of its own: perhaps an adjective, a word that ends on a group's noun (or its singular,
// `representant`), then perhaps a small word and a few words that say whose (`Studentrepresentanter`, `Facklig representant`,
// `Företrädare för lärarna`)
const GROUP_NOUNS_LINE = [...GROUP_HEADING_NOUNS, 'representant'];
const GROUP_HEADING_LINE = new RegExp(
  `^(?:${alternation(GROUP_NOUNS_LINE.map((n) => n.charAt(0).toUpperCase() + n.slice(1)))}|[${UPPER_LETTER}][${LOWER_LETTER}]*(?:${alternation(GROUP_NOUNS_LINE)})|[${UPPER_LETTER}][${LOWER_LETTER}]+ [${LOWER_LETTER}]*(?:${alternation(GROUP_NOUNS_LINE)}))(?: (?:${alternation(DESCRIPTION_LINKS)})(?: [${LOWER_LETTER}-]+){1,4})?:?$`,
  'u',
);
// (a sub-heading is short)
const MAX_GROUP_HEADING = 60;
/**
 * The entry is a group's sub-heading inside a roll, on a line of its own (`Studentrepresentanter`, `Företrädare för
 * lärarna`, `Facklig representant`): the group the names under it belong to, no person.
 */
export function isGroupHeadingLine(text: string): boolean {
  return text.length <= MAX_GROUP_HEADING && GROUP_STEMS.some((s) => text.includes(s)) && GROUP_HEADING_LINE.test(text.trim());
}

/** The entry without the sub-headings over a group of its people that a roll run on writes between the names (`… (C) Representanter Maja Ek (DF)`). */
export function withoutGroupHeadings(text: string): string {
  if (!GROUP_STEMS.some((s) => text.includes(s))) return text;
  return text.replace(GROUP_HEADING, '');
}
