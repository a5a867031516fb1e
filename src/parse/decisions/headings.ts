// The headings and labels of an item body: a heading that opens decision clauses (`Styrelsen
// beslutar att`, `Beslut`, `Arbetsutskottets beslut`), one that opens proposal clauses (`Förslag
// till beslut`), another sub-heading (`Beslutsunderlag`, `Ärendebeskrivning`, `Omröstning`), and
// the labels run into their text (`Reservation: …`, `Handläggare: …`, `Bilaga 2`).
import { ACTION_LABELS, ATTACHMENT_WORDS, CASE_CONTACT_LABELS, DECISION, INLINE_BODY_LABELS, ORGAN_NOUNS, PROCESS } from '../../lexicon/sv.js';
import { GENITIVE_NAME, alternation, opensLikeTwo, sentenceCaseOpening, trimEndOf } from '../../text/patterns.js';
import { isVoteListTitle } from '../../text/vote-list.js';
import { initials, opensWith } from './plain.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const B = `(?![${ANY_LETTER}])`;
// `Styrelsens`, `Tekniska utskottets`, `Barn- och utbildningsnämndens`
const GENITIVE = `(?:${GENITIVE_NAME}\\s+)?`;
// `Styrelsen beslutar att`, `Styrelsen beslutar:`, `Mötet beslöt följande` (no `i` flag: \p{Lu} must stay upper case)
// `Kommunrevisionen beslutar att ge:` heads the clauses under it too
export const DECIDE_HEADING = new RegExp(
  `^([${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}-]*){0,3})\\s+(?:${alternation(DECISION.decideVerbs)})${B}(?:\\s+(?:${alternation(DECISION.decideQualifiers)}))?(?:(?:\\s+(?:att|(?:enligt\\s+)?följande))?\\s*:?|\\s+att(?:\\s+[${LOWER_LETTER}]+){1,3}\\s*:)$`,
  'u',
);
// `Beslut`, `Styrelsens beslut`, `Beslut:`; `Beslut – Förslag till kommunfullmäktige` (decided to propose)
const DECISION_LABEL = new RegExp(`^${GENITIVE}[Bb]eslut(?:et)?(\\s*[–—-]\\s*[Ff]örslag\\s+till\\s+[${ANY_LETTER}]+)?\\s*:?$`, 'u');
// `Förslag till beslut`, `Förslag till beslut på sammanträdet`, `Arbetsutskottets förslag till kommunstyrelsen`,
// `Stadsdirektörens förslag:`, `Förslag till kommunfullmäktige`, `Kommundirektörens beslutsförslag`
const PROPOSAL_LABEL = new RegExp(
  `^(?:${GENITIVE}[Ff]örslag(?:\\s+till\\s+(?:${alternation(DECISION.proposalTargets)}|[${LOWER_LETTER}]*(?:${alternation(DECISION.proposalTargetEndings)}))(?:\\s+[${ANY_LETTER}]+){0,2})?|${GENITIVE}[Bb]eslutsförslag)\\s*:?$`,
  'u',
);
// (and in capitals, as older templates print the label: `BESLUT: …`)
export const LABELLED_LINE = new RegExp(`^(?:${GENITIVE_NAME}\\s+)?(?:(?:[Bb]eslut|BESLUT|[Ff]örslag\\s+till\\s+beslut|[Bb]eslutsförslag)\\s*:|[Bb]eslut\\s+att\\s)`, 'u');
// the decision-process headings (`Omröstning`, `Beslutsgång`, …) end a run of clauses too
// the proceedings under a § (motions, course, votes, reservations, …): not what was decided
const { description: _description, ...PROCEEDINGS } = PROCESS.headings;
// `Särskilt yttrande i kommunstyrelsen`, `Yrkanden i arbetsutskottet`: a proceedings heading that names the organ it was in
const IN_ORGAN = `(?:\\s+(?:i|vid)\\s+(?:[${ANY_LETTER}]+s?\\s+)?[${ANY_LETTER}]*(?:${alternation(ORGAN_NOUNS)})[${ANY_LETTER}]*)`;
export const SUBHEADING = new RegExp(
  `^(?:(?:${alternation([...DECISION.subheadings, ...Object.values(PROCESS.headings).flat()])})|(?:${alternation(Object.values(PROCEEDINGS).flat())})${IN_ORGAN})\\s*:?$`,
  'iu',
);
export const PROCEDURE = new RegExp(`^(?:${alternation(Object.values(PROCEEDINGS).flat())})${IN_ORGAN}?\\s*:?$`, 'iu');
export const MOTIONS = new RegExp(`^(?:${alternation(PROCESS.headings.motions)})\\s*:?$`, 'iu');
// `Reservation: Bo Ek (M) …`, `Protokollsanteckning: …`, `Yrkande: …`: a proceedings label run into its text
const PROCEEDINGS_WORDS = Object.values(PROCEEDINGS).flat();
const PROCEEDINGS_LABEL = new RegExp(`^(?:${alternation(PROCEEDINGS_WORDS)})\\s*:\\s*\\S`, 'iu');
export const MOTIONS_LABEL = new RegExp(`^(?:${alternation(PROCESS.headings.motions)})\\s*:`, 'iu');
const MAY_BE_PROCEEDINGS_LABEL = opensWith(initials(PROCEEDINGS_WORDS), 'iu');
export const isProceedingsLabel = (text: string): boolean => MAY_BE_PROCEEDINGS_LABEL(text) && text.includes(':') && PROCEEDINGS_LABEL.test(text);
// `Överenskommelse`: what a meeting that keeps notes agreed
const AGREED = new RegExp(`^(?:${alternation(DECISION.agreedHeadings)})\\s*:?$`, 'iu');
// (`Handläggare: Lena Björk` too: who handles the case)
// (and `Ansvarig: Eva Holm` in notes: who carries out what was decided)
const BODY_LABELS = [...INLINE_BODY_LABELS, ...CASE_CONTACT_LABELS, ...ACTION_LABELS];
const BODY_LABEL = new RegExp(`^(?:${alternation(BODY_LABELS)})\\s*:`, 'iu');
// (asked of every paragraph: its first letter first)
// (by its first two letters, `Ansvar`, `Handläggare` and `Bilaga` sharing their first with many paragraphs' words)
const MAY_BE_BODY_LABEL = opensLikeTwo(BODY_LABELS);
export const isBodyLabel = (text: string): boolean => MAY_BE_BODY_LABEL(text) && BODY_LABEL.test(text);
export const NOT_SUBJECT = new Set<string>(DECISION.notSubjects);

