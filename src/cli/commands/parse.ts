// `finsam parse`: read each input, parse it, write the result. One bad file gets one
// line on stderr and the others go on; the exit code says whether any failed.
import { readFile } from 'node:fs/promises';
import type { Format } from '../../emit/emit.js';
import type { Io } from '../io.js';
import { readAll, write } from '../io.js';
import { UsageError } from '../usage.js';

export interface ParseCommandOptions {
  format: Format;
  redact: boolean;
  maxBytes?: number;
}

export async function parseCommand(inputs: readonly string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const list = inputs.length ? inputs : ['-'];
  if (list.length > 1 && options.format !== 'ndjson') {
    throw new UsageError(`${list.length} inputs need --format ndjson (one result per line) or --out DIR (one file per input)`);
  }
  const [{ parse }, { isFatal }, { emit }] = await Promise.all([
    import('../../public-api.js'),
    import('../../errors.js'),
    import('../../emit/emit.js'),
  ]);
  let failed = 0;
  for (const input of list) {
    let bytes: Uint8Array;
    try {
      bytes = input === '-' ? await readAll(io.stdin) : await readFile(input);
    } catch (e) {
      failed++;
      await write(io.stderr, `${input}: read-error: ${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message}\n`);
      continue;
    }
    const result = parse(bytes, { path: input, redact: options.redact, maxBytes: options.maxBytes });
    const problem = result.warnings.find(isFatal);
    if (problem) {
      failed++;
      await write(io.stderr, `${input}: ${problem.code}: ${problem.message}\n`);
      continue;
    }
    await write(io.stdout, await emit(result, options.format));
  }
  return failed ? 1 : 0;
}
