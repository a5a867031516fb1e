// The test side of parse-worker.mjs: one worker thread running the built library, each
// request with a hard time limit after which the thread is terminated (a hang in a
// regular expression cannot be interrupted any other way).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const WORKER = join(import.meta.dirname, 'parse-worker.mjs');
const STARTUP_MS = 60_000;

export interface Thrown {
  name: string;
  message: string;
  stack: string | null;
}

export type ParseReply = { ms: number; result: ParseResult } | { threw: Thrown };
export type ScaleReply = { times: [number[], number[]] } | { threw: Thrown };

export class Timeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms: the worker was terminated`);
  }
}

export type ParseOptions = { maxBytes?: number; maxLineLength?: number; redact?: boolean; path?: string };

/** dist/ must exist and be newer than every file of src/ (`npm test` builds first). */
export function assertFreshBuild(): void {
  const dist = join(root, 'dist', 'index.js');
  if (!existsSync(dist)) throw new Error('dist/index.js is missing: run `npm run build` (npm test does) before these tests');
  const built = statSync(dist).mtimeMs;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  const newer = walk(join(root, 'src')).filter((f) => statSync(f).mtimeMs > built);
  if (newer.length) throw new Error(`dist/ is older than ${newer.join(', ')}: run \`npm run build\` (npm test does) before these tests`);
}

export class ParseWorker {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private nextId = 1;

  private start(): Promise<Worker> {
    this.ready ??= new Promise<Worker>((resolve, reject) => {
      // a memory blow-up ends the thread with an error instead of taking the test runner with it
      const w = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      // a worker that cannot start fails this request; the next one tries a new worker
      const fail = (e: Error): void => {
        clearTimeout(timer);
        this.ready = null;
        void w.terminate();
        reject(e);
      };
      const timer = setTimeout(() => fail(new Error(`the parse worker did not start within ${STARTUP_MS} ms`)), STARTUP_MS);
      w.once('message', (m: { ready?: boolean }) => {
        clearTimeout(timer);
        if (m.ready) {
          this.worker = w;
          resolve(w);
        } else fail(new Error(`unexpected first message from the worker: ${JSON.stringify(m)}`));
      });
      w.once('error', (e) => fail(new Error(`the parse worker could not start: ${e.message}`)));
    });
    return this.ready;
  }

  private async request<T>(message: Record<string, unknown>, timeoutMs: number): Promise<T> {
    const w = await this.start();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const onMessage = (m: { id?: number }): void => {
        if (m.id !== id) return;
        cleanup();
        resolve(m as T);
      };
      const onError = (e: Error): void => {
        cleanup();
        this.reset();
        reject(new Error(`the worker died: ${e.message}`));
      };
      const onExit = (code: number): void => {
        cleanup();
        this.reset();
        reject(new Error(`the worker exited with code ${code}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        this.kill();
        reject(new Timeout(timeoutMs));
      }, timeoutMs);
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage({ id, ...message });
    });
  }

  /** Parse with a hard limit on the time from sending the input to receiving the result. */
  parse(bytes: Uint8Array, options: ParseOptions = {}, timeoutMs = 2_000): Promise<ParseReply> {
    return this.request<ParseReply>({ kind: 'parse', bytes, options }, timeoutMs);
  }

  /** Time `parse` on two inputs, interleaved, after a warm-up; all in the same thread. */
  scale(inputs: [Uint8Array, Uint8Array], options: ParseOptions, runs: number, warmup: number, timeoutMs: number): Promise<ScaleReply> {
    return this.request<ScaleReply>({ kind: 'scale', inputs, options, runs, warmup }, timeoutMs);
  }

  private reset(): void {
    this.worker = null;
    this.ready = null;
  }

  private kill(): void {
    const w = this.worker;
    this.reset();
    if (w) void w.terminate();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.reset();
    if (w) await w.terminate();
  }
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
