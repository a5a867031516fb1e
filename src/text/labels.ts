// Front-page labels as tokens: which label a piece of text opens with, from the lexicon's
// list, and the stray words of a label that an extractor broke over two lines
// (`Plats och tid för` … / `sammanträde`, `Förvaringsplats` / `för protokollet`).
import { FINNISH_LABEL_GLOSSES, FRONT_PAGE_LABELS, type FrontField, type FrontLabel, type ValueClass } from '../lexicon/frontpage.js';
import { MEETING_PROSE_VERBS, ROLE_HEADING_QUALIFIERS, SECTION_HEADINGS, SIGNATURE_LABELS, STANDING_POINTS } from '../lexicon/sv.js';
import { TextMemo, ownCopy } from './memo.js';
import { alternation, capitalise, opensLikeTwo } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, OPENS_UPPER, UPPER_LETTER } from './letters.js';

export interface LabelHit {
  field: FrontField;
  value: ValueClass;
  /** The label as written (`Ej tjänstgörande ersättare`, `Justeringens plats och tid`). */
  text: string;
  /** Characters of the piece the label takes, a colon after it included. */
  length: number;
  weak: boolean;
}

const BY_WORD = new Map<string, FrontLabel>();
for (const l of FRONT_PAGE_LABELS) for (const w of l.words) if (!BY_WORD.has(w)) BY_WORD.set(w, l);
// participant headings run on with qualifiers: `Övriga närvarande tjänstepersoner`, `Ersättare, ej tjänstgörande`
const QUALIFIERS = `(?:,?\\s+(?:${alternation(ROLE_HEADING_QUALIFIERS)})(?![${ANY_LETTER}]))*`;
// the label's Finnish half in a bilingual municipality's minutes, after a dash or a slash (`PLATS - PAIKKA`, `Ordförande/Puheenjohtaja:`)
const GLOSS = `(?:\\s+[-–]\\s+|\\s*/\\s*)(?:${alternation(FINNISH_LABEL_GLOSSES)})(?![${ANY_LETTER}])`;
// A label's words, the first word's pattern each (`^(Justerare|Justeringens plats och tid)`), then what may follow any
// label, one sticky pattern for all (LABEL_TAIL) read from where the words end: the first word's patterns once each
// carried their own copy of the qualifiers' and the glosses' alternations, compiled again for every first word. The
// two read what the one pattern read: the tail matches at any place (each of its parts may be empty), so the words
// the one pattern took are the first whose boundary holds, as the words' pattern takes them, and the tail's first
// way is the one pattern's, nothing after it to turn it back.
const labelPattern = (alternatives: string): RegExp => new RegExp(`^(${alternatives})(?![${ANY_LETTER}§])`, 'iu');
// (a semicolon where the colon belongs, on a label's own line, `Ej tjänstgörande;`, before a value that opens
// as a name or a number does, `Sammanträdesplats; Kommungården`, or before the comma that followed a value the
// extraction lost, `Sammanträdestid ;, kl.19`)
const LABEL_TAIL = new RegExp(`(${QUALIFIERS})(?:${GLOSS})?\\s*(?::(?!\\d)\\s*|;\\s*$|;(?=\\s+[${UPPER_LETTER}\\d]|,)\\s*|\\.(?=\\s+[${UPPER_LETTER}])\\s*)?`, 'iuy');
/** The label's words at the text's start and what follows them, as `[all, words, qualifiers]`; null where no words are. */
function labelMatch(words: RegExp | undefined, text: string): [string, string, string] | null {
  const head = words?.exec(text);
  if (!head) return null;
  LABEL_TAIL.lastIndex = head[0].length;
  const tail = LABEL_TAIL.exec(text)!;
  return [head[0] + tail[0], head[1]!, tail[1]!];
}
// the words a label broken over two lines leaves on the second
const TAIL = /^(?:för\s+)?(?:sammanträdet?|mötet|protokollet|justering|anslags\s+(?:uppsättande|nedtagande))\s*:?$/iu;
// a label is written as a label: not `Datum för utbetalning är …` or `Plats finns …`
const OF_SOMETHING = new RegExp(`^av\\s+[${LOWER_LETTER}]`, 'u');
// (nor a point's title or a sentence about the meeting: `Sammanträdet öppnas`, `Sammanträde med nyvalda fullmäktige i …`)
const PROSE_AFTER = new RegExp(`^(?:är|var|blir|finns|(?:${alternation(MEETING_PROSE_VERBS)})(?![${ANY_LETTER}])|med\\s+[${LOWER_LETTER}]|för\\s+[${LOWER_LETTER}]+\\s+[${LOWER_LETTER}]|och\\s+[${LOWER_LETTER}]+\\s+[${LOWER_LETTER}])`, 'u');

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
// (a point or an ellipsis after it is the label's leader, not its word: `Underskrift... Eva Berg`, `Underskrift. Eva Berg`)
const FIRST_WORD = /^[^\s:;/.…,]+/u;
// the labels by their first word: a text is tried against those that open with its own
// first word, not against the whole list (a long alternation is costly at every position)
const BY_FIRST_WORD = new Map<string, string[]>();
for (const w of BY_WORD.keys()) {
  const first = FIRST_WORD.exec(w)![0];
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), w]);
}
const FIRST_WORDS: ReadonlySet<string> = new Set(BY_FIRST_WORD.keys());
// and by their first three letters, or two for a word of two (`Ej`) (every first word has two at least, and so
// has the head of a word glued to its value): a text that opens otherwise is no label but an organ's list, and
// is passed by without the cache (a lookup there reads the whole text; most texts that pass two letters fail three)
const FIRST_TRIPLES: ReadonlySet<string> = new Set([...FIRST_WORDS].filter((w) => w.length > 2).map((w) => w.slice(0, 3)));
const SHORT_WORDS: ReadonlySet<string> = new Set([...FIRST_WORDS].filter((w) => w.length <= 2));
// (those of plain letters as numbers: a text that opens with plain characters is looked up without a string made)
const lowerCode = (a: number): number => (a >= 65 && a <= 90 ? a | 32 : a);
const pairCode = (a: number, b: number): number => (lowerCode(a) << 7) | lowerCode(b);
const isPlain = (t: string): boolean => [...t].every((ch) => ch.charCodeAt(0) < 128);
const PLAIN_TRIPLES: ReadonlySet<number> = new Set([...FIRST_TRIPLES].filter(isPlain).map((t) => (pairCode(t.charCodeAt(0), t.charCodeAt(1)) << 7) | lowerCode(t.charCodeAt(2))));
const PLAIN_SHORT: ReadonlySet<number> = new Set([...SHORT_WORDS].filter((w) => w.length === 2 && isPlain(w)).map((w) => pairCode(w.charCodeAt(0), w.charCodeAt(1))));
/** Whether a text opens with the letters of a label's first word (a plain character lower-cased by its code, any other by toLowerCase). */
function mayOpenLabel(text: string): boolean {
  // (a place past a short text's end stands for no plain character, 128, as the NaN of a read there did: that read
  // cost the function its optimised code)
  const a = text.length > 0 ? text.charCodeAt(0) : 128;
  const b = text.length > 1 ? text.charCodeAt(1) : 128;
  const c = text.length > 2 ? text.charCodeAt(2) : 128;
  if (a < 128 && b < 128) {
    const pair = pairCode(a, b);
    if (PLAIN_SHORT.has(pair)) return true;
    if (c < 128) return PLAIN_TRIPLES.has((pair << 7) | lowerCode(c));
  }
  return FIRST_TRIPLES.has(text.slice(0, 3).toLowerCase()) || SHORT_WORDS.has(text.slice(0, 2).toLowerCase());
}
const LABEL_BY_FIRST_WORD = new Map<string, RegExp>([...BY_FIRST_WORD].map(([first, words]) => [first, labelPattern(alternation(words))]));
// the titles of points nearly every meeting has that open with a label's word (`Övriga frågor`, `Övriga ärenden`): no label
const TITLES_OF_LABEL_WORDS = [...STANDING_POINTS, ...SECTION_HEADINGS.flatMap((s) => s.words)].filter((t) => t.includes(' ') && FIRST_WORDS.has(FIRST_WORD.exec(t)![0]));
const TITLE_NOT_LABEL = new RegExp(`^(?:${alternation(TITLES_OF_LABEL_WORDS)})(?![${ANY_LETTER}])`, 'iu');

