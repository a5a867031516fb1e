// Minutes whose transcript lost the signs of their §§ and some numbers with them, each § on a page of its own under the
// letterhead (`2 EKBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande Ordföranden öppnade … 2 Val av två
// protokollsjusterare … 3 EKBY KOMMUN … Dnr: 452/ Val av … 4 EKBY KOMMUN … 4 Budget … 5 …`): the declared range's run
// is found from its later numbers (4, 5), and the first §§ before it are read as a run cut short is, from a standing
// point's title after its number (`2 Val av två protokollsjusterare`, the opening point before it § 1).
import { standingRun, withStandingSigns } from './standing-headings.js';

const SIGN_NUMBER = /§ (\d{1,4})/u;

/**
 * The text (its run's signs put in) with the signs of the first §§ too, where the run starts past the declared
 * range's first number (or past 1) and a run of standing points' numbers stands before it; else the text as it is.
 */
export function standingBefore(text: string, declared: RegExpExecArray | null, listLine: (line: string) => boolean): string {
  const first = SIGN_NUMBER.exec(text);
  // (from the range's first number, or from 1 where none is declared near the top)
  const from = declared === null ? 1 : Number(declared[1]);
  const runFrom = first ? Number(first[1]) : from;
  if (first === null || runFrom <= from) return text;
  const head = standingRun(text.slice(0, first.index), listLine, from, runFrom - 1);
  return head === null ? text : withStandingSigns(text.slice(0, first.index), head) + text.slice(first.index);
}
