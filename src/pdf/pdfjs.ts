// pdf.js (pdfjs-dist, legacy build for Node), loaded on the first PDF only: its two
// modules cost ~150 ms to load, which a run over text files never pays. Its "worker" runs
// in this thread (pdf.js's fake worker): finsam puts the whole reader on a thread of its
// own where it needs a time limit (the CLI), so a second thread here would buy nothing.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // the fake worker looks for the worker module here before importing it by URL
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  })();
  return loading;
}

/**
 * Where pdf.js finds the character maps of CJK fonts without a ToUnicode map and the
 * metrics of the standard 14 fonts that a PDF names without embedding (Helvetica).
 */
export function dataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // pdf.js reads these with fs.readFile(folder + name): a path, not a URL
  const folder = (name: string): string => join(root, name) + sep;
  return { cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts') };
}
