// A worker thread that runs the built library (dist/, `npm run build`) on inputs the test
// sends, so a hang can be ended by terminating the thread. Messages in:
//   { id, kind: 'parse', bytes, options }            → { id, ms, result } or { id, threw }
//   { id, kind: 'scale', inputs: [a, b], runs, warmup, options }
//                                                     → { id, times: [[ms…], [ms…]] } or { id, threw }
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const { parse } = await import(new URL('../../dist/index.js', import.meta.url).href);

const describe = (e) => ({ name: e?.name ?? typeof e, message: e?.message ?? String(e), stack: e?.stack ?? null });

parentPort.on('message', (msg) => {
  try {
    if (msg.kind === 'parse') {
      const t0 = performance.now();
      const result = parse(msg.bytes, msg.options ?? {});
      const ms = performance.now() - t0;
      parentPort.postMessage({ id: msg.id, ms, result });
    } else if (msg.kind === 'scale') {
      const [a, b] = msg.inputs;
      const time = (bytes) => {
        const t0 = performance.now();
        parse(bytes, msg.options ?? {});
        return performance.now() - t0;
      };
      for (let i = 0; i < msg.warmup; i++) {
        time(a);
        time(b);
      }
      // interleaved, so a burst of load on a shared machine hits both sizes alike
      const times = [[], []];
      for (let i = 0; i < msg.runs; i++) {
        times[0].push(time(a));
        times[1].push(time(b));
      }
      parentPort.postMessage({ id: msg.id, times });
    } else {
      parentPort.postMessage({ id: msg.id, threw: { name: 'Error', message: `unknown message kind ${msg.kind}`, stack: null } });
    }
  } catch (e) {
    parentPort.postMessage({ id: msg.id, threw: describe(e) });
  }
});

parentPort.postMessage({ ready: true });
