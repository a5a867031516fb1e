// The library: text or bytes in, a validated ParseResult out. Pure (no I/O, no globals)
// and total: `parse` never throws, whatever the input; a file that cannot be read at all
// comes back with no documents and a fatal warning. `parseStrict` throws that warning.
//
//   decode → normalise → split → detect → segment → parse → refine → redact → validate
import { createHash } from 'node:crypto';
import { decode, sniffBinary } from './decode/decode.js';
import { describeInput, toBytes } from './decode/input.js';
import { detectKind } from './detect/kind.js';
import { FinsamError, isFatal } from './errors.js';
import { normalise } from './normalise/normalise.js';
import { parseDocument, type ParsedDocument } from './parse/document.js';
import { fallbackDocument } from './parse/fallback.js';
import { refineDocuments } from './parse/refine.js';
import { hasSixDigits, redactDeep, redactText } from './redact/personnummer.js';
import type { Encoding, ParseResult, Warning } from './schema/result.js';
import { segment } from './segment/segment.js';
import { splitDocuments } from './split/split.js';
import type { Line } from './text/line.js';
import { checkOptions } from './validate/options.js';
import { invalidDocuments, validate } from './validate/validate.js';

export interface ParseOptions {
  /** The path to report in `source.path` (`-` for stdin). Default `-`. */
  path?: string;
  /** Replace valid personnummer with `[personnummer]`. Default true. */
  redact?: boolean;
  /** Refuse inputs larger than this many bytes: a whole number ≥ 1, or Infinity. Default 32 MiB. */
  maxBytes?: number;
  /** Cut lines longer than this before any pattern sees them: a whole number ≥ 80, or Infinity. Default 10,000. */
  maxLineLength?: number;
}

/** Text, or its bytes as a Buffer, Uint8Array, ArrayBuffer, DataView or any typed array. */
export type ParseInput = string | Uint8Array | ArrayBuffer | ArrayBufferView;

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export function parse(input: ParseInput, options: ParseOptions = {}): ParseResult {
  // checked here, once: a caller from JavaScript may pass anything
  const read = toBytes(input);
  const bytes = read ?? new Uint8Array(0);
  const given = checkOptions(options);
  const source = {
    path: given.ok ? (given.options.path ?? '-') : '-',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding: 'utf-8' as Encoding,
    format: 'text' as const,
    pages: null,
  };
  const fatal = (code: string, message: string): ParseResult => {
    if (!given.ok || given.options.redact !== false) redactSourcePath(source);
    return { schemaVersion: 1, source, documents: [], outline: [], warnings: [{ code, message, line: null }] };
  };
  if (!given.ok) return fatal('invalid-options', given.message);
  if (!read) return fatal('invalid-input', `parse() takes a string or bytes (Uint8Array, Buffer, ArrayBuffer), not ${describeInput(input)}`);
  options = given.options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return fatal('input-too-large', `${bytes.length} bytes is more than the limit of ${maxBytes}`);
  const binary = sniffBinary(bytes);
  if (binary) return fatal(binary.code, binary.message);
  try {
    const { result, lines } = run(bytes, source, options);
    let checked = validate(result);
    if (!checked.ok && lines) {
      // one document gone wrong does not cost the file: it is kept as text
      for (const bad of invalidDocuments(result)) {
        const kept = fallbackDocument(result.documents[bad.index]!, lines, bad.message);
        if (options.redact !== false) redactDeep(kept);
        result.documents[bad.index] = kept;
      }
      checked = validate(result);
    }
    return checked.ok ? checked.result : fatal('internal-error', checked.message);
  } catch (e) {
    return fatal('internal-error', `finsam failed on this input: ${(e as Error).message}`);
  }
}

/** Like `parse`, but throws a FinsamError when nothing could be read from the input. */
export function parseStrict(input: ParseInput, options: ParseOptions = {}): ParseResult {
  const result = parse(input, options);
  const f = result.warnings.find(isFatal);
  if (f) throw new FinsamError(f.code, f.message, f.line);
  return result;
}

/** The outline's lines' texts, the empty ones left out (a loop: the arrays map() made were of different elements kinds). */
function outlineOf(outline: readonly number[], lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const i of outline) if (lines[i]!.flat !== '') out.push(lines[i]!.flat);
  return out;
}

function run(bytes: Uint8Array, source: ParseResult['source'], options: ParseOptions): { result: ParseResult; lines: Line[] | null } {
  const decoded = decode(bytes);
  source.encoding = decoded.encoding;
  const warnings: Warning[] = [...decoded.warnings];
  // a text of white space only (collapsing a whole file to see that copied it)
  if (!/\S/.test(decoded.text)) {
    return {
      result: { schemaVersion: 1, source, documents: [], outline: [], warnings: [...warnings, { code: 'empty-input', message: 'the file has no text', line: null }] },
      lines: null,
    };
  }
  const { lines, warnings: normaliseWarnings } = normalise(decoded.text, { maxLineLength: options.maxLineLength });
  warnings.push(...normaliseWarnings);
  const split = splitDocuments(lines);
  for (const p of split.previews) {
    warnings.push({
      code: 'preview-skipped',
      message: `lines ${lines[p.start]!.no}–${lines[p.end - 1]!.no} repeat the start of a document further on (a site's preview): read once, in full`,
      line: lines[p.start]!.no,
    });
  }
  // (pushed by a loop, not map(): the arrays the built-in and the optimised map() made were of different elements kinds, and
  // the first of the other kind threw refineDocuments' optimised code away)
  const parsed: ParsedDocument[] = [];
  for (const span of split.documents) parsed.push(parseDocument(lines, segment(lines, detectKind(lines, span))));
  const documents = refineDocuments(parsed);
  if (documents.length === 0) warnings.push({ code: 'no-documents', message: 'no text that finsam recognises', line: null });
  const result: ParseResult = {
    schemaVersion: 1,
    source,
    documents,
    outline: outlineOf(split.outline, lines),
    warnings,
  };
  if (options.redact !== false) {
    // every personnummer has six digits in a row; output strings are cut from the input, so
    // an input without such a run needs no walk through the result (the path is checked alone)
    const walk = hasSixDigits(decoded.text);
    const count =
      (walk ? redactDeep(result.documents) + redactDeep(result.outline) + redactDeep(result.warnings) : 0) + redactSourcePath(result.source);
    if (count > 0) {
      result.warnings.push({ code: 'personnummer-redacted', message: `${count} personal identity number(s) replaced by [personnummer]`, line: null });
    }
  }
  return { result, lines };
}

/** The path as given may hold a personnummer too (`arkiv/720104-7086.txt`); the hash never does. */
function redactSourcePath(source: ParseResult['source']): number {
  const r = redactText(source.path);
  source.path = r.text;
  return r.count;
}
