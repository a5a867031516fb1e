// Vote counts in a sentence: `Omröstningen utfaller med 72 Ja mot 9 Nej`, `8 ja-röster, 5
// nej-röster och 2 avstår`, `Med 11 ja-röster mot 2 nej-röster samt 2 ledamöter som avstår
// från att rösta`, `med 8 röster mot 5, 2 avstod`, `8 röster för och 5 emot`, `Ja 7, Nej 5,
// Avstår 1`, `Ja-röster: 76`, Finnish-Swedish `Omröstningsresultat: 8 ja, 5 nej, 2 blanka`,
// `31 röster för kommunstyrelsens förslag och 18 röster för Eva Eks yrkande`,
// `med rösterna 76–8`. A count is a number of at most three digits beside a vote word; a
// sentence that reports another meeting (a date, `föregående sammanträde`), a survey or a
// referendum, a rule (`Vid val gäller …`), or amounts (`72 miljoner mot 9`) gives none.
import { PROCESS } from '../../lexicon/sv.js';
import { allMatches, alternation } from '../../text/patterns.js';
import { isModal, reportsOtherMeeting } from './elsewhere.js';
import { ANY_LETTER } from '../../text/letters.js';

export type CountKind = 'yes' | 'no' | 'abstain' | 'absent';

export interface Counts {
  yes: number | null;
  no: number | null;
  abstain: number | null;
  absent: number | null;
}

const A = `(?<![${ANY_LETTER}\\d§.,/:-])`;
const B = `(?![${ANY_LETTER}\\d])`;
const KIND = new Map<string, CountKind>(
  (Object.entries(PROCESS.counts) as [CountKind, readonly string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind] as [string, CountKind])),
);
const LABEL = alternation([...KIND.keys()]);
const kindOf = (label: string): CountKind => KIND.get(label.toLowerCase().replace(/\s+/gu, ' '))!;
// `72 Ja`, `8 ja-röster`, `2 ledamöter som avstår`, `1 st blank`
const NUMBER_FIRST = new RegExp(`${A}(\\d{1,3})\\s+(?:st\\s+)?(${LABEL})${B}`, 'giu');
// `Ja 7`, `Ja-röster: 76`, `Avstår: 1`
// (paragraph text has one space between words, so `\\s?:?\\s?` covers `Ja 7`, `Ja: 7`, `Ja : 7`)
const LABEL_FIRST = new RegExp(`(?<![${ANY_LETTER}-])(${LABEL})\\s?:?\\s?(\\d{1,3})(?![\\d.,:/]\\d|\\d)`, 'giu');
const UNIT = `(?:${alternation(PROCESS.notCounts)})${B}`;
// `med 8 röster mot 5`
const AGAINST = new RegExp(`${A}(\\d{1,3})\\s+(?:${alternation(PROCESS.votesAgainst)})\\s+(\\d{1,3})(?!\\d)(?!\\s*${UNIT})`, 'iu');
// `31 röster för kommunstyrelsens förslag och 18 röster för Eva Eks yrkande`: each side its votes, the first the yes
const FOR_EACH = new RegExp(`${A}(\\d{1,3})\\s+(?:${alternation(PROCESS.votesFor)})\\s[^.;:!?]{1,120}?\\s(?:och|mot|samt|,)\\s+(\\d{1,3})\\s+(?:${alternation(PROCESS.votesFor)})${B}`, 'iu');
// `med rösterna 76–8`, `röstsiffrorna 23-21`, `efter votering 10 - 3`, `Omröstningen slutade 40-41`
const TALLY = new RegExp(`(?:${alternation(PROCESS.voteTallyWords)})\\s+(?:med\\s+)?(\\d{1,3})\\s*[-–:]\\s*(\\d{1,3})(?:\\s*[-–:]\\s*(\\d{1,3}))?(?!\\d)`, 'iu');
const SURVEY = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(PROCESS.notVotes)})`, 'iu');
// every form has a digit and one of these stems; most sentences have neither
const HINT = /\d[^\n]{0,60}(?:ja|nej|röst|avst|blank|emot|frånv)|(?:ja|nej|röst|avst|blank|voter)[^\n]{0,30}\d/i;

// `med sju ja-röster mot fyra nej-röster`, `en ledamot avstår`: counts in words, as digits
const COUNT_WORD_VALUE = new Map<string, number>([...PROCESS.countWords.map((w, k) => [w, k] as [string, number]), ['ett', 1]]);
const ARTICLE = new Set<string>(PROCESS.countArticles);
const COUNT_WORD = new RegExp(
  `(?<![${ANY_LETTER}\\d-])(?:(${alternation(PROCESS.countWords.filter((w) => !ARTICLE.has(w)))})|(${alternation(PROCESS.countArticles)})(?=\\s+(?:${alternation(PROCESS.countArticleBefore)})))(?![${ANY_LETTER}\\d-])`,
  'giu',
);
// a sentence without a digit is read again with its count words as digits only where it speaks of voting
const MAY_COUNT_IN_WORDS = /röst|ja-|nej|avst|blank/i;
const inDigits = (sentence: string): string => sentence.replace(COUNT_WORD, (w) => String(COUNT_WORD_VALUE.get(w.toLowerCase()) ?? w));

const empty = (): Counts => ({ yes: null, no: null, abstain: null, absent: null });

/** The counts a sentence states; fields it does not state stay null. */
export function readCounts(sentence: string): Counts | null {
  if (!/\d/u.test(sentence) && MAY_COUNT_IN_WORDS.test(sentence)) {
    const digits = inDigits(sentence);
    return digits === sentence ? null : readCounts(digits);
  }
  if (!HINT.test(sentence) || reportsOtherMeeting(sentence) || SURVEY.test(sentence)) return null;
  // `Vid val gäller 3 röster mot 2 …`, `Om omröstningen ger lika röstetal …`: a rule before the numbers
  if (isModal(sentence.slice(0, sentence.search(/\d/u)))) return null;
  const out = empty();
  const against = AGAINST.exec(sentence) ?? FOR_EACH.exec(sentence);
  const tally = against ? null : TALLY.exec(sentence);
  if (against) {
    out.yes = Number(against[1]);
    out.no = Number(against[2]);
  } else if (tally) {
    out.yes = Number(tally[1]);
    out.no = Number(tally[2]);
    if (tally[3]) out.abstain = Number(tally[3]);
  }
  // the rest (or all) as number–word pairs, read the way that finds more of them
  const rest = against ? sentence.slice(0, against.index) + ' '.repeat(against[0].length) + sentence.slice(against.index + against[0].length) : sentence;
  const numberFirst = pairs(rest, NUMBER_FIRST, 1, 2);
  const labelFirst = pairs(rest, LABEL_FIRST, 2, 1);
  const chosen = labelFirst.size > numberFirst.size ? labelFirst : numberFirst;
  for (const [kind, n] of chosen) if (out[kind] === null) out[kind] = n;
  return out.yes === null && out.no === null && out.abstain === null && out.absent === null ? null : out;
}

/** The first count of each kind, by a pattern with a number group and a label group. */
function pairs(text: string, pattern: RegExp, numberGroup: number, labelGroup: number): Map<CountKind, number> {
  const found = new Map<CountKind, number>();
  for (const m of allMatches(pattern, text)) {
    const kind = kindOf(m[labelGroup]!);
    if (!found.has(kind)) found.set(kind, Number(m[numberGroup]));
  }
  return found;
}