/** `Styrelsens` → `Styrelsen`, `Arbetsutskottets` → `Arbetsutskottet`. */
const fromGenitive = (g: string | undefined): string | null => (g ? g.slice(0, -1) : null);

// `Bilaga 7a Revisionsberättelse`, `Bilaga: Revisorernas rapport`, `Bilagor 2–3`: a line naming what comes with the §
const ATTACHMENT_LINE = new RegExp(`^(?:${alternation(ATTACHMENT_WORDS)})\\s*(?::|\\d)`, 'iu');
export const isAttachmentLine = (text: string): boolean => (text.charCodeAt(0) | 32) === 98 && ATTACHMENT_LINE.test(text);

/** A line that heads a part of an item body: a decision or proposal label, a sub-heading, an attachment's line. */
export const isBodyHeading = (text: string): boolean =>
  text.length <= 60 && (isAttachmentLine(text) || decisionHeading(text) !== null || (!endsUnlikeHeading(text) && (isProposalLabel(text) || SUBHEADING.test(text))) || isVoteListTitle(text));

// Every heading, label and sub-heading ends in a letter or a colon (a white space after it
// aside): text that ends in a full stop, a digit, a bracket or other ASCII punctuation, as most
// of a body's paragraphs do, is none of them. One look at the last character spares the
// patterns and their stems' tests, which read all of it. (A letter beyond ASCII is not looked
// at: the patterns decide. Should the lexicon give one of their words another ending, the look is off.)
const HEADING_WORDS = [
  ...DECISION.decideVerbs, ...DECISION.decideQualifiers, ...DECISION.proposalTargets, ...DECISION.proposalTargetEndings,
  ...DECISION.subheadings, ...Object.values(PROCESS.headings).flat(), ...DECISION.agreedHeadings,
];
const LOOK_AT_END = HEADING_WORDS.every((w) => /[\p{L}:]$/u.test(w));
const COLON = 58;
const SPACE = 32;
export const endsUnlikeHeading = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  // (ASCII only: a letter either case, the colon, and white space may end a heading)
  return LOOK_AT_END && c < 128 && !((c | 32) >= 97 && (c | 32) <= 122) && c !== COLON && c !== SPACE && !(c >= 9 && c <= 13);
};

