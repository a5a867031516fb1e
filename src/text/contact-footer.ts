// A letterhead's contact footer that an extractor ran on after the last name of a list
// (`Lisa Dahl, kanslichef Räddningstjänsten Norra Dalen Brandvägen 4 123 45 Dalby Växel
// 0123-456 78 E-post info@…`): where it starts, so that the entry ends there. It is known by
// an address (a street and its number, a postcode and its town, `Box 12`), a contact label
// (`Växel`, `E-post`) or an e-mail address, and it opens with the name heading the address.
import { CONTACT_LABELS, STREET_ENDINGS } from '../lexicon/sv.js';
import { allMatches, alternation } from './patterns.js';
import { isGivenName } from './persons.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

const CONTACT_LABEL = alternation(CONTACT_LABELS.map((l) => l.charAt(0).toUpperCase() + l.slice(1)));
const FOOTER_MARK = new RegExp(
  [
    `(?<![${ANY_LETTER}])[${UPPER_LETTER}][${LOWER_LETTER}]*(?:${alternation(STREET_ENDINGS)})\\s+\\d{1,4}(?!\\d)`,
    `(?<![\\d${ANY_LETTER}])(?:Box|BOX)\\s+\\d{1,6}(?!\\d)`,
    `(?<![\\d§-])\\d{3}\\s?\\d{2}\\s+[${UPPER_LETTER}]{2,}(?![${ANY_LETTER}])|(?<![\\d§-])\\d{3}\\s\\d{2}\\s+[${UPPER_LETTER}][${LOWER_LETTER}]+`,
    `(?<![${ANY_LETTER}])(?:${CONTACT_LABEL})(?![${ANY_LETTER}])(?=[\\s:]*[\\d+(]|[\\s:]*[\\w.-]+@)`,
    `(?<![\\w.-])[\\w.-]+@[\\w-]+\\.[\\w.]+`,
  ].join('|'),
  'u',
);
const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*$`, 'u');
const WORD = /\S+/gu;

/** Where a contact footer starts in an entry (the name heading its address, when one does), or -1. */
export function contactFooterStart(text: string): number {
  // (no footer without a digit or an e-mail's sign: most entries have neither)
  if (!/[\d@]/u.test(text)) return -1;
  const m = FOOTER_MARK.exec(text);
  if (!m) return -1;
  // back over the capitalised words before it (`Räddningstjänsten Norra Dalen`), up to a word of the entry's:
  // a lower-case word, a word a comma or bracket ends, or a surname after its given name
  const words = allMatches(WORD, text.slice(0, m.index));
  let start = m.index;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]![0];
    if (!CAPITALISED.test(w) || (k > 0 && isGivenName(words[k - 1]![0])) || isGivenName(w)) break;
    start = words[k]!.index;
  }
  return start;
}

// a contact label and the number after it (`Fax 686 80`, `Telefon: 0123-45 67 89`, `växel 0565 160 00`)
const LABELLED_NUMBER = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(CONTACT_LABELS)})\\.?:?\\s*[+(]?\\d`, 'iu');
const E_MAIL = /(?<![\w.-])[\w.-]+@[\w-]+\.[a-z]{2,}/iu;

/**
 * `Kommunstyrelsen 0565 160 01 Fax 686 80 SUNNE kansli@sunne.se`: the rest of a line a letterhead's contact footer
 * numbers like a point (its department's `1.`), known by a contact label and its number and an e-mail address.
 */
export function isContactLine(text: string): boolean {
  // (the cheap test: an e-mail's sign; most titles hold none)
  return text.includes('@') && E_MAIL.test(text) && LABELLED_NUMBER.test(text);
}
