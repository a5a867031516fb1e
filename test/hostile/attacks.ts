// Hostile inputs for finsam: what an archive of "text files" really holds (PDFs renamed
// to .txt, Windows and UTF-16 files, megabyte-long lines from `pdftotext -layout`) and
// what a regex parser is most afraid of (long runs of the characters its patterns repeat
// on). Each attack is a named byte generator plus what the result must look like; the
// nastiest are also in SCALING, as generators of size n for the t(2n)/t(n) check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');

export const SKARABORG = '002-skaraborg-styrelse-2024';
export const KALMAR = '003-kalmar-au-2023';
export const UMEA = '004-umea-kallelse-protokoll-2020';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const lf = (s: string): string => s.replace(/\r\n?/g, '\n');

export interface Expectation {
  /** The input cannot be read: no documents and exactly this fatal warning. */
  fatal?: 'empty-input' | 'binary-input' | 'input-too-large';
  /** Warning codes that must appear (on the result or on one of its documents). */
  warnings?: readonly string[];
  /** The result has at least one document. */
  documents?: boolean;
  /** The detected encoding. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export interface Attack {
  name: string;
  bytes: () => Uint8Array;
  expect: Expectation;
  /** Options passed to parse (JSON-clonable, they travel to a worker). */
  options?: { maxBytes?: number; maxLineLength?: number; redact?: boolean };
}

export interface Scaling {
  name: string;
  /** n for the first measurement (2n for the second): big enough that t(n) is tens of ms. */
  n: number;
  bytes: (n: number) => Uint8Array;
  /** Options passed to parse; a huge maxLineLength lets every pattern see the whole line. */
  options?: { maxLineLength?: number };
}

/** No cutting: the patterns themselves must be linear, not just the pieces they see. */
export const UNCUT = { maxLineLength: 100_000_000 };

// --- the scalable generators -----------------------------------------------------------

const sections = (n: number): Uint8Array => utf8('§'.repeat(n));
const spaces = (n: number): Uint8Array => utf8(`Protokoll\n${' '.repeat(n)}\n`);
const beslutandeLines = (n: number): Uint8Array => utf8('Protokoll\n' + 'Beslutande\n'.repeat(n));
const digitsAfterSection = (n: number): Uint8Array => utf8(`Protokoll\n§ 1${'1234567890'.repeat(Math.ceil(n / 10)).slice(0, n)} Val av justerare\n`);

const FORTY_WORDS = Array.from({ length: 40 }, (_, i) => ['Anna', 'Karlsson', 'Bengt', 'Nilsson', 'Skövde', 'kommun', 'ordförande', 'Maria'][i % 8]).join(' ');

/** The 40-word attendee line with no comma, under the `Beslutande` heading of fixture 002. */
function fortyWordLine(repeat: number): Uint8Array {
  const text = fixture(SKARABORG);
  const at = text.indexOf('Beslutande\n');
  if (at < 0) throw new Error('fixture 002 has no Beslutande heading');
  const head = at + 'Beslutande\n'.length;
  return utf8(text.slice(0, head) + `\n${FORTY_WORDS}\n`.repeat(repeat) + text.slice(head));
}

/** Attendee lines with a long run of spaces inside (pdftotext -layout columns, taken to the limit). */
const spacedAttendees = (lines: number) => (n: number): Uint8Array =>
  utf8('Protokoll\nBeslutande\n' + `Anna Andersson${' '.repeat(n)}x\n`.repeat(lines) + '§ 1 Val av justerare\n');

const parens = (n: number): Uint8Array => utf8(`Protokoll\n§ 1 ${'('.repeat(n)}\n`);
const run = (c: string) => (n: number): Uint8Array => utf8(`Protokoll\n§ 1 Ärende\n${c.repeat(n)}\n`);
const beslutandeHeadings = (n: number): Uint8Array =>
  utf8('Protokoll\n' + Array.from({ length: n }, (_, i) => `Beslutande: Anna Person${i}, Skara kommun\n`).join(''));
const subItemLetters = (n: number): Uint8Array => utf8('Protokoll\n§ 1 Ärende\n' + 'a. '.repeat(n) + '\n' + 'a.\n'.repeat(n));
const samordningsforbundet = (n: number): Uint8Array => utf8(`${'Samordningsförbundet '.repeat(n)}\nProtokoll\n`);
const klockan = (n: number): Uint8Array => utf8(`Protokoll\nTid ${'kl. 9 '.repeat(n)}\n`);
// (and as ranges in words, each `kl` inside one: `mellan kl 9 och 10 mellan kl 9 och 10 …`)
const klockanBetween = (n: number): Uint8Array => utf8(`Protokoll\nTid ${'mellan kl 9 och 10 '.repeat(n)}\n`);
// (and as ranges whose end has a dash for its point, each a typo the time reader mends: `kl 08.30-12-20 kl 08.30-12-20 …`)
const klockanTypo = (n: number): Uint8Array => utf8(`Protokoll\nTid ${'kl 08.30-12-20 '.repeat(n)}\n`);
// (and a number before a capital after each, a point's number that a run of points would go on from: `… kl 9 Tid …`)
const numberThenCapital = (n: number): Uint8Array => utf8(`Protokoll\n${'Tid 08.30-12-20 kl 9 '.repeat(n)}\n`);

