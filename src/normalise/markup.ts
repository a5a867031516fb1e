import { trimEndOf } from '../text/patterns.js';

// Markdown and HTML that text extractors leave behind: `# headings`, `**bold**`, `\_`
// escapes, `| tables |`, `<p>` paragraphs, `[links](#)`. What they said about structure
// (a heading level, a paragraph break, table columns) is kept; the markers go.

export interface Markup {
  /** The text split where the markup had paragraph breaks (`</p> <p>`, `<br>`). */
  segments: string[];
  /** Markdown heading level, 0 when none. */
  heading: number;
  /** A markdown table separator row (`|---|---|`): no content. */
  tableRule: boolean;
}

const HEADING = /^ {0,3}(#{1,6})[ \t](.*)$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const PARAGRAPH_BREAK = /<\/p>\s*<p(?:\s[^<>]{0,200})?>|<br\s{0,5}\/?>|<\/?(?:p|div|li|tr|h[1-6])(?:\s[^<>]{0,200})?>\s*(?=<(?:p|div|li|tr|h[1-6])\b)/gi;
const TAG = /<\/?[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,200})?\/?>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ',
};
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
const BOLD = /\*\*(?=[\p{L}\d(])|(?<=[\p{L}\d.!?:)])\*\*|__(?=[\p{L}\d])|(?<=[\p{L}\d])__/gu;
// `*Anna Ek*`, but not the lone asterisk of `Larsson*` (a footnote mark)
const ITALIC = /(?<![\p{L}\d*])\*(?=\p{L})([^*\n]{1,200}?[\p{L}.!?)])\*(?![\p{L}\d*])/gu;
const LINK = /!?\[([^\]\n]{0,500})\]\([^)\s]{0,500}\)/g;
// private-use stand-ins for escaped characters, so `\*\*` does not read as bold
const ESCAPED_BASE = 0xe000;

export function stripMarkup(input: string): Markup {
  let text = input;
  const pipe = text.includes('|');
  if (pipe && isTableRule(text)) return { segments: [''], heading: 0, tableRule: true };
  const row = pipe ? TABLE_ROW.exec(text) : null;
  if (row) {
    text = row[1]!
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '')
      .join('   ');
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
  if (!text.includes('<')) return { segments: [escaped ? restoreEscapes(text) : text], heading, tableRule: false };
  const segments = text.split(PARAGRAPH_BREAK).map((s) => decodeEntities(s.replace(TAG, '')));
  return { segments: escaped ? segments.map(restoreEscapes) : segments, heading, tableRule: false };
}

const decodeEntities = (s: string): string =>
  s.replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (e) => ENTITIES[e] ?? e);

const restoreEscapes = (s: string): string =>
  s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPED_BASE));

/** `|---|:---:|`: only pipes, dashes, colons and spaces, with a run of three dashes. */
function isTableRule(text: string): boolean {
  const t = text.trim();
  return t.includes('|') && t.includes('---') && /^[|:\- ]+$/.test(t);
}
