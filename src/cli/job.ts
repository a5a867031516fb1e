// What the main thread and a parse worker say to each other: plain data, so it can be
// posted to a worker. Kept apart from convert.ts, so that a batch on workers never loads
// the library in the main thread.
import type { Format } from '../emit/emit.js';
import { limit, size } from './numbers.js';

/** Plain data, so it can be posted to a worker. */
export interface Job {
  /** An absolute path to read (as bytes when a name in it is not UTF-8), or bytes already read (standard input). */
  source: { file: string; raw?: Uint8Array } | { bytes: Uint8Array };
  /** Reported in `source.path` and on stderr. */
  path: string;
  format: Format;
  /** With the csv format: the tables wanted, each result's rows given per table. */
  tables?: string[];
  redact: boolean;
  maxBytes?: number;
  /** PDF input: refuse more pages than this (--max-pages). */
  maxPages?: number;
  /** PDF input: stop reading one after this many milliseconds (--pdf-timeout). */
  pdfTimeout?: number;
  /** PDF input: the reader's worker script (an href), when not the one beside the CLI. */
  pdfWorker?: string;
}

/** A warning on a converted result (the file's own or one of its documents'). */
export interface Noted {
  code: string;
  message: string;
  line: number | null;
}

export type Failure = { ok: false; code: string; message: string; line: number | null };
export type Converted = { ok: true; text: string; tables?: Record<string, string>; warnings: Noted[] } | Failure;

export const failure = (code: string, message: string, line: number | null = null): Failure => ({ ok: false, code, message, line });

export const tooLarge = (max: number, actual?: number): Failure =>
  failure('input-too-large', actual === undefined ? `more than the limit of ${limit(max)} (--max-bytes)` : `${size(actual)} is more than the limit of ${limit(max)} (--max-bytes)`);
