// A corrupt PDF whose page tree pdf.js 5.6 fetches ahead and then drops a failed fetch of
// (a stray rejected promise, src/pdf/stray.ts): reading it must neither reject nor end the
// process that reads it. The bytes are one of finsam's own test PDFs (test/support/pdf.ts)
// with a few bytes spliced, as the PDF property test found them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertFreshBuild } from './worker.js';

const root = join(import.meta.dirname, '..', '..');
const CORRUPT = [
  'JVBERi0xLjcKJYGBgYEKCjEgMCBvYmoKPDwKL1R5cGUgL1BhZ2VzCi9LaWRzIFsgNSAwIFIgNyAwIFIgXQovQ291bnQgMgo+Pgpl',
  'bmRvYmoKCjIgMCBvYmoKPDwKL1R5cGUgL0NhdGFsb2cKL1BhZ2VzIDEgMCBSCj4+CmVuZG9iagoKMyAwIG9iago8PAovUHJvZHVj',
  'ZXIgPEZFRkYwMDcwMDA2NDAwNjYwMDJEMDA2QzAwNjkwMDYyMDAyMDAwMjgwMDY4MDA3NDAwNzQwMDcwMDA3MzAwM0EwMDJGMDAy',
  'RjAwNjcwMDY5MDA3NDAwNjgwMDc1MDA2MjAwMkUwMDYzMDA2RjAwNkQwMDJGMDA0ODAwNkYwMDcwMDA2NDAwNjkwMDZFMDA2NzAw',
  'MkYwMDcwMDA2NDAwNjYwMDJEMDA2QzAwNjkwMDYyMDAyOT4KL01vZERhdGUgKEQ6MjAyNjEyMDEwNzA0MTRaKQovQ3JlYXRvciA8',
  'RkVGRjAwNzAwMDY0MDA2NjAwMkQwMDZDMDA2OTAwNjIwMDIwMDAyODAwNjgwMDc0MDA3NDAwNzAwMDczMDAzQTAwMkYwMDJGMDA2',
  'NzAwNjkwMDc0MDA2ODAwNzUwMDYyMDAyRTAwNjMwMDZGMDA2RDAwMkYwMDQ4MDA2RjAwNzAwMDY0MDA2OTAwNkUwMDY3MDAyRjAw',
  'NzAwMDY0MDA2NjAwMkQwMDZDMDA2OTAwNjIwCi9UeXBlIC9QYWdlcwovS2lkcyBbIDUgMCBSIDcgMCBSIF0KL0NvdW50IDIKPj4K',
  'ZW5kb2JqCgoyIDAgb2JqCjw8Ci9UeXBlIC9DYXRhbG9nCi9QYWdlcyAxIDAgUgo+PgplbmRvYmoKCjMgMCBvYmoKPDwKL1Byb2R1',
  'Y2VyIDxGRUZGMDA3MDAwNjQwMDY2MDAyRDAwNkMwMDY5MDA2MjAwMjAwMDI4MDA2ODAwNzQwMDc0MDA3MDAwNzMwMDNBMDAyRjAw',
  'MkYwMDY3MDA2OTAwNzQwMDY4MDA3NTAwNjIwMDJFMDA2MzAwNkYwMDZEMDAyRjAwNDgwMDZGMDA3MDAwNjQwMDY5MDA2RTAwNjcw',
  'MDJGMDA3MDAwNjQwMDY2MDAyRDAwNkMwMDY5MDA2MjAwMjk+Ci9Nb2REYXRlIChEOjIwMjYxMjAxMDcwNDE0WikKL0NyZWF0b3Ig',
  'PEZFRkYwMDcwMDA2NDAwNjYwMDJEMDA2QzAwNjkgODQyIF0KL0Fubm90cyBbIF0KL0NvZURlY29kZQovTGVuZ3RoIDEzOQo+Pgpz',
  'dHJlYW0KeJx1zT0KAkEMBeA+p0gtiEkmm4wggj8jFjZCLiCyLooWK+L5HbfSYgmvy3tfD+sAwu89O5jt2/u7fV3Pp6k3Lk1Klg2Z',
  'MS4ginEAHl4ZjdBVMB6wWLlQEiFlN0+2qU21YvMaX2LcICZQAo7Qj1lZG+JMTD5qSR4s3e6srldByH499iTlT/sA6D8v4QplbmRz',
  'dHJlYW0KZW5kb2JqCgp4cmVmCjAgOQowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDAwMTYgMDAwMDAgbiAKMDAwMDAwMDA4MiAw',
  'MDAwMCBuIAowMDAwMDAwMTMyIDAwMDAwIG4gCjAwMDAwMDA2MDIgMDAwMDAgbiAKMCAwIG9iago8PAovVHlwZSAvUGFnZQovUGFy',
  'ZW50IDEgMCBSCi9SZXNvdXJjZXMgPDwKL0ZvbnQgPDwKL0hlbHZldGljYS03NTcyNTMzNjg2IDQgMCBSCi9IZWx2ZXRpY2EtODQ1',
  'MDE4MDEwNyA0IDAgUgo+PgovWE9iamVjdCA8PAo+PgovRXh0R1N0YXRlIDw8Cj4+Cj4+Ci9NZWRpYUJveCBbIDAgMCA1OTUgODQy',
  'IF0KL0Fubm90cyBbIF0KL0NvbnRlbnRzIFsgOCAwIFIgXQo+PgplbmRvYmoKCjggMCBvYmoKPDwKL0ZpbHRlciAvRmxhdGVEZWNv',
  'ZGUKL0xlbmd0aCAxMzkKPj4Kc3RyZWFtCnicdc09CgJBDAXgPqdILYhJJpuMIII/IxY2Qi4gsi6KFivi+R230mIJr8t7Xw/rAMLv',
  'PTuY7dv7u31dz6epNy5NSpYNmTEuIIpxAB5eGY3QVTAesFi5UBIhZTdPtqlNtWLzGl9i3CAmUAKO0I9ZWRviTEw+akkeLN3urK5X',
  'Qch+PfYk5U/7AOg/L+EKZW5kc3RyZWFtCmVuZG9iagoKeHJlZgowIDkKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDE2IDAw',
  'MDAwIG4gCjAwMDAwMDAwODIgMDAwMDAgbiAKMDAwMDAwMDEzMiAwMDAwMCBuIAowMDAwMDAwNjAyIDAwMDAwIG4gCjAwMDAwMDA3',
  'MDAgMDAwMDAgbiAKMDAwMDAwMDk3OSAwMDAwMCBuIAowMDAwMDAxMjQ4IDAwMDAwIG4gCjAwMDAwMDE0NzEgMDAwMDAgbiAKCnRy',
  'YWlsZXIKPDwKL1NpemUgOQovUm9vdCAyIDAgUgovSW5mbyAzIDAgUgo+PgoKc3RhcnR4cmVmCjE2ODMKJSVFT0Y=',
].join('');

