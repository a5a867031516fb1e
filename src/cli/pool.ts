// Where conversions run: in this thread (one job, and so no start-up cost for one file),
// or on a small pool of worker threads, each converting one file at a time and holding
// the next.
import { Worker } from 'node:worker_threads';
import { describeError } from './errno.js';
import { failure, type Converted, type Job } from './job.js';

export interface Converter {
  convert(job: Job): Promise<Converted>;
  close(): Promise<void>;
}

export async function converter(workers: number, workerUrl?: URL): Promise<Converter> {
  if (workers <= 1) {
    const { convert } = await import('./convert.js');
    return { convert, close: async () => undefined };
  }
  return new WorkerPool(workerUrl ?? new URL('./worker.js', import.meta.url), workers);
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
  error?: Error;
}

/**
 * Each worker holds up to this many jobs: the one it converts and the next, so it never
 * waits for the main thread between files (a round trip per file left workers idle for a
 * tenth of a batch). A worker converts its jobs one at a time, in the order sent.
 */
const DEPTH = 2;

/**
 * Workers are started on demand up to `size`. One that dies on a file (out of memory)
 * fails that file only — the oldest job it held — and is replaced; the jobs behind it go
 * back to the front of the queue. One that dies before it was ready means the pool
 * cannot work at all, and every conversion rejects with that reason.
 */
class WorkerPool implements Converter {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private broken: Error | undefined;
  private closing = false;

  constructor(
    private readonly url: URL,
    private readonly size: number,
  ) {}

  convert(job: Job): Promise<Converted> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
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

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.url), ready: false, tasks: [] };
    this.slots.add(slot);
    slot.worker.on('message', (message: Converted | 'ready') => {
      if (message === 'ready') {
        slot.ready = true;
        return;
      }
      slot.tasks.shift()?.resolve(message);
      this.dispatch();
    });
    slot.worker.on('error', (e) => (slot.error = e));
    slot.worker.on('exit', (code) => {
      this.slots.delete(slot);
      if (this.closing) return;
      const reason = slot.error ? describeError(slot.error) : `exit code ${code}`;
      const [current, ...waiting] = slot.tasks.splice(0);
      if (!slot.ready) {
        this.broken = new Error(`cannot start a parse worker (${this.url.pathname}): ${reason}`);
        for (const task of [...slot.tasks, current, ...waiting, ...this.queue.splice(0)]) task?.reject(this.broken);
        return;
      }
      current?.resolve(failure('internal-error', `the parse worker stopped on this input: ${reason}`));
      this.queue.unshift(...waiting);
      this.dispatch();
    });
    return slot;
  }
}
