// `Ärendelista 114 Dnr KS 2018/12 Information Dnr KS 2018/253 Beslut inför … Dnr KS 2018/641 Godkänna …`: a contents list
// flattened onto one line whose entries each open with the case's label and number, and whose § numbers a transcript lost
// but the first. The labels part the entries; the entries are the meeting's §§ in order, counting on from the first.
import type { ContentsEntry } from './contents.js';
import { CASE_NUMBER_LABELS } from '../lexicon/sv.js';
import { caseNumberOpening } from './case-number.js';
import { OPENS_UPPER } from './letters.js';
import { trimEndOf } from './patterns.js';

// the labels written as one word (`Dnr`, `Diarienr`): those that part a flattened line's entries
const LABELS = new Set<string>(CASE_NUMBER_LABELS.filter((l) => !l.includes(' ')).map((l) => trimEndOf(l, '.:')));
const NUMBER = /^\d{1,4}$/u;
// a list so parted has a few entries at least
const MIN_ENTRIES = 3;

const isLabel = (word: string): boolean => LABELS.has(trimEndOf(word, '.:').toLowerCase());

/**
 * The entries after the heading at word `head`: a number, then the case's label right after it, and the same label
 * opening each entry after, none with a number of its own before it (a list that kept its numbers is read as such); each
 * entry the case number its label names and a capitalised title. Null where fewer entries stand so.
 */
export function caseLabelEntries(words: readonly string[], head: number): ContentsEntry[] | null {
  if (!NUMBER.test(words[head + 1] ?? '') || !isLabel(words[head + 2] ?? '')) return null;
  const first = Number(words[head + 1]);
  const labels: number[] = [];
  for (let j = head + 2; j < words.length; j++) {
    if (!isLabel(words[j]!)) continue;
    // (a number right before a later label: the list kept its numbers)
    if (labels.length > 0 && NUMBER.test(words[j - 1]!)) return null;
    labels.push(j);
  }
  if (labels.length < MIN_ENTRIES) return null;
  const entries: ContentsEntry[] = [];
  for (let k = 0; k < labels.length; k++) {
    const hit = caseNumberOpening(words.slice(labels[k]! + 1, labels[k + 1] ?? words.length).join(' '));
    const title = hit?.after.trim().replace(/,$/u, '') ?? '';
    if (hit === null || title === '' || !OPENS_UPPER.test(title)) return null;
    entries.push({ number: first + k, title, caseNumber: hit.caseNumber });
  }
  return entries;
}