// Every stage asks of the same texts (the front page reads each cell as itself, as the top
// half of a label broken over two lines and as a row's head; reflow, furniture and the split
// ask again): answers are remembered, up to a bound. The answer depends on the text alone.
// (A hit keeps a copy of its label's words: a slice would keep the whole file's text alive.)
const ASKED = new TextMemo<Readonly<LabelHit> | null>(8192, (text) => {
  const hit = findLabel(text);
  return hit && Object.freeze({ ...hit, text: ownCopy(hit.text) });
});
// longer texts (a flattened page) are asked once and not kept
const ASKED_LENGTH = 200;

/** The label a piece of text opens with, if any. */
export function labelAt(text: string): Readonly<LabelHit> | null {
  // (most texts open with no label's first letters: a lookup in the small set costs less than one in the cache)
  if (!mayOpenLabel(text)) return /^[\p{Lu}§]/u.test(text) ? organsList(text) : null;
  return text.length > ASKED_LENGTH ? findLabel(text) : ASKED.get(text);
}

function findLabel(text: string): LabelHit | null {
  // a label is written as one, capitalised: `ordförande` after a name is a position
  if (!/^[\p{Lu}§]/u.test(text)) return null;
  // most texts open with no label's first word: a set lookup before the pattern
  const word = FIRST_WORD.exec(text)?.[0] ?? '';
  const first = word.toLowerCase();
  // (a seam inside the first word is looked for first: past it, the seam matters only to a text that passed)
  const inWord = FIRST_WORDS.has(first) ? -1 : gluedSeam(text, word.length);
  if (!FIRST_WORDS.has(first) && !(inWord > 0 && FIRST_WORDS.has(first.slice(0, inWord)))) return first.endsWith('s') ? organsList(text) : null;
  const seam = inWord > 0 ? inWord : gluedSeam(text, text.length);
  // an extractor glued the label to its value (`Utses att justeraPia Holm`,
  // `Sammanträdesdatum2024-03-01`): read it as if a space stood at the seam
  if (seam > 0) {
    const glued = matchLabel(`${text.slice(0, seam)} ${text.slice(seam)}`, seam);
    if (glued) return { ...glued, length: glued.length - 1 };
  }
  if (TITLE_NOT_LABEL.test(text)) return null;
  return matchLabel(text, -1, first);
}

