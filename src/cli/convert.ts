// One input to its output text, or the reason it has none. The same code runs in the main
// thread (--jobs 1) and in every worker, which is what makes the output byte-identical
// for any number of jobs. It never throws: a problem with one file is that file's result.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { isPdf } from '../pdf-api.js';
import { DEFAULT_MAX_BYTES, parse } from '../public-api.js';
import { deliver } from './deliver.js';
import { describeError } from './errno.js';
import { failure, tooLarge, type Converted, type Failure, type Job } from './job.js';

export type { Converted, Failure, Job } from './job.js';

export async function convert(job: Job): Promise<Converted> {
  try {
    const max = job.maxBytes ?? DEFAULT_MAX_BYTES;
    const source = job.source;
    const read = 'bytes' in source ? source.bytes : await readCapped(source.raw ? Buffer.from(source.raw) : source.file, max);
    if (!(read instanceof Uint8Array)) return read;
    if (isPdf(read)) return await (await import('./pdf.js')).convertPdf(read, job);
    return await deliver(parse(read, { path: job.path, redact: job.redact, maxBytes: job.maxBytes }), job);
  } catch (e) {
    return failure('internal-error', `finsam failed on this input: ${describeError(e)}`);
  }
}

/**
 * The file's bytes, without ever holding more than `max + 1` of them (a 5 GB file is
 * refused, not read). A regular file is read synchronously: that costs microseconds, and
 * on a worker the asynchronous calls waited in libuv's thread pool behind the main
 * thread's writes (and their fsyncs), leaving the worker idle a tenth of the time.
 */
export async function readCapped(file: string | Buffer, max: number): Promise<Uint8Array | Failure> {
  let fd: number;
  try {
    // non-blocking, so that opening a FIFO without a writer cannot hang this thread
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return failure('read-error', describeError(e));
  }
  let stat;
  try {
    stat = fstatSync(fd);
    if (stat.isFile()) {
      if (stat.size > max) return tooLarge(max, stat.size);
      const bytes = readFileSync(fd);
      // a file that grew after the size check is judged by what was read
      return bytes.length > max ? tooLarge(max, bytes.length) : bytes;
    }
  } catch (e) {
    return failure('read-error', describeError(e));
  } finally {
    closeSync(fd);
  }
  if (stat.isDirectory()) return failure('read-error', describeError(Object.assign(new Error('is a directory'), { code: 'EISDIR' })));
  return readStream(file, max);
}

/** A pipe or device named on the command line (`<(pdftotext …)`): read up to the limit, without blocking. */
async function readStream(file: string | Buffer, max: number): Promise<Uint8Array | Failure> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    return failure('read-error', describeError(e));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return failure('read-error', describeError(Object.assign(new Error('is a directory'), { code: 'EISDIR' })));
    if (stat.isFile()) {
      if (stat.size > max) return tooLarge(max, stat.size);
      return await handle.readFile();
    }
    // a pipe or device named on the command line (`<(pdftotext …)`): read up to the limit
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(64 * 1024) });
      if (bytesRead === 0) return Buffer.concat(chunks);
      size += bytesRead;
      if (size > max) return tooLarge(max);
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } catch (e) {
    return failure('read-error', describeError(e));
  } finally {
    await handle.close().catch(() => undefined);
  }
}