describe('a PDF that leaves pdf.js with a rejection nobody holds', () => {
  let dir: string;
  beforeAll(() => {
    assertFreshBuild();
    dir = mkdtempSync(join(tmpdir(), 'finsam-stray-'));
    writeFileSync(join(dir, 'corrupt.pdf'), Buffer.from(CORRUPT, 'base64'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parsePdf reports it, and the program that called it goes on', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      const { parsePdf } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
      const r = await parsePdf(readFileSync(${JSON.stringify(join(dir, 'corrupt.pdf'))}), { path: 'corrupt.pdf' });
      await new Promise((done) => setTimeout(done, 200));
      console.log(JSON.stringify(r.warnings.map((w) => w.code)));
      // a rejection of the caller's own is still the caller's: Node's default stands
      Promise.reject(new Error('the caller\\'s own'));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('["pdf-corrupt"]');
    expect(r.stderr).toContain("the caller's own");
    expect(r.stderr).not.toContain('XRefEntryException');
    expect(r.status).not.toBe(0);
  });

  it('a batch with it goes on to the next file', () => {
    writeFileSync(join(dir, 'notes.txt'), 'MINNESANTECKNINGAR\nStyrelsen 2024-02-07\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'finsam.js'), 'parse', dir, '-f', 'ndjson', '--jobs', '1'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toContain('pdf-corrupt');
    expect(r.stderr).not.toContain('XRefEntryException');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.status).toBe(1);
  });
});
