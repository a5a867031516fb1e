// `finsam text FILE`: the text finsam reads, so a user can look up the line a result
// points to (`lines`, `line`) and compare it with other extractors. For a PDF that is the
// text finsam builds from the PDF's text layer (pages separated by form feeds, page
// furniture left out); for a text file, the file decoded.
import { resolve } from 'node:path';
import { isFatal } from '../../errors.js';
import { redactText } from '../../index.js';
import { decodedText, isPdf, type PdfText } from '../../pdf-api.js';
import { DEFAULT_MAX_BYTES } from '../../public-api.js';
import type { Warning } from '../../schema/result.js';
import { readCapped } from '../convert.js';
import { describeError } from '../errno.js';
import type { Io } from '../io.js';
import { readAll, write } from '../io.js';
import { failure, tooLarge, type Failure } from '../job.js';
import { readPdf } from '../pdf-reader.js';
import { UsageError } from '../usage.js';

export interface RawTextOptions {
  redact: boolean;
  maxBytes?: number;
  maxPages?: number;
  /** Seconds. */
  pdfTimeout?: number;
}

export async function textCommand(input: string, raw: RawTextOptions, io: Io): Promise<number> {
  if (input === '-' && io.stdin.isTTY) throw new UsageError('no input: give a file, or pipe one in (- reads standard input)');
  const max = raw.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readInput(input, max, io);
  if (!(bytes instanceof Uint8Array)) return fail(input, bytes, io);
  let text: string;
  let warnings: Warning[];
  let furniture = 0;
  if (isPdf(bytes)) {
    const built: PdfText | Failure = await readPdf(bytes, {
      source: { bytes },
      path: input,
      format: 'json',
      redact: raw.redact,
      maxBytes: raw.maxBytes,
      maxPages: raw.maxPages,
      pdfTimeout: raw.pdfTimeout === undefined ? undefined : Math.round(raw.pdfTimeout * 1000),
      pdfWorker: io.workerUrl ? new URL('./pdf-worker.js', io.workerUrl).href : undefined,
    });
    if ('ok' in built) return fail(input, built, io);
    const fatal = built.warnings.find(isFatal);
    if (fatal) return fail(input, failure(fatal.code, fatal.message), io);
    ({ text, warnings, furniture } = built);
  } else {
    ({ text, warnings } = decodedText(bytes));
  }
  await write(io.stdout, raw.redact ? redactText(text).text : text);
  for (const w of warnings) await write(io.stderr, `${input}: ${w.code}: ${w.message}\n`);
  if (furniture > 0) await write(io.stderr, `${input}: ${furniture} line(s) repeated at the top or bottom of the pages were left out as page furniture\n`);
  return 0;
}

async function readInput(input: string, max: number, io: Io): Promise<Uint8Array | Failure> {
  if (input !== '-') return readCapped(resolve(io.cwd, input), max);
  try {
    return (await readAll(io.stdin, max)) ?? tooLarge(max);
  } catch (e) {
    return failure('read-error', describeError(e));
  }
}

async function fail(input: string, f: Failure, io: Io): Promise<number> {
  await write(io.stderr, `${input}: ${f.code}: ${f.message}\n`);
  return 1;
}
