// pdf.js 5.6 fetches the kids of a page tree ahead of its walk and never awaits a fetch
// that fails after the walk has stopped (a broken cross-reference entry): a rejected
// promise nobody holds. Node ends a process on such a rejection by default, so one corrupt
// PDF would end the user's program, or a whole batch. While finsam has a PDF open, a stray
// rejection of one of pdf.js's own exceptions is absorbed (the page it concerns is already
// reported as unreadable); any other rejection meets Node's default: it is thrown.
import process from 'node:process';

const PDFJS_EXCEPTIONS = new Set([
  'XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException', 'MissingDataException',
  'UnknownErrorException', 'PasswordException', 'AbortException', 'ResponseException',
]);

const isPdfJs = (reason: unknown): boolean => reason instanceof Error && PDFJS_EXCEPTIONS.has(reason.name) && /pdf\.worker|pdfjs/u.test(reason.stack ?? '');

function absorb(reason: unknown): void {
  if (isPdfJs(reason)) return;
  // no other listener: what Node does without one
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
}

let open = 0;

/** Hold the guard while a PDF is open; the release lets a turn of the event loop pass first. */
export function guardStrayRejections(): () => void {
  if (open++ === 0) process.on('unhandledRejection', absorb);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    setImmediate(() => {
      if (--open === 0) process.off('unhandledRejection', absorb);
    });
  };
}
