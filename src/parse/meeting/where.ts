// Where the meeting was, from `Plats`, `Lokal:` or `Plats och tid` (whose value may stand
// on the next lines, mixed with the organ, the day and the hours), and whether it was held
// at a distance (Teams, Zoom, `distans`, `medverkar … digitalt`).
import { labelAt } from '../../text/labels.js';
import { BODIES, CASE_NUMBER_LABELS, COLUMN_HEADS_AFTER_PLACE, KIND_TITLES, CONTENTS_HEADINGS, HEADER_LABELS, MEETING_BREAKS, NOTICE_COLUMN_HEADS, MONTHS, PAGE_FURNITURE, PARTICIPATION_VERBS, PLACE_WORD_ENDINGS, REMOTE_WORDS, WEEKDAYS } from '../../lexicon/sv.js';
import { withoutGatheringBracket } from './gathering-bracket.js';
import { PAGE_COUNT, PAGE_WORD } from '../../text/page-counter.js';
import { collapse, isBlank, type Line } from '../../text/line.js';
import { hintOf } from '../../text/hint.js';
import { alternation, capitalise, trimOf } from '../../text/patterns.js';
import { findDates, findTimes } from '../../text/dates.js';
import { findOrganisation } from './organisation.js';
import { placeBeforeDay } from './place-before-day.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const PLACE_LABEL = new RegExp(`^(?:${alternation(HEADER_LABELS.place)})(?![${ANY_LETTER}])\\s*:?\\s*`, 'iu');
const ANY_LABEL = new RegExp(
  `^(?:${alternation([...HEADER_LABELS.date, ...HEADER_LABELS.paragraphs, ...HEADER_LABELS.organ, 'beslutande', 'närvarande', 'övriga', 'ersättare', 'justerare'])})(?![${ANY_LETTER}])`,
  'iu',
);
const BODY_WORDS = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(BODIES.flatMap((b) => b.forms))})(?![${ANY_LETTER}])`, 'giu');
// (the same, asked once of a line)
const NAMES_ORGAN = new RegExp(BODY_WORDS.source, 'iu');
const WEEKDAY_WORDS = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(WEEKDAYS)})(?![${ANY_LETTER}])(?:\\s+den)?`, 'giu');
// `Ajournering` (its hours taken out), `paus för lunch`
const BREAK_WORDS = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(MEETING_BREAKS)})(?:\\s+för\\s+(?:${alternation(MEETING_BREAKS)}))?(?![${ANY_LETTER}])(?:\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*[–-]\\s*\\d{1,2}(?:[.:]\\d{2})?(?!\\d))?`, 'giu');
const EMPTY_BRACKET = /\(\s*\)/gu;
// (the words of the three above, plain: the Unicode patterns with their lookbehinds read a place several times slower)
const MAY_NAME_WEEKDAY = hintOf(WEEKDAYS);
const WEEKDAYS_SAY_DAG = WEEKDAYS.every((w) => w.includes('dag'));
const MAY_NAME_BODY = hintOf(BODIES.flatMap((b) => b.forms));
const MAY_NAME_BREAK = hintOf(MEETING_BREAKS);
// (and `kl` opening the value or a part of it, before the place's first word: `Onsdag 19 december kl Ekbacken, Storgatan 4`,
// the hours between them lost by the transcript)
const DANGLING_WORDS = new RegExp(
  `^\\s*för\\s+|(?<![${ANY_LETTER}])(?:klockan|kl\\.?|tid|tidpunkt|mellan)\\s*(?::\\s*)?$|(?<![${ANY_LETTER}])(?:klockan|kl\\.?)(?=\\s*(?:[,;]|$))|(?<=^|,)\\s*(?:klockan|kl\\.?)\\s+(?=[${ANY_LETTER}])`,
  'giu',
);
// the months' names written out (not their cut forms, `mar`, `jun`, which open places' words), and a year perhaps after one
const MONTH_NAMES = Object.keys(MONTHS).filter((m) => !Object.keys(MONTHS).some((n) => n !== m && n.startsWith(m)));
const LEFT_MONTH = new RegExp(`(?<=^|,)\\s*(?:${alternation(MONTH_NAMES)})(?:\\s+(?:19|20)\\d{2})?(?=[\\s,]|$)`, 'giu');
const MAY_NAME_MONTH = hintOf(MONTH_NAMES);
const CASE_NUMBER_TAIL = new RegExp(`\\s(?:${alternation(CASE_NUMBER_LABELS)})(?![${ANY_LETTER}]).*$`, 'isu');
const MAY_NAME_CASE_NUMBER = hintOf(CASE_NUMBER_LABELS);
// `Kommunfullmäktige Tid Plats 18:30-19:30 Aulan, Ekeby`: the labels' row run on before the row of their values, the hours first
const TIME_PLACE_ROW = new RegExp(`(?<![${ANY_LETTER}])(?:Tid|TID):?\\s+(?:Plats|PLATS):?\\s+(?=\\d)`, 'u');
// (and the row alone, its values on the line under it: `Tid Plats` / `18:30-20:00 Aulan, Ekeby`)
const TIME_PLACE_LABELS = /^(?:Tid|TID):?\s+(?:Plats|PLATS):?$/u;
// how many lines after a bare `Plats och tid` may hold its value
const VALUE_LINES = 3;

export function findLocation(lines: readonly Line[], start: number, end: number): { location: string; line: number } | null {
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    // (both rows need the place's word, in either case)
    const row = line.flat.includes('lats') || line.flat.includes('LATS');
    const labels = row ? TIME_PLACE_LABELS.exec(line.flat) : null;
    const m = PLACE_LABEL.exec(line.flat) ?? (row ? TIME_PLACE_ROW.exec(line.flat) : null) ?? labels;
    if (!m) continue;
    const rest = line.flat.slice(m.index + m[0].length);
    const values: { text: string; line: number }[] = [];
    if (rest !== '') values.push({ text: rest, line: line.no });
    else {
      // (the row of labels over the row of their values: the values are that one line)
      for (let k = i + 1, taken = 0; k < end && taken < (labels ? 1 : VALUE_LINES); k++) {
        const next = lines[k]!;
        if (isBlank(next)) continue;
        if (ANY_LABEL.test(next.text) || next.heading) break;
        values.push({ text: next.flat, line: next.no });
        taken++;
      }
    }
    // (joined by a loop: map()'s array was of one elements kind or another, and each new kind threw the optimised code away)
    let place = '';
    for (const v of values) {
      const text = stripWhen(v.text);
      if (text !== '') place += (place === '' ? '' : ', ') + text;
    }
    if (place !== '' && !LONE_YEAR.test(place)) return { location: place, line: values[0]!.line };
  }
  return null;
}

// `Protokoll fört vid sammanträde … kl. 10.00–11.30 i förbundets lokaler, Fjällgatan 3, Västerby.`: a name
// or an owner's rooms after the hours (not `på grund av …`)
// (`i kommunalhuset, Granby kommun`: a room in the definite form, and where it stands)
const PLACE_AFTER_TIME = new RegExp(`(?<![${ANY_LETTER}])(?:kl\\.?|klockan)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?,?\\s+(?:i|på)\\s+((?:[${UPPER_LETTER}]|[${LOWER_LETTER}]+s\\s|[${LOWER_LETTER}]+(?:et|en),\\s)[^.]{2,100}?)\\s*(?:\\.(?:\\s|$)|$)`, 'u');

// `Protokoll fört vid förbundsstyrelsens sammanträde den 25 februari 2024, Hotell Strand, Varberg`: the place after the day, no hours
const PLACE_AFTER_MEETING_DAY = new RegExp(`(?:sammanträde|möte)t?\\s+(?:[${LOWER_LETTER}]+dag(?:en)?\\s+)?(?:den\\s+)?\\d{1,2}\\s+[${LOWER_LETTER}]+\\s+\\d{4},\\s+([${UPPER_LETTER}][^.]{2,100}?)\\.?$`, 'u');

// `Protokoll från förbundsstyrelsens sammanträde fredag 9 mars 2001, kl Kommunalhuset, Ekby`: the place after the day and a
// `kl` whose hours the transcript lost (`kl , på Strandhotellet i Åby`), or after the hours with no comma (`kl 08.30-11.30 Hotell Strand, Åby`)
const PLACE_AFTER_DAY_KL = new RegExp(`(?:sammanträde|möte)t?\\s+(?:[${ANY_LETTER}]+dag(?:en)?\\s+)?(?:den\\s+)?\\d{1,2}\\s+[${LOWER_LETTER}]+\\s+\\d{4},?\\s+(?:kl\\.?|klockan)(?:\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?)?(?:\\s*,)?\\s+(?:(?:i|på)\\s+)?((?:[${UPPER_LETTER}]|[${LOWER_LETTER}]+(?:et|en),\\s)[^.]{2,100}?)\\.?$`, 'u');

// `2024-11-20 kl. 14.00-16.00, Förbundets kontor, Ådalsby`: a line of the date, the hours and the place, no label
const PLACE_AFTER_DATE_TIME = new RegExp(`^(?:[${ANY_LETTER}]+dag(?:en)?\\s+(?:den\\s+)?)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+[${LOWER_LETTER}]+(?:\\s+\\d{4})?),?\\s+(?:kl\\.?|klockan)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?\\s*,\\s+([${UPPER_LETTER}][^.]{2,100}?)\\.?$`, 'u');

// (the same on a page written on one line: the place ends where a label opens, `… kl 13.00-15.00, Stadshuset Deltagare …`)
const DATE_TIME_THEN_PLACE = new RegExp(`(?<![${ANY_LETTER}\\d])(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2} [${LOWER_LETTER}]+(?: \\d{4})?),? (?:kl\\.?|klockan) ?\\d{1,2}(?:[.:]\\d{2})?(?: ?[-–] ?\\d{1,2}(?:[.:]\\d{2})?)?, (?=[${UPPER_LETTER}])`, 'u');

/** The place after the day and hours of a line run on, up to the label that opens the next field; null where no label ends it soon. */
function placeBeforeLabel(flat: string): string | null {
  const m = DATE_TIME_THEN_PLACE.exec(flat);
  if (!m) return null;
  const words = flat.slice(m.index + m[0].length).split(' ');
  // (the line may also end after the place: the normaliser put the label on a line of its own)
  let end = words.length <= PLACE_TAIL_WORDS ? words.length : -1;
  for (let k = 1; k <= PLACE_TAIL_WORDS && k < words.length; k++) {
    if (OPENS_UPPER.test(words[k]!) && labelAt(words.slice(k, k + 6).join(' ')) !== null) {
      end = k;
      break;
    }
  }
  const place = end < 0 ? '' : trimOf(words.slice(0, end).join(' '), ',;–-');
  // (a sentence is no place: `…, Mötet öppnades.`)
  return place === '' || /[.:]/u.test(place) ? null : place;
}

// `Onsdagen den 12 mars 2025, kl. 13.15–15.45`: the day and the hours, nothing else, on a line of their own
const DATE_TIME_LINE = new RegExp(`^(?:[${ANY_LETTER}]+dag(?:en)?\\s+(?:den\\s+)?)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+[${LOWER_LETTER}]+\\s+\\d{4}),?\\s+(?:kl\\.?|klockan)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?$`, 'u');
// a word that names a building, a room or a call (`Stadshuset`, `Sammanträdesrummet Ekan`, `Teams`)
const PLACE_WORD = new RegExp(`(?:${alternation(PLACE_WORD_ENDINGS)})(?![${ANY_LETTER}])`, 'iu');
// no longer than a place's line is
const PLACE_LINE = 80;

/** The place on the line right under a line of the day and hours alone (`Sammanträdesrummet Ekan, Stadshuset`). */
function placeUnderDay(lines: readonly Line[], i: number, end: number): { location: string; line: number } | null {
  let k = i + 1;
  while (k < end && isBlank(lines[k]!)) k++;
  const next = k < end ? lines[k]!.flat : '';
  if (next === '' || next.length > PLACE_LINE || !OPENS_UPPER.test(next) || /\d{4}|[.:]$/u.test(next) || !PLACE_WORD.test(next)) return null;
  // (not a label, an organ or a list's first entry)
  if (labelAt(next) !== null || NAMES_ORGAN.test(next) || next.includes('(')) return null;
  return { location: trimOf(next, ',;:–-'), line: lines[k]!.no };
}

/** Where a sentence opening the minutes says the meeting was: after its hours, `i …` or `på …`. */
export function findPlaceInSentence(lines: readonly Line[], start: number, end: number): { location: string; line: number } | null {
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (!line.flat.includes('kl')) {
      const day = line.flat.includes(', ') && (line.flat.includes('sammanträde') || line.flat.includes('möte')) ? PLACE_AFTER_MEETING_DAY.exec(line.flat) : null;
      if (day) return { location: trimOf(collapse(day[1]!), ',;:–-'), line: line.no };
      const before = placeBeforeDayOf(line);
      if (before) return before;
      continue;
    }
    // the sentence may go on on the next line, not into the heading or label there (`… i sammanträdesrummet` / `Ordinarie ledamöter`)
    const next = i + 1 < end && !isBlank(lines[i + 1]!) && labelAt(lines[i + 1]!.flat) === null ? ` ${lines[i + 1]!.flat}` : '';
    const m = PLACE_AFTER_TIME.exec(line.flat + next) ?? PLACE_AFTER_DATE_TIME.exec(line.flat) ?? (line.flat.includes('sammanträde') || line.flat.includes('möte') ? PLACE_AFTER_DAY_KL.exec(line.flat) : null);
    if (m) return { location: trimOf(collapse(m[1]!), ',;:–-'), line: line.no };
    const runOn = placeBeforeLabel(line.flat);
    if (runOn) return { location: runOn, line: line.no };
    const under = DATE_TIME_LINE.test(line.flat) ? placeUnderDay(lines, i, end) : null;
    if (under) return under;
    const before = placeBeforeDayOf(line);
    if (before) return before;
  }
  return null;
}

/**
 * `… sammanträder i Älvsalen, måndag 16 mars klockan 19.`: the place before the day, where the line names none after
 * it; not the organ or the förbund the meeting is of (`Protokoll från möte i styrelsen, fredagen den 3 maj`, `sammanträde
 * med förbundsstyrelsen i Samordningsförbundet Ekby tisdagen den 4 februari`).
 */
function placeBeforeDayOf(line: Line): { location: string; line: number } | null {
  const place = placeBeforeDay(line.flat);
  return place && !NAMES_ORGAN.test(place) && findOrganisation(place) === null ? { location: place, line: line.no } : null;
}

/** A place as a label's value gives it: without the day, the hours, the organ, the förbund. */
export function placeOf(text: string): string {
  const place = stripWhen(text);
  // (a value of many words is no place but the text a layout's pairing put under the label: a § run on, a list)
  // (nor is a year alone, `2012`, which the day's label left beside the place's)
  return wordCount(place) > MAX_PLACE_WORDS || LONE_YEAR.test(place) ? '' : place;
}
// `2012`: a year, no place
const LONE_YEAR = /^(?:19|20)\d{2}$/u;
// a place names a house, a room, a street and a town at most
const MAX_PLACE_WORDS = 15;

/** A page's summary run on after the place (`Ekbacken, kl 13.00. Beslutande. Övriga deltagare.`): the place ends before a label. */
function cutAtLabel(text: string): string {
  for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 2)) {
    const stop = text.indexOf('.', i + 2);
    const sentence = text.slice(i + 2, stop < 0 ? text.length : stop).trim();
    // the whole sentence is a label (`Beslutande.`), not one that opens a sentence about the place
    if (labelAt(sentence)?.length === sentence.length) return text.slice(0, i);
  }
  return text;
}

// how many words after the day and hours may still be the place's (a room, a floor, a town)
const PLACE_TAIL_WORDS = 6;
function wordCount(s: string): number {
  let n = 0;
  for (let i = 0, inWord = false; i < s.length; i++) {
    const blank = s.charCodeAt(i) <= 32;
    if (!blank && !inWord) n++;
    inWord = !blank;
  }
  return n;
}

// the page's counter printed after a place on its line (`Rådhuset, sal 2   Sida 1 (4)`, `… 1 (4)`, `… Sida 1 av 4`)
const COUNTER_AT_END = new RegExp(`\\s(?:${PAGE_WORD}\\.?\\s?\\d{1,4}(?:${PAGE_COUNT})?|\\d{1,4}\\s?[([]\\s?\\d{1,4}\\s?[)\\]])$`, 'iu');
// and the page's furniture (`… Justerandes sign`, `… Utdragsbestyrkande`): a phrase of its own, not a word a place may end on
const FURNITURE = PAGE_FURNITURE.filter((f) => f.includes(' ') || f.length > 8);
const FURNITURE_AT_END = new RegExp(`\\s(?:${alternation(FURNITURE)})$`, 'iu');
const FURNITURE_LAST_WORDS = new Set<string>(FURNITURE.map((f) => f.slice(f.lastIndexOf(' ') + 1)));
// the head of the column beside the place, run on after it on a page written on one line (`… Åby Närv.`, `… Åby Ärenden;`)
const COLUMN_HEADS = new Set<string>(COLUMN_HEADS_AFTER_PLACE);
// and a heading printed in spaced capitals beside it (`Kommunkansliet F Ö R E D R A G N I N G S L I S T A`), of this many letters at least
const SPACED_HEADING_LETTERS = 4;

/** Where a heading in spaced capitals at the end of a text begins; -1 where it ends otherwise (`sal B`). */
function spacedHeadingAt(t: string): number {
  let i = t.length;
  let letters = 0;
  for (; i >= 2 && t.charCodeAt(i - 2) === 32 && OPENS_UPPER.test(t.charAt(i - 1)); i -= 2) letters++;
  return letters >= SPACED_HEADING_LETTERS ? i : -1;
}

/** Where the place ends before the column's head or the spaced heading run on after it; -1 where none is. */
function columnHeadAt(t: string, lastWord: string): number {
  // (a spaced heading ends on a capital standing alone: most places end on a word of several letters)
  if (t.charCodeAt(t.length - 2) === 32) return spacedHeadingAt(t);
  const word = trimOf(lastWord, '.;:');
  return COLUMN_HEADS.has(word.toLowerCase()) && OPENS_UPPER.test(word) ? t.length - lastWord.length - 1 : -1;
}

/** A place without the page's counter and furniture printed after it on its line. */
function withoutPageDebris(text: string): string {
  let t = text.trimEnd();
  for (let cut = true; cut; ) {
    cut = false;
    const end = t.charAt(t.length - 1);
    const lastWord = t.slice(t.lastIndexOf(' ') + 1);
    // (a counter ends on its count's digit or bracket, furniture on one of its last words: most places end otherwise)
    const m = end === ')' || end === ']' || (end >= '0' && end <= '9') ? COUNTER_AT_END.exec(t) : FURNITURE_LAST_WORDS.has(lastWord.toLowerCase()) ? FURNITURE_AT_END.exec(t) : null;
    const at = m ? m.index : columnHeadAt(t, lastWord);
    if (at > 0) {
      t = t.slice(0, at).trimEnd();
      cut = true;
    }
  }
  return t;
}

// a number standing as a word before a capital, as a list of matters numbers its entries (`367 Konstatera laglighet`)
const ITEM_NUMBER = new RegExp(`(?<!\\S)(\\d{1,4})\\.?(?= [${UPPER_LETTER}])`, 'gu');

/** A place without the numbered list of matters run on after it (`… sammanträdesrummet 367 Konstatera … 368`): it begins at a number the next number follows. */
export function withoutItemList(text: string): string {
  // (a list has two numbers at least: most places have none or one)
  const first = ITEM_NUMBER.exec(text);
  if (!first) return text;
  const next = ` ${Number(first[1]) + 1}`;
  const at = text.indexOf(next, first.index + first[0].length);
  ITEM_NUMBER.lastIndex = 0;
  // (the next number stands as a word: at the end, or before a space or a point)
  const after = at < 0 ? '' : text.charAt(at + next.length);
  return first.index > 0 && at >= 0 && (after === '' || after === ' ' || after === '.') ? withoutListHeading(text.slice(0, first.index).trimEnd()) : text;
}

// the list's heading between the place and the list (`Tingshuset Ärenden som skall behandlas Sida`): capitalised, after a word
const LIST_HEADING = new RegExp(`\\s(?:${alternation(CONTENTS_HEADINGS.map(capitalise))})(?![${ANY_LETTER}])`, 'u');

// (or the column heads over a notice page's points, in any case: `Kommungården Ärendets nummer Ärende`)
const NOTICE_HEADS = new RegExp(`\\s(?:${alternation(NOTICE_COLUMN_HEADS)})$`, 'iu');

/** A place without the heading of the list of matters cut off after it. */
function withoutListHeading(text: string): string {
  const m = LIST_HEADING.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** A place without the column heads of a notice page's points run on after it. */
function withoutNoticeHeads(text: string): string {
  // (their word asked first: most places hold none)
  const m = text.includes('rendets') ? NOTICE_HEADS.exec(text) : null;
  return m ? text.slice(0, m.index) : text;
}

// a label with its colon run on after the place on a flattened line (`… Västerby Anmärkning: Sammanträdet …`): a
// capitalised word of four letters at least, after a space (not `(OBS: …)`, nor hours whose digits were lost)
const COLON_LABEL = new RegExp(`\\s[${UPPER_LETTER}][${LOWER_LETTER}]{3,}:\\s`, 'u');

/** A place without the next field's label and value run on after it; the text where a place's own label opens it (`Plats: …`) or nothing stands before. */
function withoutColonLabel(text: string): string {
  const opening = OPENING_COLON_LABEL.exec(text);
  // (another field's label opening the value, a labels' row flattened before its values: `Löpnummer: mars 2014 Kansliet`)
  if (opening && !PLACE_LABEL.test(text)) return withoutColonLabel(text.slice(opening[0].length));
  const m = COLON_LABEL.exec(text);
  return m && !PLACE_LABEL.test(text.slice(m.index + 1)) ? text.slice(0, m.index) : text;
}
const OPENING_COLON_LABEL = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]{3,}:\\s+(?=\\S)`, 'u');

