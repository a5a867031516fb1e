// The paragraphs a signer signs, written where one range stands: a § number or range
// (`35-39`, `42`, `§ 7`), and a list of them with a comma between each (`35-39, 42`,
// `§§ 1-4, 6-7`). The front page reads it as the declared range, a signature line cuts it
// from between a signer's label and name.
import { DASH } from './patterns.js';

/** One number or range of the list (`42`, `35-39`, `§ 7 till § 9`), unanchored. */
export const RANGE_ITEM = `(?:§\\s?)?\\d{1,4}(?:\\s?(?:${DASH}{1,2}|till)\\s?(?:§\\s?)?\\d{1,4})?`;
/** The list's pattern, unanchored, for larger patterns to take in. */
export const RANGE_LIST = `(?:§§?\\s?)?${RANGE_ITEM}(?:\\s?,\\s?${RANGE_ITEM})*`;
const RANGE_LIST_ONLY = new RegExp(`^${RANGE_LIST}$`, 'u');
// (a list holds one range at least: `35, 42` alone says nothing of paragraphs)
const DASHED = new RegExp(`\\d\\s?(?:${DASH}{1,2}|till)\\s?(?:§\\s?)?\\d`, 'u');

/** A list of numbers and ranges with a comma between each that holds one range (`35-39, 42`). */
export const isRangeList = (text: string): boolean => text.includes(',') && RANGE_LIST_ONLY.test(text) && DASHED.test(text);

/** A list, or a range alone (`35-42`), with a dash: the test for what a pattern built on `RANGE_LIST` found. */
export const isDashedList = (text: string): boolean => DASHED.test(text) && RANGE_LIST_ONLY.test(text);

// one paragraph's number alone (`80`, `§ 80`)
const LONE_NUMBER = /^(?:§\s?)?\d{1,4}$/u;
/** One paragraph's number alone (`Sekreterare 80 Eva Ek`: the one § a signer signs). */
export const isLoneNumber = (text: string): boolean => LONE_NUMBER.test(text);
