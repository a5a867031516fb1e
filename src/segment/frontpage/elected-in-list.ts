// A sentence that elects the adjusters, written under the front page's list of who took part (`Frånvarande: Kim Dal` /
// `Per Ås utsågs att justera protokollet.`): the elected are the adjusters, not one more entry of the list above (where they
// were read as absent).
import { DECISION } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import type { FrontPageField } from './read.js';

const NAME = `[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?(?: [${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?){1,2}(?: \\([^()]{1,12}\\))?`;
// `Per Ås utsågs att justera …`, `Per Ås och Eva Ek valdes till justerare`, `Per Ås utsågs att jämte ordföranden justera …`
const ELECTED = new RegExp(
  `^(${NAME}(?:(?:, | och | samt )${NAME})?) (?:${alternation(DECISION.elections)}) (?:(?:${alternation(DECISION.electionManners)}) )?(?:till (?:${alternation(DECISION.adjusterTitles)})|att (?:[${ANY_LETTER}]+ ){0,3}?justera)(?![${ANY_LETTER}])`,
  'u',
);

/** The election sentences among the lists' values, moved to an adjusters' field of their own right after their list. */
export function electedInList(fields: FrontPageField[]): void {
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    if (f.field !== 'participants') continue;
    // (the adjusting's stem asked first: most lists hold no election)
    const at = f.values.findIndex((v) => v.text.includes('juster') && ELECTED.test(v.text));
    if (at < 0) continue;
    const v = f.values[at]!;
    const names = ELECTED.exec(v.text)![1]!;
    f.values.splice(at, 1);
    fields.splice(k + 1, 0, { field: 'adjusters', value: 'persons', label: v.text.slice(names.length + 1), at: v.at, values: [{ text: names, at: v.at, col: v.col }] });
  }
}

/** `Justerare` over `Per Ås utsågs att jämte ordföranden justera protokollet`: the adjusters' label's value is the elected. */
export function electedUnderLabel(fields: FrontPageField[]): void {
  for (const f of fields) {
    if (f.field !== 'adjusters') continue;
    for (const v of f.values) {
      const m = v.text.includes('juster') ? ELECTED.exec(v.text) : null;
      if (m) v.text = m[1]!;
    }
  }
}
