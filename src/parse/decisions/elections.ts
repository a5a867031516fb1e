// Two elections in one paragraph (`Till justerare valdes Eva Lund. Till rösträknare valdes Per Ås.`,
// `Styrelsen väljer Anna Ek till ordförande. Styrelsen väljer Bo Frid till vice ordförande.`):
// a decision each, as the same elections read one a line.
import { DECISION, ELECTED_UNDER_TITLE } from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import { allMatches, alternation } from '../../text/patterns.js';
import type { Decision } from '../../schema/result.js';
import type { Paragraph } from '../../text/line.js';
import { decides, isElectionLabel } from './decides.js';
import { sentences } from './sentences.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

const ELECTING = [...DECISION.elections, ...DECISION.electing];
const ELECTS = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ELECTING)})(?![${ANY_LETTER}])`, 'iu');
const MAY_ELECT = hintOf(ELECTING);

const elects = (text: string, own: string | null): boolean => ELECTS.test(text) && decides({ text, offset: 0 }, own) !== null;

// `Mia Tell väljs till ordförande Ove Rask väljs till vice ordförande`: a list of elections run on without a full
// stop, the next one opening with a name of two or three capitalised words, right before its passive verb, after a lower-case word
const UNSTOPPED = new RegExp(`(?<=[${LOWER_LETTER}])\\s+(?=[${UPPER_LETTER}][${LOWER_LETTER}]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}]+){1,2}\\s+(?:${alternation(DECISION.elections)})(?![${ANY_LETTER}]))`, 'gu');
// `Till ordförande valdes Mia Tell Till sekreterare valdes Ove Rask`: the office first, the next election opened by a
// capitalised `Till` mid-sentence, its verb within a few words
const UNSTOPPED_OFFICE = new RegExp(`(?<=[${ANY_LETTER}])\\s+(?=Till\\s+(?:[${ANY_LETTER}-]+\\s+){1,4}?(?:${alternation(DECISION.elections)})(?![${ANY_LETTER}]))`, 'gu');
const PASSIVE_ELECTION = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(DECISION.elections)})(?![${ANY_LETTER}])`, 'u');

/**
 * Where in a decision's text a further election starts, after a first sentence that elects; none where it does not.
 * The opening point of a flattened page runs its election and its approval of the agenda on in one paragraph
 * (`Per Ås utsågs att justera protokollet. Dagordningen godkändes.`, or the approval first): a sentence that decides
 * by itself after an election, or an election after a sentence that decides, starts a decision of its own too.
 * Asked only of a text that holds an election's word (MAY_ELECT: electionParts looks).
 */
function electionCuts(text: string, own: string | null): number[] {
  const said = sentences(text);
  const first = said[0]?.text ?? '';
  const elected = elects(first, own);
  // `Dagordningen godkändes. Till justerare valdes Per Ås.`: an approval before the election, a decision each
  if (!elected && (said.length < 2 || decides({ text: first, offset: 0 }, own) === null)) return [];
  const cuts: number[] = [];
  for (let k = 0; k < said.length; k++) {
    const s = said[k]!;
    if (k > 0 && OPENS_UPPER.test(s.text) && (MAY_ELECT.test(s.text) ? elects(s.text, own) : elected && decides(s, own) !== null)) cuts.push(s.offset);
    if (!elected) continue;
    // (within the sentence: each cut only where the words since the last one elect too, so `Mia Tell och Ove Rask väljs …` stays one)
    let from = 0;
    for (const m of allMatches(UNSTOPPED, s.text)) {
      const at = m.index + m[0].length;
      if (!PASSIVE_ELECTION.test(s.text.slice(from, m.index))) continue;
      cuts.push(s.offset + at);
      from = at;
    }
    // (a capitalised `Till` inside the sentence: a plain search before the pattern)
    if (s.text.indexOf(' Till ', 1) < 0) continue;
    from = 0;
    for (const m of allMatches(UNSTOPPED_OFFICE, s.text)) {
      const at = m.index + m[0].length;
      if (!PASSIVE_ELECTION.test(s.text.slice(from, m.index))) continue;
      cuts.push(s.offset + at);
      from = at;
    }
  }
  return cuts.sort((a, b) => a - b).filter((c, k, all) => k === 0 || c !== all[k - 1]);
}

/** A decision's text cut where each further election starts (the text alone where none does). */
export function electionParts(text: string, own: string | null): string[] {
  // (electionCuts' own first look, taken before it is asked: most decisions elect no one)
  const cuts = MAY_ELECT.test(text) ? electionCuts(text, own) : [];
  if (cuts.length === 0) return [text];
  return [0, ...cuts].map((from, k) => text.slice(from, k < cuts.length ? cuts[k] : text.length).trim());
}

// `Sara Hed (C)`: a party's bracket after a name, left out where the names are read
const PARTY_BRACKET = new RegExp(`\\s\\([${UPPER_LETTER}]{1,3}\\)`, 'gu');

// `Justerare: Vera Holm`, `Ordinarie: Vera Holm (S)`: the office or role as the line's label, read past
const OFFICE_LABEL = new RegExp(`^(?:${alternation([...DECISION.adjusterTitles, ...DECISION.meetingOffices, ...DECISION.electedOffices, ...ELECTED_UNDER_TITLE.roleLabels])})\\s*:\\s*`, 'iu');
// `Vera Holm jämte ordföranden`, `Arne Stål (M), jämte ordförande.`: the chair beside the elected, read past
const BESIDE_CHAIR = new RegExp(`,?\\s(?:${alternation(ELECTED_UNDER_TITLE.besideChair)})\\.?$`, 'iu');
/** A line under an election point as the names it elects: its label and the chair beside them left out (the literals they need looked for first). */
const namesIn = (line: string): string => (line.includes(':') || line.includes('jämte') ? line.replace(OFFICE_LABEL, '').replace(BESIDE_CHAIR, '') : line);

/**
 * `2. Val av justeringsperson` / `Eva Lind`: an election point whose body is the elected alone, as association board
 * minutes write their standing points; the point and its body read as `Val av justeringsperson: Eva Lind` would, and
 * the name as written is the decision. Null where the body is more than one short line of names or the title elects no one.
 * Asked only of an item that decided nothing else.
 */
export function electedUnderTitle(title: string, said: readonly Paragraph[]): Decision | null {
  // (one short paragraph of a line or two under a title with no colon of its own, looked at before the label's pattern)
  const p = said.length === 1 ? said[0]! : null;
  if (p === null || p.text.length > 80 || p.starts.length > 2 || title.includes(':')) return null;
  // (`Justerare: Vera Holm`, `Vera Holm jämte ordföranden`: the name is read, the line kept as written)
  if (electsUnder(title, namesIn(p.text))) return { text: p.text, by: null, line: p.line };
  // `Anna Berg` / `Olle Sand`: the elected one a line, each read as a name of its own, and kept one a line
  const second = p.starts[1]?.offset;
  if (second === undefined) return null;
  const first = p.text.slice(0, second).trim();
  const rest = p.text.slice(second);
  return electsUnder(title, `${namesIn(first)}, ${namesIn(rest.trim())}`) ? { text: `${first}\n${rest}`, by: null, line: p.line } : null;
}
/** The title and the names under it read as an election's label (`Val av justerare: Eva Lind`), the names' parties left out. */
const electsUnder = (title: string, names: string): boolean => isElectionLabel(`${title}: ${names.includes('(') ? names.replace(PARTY_BRACKET, '') : names}`);
