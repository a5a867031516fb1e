// A line or paragraph that opens with a proposal's label and its colon: `Förslag: Anna Ek`,
// `Förslag till beslut: Styrelsen godkänner …`, `Kommundirektörens förslag till beslut:`, `Socialnämndens arbetsutskotts förslag:`,
// `Förslag (teknisk direktör): …`, `Beslutsförslag: …`, `Kommundirektörens beslutsförslag: …`. Under an agenda's title such a line
// is the item's proposal, never a piece of its title.
import { DECISION } from '../lexicon/sv.js';
import { alternation } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

// an organ's genitive before the word: `Arbetsutskottets`, `Socialnämndens arbetsutskotts` (an organ's own organ), or an
// abbreviation's with its colon (`AU:s`, `KS:s`)
const GENITIVE = `(?:(?:[${UPPER_LETTER}][${ANY_LETTER}-]*s(?:\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*s)?|[${UPPER_LETTER}]{1,6}:s)\\s+)?`;
export const PROPOSAL_LABEL = new RegExp(
  `^(?:${GENITIVE}[Ff]örslag(?:\\s+till\\s+(?:${alternation(DECISION.proposalTargets)}|[${LOWER_LETTER}]*(?:${alternation(DECISION.proposalTargetEndings)})))?|${GENITIVE}[Bb]eslutsförslag)(?:\\s*\\([^()]{1,40}\\))?\\s*:`,
  'u',
);

/** The text opens with a proposal's label (its word and a colon looked for first). */
export const opensWithProposal = (text: string): boolean => text.includes('örslag') && text.includes(':') && PROPOSAL_LABEL.test(text);
