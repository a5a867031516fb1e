// `Styrelsen beslutar att lägga rapporten till handlingarna. Bilaga 2 Ekonomisk rapport`: the heading of an attachment
// (its word capitalised, its number or numbers, its name in capitals or none) that the extractor ran on after the
// decision's last sentence, where the attachment's page began. It is none of the decision: the item keeps the
// attachment's number (title.ts reads it from the body).
import { ATTACHMENT_WORDS } from '../../lexicon/sv.js';
import { alternation, capitalise } from '../../text/patterns.js';
import { UPPER_LETTER } from '../../text/letters.js';

const NUMBER = '\\d{1,2}[a-z]?';
const ATTACHMENT_HEADING = new RegExp(
  `(?<=[.!])\\s+(?:${alternation(ATTACHMENT_WORDS.map(capitalise))})\\s*(?::\\s*)?${NUMBER}(?:\\s*(?:[-–,]|och)\\s*${NUMBER})*(?:\\s+[${UPPER_LETTER}][^.!?]*)?\\.?$`,
  'u',
);
// (the heading follows a stop, its word capitalised: looked for before the pattern, as most decisions hold none)
export const MAY_ATTACH = /[.!]\s+Bil/;

/** The decision's text without an attachment's heading run on after its last sentence. */
export function withoutAttachmentHeading(text: string): string {
  const m = MAY_ATTACH.test(text) ? ATTACHMENT_HEADING.exec(text) : null;
  return m ? text.slice(0, m.index) : text;
}
