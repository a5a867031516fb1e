// A council's roll call written as prose under `Närvarande` (`vid uppropet: ordföranden, förste
// vice … samt övriga ledamöter utom Gerd Lindvall, Omar Said och Lisa Brandt. Som ersättare för de
// frånvarande ledamöterna inträder: Tor Engqvist för Gerd Lindvall, Sanna Kyrö för Omar Said …`):
// the members named after `utom` were away; each deputy named before `för` serves for the member
// after it; a later sentence that opens with a name read (`Omar Said infinner sig efter ärendet 12`)
// is a note on that person. The members who came are not named, and none is made up.
import { ALL_MEMBERS_BUT, ROLL_CALL_PROSE } from '../../lexicon/sv.js';
import type { Participant } from '../../schema/result.js';
import type { ParticipantGroup } from '../../segment/participants.js';
import { alternation, opensLikeTwo } from '../../text/patterns.js';
import { PARTY_IN_PARENS } from './party.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const OPENING = new RegExp(`^(?:närvarande\\s+)?(?:${alternation(ROLL_CALL_PROSE.opening)})(?![${ANY_LETTER}])`, 'iu');
const BUT = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ALL_MEMBERS_BUT.but)})\\s+`, 'iu');
const ENTER = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ROLL_CALL_PROSE.enter)})(?![${ANY_LETTER}])\\s*:?\\s*`, 'iu');
// (the text is collapsed to single spaces)
const FOR = new RegExp(` (?:${alternation(ROLL_CALL_PROSE.for)}) `, 'iu');
const SENTENCE_END = new RegExp(`(?<=[.!?])\\s+(?=[${UPPER_LETTER}])`, 'u');
const LIST_CUT = /,| och | samt | respektive /u;
// a person's name: two to four capitalised words, a party in brackets perhaps after them
const NAME = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*(?:\\s+(?:[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*|von|af|de)){1,3}$`, 'u');

/** The people a prose roll call names, or null when the group holds none. */
export function rollCallProse(g: ParticipantGroup): Participant[] | null {
  const first = g.entries[0];
  if (!first || !OPENING.test(first.text)) return null;
  const text = g.entries.map((e) => e.text).join(' ');
  const out: Participant[] = [];
  const add = (name: string, role: Participant['role'], substituteFor: string | null): void => {
    const party = PARTY_IN_PARENS.exec(name);
    const bare = party ? name.replace(PARTY_IN_PARENS, '').trim() : name;
    if (!NAME.test(bare) || out.some((p) => p.name === bare && p.role === role)) return;
    out.push({ name: bare, role, roleLabel: g.label, organisation: null, party: party ? party[1]!.toUpperCase() : null, position: null, paragraphs: null, substituteFor, note: null, line: first.line });
  };
  for (const sentence of text.split(SENTENCE_END)) {
    const s = withoutClosingBracket(sentence.replace(/[.!?]$/u, ''));
    const enter = ENTER.exec(s);
    const but = enter ? null : BUT.exec(s);
    if (enter) {
      for (const pair of pairsOf(s.slice(enter.index + enter[0].length))) {
        const [deputy, member] = pair.split(FOR);
        if (deputy && member) add(deputy.trim(), 'deputy', member.trim().replace(PARTY_IN_PARENS, '').trim());
      }
    } else if (but) {
      for (const name of s.slice(but.index + but[0].length).split(LIST_CUT)) add(name.trim(), 'absent', null);
    } else {
      // `Omar Said infinner sig efter ärendet 12 (dessförinnan ersatt av Sanna Kyrö)`: a note on who it names first
      const named = out.find((p) => sentence.startsWith(`${p.name} `));
      const note = named ? sentence.slice(named.name.length).trim().replace(/\.$/u, '') : '';
      if (named && note) named.note = named.note ? `${named.note}; ${note}` : note;
    }
  }
  return out.length ? out : null;
}

/** `… (dessförinnan ersatt av Sanna Kyrö)`: the sentence without the bracket that closes it. */
function withoutClosingBracket(s: string): string {
  const open = s.endsWith(')') ? s.lastIndexOf('(') : -1;
  return open > 0 ? s.slice(0, open).trimEnd() : s;
}

/** `A för B, C för D och E för F`: the pairs (an `och` inside a name's pair, `A och B för C`, stays). */
function pairsOf(list: string): string[] {
  return list.split(',').flatMap((part) => {
    const halves = part.split(' och ');
    return halves.length === 2 && halves.every((h) => FOR.test(` ${h.trim()} `)) ? halves : [part];
  });
}

/**
 * Whether a group's first entry may open a roll call in prose (`Närvarande vid uppropet`, `Vid upprop`): its first two
 * letters, asked without a pattern before rollCallProse's OPENING (which needs one of those openings); most lists open with a name.
 */
export const mayOpenRollCall = opensLikeTwo(['närvarande', ...ROLL_CALL_PROSE.opening]);
