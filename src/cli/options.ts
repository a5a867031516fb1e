// The options of `finsam parse`, checked once here, so everything past this point can
// trust them. Every mistake is a UsageError (exit 2) that says what to do instead.
import { statSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import type { Format } from '../emit/emit.js';
import type { Io } from './io.js';
import { UsageError } from './usage.js';

export const ERROR_FORMATS = ['text', 'json'] as const;
export type ErrorFormat = (typeof ERROR_FORMATS)[number];

/** What commander hands over: already typed, not yet checked against each other. */
export interface RawParseOptions {
  /** Undefined: JSON for one result, NDJSON for several. */
  format?: Format;
  redact: boolean;
  maxBytes?: number;
  maxPages?: number;
  /** Seconds. */
  pdfTimeout?: number;
  out?: string;
  force?: boolean;
  skipExisting?: boolean;
  glob?: string;
  jobs?: number;
  /** Seconds; 0 for no limit. */
  timeout?: number;
  errorFormat: ErrorFormat;
  color: boolean;
  progress: boolean;
  warnings?: boolean;
  strict?: boolean;
  /** With --format csv: the one table wanted. */
  table?: string;
  bom?: boolean;
}

/** Where results go: standard output, one file (one input), or one file per input in a folder. */
export type Destination =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string; abs: string }
  | { kind: 'folder'; dir: string; abs: string };

export interface ParseOptions {
  inputs: string[];
  /** As given; undefined until the inputs are known (see `resolveFormat`). */
  format?: Format;
  redact: boolean;
  maxBytes?: number;
  /** The --out value as given and resolved, before the inputs decide file or folder. */
  out?: { given: string; abs: string; isFolder: boolean | undefined; trailingSlash: boolean };
  maxPages?: number;
  /** Milliseconds. */
  pdfTimeout?: number;
  force: boolean;
  skipExisting: boolean;
  glob: string;
  /** The default glob: extensions are matched in any case. */
  defaultGlob: boolean;
  jobs?: number;
  timeoutMs: number;
  /** The time limit was asked for: a single input is then parsed on a worker too. */
  timeoutGiven: boolean;
  errorFormat: ErrorFormat;
  color: boolean;
  progress: boolean;
  warnings: boolean;
  strict: boolean;
  table?: string;
  bom: boolean;
}

export const DEFAULT_GLOB = '*.{txt,pdf}';
export const DEFAULT_TIMEOUT_SECONDS = 60;

