// A letterhead flattened onto one line (`Protokoll Socialnämnden Östby kommun`, `Socialnämnden
// Protokoll`, `ÖSTBY KOMMUN Protokoll 1(14)`): the organ and the organisation stood in other
// columns of the row than the document's title, which is the kind's word (and its number) alone.
import { HEADER_LABELS, KIND_TITLES, MONTHS, NOTICE_ISSUED_LABELS, NOTICE_ISSUED_SUBJECTS, ORGAN_ADJECTIVES, ORGAN_NOUNS, PAGE_WORDS, PUBLIC_BODIES } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

const KIND = `(?:${alternation(Object.values(KIND_TITLES).flat())})(?:\\s+(?:nr\\.?\\s*)?\\d[\\d/:.-]{0,10})?`;
// an organ by its definite form (`Socialnämnden`, `Barn- och utbildningsnämnden`, `Tekniska nämnden`)
const ORGAN = `(?:(?:${alternation(ORGAN_ADJECTIVES)})\\s+)?(?:[${ANY_LETTER}]+-\\s+och\\s+)?[${ANY_LETTER}]*?(?:${alternation(ORGAN_NOUNS)})(?:en|et|n)?`;
// an organisation (`Östby kommun`, `Region Norrland`, `Samordningsförbundet Ådalen`)
const BODY = `(?:[${ANY_LETTER}]+\\s+(?:${alternation(PUBLIC_BODIES.after)})|(?:${alternation(PUBLIC_BODIES.before)})\\s+[${ANY_LETTER}]+)`;
const NAMED = `(?:${ORGAN}|${BODY})`;
// the kind's word first, the organ or organisation after it
const KIND_FIRST = new RegExp(`^(${KIND})\\s+${NAMED}(?![${ANY_LETTER}])`, 'iu');
// the organ or organisation (or both) first, the kind's word and its number ending the line
const KIND_LAST = new RegExp(`^${NAMED}(?:\\s+${NAMED})?\\s+(${KIND})$`, 'iu');
// the kind's word first, another column's label after it (`SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Styrelsen Sida 32 (65)`,
// `PROTOKOLL Datum 2024-03-12`: a letterhead row's cells run on, a sharing site's title of the document;
// `KALLELSESIDA Utfärdad 14.01.2015`: the notice page's day of issue)
const KIND_THEN_LABEL = new RegExp(
  `^(${KIND})\\s+(?:${alternation([...HEADER_LABELS.date, ...HEADER_LABELS.time, ...HEADER_LABELS.place, ...PAGE_WORDS, ...NOTICE_ISSUED_LABELS])})(?![${ANY_LETTER}])`,
  'iu',
);

// the notice page's head run on with the letterhead its template prints on every page: the organisation (or organ), the
// kind's word of the whole file, and the label of the day the notice was issued right after it (`ÖSTBY KOMMUN PROTOKOLL
// Utfärdat den … Sammanträdestid …`)
const ISSUED_AFTER_LETTERHEAD = new RegExp(
  `^${NAMED}(?:\\s+${NAMED})?\\s+(${KIND})\\s+(?:${alternation(NOTICE_ISSUED_LABELS)})(?![${ANY_LETTER}])`,
  'iu',
);
// the letters every label of the day of issue holds (`Utfärdat`, `Utfärdad`, in capitals too)
// (in both cases, made once: upper-casing a stem with `ä` at every call, as every line of a file is asked, was most of
// the test's cost)
const ISSUED_STEMS = [...new Set(NOTICE_ISSUED_LABELS.flatMap((w) => [w.slice(1, -1), w.slice(1, -1).toUpperCase()]))];
/** The text may hold a label of the day of issue (a look for its letters: most lines hold none). */
export const mayHoldIssuedLabel = (text: string): boolean => {
  for (const s of ISSUED_STEMS) if (text.includes(s)) return true;
  return false;
};
/** The kind's word of a letterhead run on over the day of issue's label (`ÖSTBY KOMMUN PROTOKOLL Utfärdat den …`), or null. */
export const kindBeforeIssuedLabel = (text: string): string | null => ISSUED_AFTER_LETTERHEAD.exec(text)?.[1] ?? null;