// the notice's own kind, capitalised, run on after the place on a flattened page (`Plats: Folkets hus, Ekby Kallelse med
// föredragningslista Ärenden`): a title of the lexicon's kinds that ends the text
const KIND_AT_END = new RegExp(`\\s(?:${alternation([...KIND_TITLES.notice, ...KIND_TITLES.minutes].map(capitalise))})$`, 'u');

/** A place without the document's kind printed after it on its line. */
function withoutKindTitle(text: string): string {
  const m = KIND_AT_END.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index).trimEnd() : text;
}

/** A place value without the day, the hours, the organ and the förbund written beside it. */
function stripWhen(text: string): string {
  let t = withoutNoticeHeads(withoutKindTitle(cutAtLabel(withoutPageDebris(withoutItemList(text.includes(': ') ? withoutColonLabel(text) : text)))));
  const hits = [...findTimes(t, true), ...findDates(t)].sort((a, b) => b.index - a.index);
  // `Ånge kommunkontor, rum 3, tisdag den 23 maj 2006, kl Ajournering kl Sten-Ove Danielsson, s, ordförande …`: labels
  // flattened before their values leave the lists under the place's value; a place written before the day and the
  // hours ends there when more than a few words follow them (`Kommunhuset, kl 13–15, Rum 5` keeps its room)
  const first = hits[hits.length - 1];
  if (first && first.index > 0 && wordCount(t.slice(first.index + first.length)) > PLACE_TAIL_WORDS) t = t.slice(0, first.index + first.length);
  for (const hit of hits) {
    if (hit.index >= t.length) continue;
    t = t.slice(0, hit.index) + ' ' + t.slice(hit.index + hit.length);
  }
  // (a month's name, with its year perhaps, opening the place or a part of it: a day's value the label's row left there with
  // no day to read as a date, `Datum: Plats: augusti 2014 Kansliet, Ekby`, `Augusti 10:00 13:00 Hotell Strand, Ekby`; and a
  // case number's label run on after it, `… Ekby Dnr 12`: the labels' row of a letter flattened before its values)
  if (MAY_NAME_MONTH.test(t)) t = t.replace(LEFT_MONTH, ' ');
  if (MAY_NAME_CASE_NUMBER.test(t)) t = t.replace(CASE_NUMBER_TAIL, '');
  const org = findOrganisation(t);
  if (org) t = t.slice(0, org.index) + ' ' + t.slice(org.index + org.name.length);
  // `(ajournering 15:10-15:25)`: what a bracket said of the hours went with them
  // (both bracket patterns need the bracket: most places have none)
  const bracket = t.includes('(');
  // (`(Gruppmöten kl 12.00)`: a gathering beside the meeting, its hours gone, is no part of the place)
  if (bracket) t = withoutGatheringBracket(t).replace(/\((?:\s*\p{Ll})*\s*\)/gu, ' ');
  // (and a break's own hours with it: `(ajournering 10:05-10:20)` leaves an empty bracket)
  // (each pattern only where its words stand: most places name no weekday, organ or break)
  // (every weekday says `dag`, plain letters in either case: asked of the lower-cased place before the hint)
  if ((!WEEKDAYS_SAY_DAG || t.toLowerCase().includes('dag')) && MAY_NAME_WEEKDAY.test(t)) t = t.replace(WEEKDAY_WORDS, ' ');
  if (MAY_NAME_BODY.test(t)) t = t.replace(BODY_WORDS, ' ');
  if (MAY_NAME_BREAK.test(t)) t = t.replace(BREAK_WORDS, ' ');
  if (bracket) t = t.replace(EMPTY_BRACKET, ' ');
  // what a label broken around its value leaves (`Plats och tid för` Kommunhuset … `sammanträde`), a time's label
  // (twice: `kl Ajournering kl` leaves two, the first dangling only once the second is gone)
  // (each of its readings needs `för`, `kl` or `tid` in some case, `klockan` and `tidpunkt` the last two; the Kelvin sign
  // the pattern folds to `k` lower-cases to it too: most places hold none)
  const lower = t.toLowerCase();
  // (and `mellan`, the hours' `between` when a dash, not `och`, joined them: `onsdagen den 28 mars mellan kl 9.00-12.00`)
  if (lower.includes('kl') || lower.includes('tid') || lower.includes('för') || lower.includes('mellan')) t = t.replace(DANGLING_WORDS, ' ').replace(DANGLING_WORDS, ' ');
  // (`Stadshuset, 2024-05-02 kl. 13–15, sal 4`: the commas either side of the day and hours meet)
  // (`Kommunhuset, klockan 08.30-12.30, i Tallrummet`: the room's preposition, the hours gone before it, goes too)
  // (each replace only where its marks stand: most places have one comma or none, and no space before it)
  let joined = collapse(t);
  if (joined.includes(' ,') || joined.includes(' ;')) joined = joined.replace(/ (?=[,;])/gu, '');
  if (joined.indexOf(',') !== joined.lastIndexOf(',')) joined = joined.replace(/,(?:\s*,)+/gu, ',');
  // (the preposition needs white space after it, which the collapsed text writes as a space: most places hold neither
  // `i ` nor `på `; trimmed of the marks, a text the pattern leaves is trimmed already)
  const trimmed = trimOf(joined, ',;:–-');
  const place = trimmed.includes('i ') || trimmed.includes('på ') ? trimOf(trimmed.replace(DANGLING_PREPOSITION, '$1'), ',;:–-') : trimmed;
  // (hours whose digits were lost, `Henån :00-20:45`, `09:30-11 : Aulan`: only a place with a colon may hold them)
  const kept = place.includes(':') ? withoutLostHours(place) : place;
  // `… i sessionssalen, Kommunhuset, Ekby.`: the full stop of a sentence, not of an abbreviation (`m.fl.`, `Kv.`)
  return kept.endsWith('.') && SENTENCE_END.test(kept) ? kept.slice(0, -1) : kept;
}

