// A place's value run on into the labels after it, the page's break lost (`Plats: Strået, Beslutande`,
// `Plats: Folkets hus Ärenden Föredragande`): the labels are the next block's, not the place's words.
import { PLACE_RUN_ON_LABELS } from '../../lexicon/frontpage.js';
import { UPPER_LETTER } from '../../text/letters.js';
import { trimEndOf } from '../../text/patterns.js';

const LABELS = new Set<string>(PLACE_RUN_ON_LABELS);
const OPENS_UPPER_WORD = new RegExp(`^[${UPPER_LETTER}]`, 'u');

/**
 * Where the labels that end a place's value begin (the run's first one capitalised, as a label opens), or -1 where
 * the value ends on a word of its own; a value that is all labels keeps them (it says nothing else).
 */
export function labelsRunOnAt(text: string): number {
  // (a label's word ends the value: its last word is looked up before anything is split)
  const last = text.lastIndexOf(' ');
  if (last < 0 || !LABELS.has(text.slice(last + 1).toLowerCase())) return -1;
  const words = text.split(' ');
  let from = words.length;
  while (from > 1 && LABELS.has(words[from - 1]!.replace(/[,:]$/u, '').toLowerCase())) from--;
  // (the run opens on a capital: `… lokal för beslutande Beslutande` keeps its lower-case word)
  while (from < words.length && !OPENS_UPPER_WORD.test(words[from]!)) from++;
  if (from >= words.length || from === 0) return -1;
  let at = 0;
  for (let k = 0; k < from; k++) at += words[k]!.length + 1;
  return at - 1;
}

/** The place without the labels run on after it (and the comma before them). */
export function withoutLabelsRunOn(text: string): string {
  const at = labelsRunOnAt(text);
  return at < 0 ? text : trimEndOf(text.slice(0, at), ' ,;:');
}
