// A page's running header left between a decision's clauses (`PRO T OK OL L`, `Kommunstyrelsen
// 2014-03-06`, `HÖGSBY KOMMUN Kommunstyrelsen`): never a clause.
import { DECISION, KIND_TITLES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// A page's running header that the furniture finder left, between or after a decision's clauses:
// the kind of document in capitals, letter-spaced as some converters print it (`PRO T OK OL L`), or
// an organ and the meeting's date (`Kommunstyrelsen 2014-03-06`), a letterhead. Never a clause; the clauses may go on under it.
const KIND_WORDS = new Set<string>(Object.values(KIND_TITLES).flat().filter((t) => !t.includes(' ') && !t.includes('/')));
const PAGE_HEAD_LENGTH = 40;
const ORGAN_AND_DATE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]*(?:${alternation(DECISION.proposalTargetEndings)})\\s+\\d{4}-\\d{2}-\\d{2}$`, 'u');
// the municipality in capitals and the organ: `HÖGSBY KOMMUN Kommunstyrelsen`
const LETTERHEAD = new RegExp(`^[${UPPER_LETTER}][${UPPER_LETTER}-]+(?:\\s+[${UPPER_LETTER}][${UPPER_LETTER}-]+)*\\s+KOMMUN(?:\\s+[${UPPER_LETTER}][${LOWER_LETTER}]+)?$`, 'u');
// the municipality and the kind in capitals open a header row run together (`HÖGSBY KOMMUN PROTOKOLL 4 Kommunstyrelsen …`)
const HEADER_ROW = new RegExp(`^[${UPPER_LETTER}][${UPPER_LETTER}-]+(?:\\s+[${UPPER_LETTER}][${UPPER_LETTER}-]+)*\\s+KOMMUN\\s+([${UPPER_LETTER}]+)(?=\\s|$)`, 'u');
const HEADER_ROW_LENGTH = 100;
export function isPageHead(text: string): boolean {
  if (text.length > PAGE_HEAD_LENGTH) return text.length <= HEADER_ROW_LENGTH && text.includes('KOMMUN') && KIND_WORDS.has(HEADER_ROW.exec(text)?.[1]?.toLowerCase() ?? '');
  const c = text.charCodeAt(text.length - 1);
  // (a date's last digit, or the last capital of the kind)
  if (c >= 48 && c <= 57) return ORGAN_AND_DATE.test(text);
  if (text === text.toUpperCase()) return KIND_WORDS.has(text.replace(/\s+/gu, '').toLowerCase());
  return text.includes('KOMMUN') && LETTERHEAD.test(text);
}
