// Where PDFs are read: on a thread of their own, one PDF at a time, stopped when one takes
// longer than --pdf-timeout or needs more memory than a real PDF does. pdf.js cannot be
// interrupted inside a page, so a PDF bomb or a page of 100,000 runs is stopped by ending
// its thread; the next PDF gets a new one. The thread is kept between PDFs (pdf.js takes
// ~150 ms to load) and does not keep the process alive while idle.
import { Worker } from 'node:worker_threads';
import type { PdfText } from '../pdf-api.js';
import { describeError } from './errno.js';
import { failure, type Failure, type Job } from './job.js';
import type { PdfRequest } from './pdf-worker.js';

export const DEFAULT_PDF_TIMEOUT_MS = 60_000;
/** Heap for one PDF's reader: a 2,000-page PDF needs a fraction of it. */
const HEAP_MB = 1024;

let thread: { worker: Worker; url: string } | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The PDF's built text, or why there is none. Calls wait for each other: one PDF at a time. */
export function readPdf(bytes: Uint8Array, job: Job): Promise<PdfText | Failure> {
  const next = queue.then(() => readOne(bytes, job));
  queue = next.catch(() => undefined);
  return next;
}

function readOne(bytes: Uint8Array, job: Job): Promise<PdfText | Failure> {
  const url = job.pdfWorker ?? new URL('./pdf-worker.js', import.meta.url).href;
  const timeout = job.pdfTimeout ?? DEFAULT_PDF_TIMEOUT_MS;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = threadFor(url);
    } catch (e) {
      return resolve(failure('internal-error', `cannot start the PDF reader: ${describeError(e)}`));
    }
    let error: Error | undefined;
    const done = (answer: PdfText | Failure): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      worker.unref();
      resolve(answer);
    };
    const onMessage = (built: PdfText): void => done(built);
    const onError = (e: Error): void => void (error = e);
    const onExit = (code: number): void => {
      if (thread?.worker === worker) thread = undefined;
      const oom = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      done(
        oom
          ? failure('pdf-bomb', `reading the PDF needed more than ${HEAP_MB} MB of memory: this looks like a PDF bomb`)
          : failure('internal-error', `the PDF reader stopped on this input: ${error ? describeError(error) : `exit code ${code}`}`),
      );
    };
    const timer = setTimeout(() => {
      worker.off('exit', onExit);
      if (thread?.worker === worker) thread = undefined;
      void worker.terminate();
      done(failure('pdf-timeout', `reading the PDF took longer than ${timeout / 1000} s (--pdf-timeout)`));
    }, timeout);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    const request: PdfRequest = { bytes, options: { maxPages: job.maxPages, maxBytes: job.maxBytes } };
    worker.postMessage(request);
  });
}

function threadFor(url: string): Worker {
  if (thread?.url === url) return thread.worker;
  if (thread) void thread.worker.terminate();
  // (the worker silences its console itself: captured stdio streams would keep this process alive)
  const worker = new Worker(new URL(url), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  thread = { worker, url };
  return worker;
}
