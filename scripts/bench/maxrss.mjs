// Preloaded into a measured process (`node --import …/maxrss.mjs bin/finsam.js …`): at
// exit, the main thread writes the process's peak resident set size, in bytes, to the
// file named by FINSAM_BENCH_RSS. Portable (no /usr/bin/time), and it covers worker
// threads too, since they share the process.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.FINSAM_BENCH_RSS;
if (file && isMainThread) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
}
