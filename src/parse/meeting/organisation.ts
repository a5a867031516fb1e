// The förbund and the organ: `Sjuhärads Samordningsförbund`, `Samordningsförbundet i
// Kalmar län`, `Samordningsförbundet Skaraborg`; `styrelse` from `Styrelsemöte`,
// `Styrelsens sammanträde`, `arbetsutskottet`, `Organ Medlemssamråd för …`.
import {
  BODIES, COMMITTEE_ENDINGS, CONTACT_LABELS, HEADER_LABELS, KIND_TITLES, MONTHS, NAME_PREPOSITIONS, NOT_ORGANS, ORGAN_ADJECTIVE_FORMS, ORGAN_ADJECTIVES, ORGAN_ENDINGS, ORGAN_MEETING_ENDINGS, NEUTER_ORGAN_NOUNS, ORGAN_NOUNS, ORGAN_OWNERS, ORGANISATION_PREFIXES, PAGE_WORDS, PUBLIC_BODIES,
  WEEKDAYS,
} from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import { allMatches, alternation, capitalise, eachMatch } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

// a proper-name word that may follow `Samordningsförbundet`: capitalised, not a weekday,
// month, organ or document word
const STOP_WORDS = new Set<string>([
  ...WEEKDAYS, ...Object.keys(MONTHS), ...BODIES.flatMap((b) => b.forms), ...Object.values(KIND_TITLES).flat(),
  ...Object.values(HEADER_LABELS).flat(), ...CONTACT_LABELS, ...PAGE_WORDS, 'beslutande', 'närvarande',
]);
const NAME_WORD = `[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\+)?`;
// between the words of a name: a space, or the sign that joins two places (`Östby–Västby`, `Östby/Västby`, `Älv & Kust`)
// (a space or two: not a column's gap, `Samordningsförbundet Ekbygd          Sida 1 (4)`, nor a tab)
const NAME_JOIN = `(?: {1,2}&)? {1,2}|[–/]`;
// `för rehabilitering i`, `för finansiell samordning i`: the lower-case words of a förbund's purpose before its place
// (or, in a name written in capitals, its words in capitals: `FÖR REHABILITERING I`)
const PURPOSE = `för(?:[ \\t]+[${LOWER_LETTER}]{2,}){1,3}?[ \\t]+i|FÖR(?:[ \\t]+[${UPPER_LETTER}]{2,}){1,3}?[ \\t]+I`;
// `Samordningsförbundet i Kalmar län`, `Samordningsförbundet Skaraborg`, `Samordningsförbund Centrala Östergötland`, `Samordningsförbundet Ekbys stad`,
// `Samordningsförbundet för rehabilitering i Ekeby`
const AFTER = new RegExp(
  `(?<![${ANY_LETTER}])(Samordningsförbund(?:et)?|SAMORDNINGSFÖRBUND(?:ET)?|Finsam|FINSAM)(?:\\s+(i|${PURPOSE}|för)\\s+|[ \\t]+)(${NAME_WORD}(?:(?:${NAME_JOIN})${NAME_WORD}){0,2})((?:[ \\t]+i[ \\t]+${NAME_WORD})?(?:[ \\t]+(?:län|stad))?)(?![${ANY_LETTER}])`,
  'gu',
);
const GENITIVE = new RegExp(`[${LOWER_LETTER}][^s]s$`, 'u');
const MAY_AFTER = ['Samordningsförbund', 'SAMORDNINGSFÖRBUND', 'Finsam', 'FINSAM'];
// a letterhead that stacks the name under the word (`Samordningsförbundet` / `Västra Dalbygden`): the next line holds the name and nothing else
const STACKED = new RegExp(`(?<![${ANY_LETTER}])(Samordningsförbund(?:et)?|SAMORDNINGSFÖRBUND(?:ET)?)[ \\t]*\\n(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})[ \\t]*(?=\\n|$)`, 'gu');
// `Sjuhärads Samordningsförbund`
const BEFORE = new RegExp(`(?<![${ANY_LETTER}])((?:${NAME_WORD}[ \\t]+){1,2})([Ss]amordningsförbund)(?![${ANY_LETTER}])`, 'gu');

