// What the main thread and a parse worker say to each other: plain data, so it can be
// posted to a worker. Kept apart from convert.ts, so that a batch on workers never loads
// the library in the main thread.
import type { Format } from '../emit/emit.js';

/** Plain data, so it can be posted to a worker. */
export interface Job {
  /** An absolute path to read, or bytes already read (standard input). */
  source: { file: string } | { bytes: Uint8Array };
  /** Reported in `source.path` and on stderr. */
  path: string;
  format: Format;
  redact: boolean;
  maxBytes?: number;
  /** PDF input: refuse more pages than this (--max-pages). */
  maxPages?: number;
  /** PDF input: stop reading one after this many milliseconds (--pdf-timeout). */
  pdfTimeout?: number;
  /** PDF input: the reader's worker script (an href), when not the one beside the CLI. */
  pdfWorker?: string;
}

export type Failure = { ok: false; code: string; message: string; line: number | null };
export type Converted = { ok: true; text: string } | Failure;

export const failure = (code: string, message: string, line: number | null = null): Failure => ({ ok: false, code, message, line });

export const tooLarge = (max: number, size?: number): Failure =>
  failure('input-too-large', size === undefined ? `more than the limit of ${max} bytes (--max-bytes)` : `${size} bytes is more than the limit of ${max} (--max-bytes)`);