export const SCALING: readonly Scaling[] = [
  { name: '§ × n', n: 1_000_000, bytes: sections },
  { name: '§ × n, lines not cut', n: 1_500_000, bytes: sections, options: UNCUT },
  { name: 'spaces × n on one line', n: 4_000_000, bytes: spaces },
  { name: 'spaces × n on one line, not cut', n: 4_000_000, bytes: spaces, options: UNCUT },
  // (measured from 40,000 lines: from 10,000 to 20,000 the ratio swung between 1.8 and 3.7 over thirteen CI runs (rounds 30–36) of
  // unchanged code — the smaller input ran in 18 ms on some runs and 45 ms on others, the larger never under 55 ms — and
  // it failed CI twice in round 36; from 40,000 to 80,000 it stayed at 1.6–2.3 with another parse loop on the second core)
  { name: 'Beslutande lines × n', n: 40_000, bytes: beslutandeLines },
  { name: '§ 1 followed by n digits', n: 400_000, bytes: digitsAfterSection },
  { name: '§ 1 followed by n digits, not cut', n: 400_000, bytes: digitsAfterSection, options: UNCUT },
  { name: '40-word attendee line × n', n: 400, bytes: fortyWordLine },
  // the line stays under maxLineLength at 2n: this is what the patterns see by default
  { name: 'attendee line with n spaces inside (×4 lines)', n: 4_000, bytes: spacedAttendees(4) },
  { name: '( × n, not cut', n: 1_500_000, bytes: parens, options: UNCUT },
  { name: 'Samordningsförbundet × n on one line, not cut', n: 40_000, bytes: samordningsforbundet, options: UNCUT },
  { name: 'kl. 9 × n on one line, not cut', n: 50_000, bytes: klockan, options: UNCUT },
  { name: 'mellan kl 9 och 10 × n on one line, not cut', n: 20_000, bytes: klockanBetween, options: UNCUT },
  { name: 'kl 08.30-12-20 × n on one line, not cut', n: 20_000, bytes: klockanTypo, options: UNCUT },
  { name: 'Tid 08.30-12-20 kl 9 × n on one line, not cut', n: 20_000, bytes: numberThenCapital, options: UNCUT },
  { name: '". " × n on one line', n: 500_000, bytes: run('. ') },
  { name: 'Beslutande: headings with a name × n', n: 5_000, bytes: beslutandeHeadings },
];

// --- the attacks ---------------------------------------------------------------------------

function withBomCrlf(): Uint8Array {
  return cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(lf(fixture(SKARABORG)).replace(/\n/g, '\r\n')));
}

function utf16le(): Uint8Array {
  return cat(new Uint8Array([0xff, 0xfe]), new Uint8Array(iconv.encode(fixture(KALMAR), 'utf-16le')));
}

function windows1252(): Uint8Array {
  const text = lf(fixture(KALMAR)).replace('Den utsända dagordningen godkänns.', 'Den utsända dagordningen – ’€åäö – godkänns.');
  if (!text.includes('– ’€åäö –')) throw new Error('fixture 003 changed: the windows-1252 attack lost its characters');
  return new Uint8Array(iconv.encode(text, 'windows-1252'));
}

function invalidByteDeep(): Uint8Array {
  const bytes = utf8(fixture(UMEA));
  const at = Math.floor(bytes.length * 0.8);
  // step to a line start so the broken byte replaces an ASCII letter, not half a character
  let i = bytes.indexOf(0x0a, at) + 1;
  while (bytes[i]! < 0x41 || bytes[i]! > 0x7a) i++;
  const out = bytes.slice();
  out[i] = 0xff;
  return out;
}

function pdf(): Uint8Array {
  const body = new Uint8Array(4096);
  for (let i = 0; i < body.length; i++) body[i] = (i * 131 + 7) % 256; // includes NUL bytes
  return cat(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nstream\n'), body, utf8('\nendstream\n%%EOF\n'));
}

function tenMegabytes(): Uint8Array {
  const one = lf(fixture(SKARABORG)) + '\n\f';
  return utf8(one.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(one))));
}

