// What the CLI touches of the outside world, passed in so tests can run it in-process.
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Where Ctrl-C is heard (the process); a run stops, says how far it got, and exits 130. */
  signals?: {
    once(event: 'SIGINT', listener: () => void): unknown;
    off(event: 'SIGINT', listener: () => void): unknown;
  };
  /** The parse worker script. By default dist/cli/worker.js beside this module; tests that
   *  run the CLI from source point it at the build, since a worker cannot load TypeScript. */
  workerUrl?: URL;
  /** The PDF reader's script; by default pdf-worker.js beside the parse worker's. */
  pdfWorkerUrl?: URL;
}

const noColourEnv = (io: Io): boolean =>
  (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || io.env.TERM === 'dumb';

/**
 * Colour on stderr only for a terminal, and never with NO_COLOR, TERM=dumb or --no-color.
 * FORCE_COLOR works both ways, as in chalk and Node: `1`/`true` (or empty) turns colour
 * on in a pipe, `0`/`false` turns it off on a terminal.
 */
export function wantsColour(io: Io, flag: boolean): boolean {
  if (!flag) return false;
  if (noColourEnv(io)) return false;
  const force = io.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return Boolean(io.stderr.isTTY);
}

/**
 * A progress bar redraws its line with terminal escapes, so it needs a real terminal on
 * stderr and is off whenever escapes are unwelcome (NO_COLOR, TERM=dumb, --no-color).
 * Results printed to the same terminal would be torn apart by the redraws, so then too.
 */
export function wantsProgress(io: Io, flags: { progress: boolean; colour: boolean; toStdout: boolean }): boolean {
  if (!flags.progress || !flags.colour || noColourEnv(io)) return false;
  if (io.env.FORCE_COLOR === '0' || io.env.FORCE_COLOR === 'false') return false;
  if (!io.stderr.isTTY) return false;
  return !(flags.toStdout && io.stdout.isTTY);
}

/** All of a stream, or `null` as soon as it is longer than `max` bytes (the rest is left unread). */
export async function readAll(stream: Readable, max = Infinity): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > max) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Why a stream stopped taking output, once it has. */
const gone = new WeakMap<Writable, NodeJS.ErrnoException>();

/**
 * Listen for a stream's errors so none is ever unhandled. A reader that went away (EPIPE,
 * `| head -1`) is not a failure of finsam: the run just stops. Idempotent.
 */
export function watch(stream: Writable): void {
  if (stream.listeners('error').includes(remember)) return;
  stream.on('error', remember);
}
function remember(this: Writable, e: NodeJS.ErrnoException): void {
  if (!gone.has(this)) gone.set(this, e);
}

/** The error that closed the stream, if one did. */
export const closedBy = (stream: Writable): NodeJS.ErrnoException | undefined =>
  gone.get(stream) ?? (stream.destroyed ? Object.assign(new Error('stream destroyed'), { code: 'ERR_STREAM_DESTROYED' }) : undefined);

/** A closed pipe is the reader's choice; anything else (a full disk) is a real failure. */
export const isClosedPipe = (e: NodeJS.ErrnoException | undefined): boolean =>
  e !== undefined && (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || e.code === 'ECONNRESET');

/**
 * Write and wait until the stream took it, honouring backpressure. Never exits the
 * process and never rejects: a stream that failed or closed is recorded for `closedBy`.
 */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableEnded) return resolve();
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', failed);
      resolve();
    };
    const failed = (e: NodeJS.ErrnoException): void => {
      if (!gone.has(stream)) gone.set(stream, e);
      done();
    };
    stream.on('error', failed);
    const ok = stream.write(text, (err) => (err ? failed(err) : undefined));
    if (ok) done();
    else {
      stream.once('drain', done);
      stream.once('close', done);
    }
  });
}
