// The options of `finsam parse`, checked once here, so everything past this point can
// trust them. Every mistake is a UsageError (exit 2) that says what to do instead.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { Format } from '../emit/emit.js';
import type { Io } from './io.js';
import { UsageError } from './usage.js';

export const ERROR_FORMATS = ['text', 'json'] as const;
export type ErrorFormat = (typeof ERROR_FORMATS)[number];

/** What commander hands over: already typed, not yet checked against each other. */
export interface RawParseOptions {
  format: Format;
  redact: boolean;
  maxBytes?: number;
  maxPages?: number;
  /** Seconds. */
  pdfTimeout?: number;
  out?: string;
  force?: boolean;
  glob?: string;
  jobs?: number;
  errorFormat: ErrorFormat;
  color: boolean;
  progress: boolean;
}

export interface ParseOptions {
  inputs: string[];
  format: Format;
  redact: boolean;
  maxBytes?: number;
  maxPages?: number;
  /** Milliseconds. */
  pdfTimeout?: number;
  /** The output folder as given (for messages) and resolved. */
  out?: { dir: string; abs: string };
  force: boolean;
  glob: string;
  jobs: number;
  errorFormat: ErrorFormat;
  color: boolean;
  progress: boolean;
}

export const DEFAULT_GLOB = '*.{txt,pdf}';

export function checkParseOptions(inputs: readonly string[], raw: RawParseOptions, io: Io): ParseOptions {
  if (inputs.length === 0 && io.stdin.isTTY) {
    throw new UsageError('no input: give files, folders or glob patterns, or pipe text in (- reads standard input)');
  }
  const list = inputs.length ? [...inputs] : ['-'];
  if (list.filter((i) => i === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  if (list.some((i) => i === '')) throw new UsageError('an input is an empty string');
  if (raw.force && raw.out === undefined) throw new UsageError('--force only applies with --out DIR');
  const glob = raw.glob ?? DEFAULT_GLOB;
  checkGlob(glob);
  return {
    inputs: list,
    format: raw.format,
    redact: raw.redact,
    maxBytes: raw.maxBytes,
    maxPages: raw.maxPages,
    pdfTimeout: raw.pdfTimeout === undefined ? undefined : Math.round(raw.pdfTimeout * 1000),
    out: raw.out === undefined ? undefined : checkOut(raw.out, io.cwd),
    force: Boolean(raw.force),
    glob,
    jobs: raw.jobs ?? availableParallelism(),
    errorFormat: raw.errorFormat,
    color: raw.color,
    progress: raw.progress,
  };
}

// A folder's pattern must stay inside the folder: nothing outside the given roots is read.
function checkGlob(glob: string): void {
  if (glob.trim() === '') throw new UsageError('--glob needs a pattern, e.g. --glob "*.txt"');
  if (isAbsolute(glob) || glob.split(/[\\/]/).includes('..')) {
    throw new UsageError(`--glob ${glob}: the pattern is matched inside each folder, so it cannot be absolute or contain ..`);
  }
}

function checkOut(dir: string, cwd: string): { dir: string; abs: string } {
  if (dir.trim() === '') throw new UsageError('--out needs a folder');
  const abs = resolve(cwd, dir);
  let isDir: boolean | undefined;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    isDir = undefined; // created when the run starts
  }
  if (isDir === false) throw new UsageError(`--out ${dir} is a file; it must be a folder (it is created if missing)`);
  return { dir, abs };
}
