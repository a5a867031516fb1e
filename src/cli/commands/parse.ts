// `finsam parse`: expand the inputs, convert them (several at once, on workers), and hand
// each result on in input order — to stdout, to the one file named, or to its own file
// under --out. One bad file gets one line on stderr and the others go on; the exit code
// says whether any failed. What only some runs need is loaded when they need it: the
// output folder's writer with --out, the library in this thread only when it parses here
// (a single input).
import { availableParallelism } from 'node:os';
import { describeError } from '../errno.js';
import type { Entry, Input } from '../inputs.js';
import { expandInputs } from '../inputs.js';
import type { Io } from '../io.js';
import { closedBy, isClosedPipe, readAll, wantsColour, wantsProgress, write } from '../io.js';
import type { Destination, ParseOptions, RawParseOptions } from '../options.js';
import { checkParseOptions, destination, resolveFormat, tableDestination } from '../options.js';
import { failure, tooLarge, type Failure, type Job, type Noted } from '../job.js';
import { inOrder } from '../ordered.js';
import type { Outputs } from '../outputs.js';
import { converter, poolSize, type Converter } from '../pool.js';
import type { Problem } from '../report.js';
import { Report, runError } from '../report.js';
import type { TableSink } from '../tables.js';
import { UsageError } from '../usage.js';
import type { Format } from '../../emit/emit.js';

type Outcome =
  | { kind: 'converted'; path: string; text?: string; tables?: Record<string, string>; warnings: Noted[] }
  | { kind: 'existing' }
  | { kind: 'failed' | 'skipped'; problem: Problem };

const isInput = (e: Entry): e is Input => e.kind === 'file' || e.kind === 'stdin';

/** Exit codes of `finsam parse`: 130 after Ctrl-C, as shells report a run ended by SIGINT. */
const EXIT_INTERRUPTED = 130;

/**
 * How many inputs may be started and not yet handed on. Results leave in input order, so
 * one slow file at the head holds the window: with a few per worker, the others ran dry
 * behind it. In the main thread each file's reads and writes are a chain of callbacks
 * that only run between two parses, so a small window kept the parser waiting on them.
 * 16 per job keeps both busy; memory stays flat, each result being written (or printed)
 * as soon as it is its turn.
 */
const windowFor = (workers: number): number => Math.max(1, workers) * 16;

/** What `start` needs besides the entry: decided once per run. */
interface Run {
  options: ParseOptions;
  format: Format;
  outputs: Outputs | undefined;
  /** With --format csv: the tables wanted. */
  tables: string[] | undefined;
  pool: Converter;
  io: Io;
}

export async function parseCommand(args: readonly string[], raw: RawParseOptions, io: Io): Promise<number> {
  const options = checkParseOptions(args, raw, io);
  const { entries, searched } = await expandInputs(options.inputs, {
    glob: options.glob,
    anyCase: options.defaultGlob,
    cwd: io.cwd,
    out: options.out?.abs,
    nameRoots: options.inputs.length > 1,
  });
  const inputs = entries.filter(isInput);
  const single = !searched && entries.length === 1 && inputs.length === 1;
  const csv = options.format === 'csv';
  const to = csv ? tableDestination(options) : destination(options, single);
  const format = resolveFormat(options, to, !single);
  let outputs: Outputs | undefined;
  let tables: string[] | undefined;
  let sink: TableSink | undefined;
  try {
    if (csv) ({ tables, sink } = await openTables(options, to, io));
    else if (to.kind !== 'stdout') {
      const { Outputs } = await import('../outputs.js');
      outputs = await Outputs.open(to, format, options.force, inputs.map((i) => i.abs));
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as { code?: unknown }).code === 'output-exists' ? 'output-exists' : 'write-error';
    const message = e instanceof Error && e.name === 'TableError' ? e.message : `cannot create the --out folder ${outFolder(to)}: ${describeError(e)}`;
    await runError(io, options.errorFormat, code, message);
    return 1;
  }
  const report = await Report.open(io, {
    errorFormat: options.errorFormat,
    colour: wantsColour(io, options.color),
    progress: wantsProgress(io, { progress: options.progress, colour: options.color, toStdout: to.kind === 'stdout' }),
    total: entries.length,
    warnings: options.warnings || options.strict,
  });
  // one input parses here, at no start-up cost, unless a time limit was asked for: only a worker can be stopped
  const workers = single && !options.timeoutGiven ? 0 : poolSize(options.jobs ?? availableParallelism(), inputs.length);
  const pool = await converter({ workers, timeoutMs: options.timeoutMs, workerUrl: io.workerUrl });
  const run: Run = { options, format, outputs, tables, pool, io };
  let interrupted = false;
  const stopOnInterrupt = (): void => void (interrupted = true);
  // once: a second Ctrl-C finds no listener and ends the process the default way
  io.signals?.once('SIGINT', stopOnInterrupt);
  const inFlight = new Set<Promise<Outcome>>();
  const stdoutClosed = (): boolean => to.kind === 'stdout' && closedBy(io.stdout) !== undefined;
  const yamlStream = format === 'yaml' && !outputs && !single;
  try {
    await inOrder(
      entries,
      windowFor(workers),
      (entry) => {
        const started = start(entry, run);
        inFlight.add(started);
        void started.finally(() => inFlight.delete(started)).catch(() => undefined);
        return started;
      },
      (outcome) => hand(outcome, report, io, yamlStream, sink),
      () => interrupted || stdoutClosed(),
    );
  } catch (e) {
    report.stop();
    await sink?.discard();
    await runError(io, options.errorFormat, 'internal-error', describeError(e));
    return 1;
  } finally {
    io.signals?.off('SIGINT', stopOnInterrupt);
    report.stop();
    await pool.close();
    // what was started finishes (a write in progress completes or leaves no file) before the run ends
    await Promise.allSettled([...inFlight]);
  }
  if (interrupted) {
    // tables from part of a batch would pass for the whole: none are written
    await sink?.discard();
    await report.summary(true);
    return EXIT_INTERRUPTED;
  }
  try {
    await sink?.commit();
  } catch (e) {
    await runError(io, options.errorFormat, 'write-error', describeError(e));
    return 1;
  }
  if (stdoutClosed()) {
    const e = closedBy(io.stdout);
    // the reader had enough (`| head -1`): not an error, and nothing more to say
    if (isClosedPipe(e)) return report.counts.failed ? 1 : 0;
    await runError(io, options.errorFormat, 'write-error', `cannot write to standard output: ${describeError(e)}`);
    return 1;
  }
  if (!single || outputs?.folder || (csv && to.kind !== 'stdout')) await report.summary();
  return report.counts.failed || (options.strict && report.counts.warned) ? 1 : 0;
}