// `BESLUT`, `BESLUT:`, `BESLUTSFÖRSLAG`: a heading of one word in capitals, as older templates print it (sentenceCaseOpening
// leaves one word alone: `AU` opens a sentence so)
const ONE_WORD_IN_CAPITALS = new RegExp(`^[${UPPER_LETTER}]{3,}\\s*:?$`, 'u');
const oneWordInCapitals = (t: string): string => (ONE_WORD_IN_CAPITALS.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t);

/** `Förslag till beslut`, and in capitals as older templates print it (`ARBETSUTSKOTTETS FÖRSLAG TILL SOCIALNÄMNDEN`). */
export const isProposalLabel = (text: string): boolean => !endsUnlikeHeading(text) && MAY_PROPOSE.test(text) && PROPOSAL_LABEL.test(oneWordInCapitals(sentenceCaseOpening(text)));

// every decision heading says `beslut…`/`beslöt`, every proposal heading `förslag`: test that first
const MAY_DECIDE = /eslu|eslö|enskomm/i;
const MAY_PROPOSE = /örslag/i;

// `Nämnden beslutar följande.`: a word that announces the clauses after it ends the heading, a full stop after it too
const ANNOUNCING_STOP = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.announcingTails)})\\.$`, 'u');
// (the pattern ends the text, but reads it from its start: it is asked of every paragraph, most ending in a full stop.
// It reads only the text's end, the longest word, its stop and the character before it (two code units, a pair
// of surrogates at most); words with a space may stand apart by any white space, and are read in all the text)
const ANNOUNCING_END = DECISION.announcingTails.some((w) => /\s/u.test(w)) ? Infinity : Math.max(...DECISION.announcingTails.map((w) => w.length)) + 3;
// (where no word holds a space, the text must end on one of them, as written, and its stop: the pattern has no `i` flag.
// A look at the end with plain tests before the pattern, which most paragraphs, ending on a stop, would be asked)
// (no function of its own: it is asked of every paragraph)
const ANNOUNCING_ENDINGS = Number.isFinite(ANNOUNCING_END) ? DECISION.announcingTails.map((w) => `${w}.`) : null;
/** The line without the full stop after a word that announces clauses (`… beslutar följande.` → `… beslutar följande`). */
export function withoutAnnouncingStop(text: string): string {
  let may = ANNOUNCING_ENDINGS === null && text.endsWith('.');
  if (ANNOUNCING_ENDINGS !== null) for (const e of ANNOUNCING_ENDINGS) may ||= text.endsWith(e);
  return may && ANNOUNCING_STOP.test(text.length > ANNOUNCING_END ? text.slice(-ANNOUNCING_END) : text) ? text.slice(0, -1) : text;
}

export function decisionHeading(line: string): { by: string | null; proposes?: boolean } | null {
  const text = withoutAnnouncingStop(line);
  if (endsUnlikeHeading(text) || !MAY_DECIDE.test(text)) return null;
  const t = oneWordInCapitals(sentenceCaseOpening(trimEndOf(text, '')));
  const d = DECIDE_HEADING.exec(t);
  if (d && !NOT_SUBJECT.has(d[1]!.split(/\s+/)[0]!.toLowerCase())) return { by: d[1]! };
  const l = DECISION_LABEL.exec(t);
  // `Enligt styrelsens beslut` is no heading
  if (l && !NOT_SUBJECT.has(l[1]?.split(/\s+/)[0]!.toLowerCase() ?? '')) return { by: fromGenitive(l[1]), proposes: l[2] !== undefined };
  return AGREED.test(t) ? { by: null } : null;
}
