// Hostile PDFs through the real binary, as a user would run it over a downloaded archive:
// a PDF bomb (nested forms), a page tree of a million pages, a page of 100,000 runs,
// truncated files, garbage after the signature, a password, a scan. Each gets its own
// code or a result, the batch goes on, nothing hangs (the reader has --pdf-timeout),
// and the results that come out validate.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParseResultSchema } from '../../src/index.js';
import { denseRunsPdf, encryptedPdf, makePdf, nestedFormsPdf, pageTreeBombPdf, prose } from '../support/pdf.js';
import { assertFreshBuild } from './worker.js';

const root = join(import.meta.dirname, '..', '..');

interface PdfAttack {
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  /** The code on stderr, or `converted` (with these warnings in the result); `either` takes both. */
  expect: string;
  either?: boolean;
  warnings?: string[];
}

const good = () => makePdf([prose(['Minnesanteckningar', 'Fört vid mötet med styrelsen'], 100), prose(['Sida två'], 100)]);

const ATTACKS: PdfAttack[] = [
  // stopped by the time limit, or by the limit of text runs per page, whichever comes
  // first on this machine (on a busy one 20,000 runs took pdf.js 3–12 s)
  { name: 'bomb: forms nested nine deep, a billion words', bytes: () => nestedFormsPdf(9), expect: 'pdf-timeout', either: true, warnings: ['pdf-page-too-dense'] },
  { name: 'bomb: a page tree of a million pages in a few objects', bytes: () => pageTreeBombPdf(100, 3), expect: 'pdf-too-many-pages' },
  { name: 'a page of 100,000 tiny runs', bytes: () => denseRunsPdf(100_000), expect: 'converted', warnings: ['pdf-page-too-dense'] },
  { name: 'truncated at half', bytes: async () => (await good()).subarray(0, 600), expect: 'pdf-corrupt' },
  { name: 'truncated before the end of the file', bytes: async () => { const b = await good(); return b.subarray(0, b.length - 40); }, expect: 'pdf-corrupt' },
  { name: 'garbage after %PDF-', bytes: () => new TextEncoder().encode('%PDF-1.7\n' + 'obj << /Kids [ 1 0 R '.repeat(20_000)), expect: 'pdf-corrupt' },
  { name: 'random bytes after %PDF-', bytes: () => Uint8Array.from({ length: 200_000 }, (_, i) => (i < 5 ? '%PDF-'.charCodeAt(i) : (i * 7919) % 251)), expect: 'pdf-corrupt' },
  { name: 'the signature alone', bytes: () => new TextEncoder().encode('%PDF-'), expect: 'pdf-corrupt' },
  { name: 'encrypted with a password', bytes: () => encryptedPdf(), expect: 'pdf-encrypted' },
  { name: 'a scan without a text layer', bytes: () => makePdf(['scan', 'scan']), expect: 'pdf-no-text' },
];

describe('hostile PDFs: one code each, the batch goes on', () => {
  let dir: string;
  const files = new Map<string, PdfAttack>();
  beforeAll(async () => {
    assertFreshBuild();
    dir = mkdtempSync(join(tmpdir(), 'finsam-pdf-attacks-'));
    for (const [i, a] of ATTACKS.entries()) {
      const name = `${String(i).padStart(2, '0')}.pdf`;
      writeFileSync(join(dir, name), await a.bytes());
      files.set(`${dir}/${name}`, a);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every attack, in one batch on two jobs', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'finsam.js'), 'parse', dir, '-f', 'ndjson', '--jobs', '2', '--pdf-timeout', '3'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.error, String(r.error)).toBeUndefined();
    expect(r.signal, `killed by ${r.signal}`).toBeNull();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr, 'a stack trace on stderr').not.toMatch(/\n\s+at /);
    const failed = new Map(
      r.stderr
        .split('\n')
        .map((l) => /^(.+\.pdf): ([a-z0-9-]+): /.exec(l))
        .flatMap((m) => (m ? [[m[1]!, m[2]!] as const] : [])),
    );
    const converted = new Map(
      r.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => ParseResultSchema.parse(JSON.parse(l)))
        .map((result) => [result.source.path, result] as const),
    );
    for (const [file, attack] of files) {
      if (attack.either && converted.has(file)) {
        expect(converted.get(file)!.warnings.map((w) => w.code), attack.name).toEqual(expect.arrayContaining(attack.warnings ?? []));
      } else if (attack.expect === 'converted') {
        const result = converted.get(file);
        expect(result, `${attack.name}: ${failed.get(file) ?? 'no result'}`).toBeDefined();
        for (const code of attack.warnings ?? []) expect(result!.warnings.map((w) => w.code), attack.name).toContain(code);
      } else {
        expect(failed.get(file), attack.name).toBe(attack.expect);
      }
    }
  });
});
