// Whether a sentence states a decision of this meeting, and who decides: `X beslutar att …`,
// `X godkänner …`, `Därmed beslutar nämnden att …`, `… godkänns`, `Läggs till handlingarna`,
// elections; not a proposal (`föreslår`) nor a report of an earlier meeting's decision.
import { BODIES, DECISION, MOTION_ADOPTED, MOTION_ADOPTING_VERBS, MOTION_FELL, ORGAN_ADJECTIVES, ORGAN_NOUNS, PROCESS, RUN_ON_DECISION } from '../../lexicon/sv.js';
import { anyOf, hintOf, phrasesOf } from '../../text/hint.js';
import { alternation, capitalise, eachMatch, sentenceCaseOpening } from '../../text/patterns.js';
import { findBody as findBodyAnew } from '../meeting/organisation.js';
import { TextMemo, ownCopy } from '../../text/memo.js';
import { isGivenName } from '../../text/persons.js';
import { MAY_FIND_ORGAN, findingOrgan } from './finding.js';
import { isNoteToMinutes, notedPassively, notesItem } from './noting.js';
import { initials, opensWith } from './plain.js';
import type { Sentence } from './sentences.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

// The organ a subject names, remembered: the same few subjects (`Kommunstyrelsen`, `Nämnden`) are asked of again for
// every sentence that decides, and findBody tries its two patterns of every organ's forms each time (a sixth of
// decides' time). Its answer depends on the text alone; no caller here changes it (the organ's name copied: a slice
// of a sentence would keep the sentence's file alive in the memo).
const BODY_NAMED = new TextMemo<ReturnType<typeof findBodyAnew>>(4096, (text) => {
  const found = findBodyAnew(text);
  return found && { body: ownCopy(found.body), index: found.index };
});
const findBody = (text: string): ReturnType<typeof findBodyAnew> => BODY_NAMED.get(text);