export function checkParseOptions(inputs: readonly string[], raw: RawParseOptions, io: Io): ParseOptions {
  if (inputs.length === 0 && io.stdin.isTTY) {
    throw new UsageError('no input: give files, folders or glob patterns, or pipe text in (- reads standard input)');
  }
  const list = inputs.length ? [...inputs] : ['-'];
  if (list.filter((i) => i === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  if (list.some((i) => i === '')) throw new UsageError('an input is an empty string');
  const toStdout = raw.out === undefined || raw.out === '-';
  if (raw.force && toStdout) throw new UsageError('--force only applies with --out');
  if (raw.skipExisting && toStdout) throw new UsageError('--skip-existing only applies with --out');
  if (raw.skipExisting && raw.force) throw new UsageError('--skip-existing and --force contradict each other: keep or replace existing files');
  if (raw.format === 'csv') {
    if (toStdout && raw.table === undefined) {
      throw new UsageError('--format csv prints one table on standard output: name it with --table, or write every table with --out DIR');
    }
    if (raw.skipExisting) throw new UsageError('--skip-existing does not apply to --format csv: the tables are written whole, for the whole batch');
  } else {
    if (raw.table !== undefined) throw new UsageError('--table only applies with --format csv');
    if (raw.bom) throw new UsageError('--bom only applies with --format csv');
  }
  const glob = raw.glob ?? DEFAULT_GLOB;
  checkGlob(glob);
  return {
    inputs: list,
    format: raw.format,
    redact: raw.redact,
    maxBytes: raw.maxBytes,
    out: toStdout ? undefined : checkOut(raw.out!, io.cwd),
    maxPages: raw.maxPages,
    pdfTimeout: raw.pdfTimeout === undefined ? undefined : Math.round(raw.pdfTimeout * 1000),
    force: Boolean(raw.force),
    skipExisting: Boolean(raw.skipExisting),
    glob,
    defaultGlob: raw.glob === undefined,
    jobs: raw.jobs,
    timeoutMs: Math.round((raw.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000),
    timeoutGiven: raw.timeout !== undefined,
    errorFormat: raw.errorFormat,
    color: raw.color,
    progress: raw.progress,
    warnings: Boolean(raw.warnings),
    strict: Boolean(raw.strict),
    table: raw.table,
    bom: Boolean(raw.bom),
  };
}

/**
 * Where CSV tables go: one table on standard output; `-o FILE` with --table is that file,
 * whatever the number of inputs (a table holds them all); else --out is a folder with a
 * file per table.
 */
export function tableDestination(options: ParseOptions): Destination {
  const out = options.out;
  if (!out) return { kind: 'stdout' };
  if (options.table !== undefined && out.isFolder !== true && !out.trailingSlash) return { kind: 'file', path: out.given, abs: out.abs };
  if (out.isFolder === false) throw new UsageError(`--out ${out.given} is a file; give --table NAME to write one table there, or a folder for every table`);
  return { kind: 'folder', dir: out.given, abs: out.abs };
}

/**
 * Where results go, once the inputs are known. `-o -` is standard output. With one input
 * (a file or standard input, not a folder or pattern) `-o FILE` is that file, unless it
 * names a folder (one that exists, or ends in `/`); otherwise --out is a folder.
 */
export function destination(options: ParseOptions, single: boolean): Destination {
  const out = options.out;
  if (!out) return { kind: 'stdout' };
  if (single && out.isFolder !== true && !out.trailingSlash) return { kind: 'file', path: out.given, abs: out.abs };
  if (out.isFolder === false) throw new UsageError(`--out ${out.given} is a file; the results of a folder, a pattern or several inputs go to a folder (it is created if missing)`);
  return { kind: 'folder', dir: out.given, abs: out.abs };
}

/**
 * The format, once the inputs are known: as given, or JSON for one result and NDJSON for
 * several on standard output. Several results never make one JSON document, so
 * `--format json` with them on standard output is a mistake.
 */
export function resolveFormat(options: ParseOptions, to: Destination, several: boolean): Format {
  if (to.kind === 'file' && options.format === undefined) return formatOfExtension(to.path) ?? 'json';
  if (to.kind !== 'stdout' || !several) return options.format ?? 'json';
  if (options.format === 'json') {
    throw new UsageError('several results are not one JSON document: use --format ndjson (the default for several) or --out DIR');
  }
  return options.format ?? 'ndjson';
}

function formatOfExtension(path: string): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'yaml' || ext === 'yml' ? 'yaml' : ext === 'ndjson' || ext === 'jsonl' ? 'ndjson' : undefined;
}

// A folder's pattern must stay inside the folder: nothing outside the given roots is read.
function checkGlob(glob: string): void {
  if (glob.trim() === '') throw new UsageError('--glob needs a pattern, e.g. --glob "*.txt"');
  if (isAbsolute(glob) || glob.split(/[\\/]/).includes('..')) {
    throw new UsageError(`--glob ${glob}: the pattern is matched inside each folder, so it cannot be absolute or contain ..`);
  }
}

function checkOut(given: string, cwd: string): NonNullable<ParseOptions['out']> {
  if (given.trim() === '') throw new UsageError('--out needs a folder or, with one input, a file');
  const abs = resolve(cwd, given);
  let isFolder: boolean | undefined;
  try {
    isFolder = statSync(abs).isDirectory();
  } catch {
    isFolder = undefined; // created when the run starts
  }
  return { given, abs, isFolder, trailingSlash: given.endsWith('/') || given.endsWith(sep) };
}
