// Before decoding: is this text at all, and is it UTF-16 that lost its BOM? A file is
// refused only for what marks it as binary — a known signature at its start, or NUL bytes
// in a real share of its first 8 KB. A stray NUL in text (pdftotext leaves some) is no
// reason to lose a protokoll: decoding drops it with a warning.

/** Why an input cannot be read as text at all. */
export type Unreadable = { code: 'binary-input'; message: string } | null;

export const SNIFF_BYTES = 8192;

/** More NUL bytes than this share of the first 8 KB, and not UTF-16: binary data. */
const NUL_SHARE = 0.1;

interface Signature {
  /** Numbers are bytes, strings ASCII, null any byte. */
  bytes: readonly (number | string | null)[];
  what: string;
}

const PDF = '%PDF-';
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a .docx, .xlsx, .odt file)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office file (.doc, .xls)' },
  { bytes: [0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ['GIF87a'], what: 'a GIF image' },
  { bytes: ['GIF89a'], what: 'a GIF image' },
  { bytes: ['II', 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: ['MM', 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: ['RIFF', null, null, null, null, 'WEBP'], what: 'a WebP image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip file' },
  { bytes: ['BZh', null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], what: 'a bzip2 file' },
  { bytes: [0xfd, '7zXZ', 0x00], what: 'an xz file' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd file' },
  { bytes: ['7z', 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: ['Rar!', 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x7f, 'ELF'], what: 'a program (ELF)' },
];

/** The signature's bytes, strings spelled out as ASCII, -1 for any byte. */
const bytesOf = (s: Signature): number[] =>
  s.bytes.flatMap((b) => (typeof b === 'string' ? [...b].map((c) => c.charCodeAt(0)) : [b ?? -1]));
const COMPILED = SIGNATURES.map((s) => ({ bytes: bytesOf(s), what: s.what }));

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) {
    if (sig[i] === -1) continue;
    if (b[i] !== sig[i]) return false;
  }
  return true;
}

const isPdf = (b: Uint8Array): boolean => startsWith(b, [...PDF].map((c) => c.charCodeAt(0)));

export function sniffBinary(bytes: Uint8Array): Unreadable {
  if (isPdf(bytes)) {
    return {
      code: 'binary-input',
      message: 'a PDF, not text: `finsam parse FILE.pdf` reads PDF input; in the library, parsePdf() reads it',
    };
  }
  for (const s of COMPILED) {
    if (startsWith(bytes, s.bytes)) return { code: 'binary-input', message: `${s.what}, not text; finsam reads text files` };
  }
  const end = Math.min(bytes.length, SNIFF_BYTES);
  // text without a NUL in its first 8 KB (nearly all) is neither UTF-16 without a BOM nor binary
  if (bytes.subarray(0, end).indexOf(0) < 0) return null;
  if (hasUtf16Bom(bytes) || guessUtf16(bytes)) return null;
  let nul = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0) nul++;
  if (nul > end * NUL_SHARE) {
    return { code: 'binary-input', message: `binary data (${nul} NUL bytes in the first ${end} bytes); finsam reads text files` };
  }
  return null;
}

export const hasUtf16Bom = (b: Uint8Array): boolean =>
  b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/**
 * UTF-16 without a BOM, from its alternating NULs: Swedish text is mostly ASCII and
 * Latin-1 letters, whose high byte is 0, so one byte of each pair is NUL nearly always
 * and the other nearly never.
 */
export function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(b.length, SNIFF_BYTES) / 2);
  // (either guess needs NULs in half the pairs: a text with none, nearly every one, is passed by in one native search)
  if (pairs < 2 || b.subarray(0, pairs * 2).indexOf(0) < 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.5 && evenNul * 20 <= oddNul) return 'utf-16le';
  if (evenNul >= pairs * 0.5 && oddNul * 20 <= evenNul) return 'utf-16be';
  return null;
}