const W = (words: readonly string[]): string => `(?:${alternation(words)})`;
/** Words as they open a sentence: `Styrelsen` as well as `styrelsen`. */
const capitalised = (words: readonly string[]): string[] => words.flatMap((w) => [w, capitalise(w)]);
const B = `(?![${ANY_LETTER}])`;
const A = `(?<![${ANY_LETTER}])`;
const SUBJECTS = [...BODIES.flatMap((b) => b.forms), 'mötet', 'sammanträdet', 'medlemmarna', 'samrådet', 'ledamöterna', 'ägarna', 'utskottet', 'nämnden', 'vi', ...DECISION.assemblies];
// the subject opening a sentence: an organ, or capitalised word(s) before `beslutar`
// (no `i` flag on these: with it, \p{Lu} would match lower-case letters too)
const SUBJECT = `(${W(capitalised(SUBJECTS.filter((w) => w !== 'au')))}|AU)${B}`;
// (`Vård- och omsorgsnämnden`, `Barn- och utbildningsnämnden`: a compound shared over `och`)
const NAMED = `([${UPPER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*|[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}-]*){0,3})`;
// (`Styrelsen fattade beslut om att …`: deciding said with its noun decides as its verb does)
const DECIDE_VERBS = [...DECISION.decideVerbs, ...DECISION.decisionTaking];
const DECIDE = new RegExp(`^(?:${SUBJECT}|${NAMED})\\s+(?:[${ANY_LETTER},-]+\\s+){0,3}?${W(DECIDE_VERBS)}${B}`, 'u');
// `Gruppen enades om att …`, `Vi kom överens om att …`: an agreement, as notes write a decision
const AGREE = new RegExp(`^(?:${SUBJECT}|${NAMED})\\s+(?:[${ANY_LETTER},-]+\\s+){0,3}?${W(DECISION.agreeVerbs)}\\s+att${B}`, 'u');
const MAY_AGREE_STEMS = ['överens', 'enade', 'enas '];
// `Beslutas att …`, `Det beslutas att …`, `Beslutas enligt förslaget`, `Beslut enligt förslag.`: the impersonal present
// opening the sentence (the noun only with the proposal it adopts)
const IMPERSONAL = new RegExp(
  `^(?:${W(DECISION.decidedImpersonal.verbs.filter((v) => v !== 'beslut'))}\\s+${W(DECISION.decidedImpersonal.after)}|beslut\\s+enligt\\s+(?:[${ANY_LETTER}]+\\s+){0,2}?förslag(?:et)?[.!]?$)${B}`,
  'iu',
);
const MAY_BE_IMPERSONAL = hintOf(DECISION.decidedImpersonal.verbs);
// (and the decision the talk led to, `… ledde fram till beslutet att …`)
const DECIDED = new RegExp(`${A}${W([...DECISION.decidedPassive, ...DECISION.decisionReached])}\\s+att${B}`, 'iu');
const APPROVE = new RegExp(`^${SUBJECT}(?:\\s+[^.!?]{0,80}?)?\\s${W(DECISION.approveVerbs)}${B}`, 'u');
// (`Efter förslag från ordföranden lades anmälan till handlingarna.`: the past too, its subject after the verb)
const PASSIVE = new RegExp(`${A}(?:${W(DECISION.passive)}|(?:läggs|lades)\\s+(?:[${ANY_LETTER}]+\\s+){0,3}?(?:till\\s+)?handlingarna)${B}`, 'iu');
// (`Per Lind valdes enhälligt till justerare`: how it went between the verb and the office)
const ELECTION = new RegExp(`${A}${W(DECISION.elections)}\\s+(?:${W(DECISION.electionManners)}\\s+)?(?:till|som${B}|att\\s+(?:[${ANY_LETTER}]+\\s+){0,4}?justera)`, 'iu');
// `Bo Ek och Siv Al valdes om på ett år.`: elected again, the sentence ending there or going on with the term or office
// (not `Frågan om vilka som väljs om diskuterades`)
const ELECTED_AGAIN = new RegExp(`${A}${W(DECISION.electedAgain)}(?=\\s*(?:[.!?,;]|$)|\\s+(?:på|för|till|som)${B})`, 'iu');
// `Valdes Bo Ek och Siv Al`: the verb first and the elected after it, as terse minutes write an election
// (the office they hold before them perhaps: `Utsågs ordföranden Eva Ek att jämte Bo Al justera`, `Valdes ledamoten Bo Al`)
const ELECTED_FIRST = new RegExp(`^${W(DECISION.elections.map(capitalise))}\\s+(?:[${LOWER_LETTER}]+\\s+){0,2}?[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
// `Lisa Sund valdes.`, `Ebba och Tor utsågs.`, `Rut Ahl (C) väljs enhälligt`: the elected named, then the passive verb, all
// the sentence says (capitalised words, a party's bracket, joined by a comma, `och` or `samt`)
const NAMED_ONE = `[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?(?:\\s[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?){0,2}(?:\\s\\([${UPPER_LETTER}]{1,3}\\))?`;
const ELECTED_NAMED = new RegExp(`^${NAMED_ONE}(?:(?:,\\s*|\\s(?:och|samt)\\s)${NAMED_ONE})*\\s${W(DECISION.elections)}(?:\\s${W(DECISION.electionManners)})?\\.?$`, 'u');
// `Till att justera dagens protokoll valdes Bo Nilsson`, `Till justerare utsågs …`
const ELECTED_TO = new RegExp(`^(?:till\\s+|att\\s+)(?:att\\s+)?(?:[${ANY_LETTER}]+\\s+){0,3}?(?:justera|${alternation(DECISION.adjusterTitles)}|${alternation(DECISION.meetingOffices)}|${alternation(DECISION.electedOffices)})${B}[^.!?]{0,80}?${A}${W(DECISION.elections)}${B}`, 'iu');
// `Val av ordförande för mötet: Eva Holm.`, `Val av två justerare: Bo Ek och Siv Al.`: the office as a label, the elected
// after its colon and nothing else (not `Val av revisorer: Frågan bordläggs.`, `Val av ordförande: se bilaga 1`)
const PERSON = `[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?(?:\\s[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?){1,2}`;
// (`Val av protokolljusterare – Per Ek`: a dash in the colon's place, as a point's own line writes it; the elected's
// first word a given name there, so `Val av ordförande – Region Norrby` is none)
const ELECTION_LABEL = new RegExp(
  `^${W(capitalised(DECISION.electionLabels))}\\s(?:[${ANY_LETTER}\\d]+\\s){0,3}?${W([...DECISION.adjusterTitles, ...DECISION.meetingOffices, ...DECISION.electedOffices])}${B}[^:.!?]{0,40}?(:|\\s[–-])\\s*(${PERSON})(?:(?:,\\s*|\\s(?:och|samt)\\s)${PERSON})*\\.?$`,
  'u',
);
const MAY_LABEL_ELECTION = opensWith(initials(DECISION.electionLabels), 'iu');
/**
 * `Val av justerare: Bo Ek, Siv Al.`, `Val av justerare – Bo Ek`: an election as a label and the elected, all the sentence says.
 * (the label's colon, or a dash between spaces, plain characters of the pattern's, outside any class: a text without one is passed by)
 */
export function isElectionLabel(text: string): boolean {
  if (!MAY_LABEL_ELECTION(text) || !(text.includes(':') || text.includes(' – ') || text.includes(' - '))) return false;
  const m = ELECTION_LABEL.exec(text);
  return m !== null && (m[1] === ':' || isGivenName(m[2]!.slice(0, m[2]!.indexOf(' '))));
}
// organs outside this meeting: `Kommunstyrelsen`, `Regionfullmäktige`, `Nationella rådet`, `Försäkringskassan`
const OTHER_ORGAN = new RegExp(`(?:${alternation(DECISION.otherOrgans)})$`, 'iu');
const PROPOSAL = new RegExp(`${A}${W(DECISION.proposalMarkers)}${B}`, 'iu');
// `… föreslog att dagordningen fastställs, vilket godkändes.`, `…, vilket mötet godkände.`: the proposal or motion adopted
// at the sentence's end (its manner or the organ between), the decision (asked only of a sentence that proposes or moves)
const ADOPTED_AT_END = new RegExp(
  `${A}${W(MOTION_ADOPTED)}\\s+(?:[${ANY_LETTER}]+\\s+){0,2}?(?:${W(DECISION.passive)}|${W(MOTION_ADOPTING_VERBS)})(?:\\s+[${ANY_LETTER}]+)?\\s*[.!]?$`,
  'iu',
);
/** The proposal or motion a sentence tells is adopted in it: decided, by no organ named. */
const adoptedAtEnd = (text: string): Deciding | null => (text.includes('ilket') && ADOPTED_AT_END.test(text) ? { by: null } : null);
const EARLIER = new RegExp(`${A}(?:på|vid|under)\\s+(?:sitt\\s+|dess\\s+)?${W(DECISION.earlierMeeting)}\\s+(?:[${ANY_LETTER}]+\\s+)?(?:möte|mötet|sammanträde|sammanträdet|styrelsemöte|styrelsemötet)${B}`, 'iu');
const NOT_SUBJECT = new Set<string>(DECISION.notSubjects);
const APPROVE_VERB = new RegExp(`${W(DECISION.approveVerbs)}${B}`, 'iu');
const NEEDS_OBJECT = new Map(Object.entries(DECISION.approveVerbsNeedingObject));
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test runs several times faster
// (a trie, anyOf: it finds the first stem in a paragraph in less time than the alternation)
export const HINT = anyOf(['överens', 'enade', 'enas ', 'besl', 'godk', 'fastst', 'anta', 'anto', 'bevilj', 'bifall', 'biföll', 'besvara', 'behandlad', 'remitter', 'delegerar', 'bordl', 'hänsk', 'tillstyrk', 'avsl', 'utse', 'utsåg', 'välj', 'vald', 'lägg', 'lade', 'uppdr', 'ger ', 'gav ', 'noter', 'anteckn', 'del av', 'handlingarna', 'protokollet', 'bakom', ...DECISION.electionLabels, ...DECISION.conclusionLabels]);
// the same for each costly pattern: its phrases, plain
const MAY_PROPOSE = hintOf(DECISION.proposalMarkers);
const MAY_BE_EARLIER = hintOf(DECISION.earlierMeeting);
const MAY_BE_DECIDED = hintOf([...DECISION.decidedPassive, ...DECISION.decisionReached]);
const MAY_BE_PASSIVE = hintOf([...DECISION.passive, 'läggs', 'lades']);
const MAY_ELECT = hintOf(DECISION.elections);
const ASSEMBLY_BODIES = new Set<string>(DECISION.assemblyBodies);
const ASSEMBLY_PASSIVE = new RegExp(`${A}${W(DECISION.assemblyPassive)}${B}`, 'iu');
const MAY_ASSEMBLY_DECIDE = hintOf(DECISION.assemblyPassive);
const RECOMMENDED = new RegExp(`${A}${W(DECISION.recommendations)}${B}`, 'iu');
const MAY_RECOMMEND = hintOf(DECISION.recommendations);
// (the two hints as one trie, which finds wherever either does)
const MAY_RECOMMEND_OR_DECIDED = hintOf([...DECISION.recommendations, ...DECISION.decidedPassive, ...DECISION.decisionReached]);
// the verbs of the two patterns without `i`, as they are written there: the subject's
// alternatives are tried only where a verb stands
// (tries: they find a verb wherever the alternations of the verbs do, in less time)
const HAS_DECIDE_VERB = phrasesOf(DECIDE_VERBS);
const HAS_APPROVE_VERB = phrasesOf(DECISION.approveVerbs);
// all of those tests as two, one for each case: most sentences past the stems say none of
// their words, and a pattern of many words costs little more than one of a few (it tries its
// words at every place either way); past these, only the tests of the case that matched run
// `Kansliet får i uppdrag att …`: a task given, which decides where nothing else in the item does
const COMMISSION = new RegExp(`${A}${W(DECISION.commissions)}${B}`, 'iu');
const MAY_COMMISSION = hintOf(DECISION.commissions);
// (the plain hints' phrases as one trie, not their tries side by side: at each place of a sentence it tests a
// first letter once instead of once for each hint; it finds wherever one of them finds)
const MAY_ANY_PLAIN = hintOf([
  ...DECISION.proposalMarkers, ...DECISION.earlierMeeting, ...DECISION.decidedPassive, ...DECISION.decisionReached, ...DECISION.decidedImpersonal.verbs, ...DECISION.passive, 'läggs', 'lades',
  ...DECISION.notedPassive, ...DECISION.elections, ...DECISION.commissions, ...DECISION.assemblyPassive,
]);
// (`… fattade styrelsen beslut att`, `Beslöt styrelsen att`: the verb's noun before its clause, or the verb first)
const TAKE_STEMS = ['beslut att', 'beslut om att'];
// (the verbs, the agreements' and the nouns' stems as one trie, the anchored `^Besl` beside it: one test a sentence, which
// the four patterns side by side took a third longer over)
const MAY_ANY_CASED = new RegExp(`${phrasesOf([...DECIDE_VERBS, ...DECISION.approveVerbs], [...MAY_AGREE_STEMS, ...TAKE_STEMS]).source}|^Besl`);

// `Socialnämnden godkänner …`, `Barn- och utbildningsnämnden antar …`: an organ named before the verb
const ORGAN_APPROVES = new RegExp(
  `^([${UPPER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*|[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*)?)\\s+(${alternation(DECISION.approveVerbs)})${B}`,
  'u',
);
// `Tekniska nämnden beslutar …`: an organ named with its adjective before the verb of deciding
const ORGAN_DECIDES = new RegExp(`^([${UPPER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*|[${UPPER_LETTER}][${ANY_LETTER}-]*\\s+[${LOWER_LETTER}][${ANY_LETTER}-]*)\\s+${W(DECIDE_VERBS)}${B}`, 'u');
const MAY_NAME_ORGAN = hintOf(ORGAN_NOUNS);
const PROCEDURE_OBJECT = new RegExp(`${A}${W(DECISION.procedureObjects)}${B}`, 'iu');
const MAY_NAME_PROCEDURE = hintOf(DECISION.procedureObjects);
// `… beslutar kommunstyrelsen med 7 röster mot 4 att …`: the count between the subject and its clause
const VOTE_COUNT = `\\s+med\\s+\\d{1,3}\\s+(?:[${ANY_LETTER}]{1,4}-)?röster\\s+mot\\s+\\d{1,3}(?:\\s+(?:[${ANY_LETTER}]{1,4}-)?röster)?`;
// `Med 9 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att …`, `Därmed beslutar nämnden att …`: an
// opening adverbial, the verb, then its subject in lower case (`barn- och utbildningsnämnden`, `tekniska nämnden`),
// and its clause or the proposal it decides by (`… beslutar kommunstyrelsen enligt ordförandens förslag`)
const INVERTED = new RegExp(
  `^${W(capitalised(DECISION.invertedOpeners))}${B}[^.!?]{0,200}?\\s${W(DECISION.decideVerbs)}\\s+(?:${W(DECISION.unitedSubject)}\\s+)?((?:[${LOWER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+)?(?:[${LOWER_LETTER}][${ANY_LETTER}-]*\\s+)?[${LOWER_LETTER}][${ANY_LETTER}-]*)(?:\\s*,[^,]{1,120},|${VOTE_COUNT})?\\s+${W(DECISION.invertedTails)}${B}`,
  'u',
);
// `Med 8 röster mot 5 bifaller nämnden arbetsutskottets förslag`, `Därmed godkänner styrelsen rapporten`: the same
// opening, a verb that takes its object directly, its subject in lower case, then the object
// (not the verbs that decide only with a certain object, `ger … i uppdrag`, nor those of noting)
const NEEDING_OBJECT = new Set<string>([...Object.keys(DECISION.approveVerbsNeedingObject), ...DECISION.notingVerbs]);
const INVERTED_APPROVE = new RegExp(
  `^${W(capitalised(DECISION.invertedOpeners))}${B}[^.!?]{0,200}?\\s${W(DECISION.approveVerbs.filter((v) => !v.includes(' ') && !NEEDING_OBJECT.has(v)))}\\s+((?:[${LOWER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+)?(?:${W(ORGAN_ADJECTIVES)}\\s+)?[${LOWER_LETTER}][${ANY_LETTER}-]*)\\s+\\S`,
  'u',
);
// `Efter en kort diskussion enades styrelsen om att …`, `Därefter kom mötet överens om att …`: the same opening,
// an agreement's verb, its subject in lower case, then the rest of the phrase (`om`, `överens om`) and the clause
const AGREE_HEADS = [...new Set(DECISION.agreeVerbs.map((v) => v.split(' ')[0]!))];
const AGREE_RESTS = [...new Set(DECISION.agreeVerbs.map((v) => v.split(' ').slice(1).join('\\s+')))];
const INVERTED_AGREE = new RegExp(
  `^${W(capitalised(DECISION.invertedOpeners))}${B}[^.!?]{0,200}?\\s(${alternation(AGREE_HEADS)})\\s+((?:[${LOWER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+)?(?:${W(ORGAN_ADJECTIVES)}\\s+)?[${LOWER_LETTER}][${ANY_LETTER}-]*)\\s+(${AGREE_RESTS.join('|')})\\s+att${B}`,
  'u',
);
// `Efter diskussion fattade styrelsen beslut att …`: the same opening, the verb of deciding with its noun around
// the subject in lower case; and the verb first with no opening at all, as a secretary writes it
// (`Beslöt styrelsen att …`, `Fattade styrelsen beslut om att …`)
const TAKE_HEADS = [...new Set(DECISION.decisionTaking.map((v) => v.split(' ')[0]!))];
const TAKE_RESTS = [...new Set(DECISION.decisionTaking.map((v) => v.split(' ').slice(1).join(' ')))];
const LOWER_SUBJECT = `((?:[${LOWER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+)?(?:[${LOWER_LETTER}][${ANY_LETTER}-]*\\s+)?[${LOWER_LETTER}][${ANY_LETTER}-]*)`;
const INVERTED_TAKE = new RegExp(
  `^(?:${W(capitalised(DECISION.invertedOpeners))}${B}[^.!?]{0,200}?\\s${W(TAKE_HEADS)}|${W(TAKE_HEADS.map(capitalise))})\\s+${LOWER_SUBJECT}\\s+${W(TAKE_RESTS)}\\s+att${B}`,
  'u',
);
const VERB_FIRST = new RegExp(`^${W(DECISION.decideVerbs.map(capitalise))}\\s+${LOWER_SUBJECT}(?:${VOTE_COUNT})?\\s+${W(DECISION.invertedTails)}${B}`, 'u');
const AGREE_PHRASES = new Set<string>(DECISION.agreeVerbs);
/** The subject of an inverted agreement, where its verb and the rest of the phrase make one of the lexicon's. */
function agreedInverted(text: string): string | null {
  const m = INVERTED_AGREE.exec(text);
  return m && AGREE_PHRASES.has(`${m[1]!} ${m[3]!.replace(/\s+/g, ' ')}`) ? m[2]! : null;
}
// `Per Åström (M) yrkar att motionen bifalls`, `Bifall yrkas av Eva Ek`: a member moves near the sentence's
// opening, whatever the words after the verb say; a motion, no decision
const MOVES = new RegExp(`^(?:\\S+\\s+){1,6}?${W([...PROCESS.moveVerbs, ...PROCESS.moveForms])}${B}`, 'iu');
const MAY_MOVE = hintOf([...PROCESS.moveVerbs, ...PROCESS.moveForms]);
const MAY_INVERT = opensWith(initials(DECISION.invertedOpeners), 'iu');
const LOWER_SUBJECTS = new Set<string>(SUBJECTS);
// (not an opener that is no subject either, `Enligt förslaget från kommunstyrelsen beslutade fullmäktige …`: a report)
const OPENER_WORDS = new Set<string>(DECISION.invertedOpeners.filter((o) => !o.includes(' ') && !NOT_SUBJECT.has(o)));
// a bullet before a sentence is read off; most open with a letter (a look at the first character, its code one of the
// bullets', as the pattern's class without flags reads them: a table of plain characters let every other one through)
const BULLETS = new Set<number>(['•', '-', '–', '*'].map((b) => b.charCodeAt(0)));

/**
 * The organ whose minutes these are, named by its own name (`Socialnämnden` in the
 * minutes of the socialnämnd) or by its head noun alone (`Nämnden`, `Direktionen`):
 * its decisions are this meeting's, where another organ's are reported.
 */
export function isOwnOrgan(subject: string, own: string | null): boolean {
  if (own === null || !MAY_NAME_ORGAN.test(subject)) return false;
  const found = findBody(subject);
  return found !== null && found.index === 0 && (found.body === own || own.endsWith(found.body));
}

/**
 * Where the header names no organ, an organ named as the subject of the present tense (`Nämnden
 * beslutar att …`, `Kommunfullmäktige godkänner …`) is the one that meets: minutes state their
 * own decisions so, and tell another organ's in the past or as a proposal.
 */
// (the present: the verb's first word ends in `r`, `beslutar`, `godkänner`, `tar del av`; not `beslutade`, `godkände`)
const PRESENT_VERBS = [...DECISION.decideVerbs, ...DECISION.approveVerbs].filter((v) => v.split(' ')[0]!.endsWith('r'));
const IN_PRESENT = new RegExp(`^[^.!?]{0,120}?\\s${W(PRESENT_VERBS)}${B}`, 'u');
// `Nämnden beslöt att …`: the organ's noun alone, with no name of its own, is the one that meets in any tense,
// unless the sentence dates what it tells (`Nämnden beslutade 2021-03-04 att …`, `… den 4 mars …`: a report)
const BARE_OWN = new Set<string>(DECISION.bareOwnOrgans);
const DATED = new RegExp(`(?<!\\d)(?:19|20)\\d\\d(?!\\d)|(?<![${ANY_LETTER}])den\\s+\\d`, 'u');
const mayBeOwnOrgan = (subject: string, own: string | null, text: string): boolean =>
  own === null && MAY_NAME_ORGAN.test(subject) && findBody(subject)?.index === 0 && (IN_PRESENT.test(text) || (BARE_OWN.has(subject.toLowerCase()) && !DATED.test(text)));

/** An organ other than the one that meets (known) recommends. */
export function recommendsElsewhere(recommender: string, own: string | null): boolean {
  return own !== null && !isOwnOrgan(recommender, own) && findBody(recommender)?.index === 0;
}

/** The subject after the verb (`… beslutar kommunstyrelsen att`) is the meeting's organ, or an organ or a meeting (`styrelsen`, `mötet`) not another's. */
function decidesInverted(subject: string, own: string | null): boolean {
  if (isOwnOrgan(subject, own)) return true;
  if (OTHER_ORGAN.test(subject)) return false;
  return LOWER_SUBJECTS.has(subject) || findBody(subject)?.index === 0;
}

/**
 * The organ a chair's finding names (`… finner att nämnden bifaller …`) is the one that meets: where
 * that organ is known, its own name or a meeting's word (`nämnden`, `mötet`); else any organ.
 */
function findsOwn(subject: string, own: string | null): boolean {
  if (isOwnOrgan(subject, own) || LOWER_SUBJECTS.has(subject.toLowerCase())) return true;
  return own === null && findBody(subject)?.index === 0;
}

// `… beslöt en enad styrelse att`: the organ's noun without its article, named as the organ is elsewhere (`Styrelsen`)
const UNITED = new RegExp(`\\s${W(DECISION.unitedSubject)}\\s`, 'u');
/** The organ after `en enad`, `en enig` in its definite form (`styrelse` → `styrelsen`, `utskott` → `utskottet`); any other subject as it is. */
function definiteAfterUnited(sentence: string, subject: string): string {
  if (subject.includes(' ') || subject.endsWith('fullmäktige') || !UNITED.test(sentence)) return subject;
  return subject.endsWith('e') ? `${subject}n` : subject.endsWith('tt') ? `${subject}et` : `${subject}en`;
}

/** `styrelsen enhälligt` → `styrelsen`: a subject word of the lexicon alone, else the organ's name as matched. */
const subjectOf = (subject: string): string => {
  const first = subject.split(' ')[0]!;
  return LOWER_SUBJECTS.has(first) ? first : subject;
};

/** Who decides; `weak`: a task given (`Kansliet får i uppdrag att …`), a decision only where the item states none other. */
export interface Deciding {
  by: string | null;
  weak?: boolean;
}

// `beslutar i enlighet med ordförandens förslag att …`, `beslutar att …` opening a sentence in small letters: the verb and
// its clause, the organ's name before them lost (a transcript that dropped the name its PDF printed in a field of its own)
const SUBJECT_LOST = new RegExp(`^${W(DECISION.decideVerbs)}\\s+${W(DECISION.invertedTails)}${B}`, 'u');

/** Who decides in a sentence, if it states a decision of this meeting (`own`: the organ that meets). */
export function decides(s: Sentence, own: string | null = null): Deciding | null {
  // every way of deciding uses one of these stems; most sentences use none
  if (!HINT.test(s.text)) return null;
  // (its first letter asked first: most sentences open with no small `b`)
  if (s.text.charCodeAt(0) === 98 && SUBJECT_LOST.test(s.text)) return { by: null };
  if (isElectionLabel(s.text)) return { by: null };
  const text = sentenceCaseOpening(BULLETS.has(s.text.charCodeAt(0)) ? s.text.replace(/^[•\-–*]\s*/u, '') : s.text);
  const plain = MAY_ANY_PLAIN.test(text);
  const cased = MAY_ANY_CASED.test(text);
  if (!plain && !cased) return null;
  // (these two decline as the tests above do, whichever runs first: they run past them, on fewer sentences)
  // `Antecknas till protokollet att …`: the secretary's note, no decision
  if (isNoteToMinutes(text)) return null;
  // `Kommunstyrelsen godkänner följande propositionsordning`: how the meeting will decide, no decision on the case
  if (MAY_NAME_PROCEDURE.test(s.text) && PROCEDURE_OBJECT.test(s.text)) return null;
  // `Ordföranden ställer proposition på förslagen och finner att nämnden bifaller …`: the chair's finding decides
  // (before the proposal's test: the finding may name the proposal it adopts)
  // (the findings' hint here: most sentences hold none, and the reader is not asked)
  const found = cased && MAY_FIND_ORGAN.test(text) ? findingOrgan(text) : null;
  if (found !== null && findsOwn(found, own)) return { by: capitalise(subjectOf(found.toLowerCase())) };
  if (plain && MAY_BE_EARLIER.test(text) && EARLIER.test(text)) return null;
  if ((plain && MAY_PROPOSE.test(text) && PROPOSAL.test(text)) || (MAY_MOVE.test(text) && MOVES.test(text))) return adoptedAtEnd(text);
  if (MAY_BE_IMPERSONAL.test(text) && IMPERSONAL.test(text)) return { by: null };
  // `Därmed beslutar nämnden att …`: the subject after the verb (where another organ's, no decision of this meeting)
  const inverted = cased && MAY_INVERT(text) && HAS_DECIDE_VERB.test(text) ? INVERTED.exec(text) : null;
  if (inverted) return decidesInverted(inverted[1]!, own) ? { by: capitalise(definiteAfterUnited(inverted[0], subjectOf(inverted[1]!))) } : null;
  // (the agreements' and the nouns' stems, and `Besl` opening the sentence, as written: plain searches, no pattern of their own)
  let takes = cased && text.startsWith('Besl');
  let agrees = false;
  if (cased) for (const stem of TAKE_STEMS) takes ||= text.includes(stem);
  if (cased) for (const stem of MAY_AGREE_STEMS) agrees ||= text.includes(stem);
  const taken = takes ? (INVERTED_TAKE.exec(text) ?? VERB_FIRST.exec(text)) : null;
  if (taken) return decidesInverted(taken[1]!, own) ? { by: capitalise(subjectOf(taken[1]!)) } : null;
  const invertedApprove = cased && MAY_INVERT(text) && HAS_APPROVE_VERB.test(text) ? INVERTED_APPROVE.exec(text) : null;
  if (invertedApprove && decidesInverted(invertedApprove[1]!, own)) return { by: capitalise(subjectOf(invertedApprove[1]!)) };
  const agreed = agrees && MAY_INVERT(text) ? agreedInverted(text) : null;
  if (agreed !== null && decidesInverted(agreed, own)) return { by: capitalise(subjectOf(agreed)) };
  const d = cased && HAS_DECIDE_VERB.test(text) ? DECIDE.exec(text) : null;
  const od = d ? ORGAN_DECIDES.exec(text) : null;
  // (`Tekniska nämnden`: the organ's whole name, not its adjective alone; `Nämnden enhälligt` is no name)
  const named = od && findBody(od[1]!.slice(od[1]!.lastIndexOf(' ') + 1))?.index === 0 ? od[1]! : null;
  if (named && isOwnOrgan(named, own)) return { by: named };
  if (d) {
    const subject = named ?? d[1] ?? d[2]!;
    if (isOwnOrgan(subject, own)) return { by: subject };
    if (OTHER_ORGAN.test(subject) && !mayBeOwnOrgan(subject, own, text)) return null;
    const first = subject.split(/\s+/)[0]!.toLowerCase();
    // (`Därmed beslutar …` read so far: an adverbial, no subject)
    if (OPENER_WORDS.has(first)) return { by: null };
    if (!NOT_SUBJECT.has(first)) return { by: subject };
  }
  const g = agrees ? AGREE.exec(text) : null;
  if (g) {
    const subject = g[1] ?? g[2]!;
    if (!OTHER_ORGAN.test(subject) && !NOT_SUBJECT.has(subject.split(/\s+/)[0]!.toLowerCase())) return { by: subject };
  }
  const approves = cased && HAS_APPROVE_VERB.test(text);
  const a = approves ? APPROVE.exec(text) : null;
  if (a) {
    const v = APPROVE_VERB.exec(text)!;
    const verb = v[0].toLowerCase();
    const needs = NEEDS_OBJECT.get(verb);
    if ((needs === undefined || needs === '' || text.toLowerCase().includes(needs)) && notesItem(verb, text.slice(v.index + v[0].length))) return { by: a[1]! };
  }
  const o = approves ? ORGAN_APPROVES.exec(text) : null;
  if (o && (isOwnOrgan(o[1]!, own) || mayBeOwnOrgan(o[1]!, own, text))) {
    const verb = o[2]!.toLowerCase();
    const needs = NEEDS_OBJECT.get(verb);
    if ((needs === undefined || needs === '' || text.toLowerCase().includes(needs)) && notesItem(verb, text.slice(o[0].length))) return { by: o[1]! };
  }
  // `Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet`: the passive a recommendation names (an organ that
  // decides by recommending, `Styrelsen tillstyrker att …`, was read above)
  // (its hint and the decided passive's as one first: most sentences say neither, and then neither is asked)
  const recommendsOrDecided = plain && MAY_RECOMMEND_OR_DECIDED.test(text);
  if (recommendsOrDecided && MAY_RECOMMEND.test(text) && RECOMMENDED.test(text)) return null;
  if (
    plain &&
    ((recommendsOrDecided && MAY_BE_DECIDED.test(text) && DECIDED.test(text)) ||
      (MAY_BE_PASSIVE.test(text) && PASSIVE.test(text)) ||
      notedPassively(text) ||
      (MAY_ELECT.test(text) && (ELECTION.test(text) || ELECTED_TO.test(text) || ELECTED_AGAIN.test(text) || ELECTED_FIRST.test(text) || ELECTED_NAMED.test(text))))
  ) {
    return { by: null };
  }
  if (plain && MAY_COMMISSION.test(text) && COMMISSION.test(text)) return { by: null, weak: true };
  // `Styrelsen beviljades ansvarsfrihet.` in the minutes of an annual meeting: the assembly's own decision
  if (plain && own !== null && ASSEMBLY_BODIES.has(own) && MAY_ASSEMBLY_DECIDE.test(text) && ASSEMBLY_PASSIVE.test(text)) return { by: null };
  return null;
}

// `… Dnr 412/2019 Nämnden beslutar att …`, `… förteckning Nämnden beslutar - att …`: a capitalised organ, its verb of
// deciding in the present and the clause's `att` inside a sentence, after a word that ends no sentence (the past, `Bakgrund
// Nämnden beslutade att …`, tells the case's history after a flattened heading)
const RUN_ON_OPENING = new RegExp(`\\s([${UPPER_LETTER}][${ANY_LETTER}-]*)\\s+${W(DECISION.decideVerbs.filter((v) => v.endsWith('r')))}\\s+(?:[-–]\\s+)?att${B}`, 'u');
const JOINING_WORDS = new Set<string>(RUN_ON_DECISION.joiningWords);
/** The last word of a text that ends in one (the white space before it looked for, no pattern run back from the end). */
const lastWord = (text: string): string => text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n')) + 1).toLowerCase();
// (the text before proposes anywhere, `… föreslår att`, `Förslag till beslut …`, or ends in a proposal's heading)
const PROPOSING = anyOf([...DECISION.proposalMarkers, ...PROCESS.proposeForms]);
// (a heading: capitalised, or after an organ's genitive; not `… har tagit fram ett förslag till budget Styrelsen beslutar
// att …`, `… godkänner förslaget Styrelsen beslutar …`, a proposal the case's text speaks of)
const PROPOSAL_HEAD_END = new RegExp(
  `(?:${A}${W(RUN_ON_DECISION.proposalHeads.map(capitalise))}|(?<=[${ANY_LETTER}]s\\s)${W(RUN_ON_DECISION.proposalHeads)})(?:\\s+till\\s+[${ANY_LETTER}]+)?\\s*$`,
  'u',
);

// `föreslår`, `föreslog`: a verb of proposing (the organ before it read as the word before, no pattern run back over it)
const PROPOSE_VERB = new RegExp(`${A}${W(PROCESS.proposeVerbs)}${B}`, 'gu');
/**
 * `… Arbetsutskottet föreslår att styrelsen godkänner förslaget Styrelsen beslutar att …`: the last proposal before the
 * organ deciding is another organ's, told in a clause of its own, so the organ after it decides on it.
 */
function proposedByAnother(before: string, subject: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of eachMatch(PROPOSE_VERB, before)) last = m;
  if (last === null || PROPOSING.test(before.slice(last.index + last[0].length))) return false;
  const opening = before.slice(0, last.index).trimEnd();
  const word = opening.slice(opening.lastIndexOf(' ') + 1);
  const proposer = OPENS_UPPER.test(word) ? findBody(word) : null;
  const decider = findBody(subject);
  return proposer !== null && proposer.index === 0 && decider !== null && decider.index === 0 && proposer.body !== decider.body;
}

/**
 * A decision a flattened page runs on after the item's text in one sentence: where it opens and who decides, or
 * null. Only an organ (`Miljönämnden`, `Nämnden`) opens it, after a word that ends no sentence and joins no clause,
 * and only where nothing before it proposes (`… förslag till beslut Nämnden beslutar att …` is the proposal).
 */
export function runOnDecision(text: string, own: string | null): { at: number; deciding: Deciding } | null {
  const m = RUN_ON_OPENING.exec(text);
  if (!m || m.index === 0 || /[.!?:;]/u.test(text[m.index - 1]!)) return null;
  const before = text.slice(0, m.index);
  const subject = m[1]!;
  if ((PROPOSING.test(before) && !proposedByAnother(before, subject)) || PROPOSAL_HEAD_END.test(before) || JOINING_WORDS.has(lastWord(before))) return null;
  if (!LOWER_SUBJECTS.has(subject.toLowerCase()) && findBody(subject)?.index !== 0) return null;
  const at = m.index + 1;
  const deciding = decides({ text: text.slice(at), offset: 0 }, own);
  return deciding ? { at, deciding } : null;
}

// `Ledamot Anna Ek föreslog att …`, `Under diskussionen föreslog Per Holm …`: a verb of proposing near the opening
const PROPOSES_EARLY = new RegExp(`^((?:\\S+\\s+){1,6}?)${W(PROCESS.proposeVerbs)}${B}`, 'iu');
const MAY_PROPOSE_VERB = hintOf(PROCESS.proposeVerbs);
const FELL = new RegExp(`${A}${W(MOTION_FELL)}${B}`, 'iu');
const MAY_FALL = hintOf(MOTION_FELL);
// (`…, vilket styrelsen godkänner`: the proposal adopted in the sentence that tells it)
const ADOPTED = new RegExp(`${A}${W(MOTION_ADOPTED)}${B}`, 'iu');

/**
 * A member's proposal told as it was made (`Ledamot Anna Ek föreslog att …`): proposed near the opening, no organ
 * named before the verb (`Kommunstyrelsen föreslår kommunfullmäktige …` is the organ's own, a decision to propose), and
 * not adopted in the same sentence (`…, vilket styrelsen godkänner.`).
 */
export function isMemberProposal(text: string): boolean {
  const m = MAY_PROPOSE_VERB.test(text) ? PROPOSES_EARLY.exec(text) : null;
  return m !== null && findBody(m[1]!) === null && !ADOPTED.test(text);
}

/**
 * The proceedings told under a decision heading, none of the decision: a member's motion (`Per Holm (M) yrkar
 * avslag.`), a member's proposal (`Ledamot Anna Ek föreslog att …`), and the note that one fell (`Förslaget fick
 * inget understöd.`, where no verb of deciding stands beside it); not a motion the sentence tells was adopted (`…, vilket
 * styrelsen bifaller.`).
 */
export function isProceeding(text: string): boolean {
  // (`Anna Ek (S) yrkar bifall, vilket styrelsen bifaller.`: the motion and its adoption, the decision)
  if ((MAY_MOVE.test(text) && MOVES.test(text) && !ADOPTED.test(text)) || isMemberProposal(text)) return true;
  return MAY_FALL.test(text) && FELL.test(text) && !HAS_DECIDE_VERB.test(text);
}
