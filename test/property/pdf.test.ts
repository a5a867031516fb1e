// `parsePdf` is total too: a PDF with bytes overwritten, cut short or spliced never makes
// it reject, the result always validates, and it never ends in `internal-error` (where a
// throw inside the reader or the layout would hide). pdf.js is slow next to the text
// parser, so fewer runs than there.
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { isFatal, parsePdf, ParseResultSchema } from '../../src/index.js';
import { makePdf, prose } from '../support/pdf.js';

let seed: Uint8Array = new Uint8Array();
beforeAll(async () => {
  seed = await makePdf([
    [{ text: 'Beslutande', x: 60, y: 100 }, { text: 'Anna Ek (S), ordförande', x: 200, y: 100 }, ...prose(['§ 1 Öppnande', 'Mötet öppnas.'], 140)],
    prose(['§ 2 Avslutning', 'Mötet avslutas.'], 100),
  ]);
});

const edit = fc.oneof(
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);

function apply(bytes: Uint8Array, e: { kind: string; at: number; bytes?: Uint8Array; from?: number; length?: number }): Uint8Array {
  const at = e.at % bytes.length;
  if (e.kind === 'cut') return bytes.subarray(0, at);
  const out = new Uint8Array(bytes);
  if (e.kind === 'overwrite') out.set(e.bytes!.subarray(0, out.length - at), at);
  else out.copyWithin(at, e.from! % bytes.length, (e.from! % bytes.length) + e.length!);
  return out;
}

describe('parsePdf never rejects and always returns a valid result', () => {
  test.prop([fc.array(edit, { minLength: 1, maxLength: 4 })], { numRuns: 40 })('on a PDF with its bytes overwritten, cut or spliced', async (edits) => {
    const bytes = edits.reduce(apply, seed);
    const result = await parsePdf(bytes, { path: 'prop.pdf' });
    const checked = ParseResultSchema.safeParse(result);
    expect(checked.success, checked.success ? '' : checked.error.message).toBe(true);
    expect(result.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
    if (result.warnings.some(isFatal)) expect(result.documents).toEqual([]);
  });
});
