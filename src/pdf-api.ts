// The library for PDFs: bytes of a PDF in, the same ParseResult as for text out.
//
//   pdf (text runs) → layout (lines, columns, pages, furniture) → text → parse → pages
//
// The text is built the way `pdftotext -layout` prints a page, and then read by the very
// pipeline that reads text files, so every improvement there serves PDFs too. Like
// `parse`, these never reject: a PDF that cannot be read comes back with no documents and
// a fatal warning (`pdf-encrypted`, `pdf-corrupt`, `pdf-no-text`, …).
import { createHash } from 'node:crypto';
import { decode } from './decode/decode.js';
import { FinsamError, isFatal } from './errors.js';
import { addPages } from './layout/pages.js';
import { layOut, unreadable, type PdfText } from './layout/text.js';
import { loadPdfJs } from './pdf/pdfjs.js';
import { openPdf, type OpenPdf } from './pdf/read.js';
import { DEFAULT_MAX_BYTES, parse, type ParseOptions } from './public-api.js';
import { redactText } from './redact/personnummer.js';
import type { ParseResult, Warning } from './schema/result.js';
import { validate } from './validate/validate.js';

export { isPdf } from './pdf/signature.js';

/** Load pdf.js now (it is loaded on the first PDF otherwise): ~150 ms a thread that reads PDFs pays once. */
export const loadPdfReader = (): Promise<void> => loadPdfJs().then(() => undefined);

export interface PdfOptions {
  /** Refuse PDFs with more pages than this. Default 2,000. */
  maxPages?: number;
  /** Read at most this many text runs of a page; the rest of the page is left out, with a warning. Default 20,000. */
  maxRunsPerPage?: number;
  /** Over the whole document (pages × runs): more is refused as a PDF bomb. Default 4,000,000. */
  maxRuns?: number;
  /** Refuse PDFs larger than this many bytes. Default 32 MiB, as for text. */
  maxBytes?: number;
  /** Stop reading when this aborts (checked between chunks of text, so not inside one). */
  signal?: AbortSignal;
}

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_RUNS_PER_PAGE = 20_000;
export const DEFAULT_MAX_RUNS = 4_000_000;

export type { PdfText } from './layout/text.js';

/** The text finsam reads from a PDF's own text layer: what `finsam text FILE.pdf` prints. */
export async function pdfText(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return unreadable(0, 'input-too-large', `${bytes.length} bytes is more than the limit of ${maxBytes}`);
  let pdf: OpenPdf;
  try {
    pdf = await openPdf(bytes, {
      maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
      maxRunsPerPage: options.maxRunsPerPage ?? DEFAULT_MAX_RUNS_PER_PAGE,
      maxRuns: options.maxRuns ?? DEFAULT_MAX_RUNS,
      signal: options.signal,
    });
  } catch (e) {
    return failed(0, e);
  }
  try {
    return await layOut(pdf, options.maxRunsPerPage ?? DEFAULT_MAX_RUNS_PER_PAGE);
  } catch (e) {
    return failed(pdf.pages, e);
  } finally {
    await pdf.close().catch(() => undefined);
  }
}


function failed(pages: number, e: unknown): PdfText {
  if (e instanceof FinsamError) return unreadable(pages, e.code, e.message);
  // pdf.js's own failures are turned into codes where they happen: this is finsam's
  return unreadable(pages, 'internal-error', `finsam failed on this PDF: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * The text of a text file as finsam numbers its lines (decoded, nothing else changed):
 * what `finsam text FILE.txt` prints, beside `pdfText` for a PDF.
 */
export function decodedText(bytes: Uint8Array): { text: string; warnings: Warning[] } {
  const { text, warnings } = decode(bytes);
  return { text, warnings };
}

/** Like `parse`, for the bytes of a PDF: its text layer laid out, then parsed as text. */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions & PdfOptions = {}): Promise<ParseResult> {
  return parseBuilt(bytes, await pdfText(bytes, options), options);
}

/**
 * The ParseResult of a PDF from the text built of it (by `pdfText`, maybe on another
 * thread): the text parsed, the source described as the PDF, each document and item given
 * the page it starts on.
 */
export function parseBuilt(bytes: Uint8Array, built: PdfText, options: ParseOptions = {}): ParseResult {
  const path = options.path ?? '-';
  const source = {
    path: options.redact === false ? path : redactText(path).text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding: 'pdf-text-layer' as const,
    format: 'pdf' as const,
    pages: built.pages,
  };
  const fatal = built.warnings.find(isFatal);
  if (fatal) return { schemaVersion: 1, source, documents: [], outline: [], warnings: [fatal] };
  // the built text is bounded by the page and run limits, not by --max-bytes (it is no input)
  const result = parse(built.text, { ...options, maxBytes: Infinity });
  if (result.warnings.some(isFatal)) return { ...result, source };
  result.source = source;
  addPages(result, built.text);
  result.warnings.unshift(...built.warnings);
  const checked = validate(result);
  return checked.ok ? checked.result : { schemaVersion: 1, source, documents: [], outline: [], warnings: [{ code: 'internal-error', message: checked.message, line: null }] };
}
