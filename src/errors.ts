// Error codes of finsam. Problems with one file's content are warnings on its result;
// the ones below mean nothing could be read from it, and `parseStrict` throws them.
import type { Warning } from './schema/result.js';

export const FATAL_CODES = [
  'empty-input',
  'binary-input',
  'input-too-large',
  'invalid-input',
  'invalid-options',
  'internal-error',
  // a PDF that gives no text: see src/pdf-api.ts
  'pdf-encrypted',
  'pdf-corrupt',
  'pdf-no-text',
  'pdf-too-many-pages',
  'pdf-bomb',
  'pdf-timeout',
] as const;
export type FatalCode = (typeof FATAL_CODES)[number];

export const isFatal = (w: Pick<Warning, 'code'>): boolean => (FATAL_CODES as readonly string[]).includes(w.code);

/** An Error with a stable `code`, and the source line when there is one. */
export class FinsamError extends Error {
  readonly code: string;
  readonly line: number | null;
  constructor(code: string, message: string, line: number | null = null) {
    super(message);
    this.name = 'FinsamError';
    this.code = code;
    this.line = line;
  }
}
