// Stage 1: bytes → text. A BOM decides; then UTF-16 recognised by its alternating NULs;
// otherwise strict UTF-8; otherwise line by line: a line that is UTF-8 stays UTF-8, a line
// with a few broken bytes keeps its UTF-8 and reads those bytes as windows-1252, any other
// line is windows-1252 through iconv-lite (Node's TextDecoder maps 0x80–0x9F to C1
// controls on current Node, not to `–’€`). A file with no UTF-8 at all is windows-1252.
// Stray control characters are dropped last, whatever the encoding.
import iconv from 'iconv-lite';
import type { Encoding, Warning } from '../schema/result.js';
import { dropControls } from './controls.js';
import { guessUtf16 } from './sniff.js';

export { sniffBinary, type Unreadable } from './sniff.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: Warning[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  const { text, warning } = dropControls(decoded.text);
  return warning ? { ...decoded, text, warnings: [...decoded.warnings, warning] } : decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', warnings: [] };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16, warnings: [] };
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // not valid UTF-8: UTF-8 with a few broken bytes, a windows-1252 file, or both mixed
  }
  const file = scanUtf8(bytes);
  if (file.multibyte === 0) {
    return {
      text: iconv.decode(Buffer.from(bytes), 'windows-1252'),
      encoding: 'windows-1252',
      warnings: [{ code: 'encoding-fallback', message: 'not valid UTF-8; decoded as windows-1252', line: file.firstInvalidLine }],
    };
  }
  return decodeByLine(bytes, file);
}

/**
 * A file with some UTF-8 in it: each line is read as UTF-8 where it holds at least as
 * many UTF-8 characters as broken bytes (the broken ones read as windows-1252), else as
 * windows-1252 throughout, so a file pasted together from both keeps both halves right.
 */
function decodeByLine(bytes: Uint8Array, file: Scan): Decoded {
  const parts: string[] = [];
  let utf8Lines = 0;
  let legacyLines = 0;
  let firstLegacy: number | null = null;
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl + 1;
    const own = bytes.subarray(start, end);
    const scan = scanUtf8(own);
    if (scan.invalid === 0 || scan.multibyte >= scan.invalid) {
      parts.push(scan.invalid === 0 ? strictUtf8.decode(own) : decodeMixed(own));
      if (scan.multibyte > 0) utf8Lines++;
    } else {
      parts.push(iconv.decode(Buffer.from(own), 'windows-1252'));
      legacyLines++;
      firstLegacy ??= line;
    }
    start = end;
  }
  // a few broken bytes in a UTF-8 file, or whole lines of another encoding
  const fewBroken = file.invalid * 4 <= file.multibyte || legacyLines === 0;
  const warning: Warning = fewBroken
    ? { code: 'invalid-utf8', message: `${file.invalid} byte(s) are not valid UTF-8 and were read as windows-1252`, line: file.firstInvalidLine }
    : {
        code: 'mixed-encoding',
        message: `${legacyLines} line(s) are windows-1252 and ${utf8Lines} UTF-8; each was read in its own`,
        line: firstLegacy ?? file.firstInvalidLine,
      };
  return { text: parts.join(''), encoding: utf8Lines >= legacyLines ? 'utf-8' : 'windows-1252', warnings: [warning] };
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when the byte there starts none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (need === 0 || i + need > b.length) return 0;
  for (let k = 1; k < need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  const c1 = b[i + 1]!;
  if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
  if (c === 0xed && c1 > 0x9f) return 0; // surrogate
  if (c === 0xf0 && c1 < 0x90) return 0; // overlong
  if (c === 0xf4 && c1 > 0x8f) return 0; // above U+10FFFF
  return need;
}

interface Scan {
  multibyte: number;
  invalid: number;
  firstInvalidLine: number | null;
}

function scanUtf8(b: Uint8Array): Scan {
  let multibyte = 0;
  let invalid = 0;
  let line = 1;
  let firstInvalidLine: number | null = null;
  for (let i = 0; i < b.length; ) {
    if (b[i] === 0x0a) line++;
    const n = sequenceLength(b, i);
    if (n === 0) {
      invalid++;
      firstInvalidLine ??= line;
      i++;
    } else {
      if (n > 1) multibyte++;
      i += n;
    }
  }
  return { multibyte, invalid, firstInvalidLine };
}

/** UTF-8, with each byte that starts no valid sequence read as windows-1252. */
function decodeMixed(b: Uint8Array): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < b.length; ) {
    const n = sequenceLength(b, i);
    if (n === 0) {
      if (i > start) parts.push(strictUtf8.decode(b.subarray(start, i)));
      parts.push(iconv.decode(Buffer.from([b[i]!]), 'windows-1252'));
      i++;
      start = i;
    } else i += n;
  }
  if (start < b.length) parts.push(strictUtf8.decode(b.subarray(start)));
  return parts.join('');
}