// hours a transcript lost digits of, which the time reader sees no time in: the minutes of an hour whose figures went
// (`Henån :00-20:45`, `Örebro :00 12:00 Gruppmöten`, `s-rum 5 och :15-12:30`: the `och` before them goes too), a range
// whose closing minutes went before a colon (`09:30-11 : Aulan`)
const LOST_HOURS = /(?:^|\s)(?:(?:och\s+)?:\d{2}(?!\d)|\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}\s+:(?!\S))/u;
// what is left of them where they open the place
const LOST_HOURS_FIRST = /^[\d\s.:–-]+/u;

/** The place without hours whose digits were lost: it ends before them, and they go where they open it (`09:30-11 : Aulan`). */
function withoutLostHours(place: string): string {
  const m = LOST_HOURS.exec(place);
  if (!m) return place;
  return m.index === 0 ? trimOf(place.replace(LOST_HOURS_FIRST, ''), ',;:–-') : trimOf(place.slice(0, m.index), ',;:–-');
}
// a word of four letters at least, with no stop of its own, before the final one
const SENTENCE_END = new RegExp(`(?<![${ANY_LETTER}.])[${ANY_LETTER}]{4,}\\.$`, 'u');
// `i` / `på` opening the place or a part of it after a comma, once the day and the hours before it are gone
const DANGLING_PREPOSITION = new RegExp(`(^|,\\s*)(?:i|på)\\s+(?=[${ANY_LETTER}])`, 'gu');

