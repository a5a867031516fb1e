// Where a proposal's text runs on into what is none of it, where no blank line parts them (a PDF's lines):
// the case's text (case-text.ts), who presents the case (`Ekonomichefen redogör för ärendet.`,
// `Föredragande borgarrådet Anna Berg anför följande.`), a member's motion (`Ledamoten Eva Holm föreslog, …`)
// and a vote (`Eftersom det fanns två förslag förrättades omröstning.`).
import { TITLE_PRESENTER_VERBS } from '../../lexicon/sv.js';
import type { Paragraph } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';
import { isCaseText } from './case-text.js';
import { CLAUSE_START } from './clauses.js';

// `Per Lind föreslog att ärendet bordläggs.`, `… föreslog, understödd av Eva Holm, att …`: a member's motion at the
// meeting, told in the past after the name, no proposal of the item; so is `Anna Ek (S) föreslår att …`, a member's
// in the present, named with a party
export const MEMBER_MOVED = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:[ -][${UPPER_LETTER}][${LOWER_LETTER}]+){1,3}(?:\\s*\\([^()]{1,12}\\),?\\s+föreslår(?!\\s+i\\s)|(?:\\s*\\([^()]{1,12}\\))?,?\\s+föreslog)(?![${ANY_LETTER}])`, 'u');

// `Ekonomichefen redogör för ärendet.`, `Föredragande borgarrådet Anna Berg anför följande.`: a subject of at most five
// words, then a verb of presenting
const PRESENTING = [...TITLE_PRESENTER_VERBS, 'anför'];
const PRESENTS = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s+[${ANY_LETTER}-]+){0,4}?\\s+(?:${alternation(PRESENTING)})(?![${ANY_LETTER}])`, 'u');
// every verb of presenting says one of these; most lines none
const MAY_PRESENT = /informer|föredr|redog|presenter|rapporter|berätta|anför/i;
const MAY_VOTE = /omröstning|votering/i;

/** A line after a proposal that is none of it: the case's text, a presentation, a member's motion, a vote. */
function endsProposal(line: string, next: string | undefined): boolean {
  return (
    (MAY_PRESENT.test(line) && PRESENTS.test(line)) || MEMBER_MOVED.test(line) || MAY_VOTE.test(line) || isCaseText(line, next === undefined ? undefined : { text: next })
  );
}

/**
 * Where a proposal's text in `p`, from `from`, ends: at a line that opens a sentence after one that ended, marked as
 * no clause, which `endsProposal` reads as none of it; else the paragraph's end.
 */
export function runsOnAt(p: Paragraph, from: number): number {
  for (let k = 1; k < p.starts.length; k++) {
    const at = p.starts[k]!.offset;
    if (at <= from) continue;
    const end = p.starts[k + 1]?.offset ?? p.text.length;
    const line = p.text.slice(at, end).trim();
    if (!OPENS_UPPER.test(line) || CLAUSE_START.test(line)) continue;
    const before = p.text.slice(p.starts[k - 1]!.offset, at).trimEnd();
    // (a heading's line ends in no stop: `… enligt bilaga 1.` / `Avgift` / `Avgiften är …`)
    if (!/[.!]$/u.test(before)) continue;
    const next = k + 1 < p.starts.length ? p.text.slice(end, p.starts[k + 2]?.offset ?? p.text.length).trim() : undefined;
    if (endsProposal(line, next)) return at;
  }
  return p.text.length;
}
