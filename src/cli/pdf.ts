// A PDF job: its text is built on a reader thread that is stopped when it takes too long
// (pdf-reader.ts), then parsed here like any text, and emitted.
import { parseBuilt } from '../pdf-api.js';
import { deliver } from './deliver.js';
import type { Converted, Job } from './job.js';
import { readPdf } from './pdf-reader.js';

export async function convertPdf(bytes: Uint8Array, job: Job): Promise<Converted> {
  const built = await readPdf(bytes, job);
  if ('ok' in built) return built;
  const result = parseBuilt(bytes, built, { path: job.path, redact: job.redact });
  return deliver(result, job);
}