// the notice named as the label's subject, opening the page (`Kallelsen utfärdad den … Sammanträdestid …`)
const ISSUED_SUBJECT = new RegExp(`^(${alternation(NOTICE_ISSUED_SUBJECTS)})\\s+(?:${alternation(NOTICE_ISSUED_LABELS)})(?![${ANY_LETTER}])`, 'iu');
/** The notice's word that opens a page with the day of issue's label after it (`Kallelsen utfärdad den …`), or null. */
export const issuedSubject = (text: string): string | null => ISSUED_SUBJECT.exec(text)?.[1] ?? null;

/** The title of a letterhead row run on with its organ or organisation (or another column's label), with the kind's word first; null for any other text. */
export const kindBeforeLetterhead = (text: string): string | null => KIND_FIRST.exec(text)?.[1] ?? KIND_THEN_LABEL.exec(text)?.[1] ?? null;
/** The title of a letterhead row whose organ or organisation (or member towns) stands before the kind's word; null for any other text. */
export const kindAfterLetterhead = (text: string): string | null => KIND_LAST.exec(text)?.[1] ?? kindAfterPlaces(text, true) ?? null;

// a page run on in one line, its letterhead first: the organisation or organ, then the kind's word and the rest of the page
// (`EKBY KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum …`, `Socialnämnden Protokoll 2024-10-22 Plats och tid …`)
// (its number, not a page's count: `Sammanträdesprotokoll   1 (9)`)
// (nor the day of a date: `Kommunstyrelsen Ärendelista 14 mars 2019`)
const KIND_UNCOUNTED = `(?:${alternation(Object.values(KIND_TITLES).flat())})(?:\\s+(?:nr\\.?\\s*)?\\d[\\d/:.-]{0,10}(?![\\d/:.-]|\\s?[([]|\\s+(?:${alternation(Object.keys(MONTHS))})(?![${ANY_LETTER}])))?`;
const KIND_AFTER_RUN_ON = new RegExp(`^${NAMED}(?:\\s+${NAMED})?\\s+(${KIND_UNCOUNTED})(?=\\s)`, 'iu');

// (or after the member municipalities a joint body's letterhead lists, one word each: `Ekby Norrby Västby Åsby Minnesanteckningar …`,
// a web transcript's page number before them: `1 Ekby Norrby Västby Åsby MINNESANTECKNINGAR 1(8) …`)
// (the words' case asked apart: the kind's words are matched in any case, where a capital's class would match any letter)
const KIND_AFTER_PLACES = new RegExp(`^(\\d{1,3} )?((?:[${ANY_LETTER}]+ ){4,10})(${KIND_UNCOUNTED})(?=\\s|$)`, 'iu');
const PLACE_WORDS = new RegExp(`^(?:[${UPPER_LETTER}][${LOWER_LETTER}]+ ){4,10}$`, 'u');
/** The kind's word after the member towns (run on into the page, or ending the row where `whole`), or undefined. */
function kindAfterPlaces(text: string, whole = false): string | undefined {
  const m = KIND_AFTER_PLACES.exec(text);
  if (!m || (whole && m[0].length !== text.length)) return undefined;
  return PLACE_WORDS.test(m[2]!) ? m[3] : undefined;
}

/** The title of a page run on in one line after its letterhead's organisation or organ (the kind's word capitalised), or null. */
export function kindAfterRunOnLetterhead(text: string): string | null {
  const title = KIND_AFTER_RUN_ON.exec(text)?.[1] ?? kindAfterPlaces(text);
  // (a capital opens the kind's word: not a sentence that speaks of minutes, `Socialnämnden protokollför …`)
  return title !== undefined && title[0] !== title[0]!.toLowerCase() ? title : null;
}

