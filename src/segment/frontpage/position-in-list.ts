// A members' table flattened to a line, each row's role word printed beside its name (`Lars Alm (m) Ordförande
// … Vice ordförande Ordförande Eva Ek (m) kl Ola Ny (m) Ersätter …`): a chair's label read there, between the
// members' list and the next list, took all the people run on after it, and the signatures had a chair of seven.
// Such a label is the word of the row before it: its people go on the list above it.
import { splitPersons } from '../../text/persons.js';
import type { FrontPageField } from './read.js';

// a signer signs alone: a value naming this many people or more is a list's
const MIN_LIST = 3;

export function positionInList(fields: readonly FrontPageField[]): void {
  for (let k = 1; k + 1 < fields.length; k++) {
    const f = fields[k]!;
    const list = fields[k - 1]!;
    if (f.field !== 'chair' || f.values.length !== 1 || list.field !== 'participants' || list.values.length === 0 || fields[k + 1]!.field !== 'participants') continue;
    if (splitPersons(f.values[0]!.text).length < MIN_LIST) continue;
    list.values.push(...f.values);
    f.values = [];
    f.value = 'none';
  }
}

/**
 * A list whose entries are written position first, flattened after its label (`Övriga deltagande Sekreterare Eva Ek,
 * tf. förvaltningschef Ola Berg, områdeschef Siv Dal`): the first entry's position is a signer's word, read as the
 * signer's label, which took the whole list and left its own list empty. A chair's or a secretary's label right after
 * a list's that holds nothing, whose value names several people, is the first entry's position: label and value go on
 * the list, as written.
 */
export function signerWordOpeningList(fields: readonly FrontPageField[]): void {
  for (let k = 1; k < fields.length; k++) {
    const f = fields[k]!;
    const list = fields[k - 1]!;
    if ((f.field !== 'chair' && f.field !== 'secretary') || f.values.length !== 1 || list.field !== 'participants' || list.values.length !== 0) continue;
    // (the cheap test first: a list's value holds commas between its entries)
    const value = f.values[0]!;
    if (!value.text.includes(',') || splitPersons(value.text).length < MIN_LIST) continue;
    list.values.push({ ...value, text: `${f.label} ${value.text}` });
    f.values = [];
    f.value = 'none';
  }
}
