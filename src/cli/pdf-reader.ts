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

interface Thread {
  worker: Worker;
  url: string;
  /** Whether pdf.js loaded: the time limit counts from then, not from the thread's start. */
  ready: Promise<boolean>;
  error?: Error;
}

let thread: Thread | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The PDF's built text, or why there is none. Calls wait for each other: one PDF at a time. */
export function readPdf(bytes: Uint8Array, job: Job): Promise<PdfText | Failure> {
  const next = queue.then(() => readOne(bytes, job));
  queue = next.catch(() => undefined);
  return next;
}

async function readOne(bytes: Uint8Array, job: Job): Promise<PdfText | Failure> {
  const url = job.pdfWorker ?? new URL('./pdf-worker.js', import.meta.url).href;
  const timeout = job.pdfTimeout ?? DEFAULT_PDF_TIMEOUT_MS;
  let t: Thread;
  try {
    t = threadFor(url);
  } catch (e) {
    return failure('internal-error', `cannot start the PDF reader: ${describeError(e)}`);
  }
  if (!(await t.ready)) {
    if (thread === t) thread = undefined;
    return failure('internal-error', `cannot start the PDF reader (${url}): ${t.error ? describeError(t.error) : 'it stopped'}`);
  }
  const worker = t.worker;
  return new Promise((resolve) => {
    const done = (answer: PdfText | Failure): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('exit', onExit);
      worker.unref();
      resolve(answer);
    };
    const onMessage = (built: PdfText): void => done(built);
    const onExit = (code: number): void => {
      if (thread === t) thread = undefined;
      const oom = (t.error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      done(
        oom
          ? failure('pdf-bomb', `reading the PDF needed more than ${HEAP_MB} MB of memory: this looks like a PDF bomb`)
          : failure('internal-error', `the PDF reader stopped on this input: ${t.error ? describeError(t.error) : `exit code ${code}`}`),
      );
    };
    const timer = setTimeout(() => {
      worker.off('exit', onExit);
      if (thread === t) thread = undefined;
      void worker.terminate();
      done(failure('pdf-timeout', `reading the PDF took longer than ${timeout / 1000} s (--pdf-timeout)`));
    }, timeout);
    worker.on('message', onMessage).on('exit', onExit);
    worker.ref();
    const request: PdfRequest = { bytes, options: { maxPages: job.maxPages, maxBytes: job.maxBytes } };
    worker.postMessage(request);
  });
}

function threadFor(url: string): Thread {
  if (thread?.url === url) return thread;
  if (thread) void thread.worker.terminate();
  // (the worker silences its console itself: captured stdio streams would keep this process alive)
  const worker = new Worker(new URL(url), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  const t: Thread = {
    worker,
    url,
    ready: new Promise((resolve) => {
      const onReady = (m: unknown): void => {
        if (m !== 'ready') return;
        worker.off('message', onReady).off('exit', onExit);
        resolve(true);
      };
      const onExit = (): void => resolve(false);
      worker.on('message', onReady).once('exit', onExit);
    }),
  };
  worker.on('error', (e) => (t.error = e));
  thread = t;
  return t;
}
