// Adjusters elected in an item, where the front page names none: most minutes open with
// `§ 2 Val av justerare` and say it in a sentence — `Anna Ek utses att jämte ordföranden
// justera dagens protokoll`, `Lina Holm och Mats Berg valdes till protokolljusterare`,
// `Till justerare utsågs Per Ås (M)`, `Att justera protokollet väljs Eva Ek och Bo Lind`, and as
// the meeting says it: `att utse Eva Ek till justerare`, `Att utse Eva Ek som protokolljusterare`.
// Under a heading of the election (`Val av justeringsperson`) the body may only name them
// (`Mia Berg`, `Beslut: Olle Ek`).
import { DECISION, SUBSTITUTE_PHRASES } from '../../lexicon/sv.js';
import type { Item } from '../../schema/result.js';
import { collapse } from '../../text/line.js';
import { isBodyHeading } from '../decisions/headings.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const ELECT = `(?:${alternation(DECISION.elections)})`;
// what they are elected to: adjust the minutes (`att jämte ordföranden justera`), or adjusters
// (`samt till att, jämte ordförandena, justera protokollet`: a comma may follow the `att`)
// (the chair beside whom they adjust may be named, with a party: `att jämte ordföranden Eva Ek (S) justera`)
const TO_ADJUST = `(?:${alternation(DECISION.adjusterTitles)}|att,?\\s+(?:[${ANY_LETTER},()]+\\s+){0,6}?justera)(?![${ANY_LETTER}])`;
// `till justerare`, `som protokolljusterare`
const AS = `(?:(?:till|som)\\s+)?`;
// `NAMES utses att … justera`, `NAMES valdes (enhälligt) till protokolljusterare`
const NAMES_FIRST = new RegExp(`^(.{5,160}?)\\s+${ELECT}\\s+(?:(?:${alternation(DECISION.electionManners)})\\s+)?${AS}${TO_ADJUST}`, 'iu');
// `Till justerare utsågs NAMES`, `Att justera protokollet väljs NAMES`
const NAMES_AFTER = new RegExp(`^(?:till\\s+)?${TO_ADJUST}[^.!?]{0,60}?\\s${ELECT}\\s+(?:till\\s+justerare\\s+)?(.{5,160})$`, 'iu');
// `Utsågs NAMES att jämte ordföranden justera`, `Valdes enhälligt Per Ås till justerare`: the verb first, as terse minutes
// put it, the elected after it
const VERB_FIRST = new RegExp(`^${ELECT}\\s+(?:(?:${alternation(DECISION.electionManners)})\\s+)?(\\S.{4,159}?)\\s+${AS}${TO_ADJUST}`, 'iu');
// `… att jämte Per Ås justera`: the one they adjust beside, named (not the chair, who signs as chair)
const BESIDE_NAMED = new RegExp(`(?<![${ANY_LETTER}])jämte\\s+(?!ordförande)(?!vice\\s)([${UPPER_LETTER}].{3,60}?)\\s+justera(?![${ANY_LETTER}])`, 'u');
// `att utse NAMES till justerare`, `Nämnden väljer NAMES att jämte ordföranden justera protokollet`
// (one word at most before the verb: `att`, or the meeting; or the meeting deciding it, `Styrelsen beslutar att utse NAMES
// att justera protokollet`)
const DECIDES_TO = `[${ANY_LETTER}]+\\s+(?:${alternation(DECISION.decideVerbs)})\\s+att\\s+`;
const NAMES_ELECTED = new RegExp(`^(?:${DECIDES_TO}|[${ANY_LETTER}]+\\s+)?(?:${alternation(DECISION.electing)})\\s+(\\S.{4,159}?)\\s+${AS}${TO_ADJUST}`, 'iu');
// one name: two to four capitalised words, a party in brackets after it allowed
const PERSON = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}'’]+){1,3}$`, 'u');
const PARTY = /\([^)]{1,12}\)/gu;
// the sentence goes on after the names (`… att justera dagens protokoll.`, `…, justering sker 12 mars`)
const TAIL = new RegExp(` (?:${alternation(DECISION.electionTails)}) .*$`, 'iu');
/** The text without a body's heading run on before it (`Beslut`, `Beslut:`). */
function withoutHeading(s: string): string {
  const space = s.indexOf(' ');
  return space > 0 && space <= HEADING_LENGTH && isBodyHeading(s.slice(0, space)) ? s.slice(space + 1) : s;
}
const HEADING_LENGTH = 12;
// `att utse Kim Dahl till rapportör … samt till att … justera`: elected to another task first, named before it
const ANOTHER_TASK = / till .*$/u;
// `Val av justeringsperson`, `Val av två justerare`, `Val av person att jämte ordföranden justera protokollet`
const ELECTION_HEADING = /^val av /iu;
// (a heading of two elections, `Val av justerare och rösträknare`, names no adjusters alone)
// (`Val av ordförande och justerare`; the chair the adjusters sign beside is none: `att jämte ordföranden justera`)
const OTHER_OFFICE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...DECISION.meetingOffices, ...DECISION.electedOffices])})(?![${ANY_LETTER}])`, 'iu');
const BESIDE_CHAIR = new RegExp(`jämte\\s+ordförande[${ANY_LETTER}]*`, 'giu');
const ADJUSTER_TITLE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.adjusterTitles)})(?![${ANY_LETTER}])`, 'iu');
// how long a body that only names the elected may be
const NAMES_ONLY_LENGTH = 80;
// how far into the minutes the election is looked for
const ITEMS_READ = 6;
const MAY_ELECT = /justera|justerin/i;
// an item's text as the elections read it: its sentences, and its lines where a page ran on without stops
const SENTENCE_END = /(?<=[.!?])\s+|\n+/u;

