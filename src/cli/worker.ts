// A parse worker: takes one Job at a time from the pool and answers with its Converted.
// It says `ready` once the library has loaded, so the pool can tell a worker that cannot
// start (a broken install) from one that died on a particular file.
import { parentPort } from 'node:worker_threads';
import { convert, type Job } from './convert.js';

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    void convert(job).then((converted) => port.postMessage(converted));
  });
  port.postMessage('ready');
}
