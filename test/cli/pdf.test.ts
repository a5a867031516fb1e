// `finsam parse` and `finsam text` on PDFs, in-process: folders that mix text and PDFs,
// a PDF known by its signature whatever its name, bad PDFs failing one by one while the
// batch goes on, and the reader stopped by --pdf-timeout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParseResultSchema } from '../../src/index.js';
import { encryptedPdf, makePdf, prose } from '../support/pdf.js';
import { run } from '../support/io.js';
import { fixtures, root, SUMMARY, Tree } from './tree.js';

let tree: Tree;
beforeEach(() => {
  tree = new Tree();
});
afterEach(() => tree.remove());

const inTree = (argv: string[]) => run(argv, { cwd: tree.dir });
const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const hogsby = readFileSync(join(root, 'fixtures', 'hogsby-ks-2007-01-08.pdf'));

describe('finsam parse on PDFs', () => {
  it('parses a PDF given by name', async () => {
    tree.put('p.pdf', hogsby);
    const r = await inTree(['parse', 'p.pdf']);
    expect(r.code, r.stderr).toBe(0);
    const result = ParseResultSchema.parse(JSON.parse(r.stdout));
    expect(result.source).toMatchObject({ path: 'p.pdf', format: 'pdf', pages: 14, encoding: 'pdf-text-layer' });
    expect(result.documents[0]!.page).toBe(1);
  });

  it('takes text files and PDFs from a folder, knows a PDF by its signature, and goes on past bad ones', async () => {
    tree.put('archive/a.txt', fixtures[0]!);
    tree.put('archive/b.pdf', hogsby);
    tree.put('archive/c.pdf', hogsby.subarray(0, 20_000));
    tree.put('archive/d.pdf', encryptedPdf());
    tree.put('archive/e.pdf', await makePdf(['scan']));
    tree.put('archive/pdf-named.txt', await makePdf([prose(['Minnesanteckningar', 'Fört vid mötet'], 100)]));
    tree.put('archive/no-extension', hogsby);
    for (const jobs of ['1', '2']) {
      const r = await inTree(['parse', 'archive', '-f', 'ndjson', '--jobs', jobs]);
      expect(r.code).toBe(1);
      const results = lines(r.stdout).map((l) => ParseResultSchema.parse(JSON.parse(l)));
      expect(results.map((x) => [x.source.path, x.source.format])).toEqual([
        ['archive/a.txt', 'text'],
        ['archive/b.pdf', 'pdf'],
        ['archive/pdf-named.txt', 'pdf'],
      ]);
      const problems = lines(r.stderr).filter((l) => !SUMMARY.test(l));
      expect(problems.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual([
        'archive/c.pdf: pdf-corrupt',
        'archive/d.pdf: pdf-encrypted',
        'archive/e.pdf: pdf-no-text',
      ]);
      expect(r.stderr).toMatch(/ocrmypdf/);
      expect(r.stderr.match(SUMMARY)?.slice(1, 3)).toEqual(['3', '3']);
    }
  });

  it('refuses a PDF over --max-pages or --max-bytes', async () => {
    tree.put('p.pdf', hogsby);
    const pages = await inTree(['parse', 'p.pdf', '--max-pages', '13']);
    expect(pages.code).toBe(1);
    expect(pages.stderr).toMatch(/^p\.pdf: pdf-too-many-pages: the PDF has 14 pages, more than the limit of 13 \(--max-pages\)/);
    const bytes = await inTree(['parse', 'p.pdf', '--max-bytes', '1000']);
    expect(bytes.stderr).toMatch(/^p\.pdf: input-too-large: /);
  });

  it('stops reading a PDF after --pdf-timeout, and reads the next one on a new thread', async () => {
    // a reader that never finishes the first PDF (see support/hanging-reader), the real one for the rest
    const pdfWorkerUrl = new URL('../support/hanging-reader/pdf-worker.js', import.meta.url);
    const small = await makePdf([prose(['Minnesanteckningar'], 100)]);
    tree.put('a-hangs.pdf', Buffer.concat([small, Buffer.from('%HANG\n')]));
    tree.put('b.pdf', small);
    const r = await run(['parse', 'a-hangs.pdf', 'b.pdf', '-f', 'ndjson', '--jobs', '1', '--pdf-timeout', '3'], { cwd: tree.dir, pdfWorkerUrl });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^a-hangs\.pdf: pdf-timeout: reading the PDF took longer than 3 s \(--pdf-timeout\)$/m);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.path), r.stderr).toEqual(['b.pdf']);
  });

  it('reads a PDF from standard input', async () => {
    const r = await run(['parse', '-'], { stdin: hogsby });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ path: '-', format: 'pdf' });
  });
});

describe('finsam text', () => {
  it('prints the text built from a PDF, the text that lines numbers refer to', async () => {
    tree.put('p.pdf', hogsby);
    const text = await inTree(['text', 'p.pdf']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.split('\f')).toHaveLength(14);
    expect(text.stderr).toMatch(/^p\.pdf: \d+ line\(s\) repeated at the top or bottom of the pages were left out as page furniture$/m);
    const parsed = JSON.parse((await inTree(['parse', 'p.pdf'])).stdout);
    const doc = parsed.documents[0];
    const all = text.stdout.split('\n');
    expect(all[doc.participants[0].line - 1]).toContain(doc.participants[0].name);
  });

  it('prints a text file decoded', async () => {
    tree.put('p.txt', Buffer.from('Protokoll f\xf6r styrelsen\n', 'latin1'));
    const r = await inTree(['text', 'p.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Protokoll för styrelsen\n');
  });

  it('fails with the code of a bad PDF', async () => {
    tree.put('d.pdf', encryptedPdf());
    const r = await inTree(['text', 'd.pdf']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^d\.pdf: pdf-encrypted: /);
  });
});
