// Signers whose names stand before the labels they signed over, the page run on into one line
// (Swedish-language Finnish and Åland minutes sign over `Ordförande`, `Protokolljusterare`):
// `Protokolljustering Tea Lund Protokolljusterare Ove Sand Protokolljusterare`. Read label, value,
// each name goes to the label before it and the last label has none; here the last signer's label
// has no name after it on its line, and each name before a signer's label is that label's. Each
// name is moved after its label, so the stream reads label, value as elsewhere.
import { isGivenName } from '../../text/persons.js';
import { labelAt, type LabelHit } from '../../text/labels.js';
import { capitalise, trimEndOf } from '../../text/patterns.js';
import { CAPITALISED_WORD, OPENS_LOWER } from '../../text/letters.js';
import type { Piece } from './pieces.js';
import { SIGNERS } from './names-over-labels.js';
import { classOf, namesPerson } from './values.js';

/**
 * The name a value ends on (`Sammanträdet är kungjort Vikby Ove Sand`: `Ove Sand`), its party's bracket with it;
 * the whole value where it is a name; null otherwise.
 */
function nameAtEnd(text: string): string | null {
  const words = text.split(' ');
  let end = words.length;
  // (a party's bracket after the name)
  if (end > 2 && words[end - 1]!.startsWith('(') && words[end - 1]!.endsWith(')')) end--;
  if (end < 2) return null;
  // (a double given name before the surname, `Lene Maj Ek`, else one; where the value is more than the name, a known given name)
  const from = end >= 3 && isGivenName(words[end - 3]!) && isGivenName(words[end - 2]!) ? end - 3 : end - 2;
  if (from > 0 && !isGivenName(words[from]!)) return null;
  const name = words.slice(from).join(' ');
  return namesPerson(name) ? name : null;
}

/**
 * `Olle Dal protokolljusterare,`: a name and, in lower case, the role word of the signer's label before it (its comma
 * or point after it): the name and that word's label; null otherwise.
 */
function nameThenOwnRole(text: string, field: string): { name: string; label: LabelHit } | null {
  // (the cheap test: the text ends on a word in lower case)
  const space = text.lastIndexOf(' ');
  if (space < 0 || !OPENS_LOWER.test(text.slice(space + 1))) return null;
  const word = trimEndOf(text.slice(space + 1), ',.');
  const label = labelAt(capitalise(word));
  const name = text.slice(0, space);
  // (one name and nothing else before the word: not a list of names and a row of role words after it)
  return label && label.field === field && label.length === word.length && nameAtEnd(name) === name ? { name, label } : null;
}

/** The text opens with a person's name (two words, or three with a double given name), a bracket or a comma after it allowed. */
function opensWithName(text: string): boolean {
  const words = text.split(' ', 4).map((w) => trimEndOf(w, ','));
  return namesPerson(words.slice(0, 2).join(' ')) || (words.length >= 3 && isGivenName(words[1]!) && namesPerson(words.slice(0, 3).join(' ')));
}

// a value that is a name by its shape alone, two or three capitalised words (`Rabbe Dahlqvist`): taken as the first signer's
// only where the names of the signers after it and the last label's lone word say the run is names before labels
const NAME_SHAPED = new RegExp(`^${CAPITALISED_WORD}(?: ${CAPITALISED_WORD}){1,2}$`, 'u');

/** The name the text ends on follows a sentence's end (`… eller rakvatten! Irja Ek`). */
function afterSentence(text: string): boolean {
  const name = nameAtEnd(text);
  const head = name ? text.slice(0, text.length - name.length).trimEnd() : '';
  return head.length > 0 && SENTENCE_END.has(head.charCodeAt(head.length - 1));
}
// `.`, `!`, `?`
const SENTENCE_END = new Set<number>([0x2e, 0x21, 0x3f]);

/** The index of the label that opens the run of names and signers' labels ending at signer's label `i`; -1 where there is none. */
function runStart(pieces: readonly Piece[], i: number): number {
  let k = i;
  // (a value of one piece each, on its label's line: a label, its value, the next label; two signers at least)
  while (k >= 2 && !pieces[k - 1]!.label && pieces[k - 2]!.label && pieces[k - 1]!.at === pieces[k - 2]!.at) {
    const field = pieces[k - 2]!.label!.field;
    const opening = !SIGNERS.has(field) && k !== i;
    if (nameAtEnd(pieces[k - 1]!.text) === null && !(opening && NAME_SHAPED.test(pieces[k - 1]!.text))) return -1;
    // (a list's last name is no signer's, unless a sentence ends right before it: `… kallas till sammanträde … rakvatten! Irja
    // Ek Ordförande …`, a notice's call under the called members' label, its signers after it)
    if (!SIGNERS.has(field)) return (field === 'participants' && !afterSentence(pieces[k - 1]!.text)) || k === i ? -1 : k - 2;
    k -= 2;
  }
  return -1;
}

/**
 * The front page's pieces with each run of names written before their signers' labels put in label, value order
 * (the pieces changed in place, and returned).
 */
export function signersBeforeLabels(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!p.label || !SIGNERS.has(p.label.field)) continue;
    // the last signer's label, no name after it (on its line, or a person's on the next: `Justerare` / `Kajsa Holm`)
    const next = pieces[i + 1];
    // (`Olle Dal protokolljusterare,` after it on its line: the last name with its own role word, which is the last label)
    const last = next && !next.label && next.at === p.at ? nameThenOwnRole(next.text, p.label.field) : null;
    if (last) {
      pieces.splice(i + 1, 1, { ...next!, text: last.name }, { label: last.label, text: '', at: next!.at, col: next!.col + last.name.length + 1, groupStart: false });
      continue;
    }
    // (what follows on its line may be the next part of the page, run on: `… Protokolljusterare Protokollet framlagts till
    // påseende …`; a name opening it is the label's, and one ending it the next label's)
    if (next && !next.label && ((next.at === p.at && (opensWithName(next.text) || nameAtEnd(next.text) !== null)) || classOf(next.text) === 'persons')) continue;
    const start = runStart(pieces, i);
    if (start < 0) continue;
    // the opening label keeps what its value holds before the name; a sentence before a later name is no signer's
    const out: Piece[] = [pieces[start]!];
    for (let k = start + 1; k < i; k += 2) {
      const value = pieces[k]!;
      // (the first signer's name may be one the lexicon lacks, `Rabbe Dahlqvist`: the run's shape says it is a name)
      const name = nameAtEnd(value.text) ?? value.text;
      const head = value.text.slice(0, value.text.length - name.length).trimEnd();
      if (k === start + 1 && head !== '') out.push({ ...value, text: head });
      out.push({ ...pieces[k + 1]!, groupStart: false }, { ...value, text: name, col: value.col + value.text.length - name.length, groupStart: false, paired: true });
    }
    pieces.splice(start, i - start + 1, ...out);
    i = start + out.length - 1;
  }
  return pieces;
}
