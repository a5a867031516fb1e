// The chair's finding of what the meeting decided, as `Beslutsgång` and `Proposition` write it:
// `Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Per Åströms
// yrkande`, `… finner att kommunstyrelsen, med 11 ja-röster mot 4 nej-röster, beslutar enligt
// arbetsutskottets förslag`. The organ stands after the finding, in lower case, before its verb.
// Not a finding on how or when to decide (`… beslutar att ärendet ska avgöras i dag`), nor one
// that rejects a motion to defer the case (`… avslår återremissyrkandet`): the case goes on.
import { DECISION } from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER } from '../../text/letters.js';

const A = `(?<![${ANY_LETTER}])`;
const B = `(?![${ANY_LETTER}])`;
// (`barn- och utbildningsnämnden`, `tekniska nämnden`, `kommunfullmäktige`; a clause between commas after it)
const FINDING = new RegExp(
  `${A}(?:${alternation(DECISION.findings)})\\s+((?:[${LOWER_LETTER}][${ANY_LETTER}]*-\\s+och\\s+)?(?:[${LOWER_LETTER}][${ANY_LETTER}-]*\\s+)?[${LOWER_LETTER}][${ANY_LETTER}-]*)(?:\\s*,[^,]{1,120},)?\\s+(?:har\\s+)?(${alternation([...DECISION.decideVerbs, ...DECISION.approveVerbs])})${B}`,
  'iu',
);
/** Plain hint of the findings, for the callers' quick tests (findingOrgan finds nothing where it finds none). */
export const MAY_FIND_ORGAN = hintOf(DECISION.findings);
const PROCEDURE = new RegExp(`${A}[${ANY_LETTER}]*(?:${alternation(DECISION.findingProcedures)})`, 'iu');
const DEFERRAL = new RegExp(`${A}[${ANY_LETTER}]*(?:${alternation(DECISION.findingDeferrals)})`, 'iu');
const REJECTS = new Set<string>(DECISION.findingRejects);

/** The organ a finding names as deciding (`nämnden`, `kommunfullmäktige`), or null where the sentence holds none that decides the case. */
export function findingOrgan(text: string): string | null {
  const f = MAY_FIND_ORGAN.test(text) ? FINDING.exec(text) : null;
  if (!f) return null;
  const rest = text.slice(f.index + f[0].length);
  if (PROCEDURE.test(rest) || (REJECTS.has(f[2]!.toLowerCase()) && DEFERRAL.test(rest))) return null;
  return f[1]!;
}