/**
 * Every match of BEFORE, as allMatches gives them, without the pattern's walk over every
 * capitalised word of the text: a match ends on the förbund's word, one or two words after
 * its start, so it is tried only at the places within two words before each `amordningsförbund`
 * (a place inside the word itself too: `Samordningsförbundet Väst Samordningsförbund`), in order.
 */
function matchesBefore(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  for (let word = text.indexOf(FORBUND_WORD); word >= 0; word = text.indexOf(FORBUND_WORD, word + 1)) {
    if (word + FORBUND_WORD.length <= pos) continue;
    let from = word - 1;
    for (let run = 0; run < 2; run++) {
      while (from > 0 && isBlank(text.charCodeAt(from - 1))) from--;
      while (from > 0 && mayBeInWord(text.charCodeAt(from - 1))) from--;
    }
    for (let at = Math.max(from, pos); at < word; at++) {
      // (the pattern reads code points: no match starts inside a surrogate pair)
      if (isTrailSurrogate(text.charCodeAt(at)) && at > 0 && isLeadSurrogate(text.charCodeAt(at - 1))) continue;
      BEFORE_AT.lastIndex = at;
      const m = BEFORE_AT.exec(text);
      if (m === null) continue;
      out.push(m);
      pos = BEFORE_AT.lastIndex;
      break;
    }
  }
  return out;
}
const FORBUND_WORD = 'amordningsförbund';
const BEFORE_AT = new RegExp(BEFORE.source, 'uy');
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isLeadSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrailSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
// (any character past ASCII may be a letter: the walk goes no less far back than the pattern may)
const mayBeInWord = (c: number): boolean => c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 43;

