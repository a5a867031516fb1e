import { LOWER_LETTER } from '../../text/letters.js';
// A list's entry wrapped after its comma, what is said of the person on the next line in lower
// case (`Anna Ek (S),` / `ordförande`, `Per Ås (M),` / `tjänstgörande ersättare för Eva Ek (S)`):
// the second line is no one new, it goes on the entry above.
interface Placed {
  text: string;
  at: number;
}

// a tail in lower case, a few words: a position or a remark (`tjänstgörande ersättare för Eva Ek (S)`), not a paragraph run on
const TAIL = new RegExp(`^[${LOWER_LETTER}]\\S*(?:\\s+\\S+){0,7}$`, 'u');
const isTail = (text: string): boolean => TAIL.test(text);

/** values[k] is a tail on its line, and the line above it ends on a comma. */
const wrapsAfterComma = <V extends Placed>(values: readonly V[], k: number): boolean =>
  k > 0 && values[k - 1]!.at === values[k]!.at - 1 && values[k - 1]!.text.endsWith(',') && isTail(values[k]!.text);

/** The values with each entry's lower-case tail after a comma joined to it. */
export function commaWrappedJoined<V extends Placed>(values: readonly V[]): V[] {
  // (most lists wrap no entry: nothing is copied)
  let k = 1;
  while (k < values.length && !wrapsAfterComma(values, k)) k++;
  if (k >= values.length) return values as V[];
  const out: V[] = values.slice(0, k);
  // (the joined entry keeps its first line's place; the line it now ends on is the one a further tail must follow)
  let endsAt = out[out.length - 1]!.at;
  for (; k < values.length; k++) {
    const v = values[k]!;
    const last = out[out.length - 1]!;
    if (endsAt === v.at - 1 && last.text.endsWith(',') && isTail(v.text)) out[out.length - 1] = { ...last, text: `${last.text} ${v.text}` };
    else out.push(v);
    endsAt = v.at;
  }
  return out;
}
