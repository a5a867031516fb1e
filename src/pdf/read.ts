// A PDF's text layer as positioned runs, page by page, through pdf.js. Every limit that
// keeps a hostile file from costing more than a real one lives here: pages, runs per page,
// runs in all, and a caller's abort signal checked between chunks of a page.
import { guardStrayRejections } from './stray.js';
import { loadPdfJs, dataFolders } from './pdfjs.js';
import { FinsamError as PdfError } from '../errors.js';
import { toRun, uprightRuns, type Run } from './runs.js';

export interface PageRuns {
  /** 1-based. */
  number: number;
  runs: Run[];
  /** Runs beyond the per-page limit that were not read (at least this many). */
  cut: number;
  /** Runs set in another direction than most of the page's text (a margin note turned 90°). */
  turned: number;
  /** Text items pdf.js gave for the page, blank ones included (what the limits count). */
  seen: number;
}

export interface ReadLimits {
  maxPages: number;
  maxRunsPerPage: number;
  /** Over the whole document: pages × runs. More is taken for a PDF bomb. */
  maxRuns: number;
  signal?: AbortSignal;
}

export interface OpenPdf {
  pages: number;
  /** The page's runs; a page pdf.js cannot read throws a PdfError `pdf-page-unreadable`. */
  page(n: number): Promise<PageRuns>;
  close(): Promise<void>;
}

type PdfDocumentProxy = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

export async function openPdf(bytes: Uint8Array, limits: ReadLimits): Promise<OpenPdf> {
  const pdfjs = await loadPdfJs();
  const release = guardStrayRejections();
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (detaches it): it gets a copy, the caller keeps its bytes
    data: new Uint8Array(bytes),
    ...dataFolders(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: PdfDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    release();
    throw openError(e);
  }
  if (doc.numPages > limits.maxPages) {
    await doc.destroy();
    release();
    throw new PdfError('pdf-too-many-pages', `the PDF has ${doc.numPages} pages, more than the limit of ${limits.maxPages} (--max-pages)`);
  }
  let total = 0;
  return {
    pages: doc.numPages,
    async page(n: number): Promise<PageRuns> {
      const read = await readPage(doc, pdfjs.Util.transform, n, limits, total);
      total += read.seen;
      return read;
    },
    close: () => doc.destroy().finally(release),
  };
}

function openError(e: unknown): PdfError {
  const name = (e as { name?: string })?.name;
  const detail = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') {
    return new PdfError(
      'pdf-encrypted',
      'the PDF is protected by a password; finsam cannot read it (remove the password first, e.g. qpdf --decrypt --password=… in.pdf out.pdf)',
    );
  }
  return new PdfError('pdf-corrupt', `not a readable PDF (damaged or truncated): ${detail}`);
}

type Transform = (a: number[], b: number[]) => number[];

async function readPage(doc: PdfDocumentProxy, transform: Transform, n: number, limits: ReadLimits, before: number): Promise<PageRuns> {
  let page;
  try {
    page = await doc.getPage(n);
  } catch (e) {
    throw new PdfError('pdf-page-unreadable', `page ${n} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const viewport = page.getViewport({ scale: 1 }).transform;
    // pdf.js streams a page's text in chunks; cancelling the stream stops its work on the
    // page (it needs an Error as the reason: without one pdf.js 5.6 fails an assertion and
    // later rejects a promise nobody holds)
    const reader = page.streamTextContent().getReader();
    const runs: Run[] = [];
    let seen = 0;
    let cut = 0;
    try {
      for (;;) {
        if (limits.signal?.aborted) throw new PdfError('pdf-timeout', 'reading the PDF took longer than its time limit');
        const { value, done } = await reader.read();
        if (done) break;
        for (const item of value.items) {
          // every item counts, blank ones too: the limits bound pdf.js's work, not finsam's
          if (seen++ >= limits.maxRunsPerPage) {
            cut++;
            continue;
          }
          if (!('str' in item)) continue;
          const run = toRun(item.str, transform(viewport, item.transform), item.width);
          if (run) runs.push(run);
        }
        if (before + seen > limits.maxRuns) {
          throw new PdfError('pdf-bomb', `more than ${limits.maxRuns} text runs in all (pages × runs per page): this looks like a PDF bomb`);
        }
        if (cut > 0) break;
      }
    } catch (e) {
      await reader.cancel(new Error('finsam stopped reading this page')).catch(() => undefined);
      if (e instanceof PdfError) throw e;
      throw new PdfError('pdf-page-unreadable', `page ${n} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (cut > 0) await reader.cancel(new Error('finsam read enough of this page')).catch(() => undefined);
    const { upright, turned } = uprightRuns(runs);
    return { number: n, runs: upright, cut, turned, seen: Math.min(seen, limits.maxRunsPerPage) };
  } finally {
    page.cleanup();
  }
}
