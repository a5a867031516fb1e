// A parsed result to a job's output: its fatal warning as the failure, else the text (or
// the CSV tables) and the warnings. Text and PDF inputs end here alike.
import { emit } from '../emit/emit.js';
import { isFatal } from '../errors.js';
import type { ParseResult } from '../schema/result.js';
import { failure, type Converted, type Job } from './job.js';

export async function deliver(result: ParseResult, job: Job): Promise<Converted> {
  const fatal = result.warnings.find(isFatal);
  if (fatal) return failure(fatal.code, fatal.message, fatal.line);
  const warnings = [...result.warnings, ...result.documents.flatMap((d) => d.warnings)].map(({ code, message, line }) => ({ code, message, line }));
  if (job.format === 'csv') {
    // loaded on demand, like YAML: the CSV writer only for tables
    const { tablesCsv } = await import('../emit/csv.js');
    return { ok: true, text: '', tables: tablesCsv(result, job.tables ?? []), warnings };
  }
  return { ok: true, text: await emit(result, job.format), warnings };
}