/** The label at the start of a text; where `end` ≥ 0, only a label that ends there. `first` is its first word in lower case, where already read. */
function matchLabel(text: string, end: number, first = FIRST_WORD.exec(text)?.[0].toLowerCase() ?? ''): LabelHit | null {
  const m = labelMatch(LABEL_BY_FIRST_WORD.get(first), text);
  if (!m) return end < 0 ? organsList(text) : null;
  if (end >= 0 && (m[1]!.length !== end || m[2] !== '')) return null;
  const entry = BY_WORD.get(key(m[1]!));
  if (!entry || (entry.colon && !m[0].includes(':') && !m[0].includes(';'))) return null;
  if (entry.field === 'participants' && /\s\p{Lu}/u.test(m[1]!)) {
    // `Beslutande Ledamöter`: two headings side by side, when each is one on its own
    const head = columnHead(m[1]!);
    if (head) return head;
  }
  const rest = text.slice(m[0].length);
  if (entry.weak && PROSE_AFTER.test(rest)) return null;
  // the anslag block's sentence `Justering av nämndens protokoll har tillkännagivits …`: no label
  if (entry.field === 'adjustedAt' && OF_SOMETHING.test(rest)) return null;
  // a capital after a space starts the next column's heading (`Beslutande Ledamöter Tjänstgörande ersättare`)
  const capital = entry.field === 'participants' && m[2] !== '' && /\p{Ll}/u.test(m[1]!) ? /\s\p{Lu}/u.exec(m[2]!) : null;
  if (capital) {
    const qualifiers = m[2]!.slice(0, capital.index);
    return { field: entry.field, value: entry.value, text: (m[1]! + qualifiers).replace(/\s+/g, ' ').trim(), length: m[1]!.length + qualifiers.length, weak: entry.weak === true };
  }
  const written = (m[1]! + (entry.field === 'participants' ? m[2]! : '')).replace(/\s+/g, ' ').trim();
  const length = entry.field === 'participants' ? m[0].length : m[0].length - m[2]!.length;
  return { field: entry.field, value: entry.value, text: written, length, weak: entry.weak === true };
}