const REMOTE = alternation(REMOTE_WORDS);
const REMOTE_IN_PLACE = new RegExp(`(?<![${ANY_LETTER}])(?:${REMOTE})`, 'iu');
const REMOTE_PHRASE = new RegExp(
  `(?<![${ANY_LETTER}])(?:(?:${alternation(PARTICIPATION_VERBS)})(?![${ANY_LETTER}])[^.!?]{0,60}?(?<![${ANY_LETTER}])(?:digitalt|på distans|via (?:teams|zoom|skype|länk|video)|per telefon|på länk)|distansmöte|digitalt möte|teamsmöte|videomöte|hybridmöte|via (?:teams|zoom|skype|distansteknik)|på distans)(?![${ANY_LETTER}])`,
  'iu',
);

// every phrase above ends on one of these words: the body texts without them are not read twice
const MAY_BE_REMOTE = hintOf(['digitalt', 'distans', 'teams', 'zoom', 'skype', 'länk', 'video', 'telefon', 'hybridmöte']);

/** Held at a distance: the place says so, or the text says people took part that way. */
export function isRemote(location: string | null, texts: Iterable<string>): boolean | null {
  if (location && REMOTE_IN_PLACE.test(location)) return true;
  for (const t of texts) if (MAY_BE_REMOTE.test(t) && REMOTE_PHRASE.test(t)) return true;
  return null;
}