/** The adjusters an early item of the minutes elects, in order; none when no sentence does. */
export function electedAdjusters(items: readonly Item[]): string[] {
  for (const item of items.slice(0, ITEMS_READ)) {
    if (!MAY_ELECT.test(item.text) && !MAY_ELECT.test(item.title)) continue;
    for (const sentence of item.text.split(SENTENCE_END)) {
      if (!MAY_ELECT.test(sentence)) continue;
      // (`Beslut att utse Eva Ek till justerare` on a page run on: the decision's heading opens the sentence)
      const said = withoutHeading(sentence.trim().replace(/[.!?]$/u, ''));
      const people = electedIn(said);
      if (people.length > 0) return people;
      // `Till sekreterare utsågs Maria Berg och att justera anteckningarna utsågs Per Strand`: the adjusters' election in a
      // clause of its own after another's, its opener after `och` or capitalised on a line run on
      for (const clause of CLAUSE_OPENER.test(said) ? said.split(CLAUSE_OPENER).slice(1) : []) {
        const elected = electedIn(clause);
        if (elected.length > 0) return elected;
      }
    }
    const named = namedUnderHeading(item);
    if (named.length > 0) return named;
  }
  return [];
}

// where a clause that opens on an election's word begins inside a sentence: after `och`/`samt` (`… och att justera …`), or
// capitalised after a name on a line run on (`… utsågs Eva Lind Att justera …`)
const CLAUSE_OPENER = new RegExp(`(?<!\\s)\\s+(?:${alternation(DECISION.electionClauseJoins)})\\s+(?=(?:${alternation(DECISION.electionClauseOpeners)})\\s)|(?<!\\s)\\s+(?=(?:${alternation(DECISION.electionClauseOpeners.map((w) => w[0]!.toUpperCase() + w.slice(1)))})\\s)`, 'u');

/** The adjusters a sentence elects, or none. */
function electedIn(s: string): string[] {
  const names = NAMES_FIRST.exec(s)?.[1] ?? NAMES_AFTER.exec(s)?.[1] ?? NAMES_ELECTED.exec(s)?.[1] ?? VERB_FIRST.exec(s)?.[1] ?? namesInClause(s);
  // (the other task's ` till ` asked first: most sentences name none)
  const people = names ? personsIn(names.includes(' till ') ? names.replace(ANOTHER_TASK, '') : names) : [];
  // (`Utsågs ordföranden Anna Ek att jämte Per Ås justera`: the one beside is elected too; the chair, named, signs as chair)
  const beside = names && s.includes('jämte') ? BESIDE_NAMED.exec(s) : null;
  if (!beside) return people;
  const also = personsIn(beside[1]!);
  return also.length > 0 && (people.length > 0 || CHAIR_NAMED.test(names!)) ? [...people, ...also.filter((n) => !people.includes(n))] : people;
}
// the chair named by the office alone before the name (`ordföranden Anna Ek`; not `vice ordföranden`)
const CHAIR_NAMED = new RegExp(`^ordföranden?\\s+[${UPPER_LETTER}]`, 'u');

/**
 * `Karin Holm utsågs till sekreterare och Olof Lind till justerare`: the adjusters in a clause of their own after the
 * election's verb, the verb not said again (asked last: most sentences that elect say it before the office).
 */
function namesInClause(s: string): string | null {
  return s.includes(' till ') ? (ADJUSTERS_IN_CLAUSE.exec(s)?.[1] ?? null) : null;
}

