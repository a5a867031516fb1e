// An agenda table's head row (`Nr   Ärende   Dnr   Handläggare`): only the words that head its columns, one of
// them the title's. A head row says the lone numbers under it are points, however few the rows.
import { AGENDA_HEAD_WORDS, AGENDA_TITLE_HEADS } from '../../lexicon/sv.js';
import type { Line } from '../../text/line.js';

const TITLE_HEADS = new Set<string>(AGENDA_TITLE_HEADS);
const HEAD_WORDS = new Set<string>([...AGENDA_HEAD_WORDS, ...AGENDA_TITLE_HEADS.flatMap((h) => h.split(' '))]);
// a head row is a few words (`Ansvarig/föredragande` is two)
const MAX_HEAD_WORDS = 10;
const WORD_BREAK = /[\s/]+/u;

/** The line is an agenda table's head row: two words or more, every one a column's head, one the title column's. */
export function isAgendaHead(line: Line): boolean {
  const flat = line.flat.toLowerCase();
  const words = flat.split(WORD_BREAK).map((w) => (w.endsWith(':') ? w.slice(0, -1) : w));
  if (words.length < 2 || words.length > MAX_HEAD_WORDS || !words.every((w) => HEAD_WORDS.has(w))) return false;
  return words.some((w) => TITLE_HEADS.has(w)) || TITLE_HEADS.has(flat);
}
