// `finsam parse`: expand the inputs, convert them (several at once, on workers), and hand
// each result on in input order — to stdout, or to its own file under --out. One bad file
// gets one line on stderr and the others go on; the exit code says whether any failed.
// What only some runs need is loaded when they need it: the output folder's writer with
// --out, the library in this thread only when it parses here (one job, or standard input).
import { describeError } from '../errno.js';
import type { Entry, Input } from '../inputs.js';
import { expandInputs } from '../inputs.js';
import type { Io } from '../io.js';
import { closedBy, isClosedPipe, readAll, wantsColour, wantsProgress, write } from '../io.js';
import type { ParseOptions, RawParseOptions } from '../options.js';
import { checkParseOptions } from '../options.js';
import { failure, tooLarge, type Failure, type Job } from '../job.js';
import { count } from '../numbers.js';
import { inOrder } from '../ordered.js';
import type { Outputs } from '../outputs.js';
import { converter, type Converter } from '../pool.js';
import type { Problem } from '../report.js';
import { Report } from '../report.js';
import { UsageError } from '../usage.js';

type Outcome = { kind: 'converted'; text?: string } | { kind: 'failed' | 'skipped'; problem: Problem };

const isInput = (e: Entry): e is Input => e.kind === 'file' || e.kind === 'stdin';

/**
 * How many inputs may be started and not yet handed on. Results leave in input order, so
 * one slow file at the head holds the window: with a few per worker, the others ran dry
 * behind it. In the main thread (one job) each file's reads and writes are a chain of
 * callbacks that only run between two parses, so a small window kept the parser waiting
 * on them. 16 per job keeps both busy; memory stays flat, each result being written (or
 * printed) as soon as it is its turn.
 */
const windowFor = (workers: number): number => Math.max(1, workers) * 16;

export async function parseCommand(args: readonly string[], raw: RawParseOptions, io: Io): Promise<number> {
  const options = checkParseOptions(args, raw, io);
  const { entries, searched } = await expandInputs(options.inputs, { glob: options.glob, cwd: io.cwd });
  const inputs = entries.filter(isInput);
  if (inputs.length > 1 && !options.out && options.format !== 'ndjson') {
    throw new UsageError(`${count(inputs.length)} inputs need --format ndjson (one result per line) or --out DIR (one file per input)`);
  }
  let outputs: Outputs | undefined;
  try {
    if (options.out) {
      const { Outputs } = await import('../outputs.js');
      outputs = await Outputs.open(options.out, options.format, options.force, inputs.map((i) => i.abs));
    }
  } catch (e) {
    await write(io.stderr, `finsam: cannot create the --out folder ${options.out!.dir}: ${describeError(e)}\n`);
    return 1;
  }
  const report = await Report.open(io, {
    errorFormat: options.errorFormat,
    colour: wantsColour(io, options.color),
    progress: wantsProgress(io, { progress: options.progress, colour: options.color, toStdout: !outputs }),
    total: entries.length,
  });
  const workers = Math.min(options.jobs, inputs.length);
  const pool = await converter(workers, io.workerUrl);
  const stdoutClosed = (): boolean => !outputs && closedBy(io.stdout) !== undefined;
  try {
    await inOrder(
      entries,
      windowFor(workers),
      (entry) => start(entry, options, outputs, pool, io),
      (outcome) => hand(outcome, report, io),
      stdoutClosed,
    );
  } catch (e) {
    report.stop();
    await write(io.stderr, `finsam: ${describeError(e)}\n`);
    return 1;
  } finally {
    report.stop();
    await pool.close();
  }
  if (stdoutClosed()) {
    const e = closedBy(io.stdout);
    // the reader had enough (`| head -1`): not an error, and nothing more to say
    if (isClosedPipe(e)) return report.counts.failed ? 1 : 0;
    await write(io.stderr, `finsam: cannot write to standard output: ${describeError(e)}\n`);
    return 1;
  }
  if (entries.length > 1 || outputs || searched) await report.summary();
  return report.counts.failed ? 1 : 0;
}

async function start(entry: Entry, options: ParseOptions, outputs: Outputs | undefined, pool: Converter, io: Io): Promise<Outcome> {
  if (!isInput(entry)) return { kind: entry.kind, problem: { ...entry, line: null } };
  const failed = (c: { code: string; message: string; line?: number | null }): Outcome => ({
    kind: 'failed',
    problem: { path: entry.path, code: c.code, message: c.message, line: c.line ?? null },
  });
  const target = outputs?.plan(entry);
  if (target && 'code' in target) return failed(target);
  const refusal = target && (await outputs!.refuses(target));
  if (refusal) return failed(refusal);
  const source = await sourceOf(entry, options, io);
  if ('code' in source) return failed(source);
  const converted = await pool.convert({
    source,
    path: entry.path,
    format: options.format,
    redact: options.redact,
    maxBytes: options.maxBytes,
    maxPages: options.maxPages,
    pdfTimeout: options.pdfTimeout,
    pdfWorker: pdfWorkerBeside(io.workerUrl),
  });
  if (!converted.ok) return failed(converted);
  if (!target) return { kind: 'converted', text: converted.text };
  const written = await outputs!.write(target, converted.text);
  return written ? failed(written) : { kind: 'converted' };
}

/** A file is read where it is parsed (on a worker); standard input only here, up to the size limit. */
async function sourceOf(input: Input, options: ParseOptions, io: Io): Promise<Job['source'] | Failure> {
  if (input.kind === 'file') return { file: input.abs };
  const max = options.maxBytes ?? (await import('../../public-api.js')).DEFAULT_MAX_BYTES;
  try {
    const bytes = await readAll(io.stdin, max);
    return bytes ? { bytes } : tooLarge(max);
  } catch (e) {
    return failure('read-error', describeError(e));
  }
}

/** The PDF reader's script beside a given parse worker's (tests run the CLI from source with the build's workers). */
const pdfWorkerBeside = (workerUrl: URL | undefined): string | undefined => (workerUrl ? new URL('./pdf-worker.js', workerUrl).href : undefined);

async function hand(outcome: Outcome, report: Report, io: Io): Promise<void> {
  if (outcome.kind === 'converted') {
    if (outcome.text !== undefined) await write(io.stdout, outcome.text);
    report.converted();
  } else if (outcome.kind === 'failed') await report.failed(outcome.problem);
  else await report.skipped(outcome.problem);
}
