// A stand-in parse worker for pool tests: it answers like the real one, but an input whose
// path contains `hang` never gets an answer (a parse stuck in a loop), and every other one
// gets a one-line result naming the thread that converted it.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.path.includes('hang')) {
    for (;;); // only terminate() ends this
  }
  parentPort.postMessage({ ok: true, text: JSON.stringify({ path: job.path, thread: threadId }) + '\n', warnings: [] });
});
parentPort.postMessage('ready');
