// Front-page labels as tokens: which label a piece of text opens with, from the lexicon's
// list, and the stray words of a label that an extractor broke over two lines
// (`Plats och tid för` … / `sammanträde`, `Förvaringsplats` / `för protokollet`).
import { FRONT_PAGE_LABELS, type FrontField, type FrontLabel, type ValueClass } from '../lexicon/frontpage.js';
import { ROLE_HEADING_QUALIFIERS, SIGNATURE_LABELS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';

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
const QUALIFIERS = `(?:,?\\s+(?:${alternation(ROLE_HEADING_QUALIFIERS)})(?![\\p{L}]))*`;
const labelPattern = (alternatives: string): RegExp => new RegExp(`^(${alternatives})(?![\\p{L}§])(${QUALIFIERS})\\s*(?::(?!\\d)\\s*)?`, 'iu');
// the words a label broken over two lines leaves on the second
const TAIL = /^(?:för\s+)?(?:sammanträdet?|mötet|protokollet|justering|anslags\s+(?:uppsättande|nedtagande))\s*:?$/iu;
// a label is written as a label: not `Datum för utbetalning är …` or `Plats finns …`
const PROSE_AFTER = /^(?:är|var|blir|finns|för\s+\p{Ll}+\s+\p{Ll}|och\s+\p{Ll}+\s+\p{Ll})/u;

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const FIRST_WORD = /^[^\s:/]+/u;
// the labels by their first word: a text is tried against those that open with its own
// first word, not against the whole list (a long alternation is costly at every position)
const BY_FIRST_WORD = new Map<string, string[]>();
for (const w of BY_WORD.keys()) {
  const first = FIRST_WORD.exec(w)![0];
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), w]);
}
const LABEL_BY_FIRST_WORD = new Map<string, RegExp>([...BY_FIRST_WORD].map(([first, words]) => [first, labelPattern(alternation(words))]));

// Every stage asks of the same texts (the front page reads each cell as itself, as the top
// half of a label broken over two lines and as a row's head; reflow, furniture and the split
// ask again): answers are remembered, up to a bound. The answer depends on the text alone.
const ASKED = new Map<string, Readonly<LabelHit> | null>();
const ASKED_LIMIT = 8192;
// longer texts (a flattened page) are asked once and not kept
const ASKED_LENGTH = 200;

/** The label a piece of text opens with, if any. */
export function labelAt(text: string): Readonly<LabelHit> | null {
  if (text.length > ASKED_LENGTH) return findLabel(text);
  let hit = ASKED.get(text);
  if (hit === undefined) {
    hit = findLabel(text);
    if (hit) Object.freeze(hit);
    if (ASKED.size >= ASKED_LIMIT) ASKED.clear();
    ASKED.set(text, hit);
  }
  return hit;
}

function findLabel(text: string): LabelHit | null {
  // a label is written as one, capitalised: `ordförande` after a name is a position
  if (!/^[\p{Lu}§]/u.test(text)) return null;
  // most texts open with no label's first word: a set lookup before the pattern
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase() ?? '';
  const pattern = LABEL_BY_FIRST_WORD.get(first);
  if (!pattern) return first.endsWith('s') ? organsList(text) : null;
  const m = pattern.exec(text);
  if (!m) return organsList(text);
  const entry = BY_WORD.get(key(m[1]!));
  if (!entry) return null;
  const rest = text.slice(m[0].length);
  if (entry.weak && PROSE_AFTER.test(rest)) return null;
  const written = (m[1]! + (entry.field === 'participants' ? m[2]! : '')).replace(/\s+/g, ' ').trim();
  const length = entry.field === 'participants' ? m[0].length : m[0].length - m[2]!.length;
  return { field: entry.field, value: entry.value, text: written, length, weak: entry.weak === true };
}

// `Direktionens ledamöter`, `Styrelsens ersättare`: an organ's list of its people
const ORGANS_LIST = new RegExp(`^(\\p{Lu}\\p{Ll}+s\\s+)(?=\\p{Ll})`, 'u');

function organsList(text: string): LabelHit | null {
  const g = ORGANS_LIST.exec(text);
  if (!g) return null;
  const rest = text.slice(g[0].length);
  const inner = labelAt(rest.charAt(0).toUpperCase() + rest.slice(1));
  if (!inner || inner.field !== 'participants') return null;
  return { ...inner, text: `${g[1]!}${inner.text.charAt(0).toLowerCase()}${inner.text.slice(1)}`.replace(/\s+/g, ' '), length: g[0].length + inner.length };
}

/** A label written over two lines: the first line's label and the second line's start make a longer one. */
export function joinedLabel(first: string, second: string): LabelHit | null {
  // the second line goes on in lower case (`Datum för` / `anslags uppsättande`); a capital
  // starts a label of its own (`Närvarande` / `Ledamöter`)
  if (!/^\p{Ll}/u.test(second)) return null;
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

/** A line of signers' labels only, not a sentence that starts with `Ordförande …`. */
export const isSignerLabels = (text: string): boolean => SIGNERS_ONLY.test(text);
