// How items are numbered, as an ordered list of small recognisers. Each looks at one
// line and returns what it found or null to decline. The items stage picks one style per
// document; the split stage only asks whether a line opens an item at all.
import type { Line } from './line.js';
import { trimStartOf } from './patterns.js';

export type NumberingStyle = 'paragraph' | 'agenda' | 'punkt' | 'roman' | 'tabbed' | 'bare';

export interface ItemHeader {
  style: NumberingStyle;
  number: number;
  /** `§ 8 a` → `a`, `§ 12:1` → `1`. */
  label: string | null;
  /** The rest of the line after the number: the title, sometimes with body text after it. */
  rest: string;
}

export interface NumberingRecogniser {
  style: NumberingStyle;
  extract(line: Line): ItemHeader | null;
}

// `§ 47 Title`, `§23 Title`, `§1. Title` (from `## §1.`), `§ 12:1 Title`, `§ 8 a Title`, `$ 47` (OCR)
// `§ 15/2024 Title`: the year after a slash is part of the number as written, not of the title
const PARAGRAPH = /^(?:§|\$(?=\s?\d))\s{0,3}(\d{1,4})(?:\/\d{2,4})?(?::(\d{1,3})|\s?([a-h])(?![\p{L}\d]))?[.:]?(?:\s(.*))?$/u;
// `5. Title`, `5) Title`
const AGENDA = /^(\d{1,3})[.)]\s(.*)$/u;
// `Punkt 3.`, `Punkt 3: Title`, `Ärende 5: Budget`
const PUNKT = /^(?:punkt|ärende)\s{1,3}(\d{1,3})[.:]?(?:\s(.*))?$/iu;
// `IV. Title`
const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))[.)]\s+(?=\p{Lu})(.*)$/u;
// `1<TAB>Title Body…`
const TABBED = /^(\d{1,3})\t(.*)$/u;

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
export function romanToInt(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export const NUMBERING: readonly NumberingRecogniser[] = [
  {
    style: 'paragraph',
    extract(line) {
      const m = PARAGRAPH.exec(line.text);
      if (!m) return null;
      // an OCR `$` is only trusted when a title follows on the line
      if (line.text.startsWith('$') && !m[4]) return null;
      // `§ 1 – Mötets öppnande`: the dash between number and title is no part of the title
      return { style: 'paragraph', number: Number(m[1]), label: m[2] ?? m[3] ?? null, rest: trimStartOf(m[4] ?? '', '–—-:') };
    },
  },
  {
    style: 'punkt',
    extract(line) {
      const m = PUNKT.exec(line.text);
      return m ? { style: 'punkt', number: Number(m[1]), label: null, rest: m[2]?.trim() ?? '' } : null;
    },
  },
  {
    style: 'tabbed',
    extract(line) {
      const m = TABBED.exec(line.text);
      const rest = m?.[2]!.trim() ?? '';
      return m && rest !== '' ? { style: 'tabbed', number: Number(m[1]), label: null, rest } : null;
    },
  },
  {
    style: 'agenda',
    extract(line) {
      const m = AGENDA.exec(line.text);
      if (!m) return null;
      const rest = m[2]!.trim();
      // `7.1. Effektmål` and `2021. Budget` are not agenda points; a point opens with a capital
      if (!/^[\p{Lu}"”(]/u.test(rest) || Number(m[1]) > 60) return null;
      return { style: 'agenda', number: Number(m[1]), label: null, rest };
    },
  },
  {
    style: 'roman',
    extract(line) {
      const m = ROMAN.exec(line.text);
      if (!m || m[1] === '') return null;
      return { style: 'roman', number: romanToInt(m[1]!), label: null, rest: m[2]!.trim() };
    },
  },
  {
    style: 'bare',
    extract(line) {
      return line.bareNumber ? { style: 'bare', number: Number(line.text), label: null, rest: '' } : null;
    },
  },
];

/** The first recogniser that accepts the line, optionally restricted to some styles. */
export function recogniseItemHeader(line: Line, styles?: ReadonlySet<NumberingStyle>): ItemHeader | null {
  for (const r of NUMBERING) {
    if (styles && !styles.has(r.style)) continue;
    const h = r.extract(line);
    if (h) return h;
  }
  return null;
}
