// `Arbetsutskottet protokollsutdrag 2023-04-11 § 31.pdf`: a web agenda lists a point's papers by
// their files' names; such a line names a paper attached, never the document it stands in.
import { WEB_WRAPPERS } from '../lexicon/sv.js';
import { isBlank, type Line } from './line.js';

const FILE_NAME = /\.(?:pdf|docx?|xlsx?|odt|ods|pptx?|rtf)$/iu;

/** The line is a file's name (it ends on a document file's extension). */
export const isFileName = (text: string): boolean => text.charCodeAt(text.length - 4) === 46 || text.charCodeAt(text.length - 5) === 46 ? FILE_NAME.test(text) : false;

// `Protokoll    (pdf-fil, 108 kB)`, `Kungörelse(pdf-dokument)`, `Kallelse (pdf, 245 kB)`: a link to a paper, its file's
// format (and size) in brackets at the end of the line
const FILE_NOTE = /\(\s?(?:pdf|word|excel)(?:-?(?:fil|dokument))?(?:,\s?\d[\d.,]*\s?[kmg]b)?\s?\)$/iu;
// `Tekniska nämnden 2026-04-14 protokoll.pdf Pdf, 512.3 kB. 512.3 kB 2026-04-20 09.12`: a row of a site's file list,
// the file's name, then its format and size
const FILE_ROW = /\.(?:pdf|docx?|xlsx?)\s(?:pdf|word|excel),\s?\d/iu;
const CAPTIONS = new Set<string>(WEB_WRAPPERS.fileListCaptions);
// how far below the heading the caption of its file list stands, and how long the heading is
const CAPTION_LINES = 2;
const HEADING_LENGTH = 40;

/**
 * The line at `i` names a paper to download, not the document it stands in: it ends on its file's note
 * (`Protokoll (pdf-fil, 108 kB)`), it is a row of a site's file list (`… protokoll.pdf Pdf, 512.3 kB. …`), or it
 * heads such a list (`Protokoll` / `Filer tillgängliga för nedladdning`).
 * (Asked of a kind's title and of a document's opening lines: a bracket at the end, a dot, or a short line, before each pattern.)
 */
export function namesFileLink(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.flat;
  if (text.endsWith(')') && FILE_NOTE.test(text)) return true;
  if (text.includes('.') && FILE_ROW.test(text)) return true;
  if (text.length > HEADING_LENGTH) return false;
  for (let k = i + 1, seen = 0; k < lines.length && seen < CAPTION_LINES; k++) {
    if (isBlank(lines[k]!)) continue;
    seen++;
    if (CAPTIONS.has(lines[k]!.flat.toLowerCase())) return true;
  }
  return false;
}
