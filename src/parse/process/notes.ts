// Protocol notes (protokollsanteckningar), as written: `Anna Ek (KD) lämnar följande
// protokollsanteckning: …` (with the next paragraph when the note follows the colon),
// `Protokollsanteckning: …`, the secretary's `Till protokollet antecknas att …`, and each paragraph under a `Protokollsanteckning` heading. A
// rule about notes (`En ledamot får lämna en protokollsanteckning om …`) is none, under
// the heading too.
import { PROCESS } from '../../lexicon/sv.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { readActors } from './actors.js';
import { isRule, reportsOtherMeeting } from './elsewhere.js';
import { MAY_NOTE_TO_MINUTES, isNoteToMinutes } from '../decisions/noting.js';
import { sentencesOfPart, type Part } from './parts.js';
import { ANY_LETTER } from '../../text/letters.js';

const A = `(?<![${ANY_LETTER}])`;
const B = `(?![${ANY_LETTER}])`;
const NOTE = new RegExp(
  `${A}(?:${alternation(PROCESS.noteVerbs)})\\s+(?:(?:${alternation(PROCESS.noteQualifiers)})\\s+)?(?:${alternation(PROCESS.noteNouns)})${B}`,
  'iu',
);
const NONE = new RegExp(`^(?:${alternation(PROCESS.none)})\\s`, 'iu');
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test is several times faster
const HINT = /protokollsanteckn/i;

export function findNotes(parts: readonly Part[]): string[] {
  const out: string[] = [];
  let joined = -1;
  parts.forEach((part, k) => {
    if (part.section === 'description' || k === joined) return;
    const text = part.text.trim();
    const headed = part.section === 'notes';
    if (!headed) {
      // `Till protokollet antecknas att …`, a sentence of its own (after a decision's clause too)
      if (part.stems && MAY_NOTE_TO_MINUTES.test(text)) {
        const noted = sentencesOfPart(part).filter((x) => isNoteToMinutes(x.text));
        if (noted.length > 0) {
          for (const x of noted) out.push(x.text);
          return;
        }
      }
      if (!part.stems || !HINT.test(text)) return;
      const m = NOTE.exec(text);
      if (!m || reportsOtherMeeting(text.slice(0, m.index)) || !readActors(text.slice(0, m.index))) return;
    } else if (NONE.test(text) || isRule(text)) return;
    // `… lämnar följande protokollsanteckning:` and the note on the next paragraph
    const next = parts[k + 1];
    if (trimEndOf(text, '').endsWith(':') && next && next.section === part.section && !next.labelled) {
      out.push(`${text} ${next.text.trim()}`);
      joined = k + 1;
      return;
    }
    out.push(text);
  });
  return out;
}
