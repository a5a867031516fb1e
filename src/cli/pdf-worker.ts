// The PDF reader's thread: builds the text of one PDF at a time (pdfText) and answers with
// it. It exists so that the thread that asked can stop it: pdf.js cannot be interrupted
// inside a page, but a worker can be terminated (pdf-reader.ts).
import { parentPort } from 'node:worker_threads';
import { loadPdfReader, pdfText, type PdfOptions, type PdfText } from '../pdf-api.js';

export interface PdfRequest {
  bytes: Uint8Array;
  options: PdfOptions;
}

if (parentPort) {
  // pdf.js may write to the console; on this thread that would land in finsam's stdout
  // between results. Every problem comes back as a warning with a code instead.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;
  const port = parentPort;
  port.on('message', (request: PdfRequest) => {
    void pdfText(request.bytes, request.options)
      .catch((e: unknown): PdfText => ({
        text: '',
        pages: 0,
        furniture: 0,
        warnings: [{ code: 'internal-error', message: `finsam failed on this PDF: ${e instanceof Error ? e.message : String(e)}`, line: null }],
      }))
      .then((built) => port.postMessage(built));
  });
  // pdf.js is loaded before the first request, so the time limit counts reading only
  void loadPdfReader().then(
    () => port.postMessage('ready'),
    () => port.postMessage('ready'), // the request then fails with the reason
  );
}
