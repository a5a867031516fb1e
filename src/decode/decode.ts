// Stage 1: bytes → text. A BOM decides; otherwise strict UTF-8; otherwise windows-1252
// through iconv-lite (Node's TextDecoder maps 0x80–0x9F to C1 controls on current Node,
// not to `–’€`). A file that is UTF-8 but for a few broken bytes keeps its UTF-8 and the
// broken bytes are read as windows-1252, with a warning naming the line.
import iconv from 'iconv-lite';
import type { Encoding, Warning } from '../schema/result.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: Warning[];
}

/** Why an input cannot be read as text at all. */
export type Unreadable = { code: 'binary-input'; message: string } | null;

const BINARY_SNIFF_BYTES = 8192;

/** NUL bytes in the first 8 KB without a UTF-16 BOM: a PDF, an image, a zip. */
export function sniffBinary(bytes: Uint8Array): Unreadable {
  if (hasUtf16Bom(bytes)) return null;
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      const pdf = bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
      return {
        code: 'binary-input',
        message: pdf
          ? 'this is a PDF: parse() reads text; read a PDF with parsePdf() (the finsam command does)'
          : `binary data (a NUL byte at offset ${i}); finsam reads text files`,
      };
    }
  }
  return null;
}

const hasUtf16Bom = (b: Uint8Array): boolean =>
  b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', warnings: [] };
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // not valid UTF-8: mostly UTF-8 with a few broken bytes, or a windows-1252 file
  }
  const scan = scanUtf8(bytes);
  if (scan.multibyte > 0 && scan.invalid * 4 <= scan.multibyte) {
    return {
      text: decodeMixed(bytes),
      encoding: 'utf-8',
      warnings: [
        {
          code: 'invalid-utf8',
          message: `${scan.invalid} byte(s) are not valid UTF-8 and were read as windows-1252`,
          line: scan.firstInvalidLine,
        },
      ],
    };
  }
  return {
    text: iconv.decode(Buffer.from(bytes), 'windows-1252'),
    encoding: 'windows-1252',
    warnings: [
      {
        code: 'encoding-fallback',
        message: 'not valid UTF-8; decoded as windows-1252',
        line: scan.firstInvalidLine,
      },
    ],
  };
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

function scanUtf8(b: Uint8Array): { multibyte: number; invalid: number; firstInvalidLine: number | null } {
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