/** A word's head before a glued seam (`ErsättareOla` → `Ersättare`), or the word. */
export function gluedHead(word: string): string {
  const seam = gluedSeam(word, word.length);
  return seam > 0 ? word.slice(0, seam) : word;
}

/** The first of participant headings written side by side in one label's words (`Beslutande Ledamöter`). */
function columnHead(words: string): LabelHit | null {
  const capital = /\s\p{Lu}/u.exec(words);
  if (!capital || !/^\p{Lu}\p{Ll}/u.test(words)) return null;
  const first = words.slice(0, capital.index);
  const entry = BY_WORD.get(key(first));
  if (entry?.field !== 'participants' || BY_WORD.get(key(words.slice(capital.index + 1)))?.field !== 'participants') return null;
  return { field: entry.field, value: entry.value, text: first, length: first.length, weak: entry.weak === true };
}

// how far into a piece a label glued to its value may end
const SEAM_REACH = 48;

/**
 * Where the first word glued to the next ends (`tidStadshuset`, `datum2024`): a lower-case
 * letter followed by a capital or a digit, within a label's reach (and the first `within`
 * characters); -1 where there is none.
 */
function gluedSeam(text: string, within: number): number {
  const n = Math.min(text.length, within, SEAM_REACH);
  for (let k = 1; k < n; k++) {
    const c = text.charCodeAt(k);
    const digit = c >= 48 && c <= 57;
    if ((digit || isUpperAt(text, k)) && isLowerAt(text, k - 1)) return k;
  }
  return -1;
}

const isUpperAt = (s: string, k: number): boolean => {
  const c = s.charCodeAt(k);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[k]!;
  return ch !== ch.toLowerCase();
};
const isLowerAt = (s: string, k: number): boolean => {
  const c = s.charCodeAt(k);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = s[k]!;
  return ch !== ch.toUpperCase();
};