// lower-case words before a capitalised name: the office the person holds (`ledamoten`, `vice ordföranden`, `suppleanten`)
const OFFICE_BEFORE = new RegExp(`^(?:[${LOWER_LETTER}]+\\s+){1,3}(?=[${UPPER_LETTER}])`, 'u');
const withoutOffice = (part: string): string => (OPENS_LOWER_WORD.test(part) ? part.replace(OFFICE_BEFORE, '') : part);
const OPENS_LOWER_WORD = new RegExp(`^[${LOWER_LETTER}]`, 'u');
// the words that name the one another person replaces, before that one's name
const REPLACED = new RegExp(`^(?:${alternation(SUBSTITUTE_PHRASES)})\\s+(?=[${UPPER_LETTER}])`, 'u');

/** The names of a text that is only names (a party in brackets, the sentence's tail after them left out), or none. */
function personsIn(names: string): string[] {
  // (the bracket, the separators and the chair's `o` asked before their patterns: most names have none of them)
  const text = collapse(names.includes('(') ? names.replace(PARTY, ' ') : names).replace(TAIL, '');
  const several = text.includes(',') || text.includes(' och ') || text.includes(' samt ');
  // (a loop, not map, filter and every: read in every minutes, and one name is none when it is no person's)
  const people: string[] = [];
  for (const part of several ? text.split(/,| och | samt /u) : [text]) {
    // (`Anna Ek (M), ersätter Per Ås som justerare`: the one replaced adjusts no more)
    if (OPENS_LOWER_WORD.test(part.trim()) && REPLACED.test(part.trim())) continue;
    // (`utsågs ledamoten Magnus Ek`, `vice ordföranden Eva Ek`: the office held, in lower case, before the name)
    const n = withoutOffice(part.trim());
    // (`ordföranden Anna Ek`: the chair, elected beside the adjusters, signs as chair)
    if (n !== part.trim() && CHAIR_NAMED.test(part.trim())) continue;
    // `Ordföranden och Anna Ek utses att justera`: the chair signs anyway (an `o` in either case is all the pattern folds to its first letter)
    if (n === '' || ((n.charCodeAt(0) | 0x20) === 0x6f && /^ordförande/iu.test(n))) continue;
    if (!PERSON.test(n)) return [];
    people.push(n);
  }
  return people;
}

/** `Val av justeringsperson` / `Mia Berg`, `Beslut: Olle Ek`: a body that only names the elected under a heading of the election. */
function namedUnderHeading(item: Item): string[] {
  if (!ELECTION_HEADING.test(item.title) || !MAY_ELECT.test(item.title) || OTHER_OFFICE.test(item.title.replace(BESIDE_CHAIR, ' '))) return [];
  // (the body run on into the heading on a page flattened, `Val av protokolljusterare Att utse Olle Ek som protokolljusterare`)
  const title = ADJUSTER_TITLE.exec(item.title);
  const said = title ? item.title.slice(title.index + title[0].length).trim() : '';
  const rest = said.endsWith('.') ? said.slice(0, -1) : said;
  if (rest !== '') {
    if (rest.length > NAMES_ONLY_LENGTH) return [];
    const elected = electedIn(rest);
    return elected.length > 0 ? elected : personsIn(rest);
  }
  const first = item.text.split(/\n+/u)[0]?.trim() ?? '';
  if (first === '' || first.length > NAMES_ONLY_LENGTH) return [];
  const named = withoutHeading(first);
  return personsIn(named.endsWith('.') ? named.slice(0, -1) : named);
}

// The meeting's secretary or chair elected in an item: `Till sekreterare utsågs Karin Holm`, `Karin Holm valdes till
// protokollförare`, `Mötet valde Olof Lind till justerare och Karin Holm till sekreterare`, `att utse Karin Holm (S) till
// mötessekreterare`, `Till ordförande för mötet valdes Mia Tell`.
// (any meeting's office bound to it: `ordförande för årsmötet`, `årsmötesordförande`, `sekreterare vid stämman`)
const { binders, nounEnds, compoundHeads } = DECISION.meetingBound;
const boundToMeeting = (offices: readonly string[]): string =>
  `[${LOWER_LETTER}]*(?:${alternation(compoundHeads)})(?:${alternation(offices)})|(?:${alternation(offices)})\\s+(?:${alternation(binders)})\\s+[${LOWER_LETTER}]*(?:${alternation(nounEnds)})`;
