import { trimEndOf } from '../text/patterns.js';
import { joinRowHyphens } from './hyphenation.js';
import { ANY_LETTER } from '../text/letters.js';

// Markdown and HTML that text extractors leave behind: `# headings`, `**bold**`, `\_`
// escapes, `| tables |`, `<p>` paragraphs, `[links](#)`. What they said about structure
// (a heading level, a paragraph break, table columns) is kept; the markers go.

export interface Markup {
  /** The text split where the markup had paragraph breaks (`</p> <p>`, `<br>`). */
  segments: string[];
  /**
   * The segments are the visual lines of one table row whose cells wrap (`a<br>b`), laid
   * out side by side as `pdftotext -layout` would print them: consecutive lines, no
   * paragraph break between them.
   */
  rows: boolean;
  /** Markdown heading level, 0 when none. */
  heading: number;
  /** A markdown table separator row (`|---|---|`): no content. */
  tableRule: boolean;
  /** An HTML comment that marks a page (`<!-- sida 5 -->`, as converters write them). */
  pageMark: boolean;
}

const HEADING = /^ {0,3}(#{1,6})[ \t](.*)$/;
// `<!-- sida 5 -->`, `<!-- page 12 -->`, `<!-- PageBreak -->`: a converter's page marker
const COMMENT = /<!--[^>]{0,200}?-->/g;
const PAGE_COMMENT = /<!--\s*(?:sida|page|pagebreak|sidbrytning)\b/i;
const CELL_BREAK = /<br\s{0,5}\/?>/i;
// the gap between cells laid out side by side: wide enough to read as a column gap
const CELL_GAP = '    ';
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const PARAGRAPH_BREAK = /<\/p>\s*<p(?:\s[^<>]{0,200})?>|<br\s{0,5}\/?>|<\/?(?:p|div|li|tr|h[1-6])(?:\s[^<>]{0,200})?>\s*(?=<(?:p|div|li|tr|h[1-6])\b)/gi;
const TAG = /<\/?[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,200})?\/?>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ',
};
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
const BOLD = new RegExp(`\\*\\*(?=[${ANY_LETTER}\\d(])|(?<=[${ANY_LETTER}\\d.!?:)])\\*\\*|__(?=[${ANY_LETTER}\\d])|(?<=[${ANY_LETTER}\\d])__`, 'gu');
// `*Anna Ek*`, but not the lone asterisk of `Larsson*` (a footnote mark)
const ITALIC = new RegExp(`(?<![${ANY_LETTER}\\d*])\\*(?=[${ANY_LETTER}])([^*\\n]{1,200}?[${ANY_LETTER}.!?)])\\*(?![${ANY_LETTER}\\d*])`, 'gu');
const LINK = /!?\[([^\]\n]{0,500})\]\([^)\s]{0,500}\)/g;
// private-use stand-ins for escaped characters, so `\*\*` does not read as bold
const ESCAPED_BASE = 0xe000;

// every Markup is built here, in one property order (V8 gives a spread copy another shape)
const plain = (segments: string[], heading = 0, pageMark = false, rows = false, tableRule = false): Markup => ({ segments, rows, heading, tableRule, pageMark });

// a character every kind of markup above needs: most lines have none
export const MAY_MARK = /[<|#\\*_\]&]/;

/** The markup of a line; `mayMark` false where the caller knows it holds none of MAY_MARK's characters. */
export function stripMarkup(input: string, mayMark = true): Markup {
  if (!mayMark || !MAY_MARK.test(input)) return plain([input]);
  let text = input;
  let pageMark = false;
  if (text.includes('<!--')) {
    pageMark = PAGE_COMMENT.test(text);
    text = text.replace(COMMENT, ' ');
    if (text.trim() === '') return plain([''], 0, pageMark);
  }
  const pipe = text.includes('|');
  if (pipe && isTableRule(text)) return plain([''], 0, false, false, true);
  const row = pipe ? (TABLE_ROW.exec(text)?.[1] ?? innerRow(text)) : null;
  if (row !== null) {
    const cells = row.split('|').map((c) => c.trim());
    if (cells.some((c) => CELL_BREAK.test(c))) return plain(layOutRow(cells), 0, pageMark, true);
    text = cells.filter((c) => c !== '').join('   ');
  }
  let heading = 0;
  const h = text.includes('#') ? HEADING.exec(text) : null;
  if (h) {
    heading = h[1]!.length;
    // a closing `##` belongs to the markup, not the heading
    text = trimEndOf(h[2]!, '#');
  }
  // each pass only where its marker occurs: most lines carry no markup at all
  const escaped = text.includes('\\');
  if (escaped) text = text.replace(ESCAPE, (_, c: string) => String.fromCharCode(ESCAPED_BASE + c.charCodeAt(0)));
  // bold markers hug the words they mark; a run of underscores is a signature line, not bold
  if (text.includes('**') || text.includes('__')) text = text.replace(BOLD, '');
  if (text.includes('*')) text = text.replace(ITALIC, '$1');
  if (text.includes('](')) text = text.replace(LINK, '$1');
  if (text.includes('&') && text.includes(';')) text = decodeEntities(text);
  if (!text.includes('<')) return plain([escaped ? restoreEscapes(text) : text], heading, pageMark);
  const segments = text.split(PARAGRAPH_BREAK).map((s) => decodeEntities(s.replace(TAG, '')));
  return plain(escaped ? segments.map(restoreEscapes) : segments, heading, pageMark);
}

/**
 * A table row whose cells wrap (`| 5. | Kommunstyrelsens underlag<br>till budget | 2023-00841 |`)
 * as the lines a layout-keeping extractor prints: the k-th part of every cell on line k,
 * each cell padded to its widest part, so a cell's continuation stands under the cell.
 * Empty cells keep their place (a number column left blank).
 */
function layOutRow(rawCells: readonly string[]): string[] {
  const cells = rawCells.map((c) => c.split(CELL_BREAK).map((part) => stripMarkup(part).segments.join(' ').trim()));
  // a row that is empty at both ends only frames the table
  while (cells.length && cells[cells.length - 1]!.every((p) => p === '')) cells.pop();
  joinRowHyphens(cells);
  const widths = cells.map((parts) => Math.max(1, ...parts.map((p) => p.length)));
  const height = Math.max(...cells.map((parts) => parts.length));
  const segments: string[] = [];
  for (let k = 0; k < height; k++) {
    segments.push(cells.map((parts, c) => (parts[k] ?? '').padEnd(widths[c]!)).join(CELL_GAP).trimEnd());
  }
  return segments;
}

const decodeEntities = (s: string): string =>
  s.replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (e) => ENTITIES[e] ?? e);

const restoreEscapes = (s: string): string =>
  s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPED_BASE));

// a row without its outer pipes has at least this many cells
const MIN_INNER_CELLS = 3;

/**
 * `2 | Ekonomisk uppföljning | SN 2024/31 | Lena Ny`: a table's row that a converter wrote
 * without its outer pipes (three cells or more), or null.
 */
function innerRow(text: string): string | null {
  let pipes = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) pipes++;
  return pipes + 1 >= MIN_INNER_CELLS ? text : null;
}

/** `|---|:---:|`: only pipes, dashes, colons and spaces, with a run of three dashes. */
function isTableRule(text: string): boolean {
  const t = text.trim();
  return t.includes('|') && t.includes('---') && /^[|:\- ]+$/.test(t);
}
