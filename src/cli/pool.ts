// Where conversions run: in this thread (one input, no time limit asked for: no start-up
// cost), or on a small pool of worker threads, each converting one file at a time and
// holding the next. Only a worker can be stopped in the middle of a file, so only there
// does the per-file time limit (--timeout) hold.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeError } from './errno.js';
import { failure, type Converted, type Job } from './job.js';
import { tenths } from './numbers.js';

export interface Converter {
  convert(job: Job): Promise<Converted>;
  /** Stops every worker; conversions still waiting resolve as `interrupted`. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads; 0 converts in this thread. */
  workers: number;
  /** Per-file time limit on a worker, in ms; 0 for none. */
  timeoutMs: number;
  workerUrl?: URL;
}

/** Each worker holds a V8 heap of its own: more than two per core only costs memory (1,000 ran out of it). */
export const MAX_WORKERS_PER_CORE = 2;

/** How many workers a run gets: what was asked, but no more than there are files or twice the cores. */
export function poolSize(requested: number, files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(requested, files, cores * MAX_WORKERS_PER_CORE));
}

export async function converter(options: PoolOptions): Promise<Converter> {
  if (options.workers <= 0) {
    const { convert } = await import('./convert.js');
    return { convert, close: async () => undefined };
  }
  return new WorkerPool(options.workerUrl ?? new URL('./worker.js', import.meta.url), options.workers, options.timeoutMs);
}

interface Task {
  job: Job;
  resolve: (c: Converted) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent and not yet answered, oldest first: the worker converts them in this order. */
  tasks: Task[];
  /** Runs while the worker converts its oldest task. */
  timer?: NodeJS.Timeout;
  /** Stopped by finsam (a file over the time limit): its tasks are already settled. */
  retired?: boolean;
  error?: Error;
}

/**
 * Each worker holds up to this many jobs: the one it converts and the next, so it never
 * waits for the main thread between files (a round trip per file left workers idle for a
 * tenth of a batch). A worker converts its jobs one at a time, in the order sent.
 */
const DEPTH = 2;

/**
 * Workers are started on demand up to `size`. One that dies on a file (out of memory) or
 * takes longer than the time limit on it fails that file only — the oldest job it held —
 * and is replaced; the jobs behind it go back to the front of the queue. One that dies
 * before it was ready means the pool cannot work at all, and every conversion rejects
 * with that reason.
 */
class WorkerPool implements Converter {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private broken: Error | undefined;
  private closing = false;

  constructor(
    private readonly url: URL,
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  convert(job: Job): Promise<Converted> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      if (this.closing) return resolve(interrupted());
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const waiting = [...this.queue.splice(0), ...[...this.slots].flatMap((s) => s.tasks.splice(0))];
    for (const s of this.slots) clearTimeout(s.timer);
    for (const task of waiting) task.resolve(interrupted());
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closing) {
      const slot = this.idlest();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.postMessage(task.job);
      this.time(slot);
    }
  }

  /** A worker with nothing to do, else a new one while there is room, else one with room in its queue. */
  private idlest(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.tasks.length < best.tasks.length) best = s;
    if (best && best.tasks.length === 0) return best;
    if (this.slots.size < this.size) return this.spawn();
    return best && best.tasks.length < DEPTH ? best : undefined;
  }

  /** The clock runs for the task a ready worker is on: start-up and waiting in line are not the file's time. */
  private time(slot: Slot): void {
    if (this.timeoutMs <= 0 || slot.timer || !slot.ready || slot.tasks.length === 0) return;
    slot.timer = setTimeout(() => this.expire(slot), this.timeoutMs);
  }

  private expire(slot: Slot): void {
    slot.retired = true;
    slot.timer = undefined;
    const [current, ...waiting] = slot.tasks.splice(0);
    const seconds = tenths(this.timeoutMs / 1000).replace(/\.0$/, '');
    current?.resolve(failure('timeout', `no result within ${seconds} s (--timeout); the parse was stopped`));
    this.slots.delete(slot);
    void slot.worker.terminate();
    this.queue.unshift(...waiting);
    this.dispatch();
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.url), ready: false, tasks: [] };
    this.slots.add(slot);
    slot.worker.on('message', (message: Converted | 'ready') => {
      if (slot.retired) return;
      if (message === 'ready') {
        slot.ready = true;
      } else {
        clearTimeout(slot.timer);
        slot.timer = undefined;
        slot.tasks.shift()?.resolve(message);
      }
      this.time(slot);
      this.dispatch();
    });
    slot.worker.on('error', (e) => (slot.error = e));
    slot.worker.on('exit', (code) => {
      clearTimeout(slot.timer);
      this.slots.delete(slot);
      if (this.closing || slot.retired) return;
      const reason = slot.error ? describeError(slot.error) : `exit code ${code}`;
      const [current, ...waiting] = slot.tasks.splice(0);
      if (!slot.ready) {
        this.broken = new Error(`cannot start a parse worker (${this.url.pathname}): ${reason}`);
        for (const task of [current, ...waiting, ...this.queue.splice(0)]) task?.reject(this.broken);
        return;
      }
      current?.resolve(failure('internal-error', `the parse worker stopped on this input: ${reason}`));
      this.queue.unshift(...waiting);
      this.dispatch();
    });
    return slot;
  }
}

const interrupted = (): Converted => failure('interrupted', 'the run was interrupted before this input was converted');