const SECRETARY_BOUND = boundToMeeting(['sekreterare', 'protokollförare']);
const MEETING_SECRETARY = `(?:${alternation(DECISION.secretaryTitles.meeting)}|${SECRETARY_BOUND})`;
const ANY_SECRETARY = `(?:${alternation([...DECISION.secretaryTitles.meeting, ...DECISION.secretaryTitles.plain])}|${SECRETARY_BOUND})`;
const MEETING_CHAIR = `(?:${alternation(DECISION.chairTitles)}|${boundToMeeting(['ordförande'])})`;
// (a line run on: `… valdes Mia Tell Till sekreterare valdes …`, the next election's first word capitalised after the name)
const OPENER = `(?:${alternation(DECISION.electionOpeners.map((w) => w[0]!.toUpperCase() + w.slice(1)))})(?![${ANY_LETTER}])`;
// one name of two to four capitalised words, its party in brackets after it allowed
const NAMED = `[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:[ -](?!${OPENER})[${UPPER_LETTER}][${LOWER_LETTER}'’]+){1,3}`;
const PARTY_AFTER = `(?:\\s+\\([^()]{1,12}\\))?`;
const MANNER = `(?:(?:${alternation(DECISION.electionManners)})\\s+)?`;
// (read by namesInClause above, called only once the module is loaded)
// (the clause within a bounded reach of the verb: each verb of a long line run on scans that far at most)
const ADJUSTERS_IN_CLAUSE = new RegExp(`(?:^|\\s)${ELECT}\\s.{0,200}?\\s(?:och|samt)\\s+(${NAMED}${PARTY_AFTER}(?:\\s+och\\s+${NAMED}${PARTY_AFTER})?)\\s+till\\s+(?:${alternation(DECISION.adjusterTitles)})(?![${ANY_LETTER}])`, 'u');
// (the office's word ends there: `sekreterare`, not `sekreterarens`)
const officeThenName = (office: string): RegExp => new RegExp(`(?:^|\\s)[Tt]ill\\s+${office}(?![${ANY_LETTER}])\\s+${ELECT}\\s+(${NAMED})`, 'u');
const nameThenOffice = (office: string): RegExp => new RegExp(`(${NAMED})${PARTY_AFTER}\\s+(?:${ELECT}\\s+)?${MANNER}till\\s+${office}(?![${ANY_LETTER}])`, 'u');
const ELECTED_SECRETARY = { meeting: [officeThenName(MEETING_SECRETARY), nameThenOffice(MEETING_SECRETARY)], any: [officeThenName(ANY_SECRETARY), nameThenOffice(ANY_SECRETARY)] };
// `Utsågs ordföranden Anna Ek att jämte Per Ås justera`: the body's chair, named by the office, elected to adjust (signs as chair)
const CHAIR_ADJUSTING = new RegExp(`(?:^|\\s)ordföranden\\s+(${NAMED})${PARTY_AFTER}\\s+att\\s+(?:[${ANY_LETTER}]+\\s+){0,6}?justera(?![${ANY_LETTER}])`, 'u');
const ELECTED_CHAIR = [officeThenName(MEETING_CHAIR), nameThenOffice(MEETING_CHAIR), CHAIR_ADJUSTING];
const MAY_NAME_SECRETARY = /sekreterare|protokollförare/iu;
const MAY_NAME_CHAIR = /ordförande/iu;
const ELECTS = new RegExp(`(?<![${ANY_LETTER}])${ELECT}(?![${ANY_LETTER}])`, 'iu');
const CHAIR_OF_MEETING = new RegExp(`(?<![${ANY_LETTER}])${MEETING_CHAIR}(?![${ANY_LETTER}])`, 'iu');

/**
 * The secretary an early item of the minutes elects, or null. A plain `sekreterare` only where the same item elects the
 * adjusters (`§ 2 Val av sekreterare och justerare`) or the meeting's chair (`Till mötesordförande valdes … och till sekreterare
 * valdes …`): an annual meeting's `Till sekreterare valdes …` alone may be the association's office for the year.
 */
export function electedSecretary(items: readonly Item[]): string | null {
  return electedOfficer(items, MAY_NAME_SECRETARY, (item) => (MAY_ELECT.test(item.text) || MAY_ELECT.test(item.title) || CHAIR_OF_MEETING.test(item.text) ? ELECTED_SECRETARY.any : ELECTED_SECRETARY.meeting));
}

/** The chair an early item elects for the meeting (`Till ordförande för mötet valdes Mia Tell`), or null; never the body's own chair. */
export function electedChair(items: readonly Item[]): string | null {
  return electedOfficer(items, MAY_NAME_CHAIR, () => ELECTED_CHAIR);
}

function electedOfficer(items: readonly Item[], mayName: RegExp, patternsFor: (item: Item) => readonly RegExp[]): string | null {
  for (const item of items.slice(0, ITEMS_READ)) {
    // (the title too: a point whose one sentence elects is its heading, `1. Till sekreterare utsågs Eva Lind`)
    const inTitle = mayName.test(item.title) && ELECTS.test(item.title);
    if (!mayName.test(item.text) && !inTitle) continue;
    const patterns = patternsFor(item);
    for (const sentence of inTitle ? [item.title, ...item.text.split(SENTENCE_END)] : item.text.split(SENTENCE_END)) {
      if (!mayName.test(sentence)) continue;
      for (const pattern of patterns) {
        const name = pattern.exec(sentence)?.[1];
        if (name && PERSON.test(name)) return name;
      }
    }
  }
  return null;
}