export function findOrganisation(text: string): { name: string; index: number } | null {
  const found: { name: string; index: number }[] = [];
  // both patterns need the förbund's word as written: look for it before scanning every capital
  // (a loop, not some with a callback, and once for both patterns: every text the meeting's reader holds is asked)
  let after = false;
  for (const w of MAY_AFTER) {
    if (!text.includes(w)) continue;
    after = true;
    break;
  }
  for (const m of after ? allMatches(AFTER, text) : []) {
    const words = m[3]!.split(/[ \t]+/);
    const kept: string[] = [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (STOP_WORDS.has(w.toLowerCase())) break;
      // (`Samordningsförbundet Varberg Anna Ek`: a given name and a surname after the place, a signer's run on, are no part of it)
      if (kept.length > 0 && k + 1 < words.length && isGivenName(w)) break;
      kept.push(w);
    }
    if (!kept.length) continue;
    // `Samordningsförbundet RAR i Sörmland`, `… i Kalmar län`
    const tail = kept.length === words.length && m[4] ? m[4].replace(/\s+/g, ' ') : '';
    // `Finsam Västerlands styrelsemöte`: the name in the genitive before a lower-case noun
    if (!tail && kept.length === words.length && GENITIVE.test(kept[kept.length - 1]!) && isBlank(text.charCodeAt(m.index + m[0].length)) && /^[ \t]+\p{Ll}/u.test(text.slice(m.index + m[0].length))) {
      kept[kept.length - 1] = kept[kept.length - 1]!.slice(0, -1);
    }
    // (the purpose's words as one line writes them: `för rehabilitering i`)
    const joint = m[2] && m[2].length > 3 ? m[2].replace(/[ \t]+/g, ' ') : m[2];
    found.push({ name: [m[1], joint, ...kept].filter(Boolean).join(' ') + tail, index: m.index });
  }
  for (const m of after && text.includes('\n') ? allMatches(STACKED, text) : []) {
    const words = m[2]!.split(/[ \t]+/);
    // (an organisation heading the people under it: `Samordningsförbundet` / `Tove Eld`)
    if (words.some((w) => STOP_WORDS.has(w.toLowerCase())) || isGivenName(words[0]!)) continue;
    found.push({ name: `${m[1]} ${words.join(' ')}`, index: m.index });
  }
  for (const m of text.includes('amordningsförbund') ? matchesBefore(text) : []) {
    // (split only where a space or a tab stands: most runs are one word)
    const run = m[1]!.trim();
    const words = run.includes(' ') || run.includes('\t') ? run.split(/[ \t]+/) : [run];
    while (words.length && STOP_WORDS.has(words[0]!.toLowerCase())) words.shift();
    // `Kommunfullmäktige i Ekeby kommun`: a lower-case word (the pattern ignores case) is no name's
    while (words.length && OPENS_LOWER.test(words[0]!)) words.shift();
    if (!words.length || words.some((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    found.push({ name: `${words.join(' ')} ${m[2]}`, index: m.index + m[0].indexOf(words[0]!) });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

const BODY_FORM = new Map<string, string>(BODIES.flatMap((b) => b.forms.map((f): [string, string] => [f, b.canonical])));
const BODY = new RegExp(`(?<![${ANY_LETTER}-])(${alternation(BODIES.flatMap((b) => b.forms).filter((f) => !/^au/.test(f)))}|AU(?:-mötet?)?)(?![${ANY_LETTER}-])`, 'giu');

const MAY_NAME_BODY = hintOf(BODIES.flatMap((b) => b.forms).filter((f) => !/^au/.test(f)));

/** The organ first named in the text, as its canonical noun. */
export function findBody(text: string): { body: string; index: number } | null {
  let found: { body: string; index: number } | null = null;
  // (a body's form, or `AU` in capitals, stands in the text: most texts hold none, and the pattern tries every place)
  for (const m of MAY_NAME_BODY.test(text) || text.includes('AU') ? eachMatch(BODY, text) : []) {
    const word = m[1]!;
    // `AU` only in capitals: `au` is no Swedish word, but the check keeps it honest
    // (its `a` asked first: most organs open with another letter)
    if ((word.charCodeAt(0) | 0x20) === 0x61 && /^au/i.test(word) && !/^AU/.test(word)) continue;
    const body = BODY_FORM.get(word.toLowerCase());
    if (body) {
      // `Styrelsens arbetsutskott`: the committee of the board in the genitive is the body that meets
      found = { body: (endsInS(word) && committeeAfter(text, m.index + word.length)) || body, index: m.index };
      break;
    }
  }
  // `Kommunstyrelsen`, `Barn- och utbildningsnämnden`, `Kommunrevisionen`, `Direktionen`
  // (only one that starts before the body found counts: the text is read up to the body, and on to the end
  // of the run of letters, spaces and hyphens it stands in, where any organ's name that started before it ends)
  const scan = found === null ? text : text.slice(0, found.index + (ORGAN_RUN.exec(text.slice(found.index))?.[0].length ?? 0));
  for (const m of MAY_NAME_ORGAN.test(scan) ? eachMatch(ORGAN, scan) : []) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (NOT_ORGAN.has(word)) continue;
    if (!found || m.index < found.index) {
      found = { body: canonicalOrgan(m[1]!, m[2]!), index: m.index };
      // `Byggnadsnämndens arbetsutskott`, `KOMMUNSTYRELSENS ARBETSUTSKOTT`: the organ of an organ is the one that meets
      const rest = text.slice(m.index + m[0].length);
      if (endsInS(m[0]) && /s$/iu.test(m[0]) && (/^\s+\p{Ll}/u.test(rest) || (m[0] === m[0].toUpperCase() && CAPITALS_NEXT.test(rest)))) {
        const head = findBody(rest.trimStart());
        if (head && head.index === 0) found = { body: head.body, index: m.index };
      } else if (!isCommittee(found.body)) {
        // `REGIONSTYRELSEN Arbetsutskottet`, `Kommunstyrelsen` / `Personalutskottet`: the letterhead names the organ, then its committee
        const committee = committeeNamed(COMMITTEE_AFTER.exec(rest)?.[1]);
        if (committee !== null) found = { body: committee, index: m.index };
      }
    }
    break;
  }
  return found;
}

// the word right after an organ's name, on its line or opening the next, capitalised, and no lower-case word of a
// sentence after it (`Kommunstyrelsen Arbetsutskottet föreslår` is prose)
const COMMITTEE_AFTER = new RegExp(`^[ \\t]*(?:\\n[ \\t]*)?([${UPPER_LETTER}][${ANY_LETTER}]+)(?![${ANY_LETTER}-])(?![ \\t]+[${LOWER_LETTER}])`, 'u');
const COMMITTEE_NOUNS = new RegExp(`(?:${alternation(COMMITTEE_ENDINGS)})$`, 'u');
const isCommittee = (body: string): boolean => COMMITTEE_NOUNS.test(body);
/** The committee one word names (`Arbetsutskottet`, `Personalutskottet`, `AU`, `Presidiet`), or null. */
function committeeNamed(word: string | undefined): string | null {
  // (`AU` only in capitals, as everywhere)
  if (word === undefined || (word.length === 2 && word !== 'AU')) return null;
  const body = BODY_FORM.get(word.toLowerCase()) ?? (ORGAN_WORD.test(word) ? findBody(word)?.body : undefined);
  return body !== undefined && isCommittee(body) ? body : null;
}

/**
 * The committee a letterhead's cells name under its organ (`REGIONSTYRELSEN` · `PROTOKOLL` · `Arbetsutskottet`): a cell that
 * is an organ's name alone, and one of the next cells a committee's name alone; or null.
 */
export function committeeUnderOrgan(cells: readonly string[]): string | null {
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!.trim();
    if (!ORGAN_WORD.test(cell) || isCommittee(findBody(cell)?.body ?? 'utskott')) continue;
    for (let j = k + 1; j < cells.length && j <= k + COMMITTEE_CELL_REACH; j++) {
      const committee = committeeNamed(cells[j]!.trim());
      if (committee !== null) return committee;
    }
    return null;
  }
  return null;
}
// (the committee's cell is the next, or the one after the title's or the date's cell beside it)
const COMMITTEE_CELL_REACH = 3;

// (the letters the pattern folds to `s`: `s`, `S` and the long `ſ`; most organs end otherwise)
const endsInS = (word: string): boolean => {
  const c = word.charCodeAt(word.length - 1);
  return (c | 0x20) === 0x73 || c === 0x17f;
};

// the word after a body's genitive: `arbetsutskott` in `Styrelsens arbetsutskott`
const NEXT_WORD = new RegExp(`^[ \\t]+([${ANY_LETTER}-]+)`, 'u');
// (a committee's name is short: the next word is read from this many characters)
const NEXT_WORD_REACH = 40;

/** The body the word after a body's genitive names (`Styrelsens arbetsutskott`, `Styrelsens AU`), or ''. */
function committeeAfter(text: string, end: number): string {
  const next = NEXT_WORD.exec(text.slice(end, end + NEXT_WORD_REACH))?.[1];
  if (next === undefined) return '';
  const lower = next.toLowerCase();
  // (`AU` only in capitals, as everywhere)
  return lower === 'au' && next !== 'AU' ? '' : (BODY_FORM.get(lower) ?? '');
}

// the next word in capitals too, after a genitive in capitals
const CAPITALS_NEXT = new RegExp(`^\\s+[${UPPER_LETTER}]{2,}(?![${LOWER_LETTER}])`, 'u');
// `Kommunstyrelsen` → kommunstyrelse; compounds only as one word or with `- och` (`Bygg- och miljönämnden`);
// `Regionrådsmöte` → regionråd (the organ's meeting in one word)
const ORGAN = new RegExp(
  `(?<![${ANY_LETTER}-])((?:(?:${alternation(ORGAN_ADJECTIVES)})[ \\t]+)?(?:[${ANY_LETTER}]+-\\s+och\\s+)?[${ANY_LETTER}]*?)(${alternation(ORGAN_NOUNS)})(?:${alternation([...ORGAN_ENDINGS, ...ORGAN_MEETING_ENDINGS])})?(?![${ANY_LETTER}-])`,
  'giu',
);
// the characters an organ's name is made of
const ORGAN_RUN = new RegExp(`^[${ANY_LETTER}\\s-]*`, 'u');
// most texts hold none of the nouns, where the pattern's lazy prefix would try every word start
const MAY_NAME_ORGAN = hintOf(ORGAN_NOUNS);
const NOT_ORGAN = new Set<string>(NOT_ORGANS);
/** The organ as its canonical noun: lower case, one space, an adjective in its indefinite form (`Tekniska nämnden` → `teknisk nämnd`). */
function canonicalOrgan(prefix: string, noun: string): string {
  const organ = `${prefix}${noun}`.toLowerCase().replace(/\s+/g, ' ');
  const space = organ.indexOf(' ');
  const adjective = space > 0 ? ADJECTIVE_FORMS.get(organ.slice(0, space)) : undefined;
  if (adjective === undefined) return organ;
  return (NEUTER_ORGANS.has(noun.toLowerCase()) ? adjective.neuter : adjective.common) + organ.slice(space);
}
const ADJECTIVE_FORMS = new Map<string, (typeof ORGAN_ADJECTIVE_FORMS)[number]>(ORGAN_ADJECTIVE_FORMS.map((a) => [a.written, a]));
const NEUTER_ORGANS = new Set<string>(NEUTER_ORGAN_NOUNS);

const PUBLIC_NAME = `[${UPPER_LETTER}][${ANY_LETTER}-]*`;
const COMPASS = new Set<string>(ORGANISATION_PREFIXES);
const PREPOSITION = new Set<string>(NAME_PREPOSITIONS);
// `Högsby kommun`, `HÖGSBY KOMMUN`, `Göteborgs Stad`, `Region Halland`, `Kommunalförbundet Sydarkivera`
const PUBLIC_AFTER = new RegExp(`(?<![${ANY_LETTER}])((?:${PUBLIC_NAME} ){1,2})(${alternation(PUBLIC_BODIES.after)})(?![${ANY_LETTER}])`, 'giu');
const PUBLIC_PLACE = new RegExp(`(?<![${ANY_LETTER}])(${alternation(PUBLIC_BODIES.beforePlace)})[ \\t]+i[ \\t]+(${PUBLIC_NAME})(?![${ANY_LETTER}])`, 'giu');
const MAY_NAME_PLACE = new RegExp(alternation(PUBLIC_BODIES.beforePlace), 'i');
const PUBLIC_BEFORE = new RegExp(`(?<![${ANY_LETTER}])(${alternation(PUBLIC_BODIES.before)})[ \\t]+(${PUBLIC_NAME}(?:[ \\t]+${PUBLIC_NAME})?)(?![${ANY_LETTER}])`, 'giu');

// one word that names an organ (`Socialnämnden`, `KOMMUNSTYRELSEN`, `Direktionen`)
const ORGAN_WORD = new RegExp(`^[${ANY_LETTER}]*(?:${alternation(ORGAN_NOUNS)})(?:${alternation(ORGAN_ENDINGS)})?$`, 'iu');

/** A word of two letters or more all in capitals (`ÅNGE`, `KOMMUN`; not `Ånge`, `kommun`). */
const inCapitals = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** `HÖGSBY KOMMUN` → `Högsby kommun`: a name written in capitals, in the case Swedish writes it. */
function caseOf(name: string): string {
  if (name !== name.toUpperCase()) return name;
  // (`EKBY LÄNS LANDSTING`: the county's word in the middle too)
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/ (Kommun|Stad|Landsting|Kommunalförbund|Förbund|Län)$/u, (w) => w.toLowerCase())
    .replace(/ Läns (?=landsting$)/u, ' läns ');
}

/** A municipality, region or kommunalförbund named in the text (the first one). */
// `Helsingfors stadsstyrelse`, `Tallmo kommunfullmäktige`: a name before an organ of its
// town (the compound in lower case, as written after a name; `Enligt kommunstyrelsens` names none)
// (`Ekby läns landstingsstyrelse`: a county council's too)
const ORGAN_OF = new RegExp(`(?<![${ANY_LETTER}])(${PUBLIC_NAME}) (${alternation(ORGAN_OWNERS)})s?(?:${alternation(PUBLIC_BODIES.organs)})(?![${ANY_LETTER}])`, 'gu');

// `VÄSTRA GÖTALANDSREGIONEN`, `Västra Götalandsregionen`: a region that writes its name as one word with the region's,
// definite (a compass word before it); `regionen` alone, `i regionen`, is none
const ONE_WORD_REGION = new RegExp(
  `(?<![${ANY_LETTER}])((?:(?:${alternation(ORGANISATION_PREFIXES.flatMap((p) => [capitalise(p), p.toUpperCase()]))})[ \\t]+)?(?:[${UPPER_LETTER}][${LOWER_LETTER}]+regionen|[${UPPER_LETTER}]+REGIONEN))(?![${ANY_LETTER}])`,
  'u',
);
// (the letterhead's first words: further on, a region is named in its text)
const LETTERHEAD_REACH = 80;

/** A region whose name is one word (`Västra Götalandsregionen`) at the head of the letterhead, or null. */
export function oneWordRegion(letterhead: string): { name: string; index: number } | null {
  const head = letterhead.slice(0, LETTERHEAD_REACH);
  if (!head.includes('egionen') && !head.includes('EGIONEN')) return null;
  const m = ONE_WORD_REGION.exec(head);
  return m ? { name: caseOf(m[1]!), index: m.index } : null;
}

/** The town an organ's name gives (`Helsingfors stadsstyrelse` → `Helsingfors stad`). */
export function publicBodyOfOrgan(text: string): { name: string; index: number } | null {
  for (const m of eachMatch(ORGAN_OF, text)) {
    if (STOP_WORDS.has(m[1]!.toLowerCase())) continue;
    return { name: `${m[1]} ${m[2]}`, index: m.index };
  }
  return null;
}

/** The word that ends right before `at` (one space before it), or ''. */
function wordBefore(text: string, at: number): string {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return '';
  const start = text.lastIndexOf(' ', at - 2) + 1;
  return at - 1 - start <= 20 ? text.slice(start, at - 1) : '';
}

export function findPublicBody(text: string): { name: string; index: number } | null {
  const found: { name: string; index: number }[] = [];
  for (const m of allMatches(PUBLIC_AFTER, text)) {
    const words = m[1]!.trim().split(/[ \t]+/);
    // `Protokoll Högsby kommun`, `Kallelse Region`: only the name words before the head
    while (words.length && STOP_WORDS.has(words[0]!.toLowerCase())) words.shift();
    // `Kommunfullmäktige i Ekeby kommun`: a lower-case word (the pattern ignores case) is no name's
    while (words.length && OPENS_LOWER.test(words[0]!)) words.shift();
    // (nor, in a heading in capitals, a preposition: `ANVISNING FÖR EKBY KOMMUN`)
    while (words.length > 1 && PREPOSITION.has(words[0]!.toLowerCase())) words.shift();
    // `Jan-Owe Dvärby ÅNGE KOMMUN`: a letterhead in capitals run on after a name is written in capitals
    // throughout, and `VD Ekeby kommun` names no `VD`: a word in the other case than the head's is none of the name
    while (words.length > 1 && inCapitals(words[0]!) !== inCapitals(m[2]!)) words.shift();
    // `Socialnämnden Östby kommun`, a title flattened onto the letterhead: the organ before the name is none of it
    while (words.length > 1 && ORGAN_WORD.test(words[0]!) && !NOT_ORGAN.has(words[0]!.toLowerCase())) words.shift();
    // `Underskrift Ann Vesterlund Norrby kommun`, a footer run on after a signer: a surname after a given name is none of it
    if (words.length > 1 && isGivenName(wordBefore(text, m.index))) words.shift();
    if (!words.length || words.some((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    found.push({ name: caseOf(`${words.join(' ')} ${m[2]}`), index: m.index + m[0].indexOf(words[0]!) });
  }
  // (`Styrelsen för Högskolan i Ekby`: the place after `i` is the name's; the cheap test first, a word of the lexicon's)
  if (MAY_NAME_PLACE.test(text)) for (const m of allMatches(PUBLIC_PLACE, text)) found.push({ name: caseOf(`${m[1]} i ${m[2]}`), index: m.index });
  for (const m of allMatches(PUBLIC_BEFORE, text)) {
    const words = m[2]!.split(/[ \t]+/);
    const kept: string[] = [];
    for (const w of words) {
      // (`Region Halland Kansliet`: a definite noun after the name is none of it; `Räddningstjänsten Norra Dalen`: a place after a compass word is)
      // (`landstinget lämnar en …`: the pattern ignores case, and a word in lower case is no name's)
      if (STOP_WORDS.has(w.toLowerCase()) || OPENS_LOWER.test(w) || (/^\p{Lu}\p{Ll}+(?:en|et)$/u.test(w) && kept.length > 0 && !COMPASS.has(kept[kept.length - 1]!.toLowerCase()))) break;
      // (`Region Ekby Anna Ek`: a signer's given name run on after the name is none of it)
      if (kept.length > 0 && isGivenName(w)) break;
      kept.push(w);
    }
    if (!kept.length) continue;
    found.push({ name: caseOf(`${m[1]} ${countyOrGenitive(kept, text.slice(m.index + m[0].length - m[2]!.length + keptEnd(m[2]!, kept)))}`), index: m.index });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

// `Region Ekby län`, `Region Ekbys län`, `Region Ekby läns kansli`: the county's word after the name, in the genitive or not
const COUNTY = new RegExp(`^[ \\t]+(län)s?(?![${ANY_LETTER}])`, 'iu');
// a word of the running text after the name: `Kommunförbundet Eklands lokaler`
const LOWER_NEXT = new RegExp(`^[ \\t]+[${LOWER_LETTER}]`, 'u');

/** Where the kept words end in the name's run of words (its first words; a space or a tab between them). */
function keptEnd(run: string, kept: readonly string[]): number {
  let end = 0;
  for (const w of kept) end = run.indexOf(w, end) + w.length;
  return end;
}

/**
 * A name after the public body's word with what the text after it says of it: its county (`Region Ekby län`),
 * or the genitive's `s` dropped before a noun of the running text (`Kommunförbundet Eklands lokaler`).
 */
function countyOrGenitive(kept: string[], rest: string): string {
  // (a blank after the name, before either: most names end the line or a cell)
  if (!isBlank(rest.charCodeAt(0))) return kept.join(' ');
  const county = COUNTY.exec(rest);
  if (county) return `${kept.join(' ')} ${county[1]}`;
  const last = kept[kept.length - 1]!;
  if (GENITIVE.test(last) && LOWER_NEXT.test(rest)) return [...kept.slice(0, -1), last.slice(0, -1)].join(' ');
  return kept.join(' ');
}

/** The canonical organ of a decision subject (`Styrelsen`, `AU`), or null. */
export const bodyOfSubject = (subject: string): string | null => BODY_FORM.get(subject.toLowerCase()) ?? null;
