// A letter that calls a meeting in its prose, under no kind's word and over no numbered points (an invitation to an
// årsstämma, a news page's `Årsmötet genomförs söndag den 13/9 kl. 19.00 via …` over a list of no numbers): one sentence of
// its opening calls the meeting (`… kallar härmed medlemmarna till ordinarie föreningsstämma …`) or announces it as to come
// (`Medlemssamrådet hålls …`), and says its day or its hour. Such a letter is the meeting's notice. A sentence that tells
// the meeting as held (`Årsmötet hölls …`), or a deadline before it (`Motioner till årsmötet ska vara inne senast den
// 31 januari`), calls none.
import { ASSEMBLY_MEETING_ENDINGS, ASSEMBLY_OTHER_DAYS, MEETING_CALL_VERBS, MEETING_HELD_VERBS, MEETING_TO_COME } from '../lexicon/sv.js';
import { findDates, findTimes } from '../text/dates.js';
import { isBlank, type Line } from '../text/line.js';
import { ANY_LETTER, UPPER_LETTER } from '../text/letters.js';
import { alternation } from '../text/patterns.js';
import type { DocumentSpan } from '../split/split.js';

// the meeting's word, the last part of a compound too (`Styrelsemötet`, `föreningsstämma`, `medlemssamråd`)
const MEETING = `([${ANY_LETTER}]*(?:${alternation([...MEETING_TO_COME.meetings, ...ASSEMBLY_MEETING_ENDINGS])}))(?![${ANY_LETTER}])`;
// a calling verb, then the meeting's word later in the sentence
const CALLED = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(MEETING_CALL_VERBS)})(?![${ANY_LETTER}]).*?(?<![${ANY_LETTER}])${MEETING}`, 'iu');
// the meeting's word and a verb of what is to come right after it, or a welcome right before it; or the auxiliary before
// it and the verb after it, a word or two between (`kommer ett förbundsmöte att hållas`, `ska årets stämma genomföras`)
const TO_COME = new RegExp(
  `(?<![${ANY_LETTER}])(?:${MEETING}\\s+(?:${alternation(MEETING_TO_COME.verbs)})(?![${ANY_LETTER}])|(?:${alternation(MEETING_TO_COME.welcomes)})\\s+${MEETING}` +
    `|(?:${alternation(MEETING_TO_COME.auxiliaries)})\\s+(?:[${ANY_LETTER}]+\\s+){0,2}?${MEETING}\\s+(?:att\\s+)?(?:${alternation(MEETING_TO_COME.infinitives)})(?![${ANY_LETTER}]))`,
  'iu',
);
const NOT_TO_COME = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...ASSEMBLY_OTHER_DAYS, ...MEETING_HELD_VERBS])})(?![${ANY_LETTER}])`, 'iu');
// a sentence ends at its point and a space before a capital (not `kl. 18.00`, `bl.a. möten`)
const SENTENCE_END = new RegExp(`(?<=[.!?])\\s+(?=[${UPPER_LETTER}])`, 'u');
// (every meeting's word holds one of these: an opening without them is passed by before any pattern)
const MAY_NAME_MEETING = /möte|stämm|sammanträd|träff|samråd/iu;
// how many lines of the opening are read, and how long a sentence may be
const OPENING_LINES = 12;
const SENTENCE_LENGTH = 400;

const namesDayOrHour = (sentence: string): boolean =>
  /\d/.test(sentence) && (findDates(sentence).some((d) => !d.compact) || findTimes(sentence).length > 0);

/** The meeting's word of the first sentence of the text that calls or announces a meeting to come and says its day or hour, or null. */
export function calledMeeting(text: string): string | null {
  if (!MAY_NAME_MEETING.test(text)) return null;
  for (const sentence of text.split(SENTENCE_END)) {
    if (sentence.length > SENTENCE_LENGTH || !MAY_NAME_MEETING.test(sentence)) continue;
    const m = CALLED.exec(sentence) ?? TO_COME.exec(sentence);
    if (m && !NOT_TO_COME.test(sentence) && namesDayOrHour(sentence)) return (m[1] ?? m[2] ?? m[3] ?? m[4])!;
  }
  return null;
}

/** One sentence of the span's first lines calls or announces a meeting to come and says its day or hour. */
export function callsMeetingInProse(lines: readonly Line[], span: DocumentSpan): boolean {
  const opening: string[] = [];
  for (let i = span.start; i < span.end && opening.length < OPENING_LINES; i++) if (!isBlank(lines[i]!)) opening.push(lines[i]!.flat);
  return calledMeeting(opening.join(' ')) !== null;
}