// `Direktionens ledamöter`, `Styrelsens ersättare`: an organ's list of its people
const ORGANS_LIST = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+s\\s+)(?=[${LOWER_LETTER}])`, 'u');

function organsList(text: string): LabelHit | null {
  const g = ORGANS_LIST.exec(text);
  if (!g) return null;
  const rest = text.slice(g[0].length);
  const inner = labelAt(capitalise(rest));
  if (!inner || inner.field !== 'participants') return null;
  return { ...inner, text: `${g[1]!}${inner.text.charAt(0).toLowerCase()}${inner.text.slice(1)}`.replace(/\s+/g, ' '), length: g[0].length + inner.length };
}

// the headings written without their colon where people follow them (`Kansliet`)
const OVER_PEOPLE_WORDS = FRONT_PAGE_LABELS.filter((l) => l.overPeople).flatMap((l) => l.words);
const OVER_PEOPLE = new RegExp(`^(${alternation(OVER_PEOPLE_WORDS)})(?![${ANY_LETTER}])`, 'iu');
// (their first two letters, asked before either pattern: most lines open with others)
const MAY_BE_OVER_PEOPLE = opensLikeTwo(OVER_PEOPLE_WORDS);

/**
 * `Kansliet` (`Kansliet   Sofia Alm`, `Kansliet Sofia Alm, Tor Berg`): a heading over the people who
 * follow it that is written as a label only with its colon elsewhere. The caller says people follow.
 */
export function headingOverPeople(text: string): LabelHit | null {
  const m = MAY_BE_OVER_PEOPLE(text) && OPENS_UPPER.test(text) ? OVER_PEOPLE.exec(text) : null;
  if (!m) return null;
  const entry = BY_WORD.get(key(m[1]!))!;
  return { field: entry.field, value: entry.value, text: m[1]!, length: m[1]!.length, weak: true };
}

/** A label written over two lines: the first line's label and the second line's start make a longer one. */
export function joinedLabel(first: string, second: string): LabelHit | null {
  // the second line goes on in lower case (`Datum för` / `anslags uppsättande`); a capital
  // starts a label of its own (`Närvarande` / `Ledamöter`)
  if (!OPENS_LOWER.test(second)) return null;
  const own = labelAt(first);
  const joined = labelAt(`${first} ${second}`);
  if (!joined || joined.length <= first.length + 1) return null;
  if (own && own.length >= joined.length) return null;
  return joined;
}

/** The second line of a label broken over two lines (`sammanträde`, `för protokollet`). */
export const isLabelTail = (text: string): boolean => TAIL.test(text.trim());

// signers' labels alone on a line: `Vid protokollet`, `Justeras   Ordförande`, `Sekreterare:`
const SIGNER_WORDS = alternation(SIGNATURE_LABELS.flatMap((l) => l.words));
const SIGNERS_ONLY = new RegExp(`^(?:${SIGNER_WORDS})(?:\\s+(?:${SIGNER_WORDS}))*[\\s:.]*$`, 'iu');
// (a line's first two letters open a signer's label before the pattern reads it whole: most lines open none)
const mayOpenSigner = opensLikeTwo(SIGNATURE_LABELS.flatMap((l) => l.words));
/** A line of signers' labels only, not a sentence that starts with `Ordförande …`. */
export const isSignerLabels = (text: string): boolean => mayOpenSigner(text) && SIGNERS_ONLY.test(text);

// the labels of when and where, and a list's heading among them, that a letterhead's row may end with
const ROW_END_FIELDS = new Set<FrontField>(['date', 'time', 'place', 'dateAndTime', 'placeAndTime', 'participants']);
const WHEN_WHERE_FIELDS = new Set<FrontField>(['date', 'time', 'place', 'dateAndTime', 'placeAndTime']);

/** Whether a label names when or where the meeting is. */
export const namesWhenOrWhere = (label: LabelHit): boolean => WHEN_WHERE_FIELDS.has(label.field);

/**
 * The labels a letterhead's row ends with, each a word of its own, as Åland minutes print the grid's labels
 * (`SAMMANTRÄDESPROTOKOLL Nr 4/23 Tid Plats Närvarande`): two at least, one of when or where, with the row
 * before them. Null where the row ends otherwise (at its last word, for most rows).
 */
export function labelsEndingRow(text: string): { text: string; labels: LabelHit[] } | null {
  // (the row's last word looked up alone, labelAt's own first look at three letters: most rows end on no label's word)
  const labels: LabelHit[] = [];
  let rest = text;
  for (let cut = rest.lastIndexOf(' '); cut > 0; cut = rest.lastIndexOf(' ')) {
    const word = rest.slice(cut + 1);
    const label = labelAt(word);
    if (!label || label.length !== word.length || !ROW_END_FIELDS.has(label.field)) break;
    labels.unshift(label);
    rest = rest.slice(0, cut).trimEnd();
  }
  return labels.length >= 2 && labels.some(namesWhenOrWhere) && rest !== '' ? { text: rest, labels } : null;
}