const inTitle = (sep: string) => (): Uint8Array =>
  utf8(lf(fixture(KALMAR)).replace('§25 Protokoll från arbetsutskott 230303', `§25 Protokoll från${sep}arbetsutskott 230303`));

function nfd(): Uint8Array {
  const text = fixture(SKARABORG).normalize('NFD');
  if (!text.includes('a\u030a')) throw new Error('no decomposed å');
  return utf8(text);
}

/** `31 juni 2023` and a § number that goes backwards: a valid result with warnings. */
function badDateAndOrder(): Uint8Array {
  const text = lf(fixture(KALMAR));
  const out = text
    .replace('Datum: 230531', 'Datum: 31 juni 2023')
    .replace('torsdagen den 31 maj 2023', 'torsdagen den 31 juni 2023')
    .replace('§26 Protokoll från styrelsemöte', '§24 Protokoll från styrelsemöte');
  if (out === text || !out.includes('31 juni 2023') || !out.includes('§24 Protokoll från styrelsemöte')) throw new Error('fixture 003 changed');
  return utf8(out);
}

export const ATTACKS: readonly Attack[] = [
  { name: '0 bytes', bytes: () => new Uint8Array(0), expect: { fatal: 'empty-input' } },
  { name: 'only whitespace', bytes: () => utf8(' \t\n\r\n\f\v \u00a0\u2003\n\n   \t'), expect: { fatal: 'empty-input' } },
  { name: 'only a UTF-8 BOM', bytes: () => new Uint8Array([0xef, 0xbb, 0xbf]), expect: { fatal: 'empty-input' } },
  { name: 'UTF-8 with BOM and CRLF (fixture 002)', bytes: withBomCrlf, expect: { documents: true, encoding: 'utf-8' } },
  { name: 'UTF-16LE with BOM (fixture 003)', bytes: utf16le, expect: { documents: true, encoding: 'utf-16le' } },
  {
    name: 'UTF-16BE with BOM (fixture 003)',
    bytes: () => cat(new Uint8Array([0xfe, 0xff]), new Uint8Array(iconv.encode(fixture(KALMAR), 'utf-16be'))),
    expect: { documents: true, encoding: 'utf-16be' },
  },
  { name: 'UTF-16LE BOM with an odd byte count', bytes: () => new Uint8Array([0xff, 0xfe, 0x50, 0x00, 0x72]), expect: {} },
  { name: 'windows-1252 with –’€åäö (fixture 003)', bytes: windows1252, expect: { documents: true, encoding: 'windows-1252', warnings: ['encoding-fallback'] } },
  { name: 'UTF-8 with one invalid byte deep in the file (fixture 004)', bytes: invalidByteDeep, expect: { documents: true, encoding: 'utf-8', warnings: ['invalid-utf8'] } },
  { name: 'a PDF renamed to .txt', bytes: pdf, expect: { fatal: 'binary-input' } },
  { name: 'a NUL byte after 8 KB of text', bytes: () => cat(utf8(fixture(KALMAR)), new Uint8Array([0, 0, 0])), expect: {} },
  { name: '200,000 spaces on one line', bytes: () => utf8(' '.repeat(200_000)), expect: { fatal: 'empty-input' } },
  { name: '200,000 spaces on one line after a title', bytes: () => spaces(200_000), expect: { warnings: ['long-line'] } },
  { name: '§ repeated 100,000 times', bytes: () => sections(100_000), expect: { warnings: ['long-line'] } },
  { name: '§ 1 followed by 50,000 digits', bytes: () => digitsAfterSection(50_000), expect: { warnings: ['long-line'] } },
  { name: '50,000 lines of Beslutande', bytes: () => beslutandeLines(50_000), expect: {} },
  { name: '250,000 one-letter lines', bytes: () => utf8('a\n'.repeat(250_000)), expect: {} },
  { name: 'a 40-word attendee line with no comma (fixture 002)', bytes: () => fortyWordLine(1), expect: { documents: true } },
  { name: '1,000 40-word attendee lines (fixture 002)', bytes: () => fortyWordLine(1_000), expect: { documents: true } },
  { name: '40 attendee lines with 9,900 spaces inside', bytes: () => spacedAttendees(40)(9_900), expect: { documents: true } },
  { name: 'a 10 MB protokoll (fixture 002 repeated)', bytes: tenMegabytes, expect: { documents: true } },
  { name: 'fixture 003 with maxBytes 1000', bytes: () => utf8(fixture(KALMAR)), options: { maxBytes: 1000 }, expect: { fatal: 'input-too-large' } },
  { name: 'U+2028 inside a title (fixture 003)', bytes: inTitle('\u2028'), expect: { documents: true } },
  { name: 'U+0085 inside a title (fixture 003)', bytes: inTitle('\u0085'), expect: { documents: true } },
  { name: 'U+2029, VT and lone CR inside a title (fixture 003)', bytes: inTitle('\u2029\v\r'), expect: { documents: true } },
  { name: 'decomposed å (NFD fixture 002)', bytes: nfd, expect: { documents: true } },
  { name: '31 juni 2023 and out-of-order § numbers (fixture 003)', bytes: badDateAndOrder, expect: { documents: true, warnings: ['invalid-date', 'paragraph-order'] } },
  // more nasties for regex parsers
  { name: '100,000 (', bytes: () => parens(100_000), expect: { warnings: ['long-line'] } },
  { name: '100,000 - on one line', bytes: () => run('-')(100_000), expect: {} },
  { name: '100,000 . on one line', bytes: () => run('.')(100_000), expect: {} },
  { name: '100,000 _ on one line', bytes: () => run('_')(100_000), expect: {} },
  { name: '50,000 ". " on one line', bytes: () => run('. ')(50_000), expect: {} },
  { name: '50,000 "- " on one line', bytes: () => run('- ')(50_000), expect: {} },
  { name: '100,000 … on one line', bytes: () => run('…')(100_000), expect: {} },
  { name: '50,000 *_ pairs', bytes: () => run('*_')(50_000), expect: {} },
  { name: '20,000 \\ escapes', bytes: () => run('\\*')(20_000), expect: {} },
  { name: '100,000 <p without >', bytes: () => run('<p ')(100_000), expect: {} },
  { name: '20,000 [x]( without )', bytes: () => run('[x](')(20_000), expect: {} },
  { name: '100,000 # then text', bytes: () => utf8(`${'#'.repeat(100_000)} Protokoll\n`), expect: {} },
  { name: '100,000 | on one line', bytes: () => run('|')(100_000), expect: {} },
  { name: '20,000 Beslutande: headings each with a name', bytes: () => beslutandeHeadings(20_000), expect: {} },
  { name: 'a. sub-item letters repeated', bytes: () => subItemLetters(20_000), expect: {} },
  { name: 'a huge line of Samordningsförbundet Samordningsförbundet …', bytes: () => samordningsforbundet(20_000), expect: {} },
  { name: 'kl. 9 repeated', bytes: () => klockan(20_000), expect: {} },
  { name: 'Styrelsen beslutar … without att, 2,000 words', bytes: () => utf8(`Protokoll\n§ 1 Ärende\nStyrelsen ${'beslutar '.repeat(2_000)}\n`), expect: {} },
  { name: '20,000 personnummer-like digit groups', bytes: () => utf8(`Protokoll\n${'720104-7086 19720104-**** 0701234567 '.repeat(5_000)}\n`), expect: {} },
  { name: '50,000 1- pairs', bytes: () => run('1-')(50_000), expect: {} },
  { name: 'one 10,000-line table of columns', bytes: () => utf8('Protokoll\nBeslutande\n' + 'Anna Andersson    Skara kommun    ordförande\n'.repeat(10_000)), expect: {} },
  { name: '20,000 § numbers in a row', bytes: () => utf8('Protokoll\n' + Array.from({ length: 20_000 }, (_, i) => `§ ${i + 1} Ärende ${i}\nText.\n`).join('')), expect: {} },
  { name: '20,000 § numbers going backwards', bytes: () => utf8('Protokoll\n' + Array.from({ length: 20_000 }, (_, i) => `§ ${20_000 - i} Ärende\n`).join('')), expect: {} },
  { name: 'every BMP code point but NUL and surrogates', bytes: () => utf8(Array.from({ length: 0x10000 }, (_, i) => (i === 0 || (i >= 0xd800 && i < 0xe000) ? ' ' : String.fromCharCode(i))).join('')), expect: {} },
  { name: 'lone surrogates as CESU bytes', bytes: () => new Uint8Array([0x50, 0xed, 0xa0, 0x80, 0x0a, 0xed, 0xbf, 0xbf, 0x0a]), expect: {} },
  { name: '100,000 combining rings on one a', bytes: () => utf8(`Protokoll\n§ 1 a${'\u030a'.repeat(100_000)}\n`), expect: {} },
  { name: '100,000 zero-width spaces', bytes: () => utf8(`Protokoll\n§ 1 ${'\u200b'.repeat(100_000)}x\n`), expect: {} },
  { name: '50,000 form feeds', bytes: () => utf8(`Protokoll\n${'\f'.repeat(50_000)}§ 1 Ärende\n`), expect: {} },
  { name: '200,000 CR only', bytes: () => utf8(`Protokoll${'\r'.repeat(200_000)}§ 1 Ärende\n`), expect: {} },
];
