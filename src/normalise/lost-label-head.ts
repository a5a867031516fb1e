import { FRONT_PAGE_LABELS } from '../lexicon/frontpage.js';
import { alternation } from '../text/patterns.js';
import { LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';
// A web transcript that lost the first half of the decision makers' label (`Beslutande` printed
// as `ande`: `Sida ande Reidun Lind (KD), ordförande …`, `kl. 18:00-22:00 ande ledamöter Ej
// tjänstgörande ersättare …`, `Närvarande: ande: Malin Berg (M) …`): where `ande` stands alone as
// a word on the front page before a name, a list's own heading (`ledamöter`) or a colon, the label
// gets its word back, so that the later stages see `Beslutande`. Nothing else in a front page is
// the word `ande` before a name. Nor is it right after the place-and-time label, where a column of
// labels flattened before its values puts it (`Plats och tid för sammanträdet ande Lindrummet,
// Kommunhuset, … kl Gun Ek (s), ordförande …`), whatever follows.

// how far into the text the front page's label may stand
const FRONT_SCAN = 4_000;
// after `ande`: its colon, the members' heading, or a name (two capitalised words)
const AFTER = new RegExp(`^(?::|\\s+(?:[Ll]edamöter\\b|[${UPPER_LETTER}][${LOWER_LETTER}]+[\\s-][${UPPER_LETTER}]))`, 'u');

// the place-and-time label just before `ande` (its words from the front-page lexicon, not the weak ones)
const PLACE_AND_TIME_BEFORE = new RegExp(
  `(?:^|\\s)(?:${alternation(FRONT_PAGE_LABELS.filter((l) => l.field === 'placeAndTime' && !l.weak).flatMap((l) => l.words))})\\s$`,
  'iu',
);
// how far back the label may start (its longest form and a space)
const LABEL_REACH = 40;

export function restoreLostLabelHead(text: string): string {
  const head = text.slice(0, FRONT_SCAN);
  let from = 0;
  for (let at = head.indexOf('ande', from); at >= 0; at = head.indexOf('ande', from)) {
    from = at + 4;
    // (a word of its own: after a space, a colon or the line's start; `Närvarande`, `Beslutande` are no such word)
    const before = at === 0 ? 32 : head.charCodeAt(at - 1);
    if (before !== 32 && before !== 10 && before !== 58) continue;
    if (!AFTER.test(head.slice(at + 4, at + 40)) && !PLACE_AND_TIME_BEFORE.test(head.slice(Math.max(0, at - LABEL_REACH), at))) continue;
    return `${text.slice(0, at)}Beslut${text.slice(at)}`;
  }
  return text;
}
