// In-process CLI runs: main() with injected streams, as a user's shell would call it.
import { PassThrough, Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/cli.js';
import type { Io } from '../../src/cli/io.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends PassThrough {
  text = '';
  isTTY: boolean;
  columns: number | undefined;
  constructor(tty = false, onText?: (text: string) => void) {
    super();
    this.isTTY = tty;
    this.columns = tty ? 100 : undefined;
    this.on('data', (c: Buffer) => {
      this.text += c.toString('utf8');
      onText?.(c.toString('utf8'));
    });
  }
}

/** A worker cannot load TypeScript, so in-process runs with several jobs use the built one (`npm run build`). */
export const workerUrl = new URL('../../dist/cli/worker.js', import.meta.url);

export interface RunOptions {
  stdin?: string | Uint8Array;
  env?: Record<string, string>;
  cwd?: string;
  /** Make stderr look like a terminal (isTTY, 100 columns). */
  tty?: boolean;
  /** Make stdout look like a terminal. */
  stdoutTty?: boolean;
  /** Pretend standard input is a terminal (nothing piped in). */
  stdinTty?: boolean;
  /** Replace stdout, e.g. with a pipe whose reader goes away. */
  stdout?: Writable & { text?: string };
  /** Another worker script than the build's. */
  workerUrl?: URL;
  /** Another PDF reader script than the build's. */
  pdfWorkerUrl?: URL;
  /** Called with each piece of text written to stderr. */
  onStderr?: (text: string) => void;
  /** Where the run hears Ctrl-C: emit 'SIGINT' on it. */
  signals?: NonNullable<Io['signals']>;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  const stdout = options.stdout ?? new Capture(options.stdoutTty ?? false);
  const stderr = new Capture(options.tty ?? false, options.onStderr);
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
    isTTY: options.stdinTty ?? false,
  });
  const code = await main(argv, { stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? process.cwd(), workerUrl: options.workerUrl ?? workerUrl, pdfWorkerUrl: options.pdfWorkerUrl, signals: options.signals });
  return { code, stdout: (stdout as { text?: string }).text ?? '', stderr: stderr.text };
}

/**
 * A pipe whose reader leaves after `keep` writes, like `| head -1`: the next write fails
 * with EPIPE, the way a real closed pipe does.
 */
export class ClosingPipe extends Writable {
  text = '';
  writes = 0;
  constructor(private readonly keep: number) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    if (this.writes++ >= this.keep) return done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    this.text += chunk.toString('utf8');
    done();
  }
}
