// A § printed as a table's row on one line, its text in a column of its own beside the title
// (`§ 17 Informationsärenden        Informationen läggs till handlingarna.`): the title is the
// first cell, the sentence in the second the §'s text.
import { columns } from '../../text/line.js';
import { opensSentence } from '../../text/sentence-start.js';

const ENDS_SENTENCE = /[.!?]$/u;

/** The title and the sentence beside it, or null when the row is no title and one sentence. */
export function splitSentenceCell(row: string): { title: string; body: string } | null {
  const cells = columns(row);
  if (cells.length !== 2) return null;
  const [title, body] = cells as [string, string];
  return !ENDS_SENTENCE.test(title) && ENDS_SENTENCE.test(body) && opensSentence(body) ? { title, body } : null;
}
