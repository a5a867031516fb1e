// A parse worker: converts the Jobs the pool sends one at a time, in the order sent, and
// answers each with its Converted (the pool sends the next before this one is done, so
// the worker never waits for it). It says `ready` once the library has loaded, so the
// pool can tell a worker that cannot start (a broken install) from one that died on a
// particular file.
import { parentPort } from 'node:worker_threads';
import { convert, type Job } from './convert.js';

if (parentPort) {
  const port = parentPort;
  const queue: Job[] = [];
  let busy = false;
  const drain = async (): Promise<void> => {
    busy = true;
    for (let job = queue.shift(); job; job = queue.shift()) port.postMessage(await convert(job));
    busy = false;
  };
  port.on('message', (job: Job) => {
    queue.push(job);
    if (!busy) void drain();
  });
  port.postMessage('ready');
}
