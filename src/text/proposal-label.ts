// A line or paragraph that opens with a proposal's label and its colon: `Förslag: Anna Ek`,
// `Förslag till beslut: Styrelsen godkänner …`, `Kommundirektörens förslag till beslut:`, `Socialnämndens arbetsutskotts förslag:`,
// `Förslag (teknisk direktör): …`, `Beslutsförslag: …`, `Kommundirektörens beslutsförslag: …`, `Förslag Stadsdirektören: …`
// (Finland-Swedish templates name who proposes, in the definite form, between the word and its colon). Under an agenda's title such a line
// is the item's proposal, never a piece of its title. In capitals too (`FÖRSLAG:`, `KOMMUNDIREKTÖRENS FÖRSLAG:`), as Åland
// and older Finland-Swedish templates print it.
import { DECISION, POSITION_WORDS } from '../lexicon/sv.js';
import { alternation, eachMatch } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

// an organ's genitive before the word: `Arbetsutskottets`, `Socialnämndens arbetsutskotts` (an organ's own organ), or an
// abbreviation's with its colon (`AU:s`, `KS:s`)
const GENITIVE = `(?:(?:[${UPPER_LETTER}][${ANY_LETTER}-]*s(?:\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*s)?|[${UPPER_LETTER}]{1,6}:s)\\s+)?`;
// who proposes, in the definite form (`Stadsdirektören`, `Tekniska chefen`, `Stadsdirektörens ersättare`), after `Förslag`
const DEFINITE_POSITIONS = POSITION_WORDS.map((w) => (w.endsWith('e') ? `${w}n` : `${w}en`));
const SPEAKER = `(?:[${UPPER_LETTER}][${LOWER_LETTER}]+\\s+)?[${UPPER_LETTER}]?[${LOWER_LETTER}]*(?:${alternation(DEFINITE_POSITIONS)})(?:s\\s+ersättare)?`;
export const PROPOSAL_LABEL = new RegExp(
  `^(?:${GENITIVE}[Ff]örslag(?:\\s+till\\s+(?:${alternation(DECISION.proposalTargets)}|[${LOWER_LETTER}]*(?:${alternation(DECISION.proposalTargetEndings)}))|\\s+${SPEAKER})?|${GENITIVE}[Bb]eslutsförslag)(?:\\s*\\([^()]{1,40}\\))?\\s*:`,
  'u',
);
// `Kommunstyrelsens förslag till beslut` / `- Delårsrapporten godkänns.`: a web agenda's proposal says
// what the meeting is asked to decide, in the words of a decision; a heading alone on its line
// (the organ's name in up to four words: `Barn- och utbildningsnämndens förslag till beslut`)
export const PROPOSAL_HEADING = new RegExp(`^(?:[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*){0,3}s\\s+)?(?:[Ff]örslag(?:\\s+till\\s+[${ANY_LETTER}-]+)?|[Bb]eslutsförslag)\\s*:?$`, 'u');
// `PROTOKOLLJUSTERING Stadssekreteraren: Protokolljustering äger rum …`: who speaks, one word and its colon, run on after a §'s title
export const SPEAKER_WORD = new RegExp(`^${SPEAKER}:$`, 'u');
// `Förslag Stadsdirektören: Stadsstyrelsen utser …` run on inside a transcript's flattened § page: where a line is cut
export const SPOKEN_PROPOSAL = new RegExp(`^Förslag\\s+${SPEAKER}\\s*:`, 'u');

// the words before a colon, in capitals (`FÖRSLAG:`, `KOMMUNDIREKTÖRENS FÖRSLAG TILL BESLUT:`)
const CAPITALS_BEFORE_COLON = new RegExp(`^[${UPPER_LETTER}][${UPPER_LETTER}\\s]{1,40}(?=\\s*:)`, 'u');
/** The text with a label in capitals before its colon in sentence case (as long as it was: offsets stay). */
function labelInSentenceCase(text: string): string {
  const m = CAPITALS_BEFORE_COLON.exec(text);
  return m ? m[0].charAt(0) + m[0].slice(1).toLowerCase() + text.slice(m[0].length) : text;
}
/** The proposal's label the text opens with, in any case (its word looked for first); null where none. */
export const proposalLabelOf = (text: string): RegExpExecArray | null =>
  (text.includes('örslag') ? PROPOSAL_LABEL.exec(text) : null) ?? (text.includes('ÖRSLAG') ? PROPOSAL_LABEL.exec(labelInSentenceCase(text)) : null);

/** The text opens with a proposal's label (its word and a colon looked for first). */
export const opensWithProposal = (text: string): boolean => text.includes(':') && proposalLabelOf(text) !== null;

// `… Kommunstyrelse 88 FÖRSLAG: Mötet konstateras …`: a transcript runs the label on inside the § page's line, after its
// title, organ and number; in capitals and with its colon it is a label wherever it stands
const CAPITALS_INSIDE = new RegExp(`\\s(?=[${UPPER_LETTER}]{2,}(?:\\s[${UPPER_LETTER}]{2,}){0,3}\\s*:)`, 'gu');
/** Where a proposal's label in capitals stands inside the text (not at its opening) and where it ends; null where none does. */
export function proposalLabelInside(text: string): { at: number; end: number } | null {
  if (!text.includes('ÖRSLAG')) return null;
  for (const m of eachMatch(CAPITALS_INSIDE, text)) {
    const label = proposalLabelOf(text.slice(m.index + 1));
    if (label) return { at: m.index + 1, end: m.index + 1 + label[0].length };
  }
  return null;
}

// a title in capitals: two capitals first, no small letter
const CAPITALS_TITLE = new RegExp(`^[${UPPER_LETTER}]{2}[^${LOWER_LETTER}]*$`, 'u');
/**
 * `SAMMANKALLANDE OCH BESLUTFÖRHET FÖRSLAG: Sammanträdet …`: a title in capitals run on into the proposal's label in
 * capitals; the title before the label, and where the text after it begins (the label's own start). Null otherwise.
 */
export function capitalsTitleBeforeLabel(text: string): { title: string; end: number } | null {
  // (two capitals open it: most titles are passed by before the search)
  if ((text.charCodeAt(1) - 97) >>> 0 <= 25) return null;
  const label = proposalLabelInside(text);
  if (label === null) return null;
  const title = text.slice(0, label.at).trim();
  return title !== '' && CAPITALS_TITLE.test(title) ? { title, end: label.at } : null;
}
