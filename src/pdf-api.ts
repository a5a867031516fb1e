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
import { joinWrappedLabels } from './layout/cells.js';
import { dropFurniture } from './layout/furniture.js';
import { linesOf, type TextLine } from './layout/lines.js';
import { addPages } from './layout/pages.js';
import { gridOf, narrowCharacter, renderPage } from './layout/render.js';
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

export interface PdfText {
  /** The built text: pages separated by form feeds, page furniture left out. Empty when unreadable. */
  text: string;
  /** Pages in the PDF (0 when it could not be opened). */
  pages: number;
  /** Lines left out as page furniture. */
  furniture: number;
  /** Problems; a fatal one (see `isFatal`) when no text could be read. */
  warnings: Warning[];
}

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
    return await build(pdf, options);
  } catch (e) {
    return failed(pdf.pages, e);
  } finally {
    await pdf.close().catch(() => undefined);
  }
}

async function build(pdf: OpenPdf, options: PdfOptions): Promise<PdfText> {
  const lines: TextLine[][] = [];
  const units: number[] = [];
  const blank: number[] = [];
  const unreadablePages: number[] = [];
  const warnings: Warning[] = [];
  for (let n = 1; n <= pdf.pages; n++) {
    let page;
    try {
      page = await pdf.page(n);
    } catch (e) {
      if (!(e instanceof FinsamError) || e.code !== 'pdf-page-unreadable') throw e;
      unreadablePages.push(n);
      lines.push([]);
      continue;
    }
    if (page.cut > 0) {
      const max = options.maxRunsPerPage ?? DEFAULT_MAX_RUNS_PER_PAGE;
      warnings.push({ code: 'pdf-page-too-dense', message: `page ${n} has more than ${max} text runs; the rest of the page was left out`, line: null });
    }
    if (page.runs.length === 0) blank.push(n);
    units.push(narrowCharacter(page.runs));
    lines.push(joinWrappedLabels(linesOf(page.runs)));
  }
  if (unreadablePages.length === pdf.pages) {
    return unreadable(pdf.pages, 'pdf-corrupt', `not a readable PDF: none of its ${pdf.pages} page(s) can be read`);
  }
  if (blank.length + unreadablePages.length === pdf.pages) {
    return unreadable(
      pdf.pages,
      'pdf-no-text',
      'the PDF has no text layer (a scan?): finsam reads the text a PDF holds and does no OCR; run OCR first, e.g. ocrmypdf in.pdf out.pdf',
    );
  }
  if (unreadablePages.length) warnings.push({ code: 'pdf-page-unreadable', message: `page(s) ${ranges(unreadablePages)} cannot be read and were left out`, line: null });
  if (blank.length) warnings.push({ code: 'pdf-page-no-text', message: `page(s) ${ranges(blank)} have no text layer (scanned?) and were left out; OCR them to read them, e.g. with ocrmypdf`, line: null });
  const grid = gridOf(lines, units);
  const { pages, dropped } = dropFurniture(lines.map((l) => renderPage(l, grid)));
  return { text: pages.map((p) => p.join('\n')).join('\n\f') + '\n', pages: pdf.pages, furniture: dropped, warnings };
}

/** `3, 5–7`: page numbers as a reader writes them. */
function ranges(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

const unreadable = (pages: number, code: string, message: string): PdfText => ({ text: '', pages, furniture: 0, warnings: [{ code, message, line: null }] });

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
