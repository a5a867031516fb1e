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
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    // the minified builds: the same code, loaded ~100 ms sooner (half the bytes to parse)
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
    // the fake worker looks for the worker module here before importing it by URL
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    // The legacy build brings core-js, which also replaces some of Node's own functions
    // with its fixes for edge cases finsam never meets: its Array.prototype.push made
    // every push 3× slower, pdf.js's and finsam's alike, in whatever thread loads a PDF.
    // What it adds (Promise.try, Set methods, …) stays: pdf.js needs it on Node 20.
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    return pdfjs;
  })();
  return loading;
}

/**
 * Where pdf.js finds the character maps of CJK fonts without a ToUnicode map. (Not the
 * standard fonts' files: text needs their metrics only, which pdf.js has built in, and
 * loading and repairing a font file per document cost a third of the reading time.)
 */
export function dataFolders(): { cMapUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // pdf.js reads these with fs.readFile(folder + name): a path, not a URL
  return { cMapUrl: join(root, 'cmaps') + sep };
}