/** The tables wanted (checked against what this schema has), opened with their headers. */
async function openTables(options: ParseOptions, to: Destination, io: Io): Promise<{ tables: string[]; sink: TableSink }> {
  const [{ TABLES, tableNamed }, { csvHeader }, { TableSink }] = await Promise.all([
    import('../../emit/tables.js'),
    import('../../emit/csv.js'),
    import('../tables.js'),
  ]);
  const named = options.table === undefined ? undefined : tableNamed(options.table);
  const wanted = options.table === undefined ? TABLES : named && TABLES.includes(named) ? [named] : [];
  if (wanted.length === 0) throw new UsageError(`--table ${options.table}: no such table; the tables are ${TABLES.map((t) => t.name).join(', ')}`);
  const headers = new Map(wanted.map((t) => [t.name, csvHeader(t)]));
  return { tables: [...headers.keys()], sink: await TableSink.open(to, headers, { bom: options.bom, force: options.force }, io) };
}

const outFolder = (to: Destination): string => (to.kind === 'folder' ? to.dir : to.kind === 'file' ? to.path : '-');

async function start(entry: Entry, run: Run): Promise<Outcome> {
  if (!isInput(entry)) return { kind: entry.kind, problem: { ...entry, line: null } };
  const { options, outputs, pool } = run;
  const failed = (c: { code: string; message: string; line?: number | null }): Outcome => ({
    kind: 'failed',
    problem: { path: entry.path, code: c.code, message: c.message, line: c.line ?? null },
  });
  const target = outputs?.plan(entry);
  if (target && 'code' in target) return failed(target);
  const refusal = target && (await outputs!.refuses(target));
  if (refusal?.code === 'output-exists' && options.skipExisting) return { kind: 'existing' };
  if (refusal) return failed(refusal);
  const source = await sourceOf(entry, options, run.io);
  if ('code' in source) return failed(source);
  const converted = await pool.convert({
    source,
    path: entry.path,
    format: run.format,
    tables: run.tables,
    redact: options.redact,
    maxBytes: options.maxBytes,
    maxPages: options.maxPages,
    pdfTimeout: options.pdfTimeout,
    pdfWorker: run.io.pdfWorkerUrl?.href ?? pdfWorkerBeside(run.io.workerUrl),
  });
  if (!converted.ok) return failed(converted);
  if (converted.tables) return { kind: 'converted', path: entry.path, tables: converted.tables, warnings: converted.warnings };
  if (!target) return { kind: 'converted', path: entry.path, text: converted.text, warnings: converted.warnings };
  const written = await outputs!.write(target, converted.text);
  return written ? failed(written) : { kind: 'converted', path: entry.path, warnings: converted.warnings };
}

/** A file is read where it is parsed (on a worker); standard input only here, up to the size limit. */
async function sourceOf(input: Input, options: ParseOptions, io: Io): Promise<Job['source'] | Failure> {
  if (input.kind === 'file') return input.raw ? { file: input.abs, raw: input.raw } : { file: input.abs };
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

async function hand(outcome: Outcome, report: Report, io: Io, yamlStream: boolean, sink: TableSink | undefined): Promise<void> {
  switch (outcome.kind) {
    case 'converted':
      if (outcome.tables) await sink!.add(outcome.tables);
      // several YAML results on standard output are one YAML stream, a document each
      if (outcome.text !== undefined) await write(io.stdout, yamlStream ? `---\n${outcome.text}` : outcome.text);
      return report.converted(outcome.path, outcome.warnings);
    case 'existing':
      return report.existing();
    case 'failed':
      return report.failed(outcome.problem);
    case 'skipped':
      return report.skipped(outcome.problem);
  }
}
