// Batch runs of the real binary where the operating system matters: pipes that close,
// worker threads, thousands of files, file permissions (needs `npm run build` first).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { TABLE_NAMES } from '../../src/emit/tables.js';
import { parse, type ParseResult } from '../../src/index.js';
import { archive, fixtures, isRoot, problems, root, SUMMARY, Tree } from './tree.js';

const bin = join(root, 'bin', 'finsam.js');
let tree: Tree;
beforeEach(() => {
  tree = new Tree();
});
afterEach(() => tree.remove());

const finsam = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, 'parse', ...args], { cwd: tree.dir, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, ...env } });

describe('finsam parse (subprocess)', () => {
  it('ends quietly with exit 0 when `| head -1` closes stdout', () => {
    // far more than a pipe buffer (64 KiB), so finsam is still writing when head leaves
    for (let i = 0; i < 60; i++) tree.put(`archive/${String(i).padStart(2, '0')}.txt`, fixtures[i % fixtures.length]!);
    for (const jobs of ['1', '2']) {
      const r = spawnSync('bash', ['-c', 'node "$0" parse archive --format ndjson --jobs "$1" | head -1; exit "${PIPESTATUS[0]}"', bin, jobs], {
        cwd: tree.dir,
        encoding: 'utf8',
      });
      expect(r.status, `--jobs ${jobs}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')).toHaveLength(2);
      expect(JSON.parse(r.stdout).source.path).toBe('archive/00.txt');
    }
  });

  it('writes byte-identical output with --jobs 1 and --jobs 2', () => {
    archive(tree);
    for (let i = 0; i < 12; i++) tree.put(`archive/more/${i}.txt`, fixtures[i % fixtures.length]!);
    tree.put('archive/more/empty.txt', '');
    const one = finsam(['archive', '-f', 'ndjson', '--jobs', '1']);
    const two = finsam(['archive', '-f', 'ndjson', '--jobs', '2']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    // 15 whole results (each far bigger than a pipe's buffer together) and the final newline
    expect(one.stdout.split('\n')).toHaveLength(16);
    expect(one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).schemaVersion)).toEqual(Array(15).fill(1));
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.replace(SUMMARY, '')).toBe(one.stderr.replace(SUMMARY, ''));

    expect(finsam(['archive', '--out', 'out1', '--jobs', '1']).status).toBe(1);
    expect(finsam(['archive', '--out', 'out2', '--jobs', '2', '-f', 'json']).status).toBe(1);
    const files = tree.files('out1');
    expect(files).toHaveLength(15);
    expect(tree.files('out2')).toEqual(files);
    for (const f of files) expect(tree.read(`out2/${f}`), f).toBe(tree.read(`out1/${f}`));
  });

  it('converts 2,000 files into valid JSON and counts them right', () => {
    const expected: string[] = [];
    for (let i = 0; i < 2000; i++) {
      // small variations, so no two inputs are the same: line endings, trailing lines, a BOM
      let text = fixtures[i % fixtures.length]!.toString('utf8') + '\n'.repeat(i % 3) + `\nArkiv ${i}\n`;
      if (i % 4 === 1) text = text.replace(/\n/g, '\r\n');
      if (i % 7 === 0) text = '\uFEFF' + text;
      const rel = `${String(i % 40).padStart(2, '0')}/${String(i).padStart(4, '0')}.txt`;
      tree.put(`archive/${rel}`, text);
      expected.push(rel.replace(/\.txt$/, '.json'));
    }
    for (let i = 0; i < 3; i++) tree.put(`archive/bad/empty-${i}.txt`, '');
    tree.put('archive/bad/binary.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2]));
    tree.link('archive/bad/link.txt', '../00/0000.txt');

    const r = finsam(['archive', '--out', 'out']);
    expect(r.status).toBe(1);
    const stderr = r.stderr.trim().split('\n');
    expect(problems(r.stderr)).toHaveLength(5);
    // a PDF by its signature, whatever its name: read as one, and this one is broken
    expect(stderr[0]).toMatch(/^archive\/bad\/binary\.txt: pdf-corrupt: not a readable PDF/);
    expect(stderr.at(-1)!.match(SUMMARY)!.slice(1)).toEqual(['2,000', '4', '1']);

    expect(tree.files('out')).toEqual(expected.sort());
    for (const rel of expected) {
      const result = JSON.parse(tree.read(`out/${rel}`));
      expect(result.schemaVersion).toBe(1);
      expect(result.source.path).toBe(`archive/${rel.replace(/\.json$/, '.txt')}`);
      expect(result.documents.length).toBeGreaterThan(0);
    }
  }, 180_000);

  it('writes the CSV tables of 2,000 small files at the end, with the same error isolation and exit code', () => {
    const texts: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      texts.push(
        `PROTOKOLL\nSamordningsförbundet Väst\nStyrelsen 2024-02-${day}\n\nBeslutande\nAnna Ek (S), ordförande\nPer Berg (M)\n\n` +
          `§ ${i + 1} Mötets öppnande\nOrdföranden öppnar mötet.\n\n§ ${i + 2} Budget, "plan" ${i}\nStyrelsen beslutar att godkänna budgeten för ${i}.\n`,
      );
      tree.put(`small/${String(i % 20).padStart(2, '0')}/${String(i).padStart(4, '0')}.txt`, texts[i]!);
    }
    tree.put('small/bad/empty.txt', '');
    tree.put('small/bad/zip.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    const r = finsam(['small', '--format', 'csv', '--out', 'tables']);
    expect(r.status).toBe(1);
    expect(problems(r.stderr)).toEqual([
      'small/bad/empty.txt: empty-input: the file has no text',
      'small/bad/zip.txt: binary-input: a ZIP archive (or a .docx, .xlsx, .odt file), not text; finsam reads text files',
    ]);
    expect(r.stderr.match(SUMMARY)!.slice(1)).toEqual(['2,000', '2', '0']);
    expect(tree.files('tables')).toEqual(TABLE_NAMES.map((t) => `${t}.csv`).sort());
    const results = texts.map((t) => parse(t));
    const rows = (name: string) => (parseCsv(tree.read(`tables/${name}.csv`), { columns: true }) as Record<string, string>[]);
    const sum = (f: (x: ParseResult) => number) => results.reduce((n, x) => n + f(x), 0);
    expect(rows('documents')).toHaveLength(sum((x) => x.documents.length));
    expect(rows('participants')).toHaveLength(sum((x) => x.documents.reduce((m, d) => m + d.participants.length, 0)));
    expect(rows('items')).toHaveLength(sum((x) => x.documents.reduce((m, d) => m + d.items.length, 0)));
    expect(rows('decisions')).toHaveLength(sum((x) => x.documents.reduce((m, d) => m + d.items.reduce((k, it) => k + it.decisions.length, 0), 0)));
    expect(rows('items').filter((i) => i.title!.startsWith('Budget, "plan"'))).toHaveLength(2000);
    expect([rows('participants').length, rows('decisions').length]).toEqual([4000, 2000]);
    expect(new Set(rows('documents').map((d) => d.file)).size).toBe(2000);
  }, 180_000);

  // root reads every file, so a real permission error needs another user: `nobody`, who
  // may not reach this checkout (a private `mktemp -d` clone) — so it runs a copy of the
  // command in the world-readable temp dir, and the test is skipped, saying why, when
  // `nobody` cannot run node at all
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
  const asNobody = (args: string[], cwd: string) =>
    spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { cwd, encoding: 'utf8' });
  it.runIf(!isRoot || setpriv !== undefined)('reports a file and a folder without read permission (EACCES) and converts the rest', (ctx) => {
    archive(tree);
    tree.put('archive/locked/inner.txt', fixtures[4]!);
    chmodSync(tree.put('archive/secret.txt', fixtures[0]!), 0o000);
    chmodSync(tree.path('archive/locked'), 0o000);
    chmodSync(tree.dir, 0o777);
    let r;
    if (isRoot) {
      const node = asNobody(['-e', '0'], tree.dir);
      if (node.status !== 0) ctx.skip(`user nobody cannot run ${process.execPath}: ${node.stderr.trim() || `exit ${node.status}`}`);
      for (const part of ['bin/finsam.js', 'dist/bundle', 'package.json']) cpSync(join(root, part), tree.path(`app/${part}`), { recursive: true });
      r = asNobody([tree.path('app/bin/finsam.js'), 'parse', 'archive', '--out', 'out'], tree.dir);
    } else {
      r = spawnSync(process.execPath, [bin, 'parse', 'archive', '--out', 'out'], { cwd: tree.dir, encoding: 'utf8' });
    }
    chmodSync(tree.path('archive/locked'), 0o755);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'archive/locked: read-error: permission denied (EACCES)',
      'archive/secret.txt: read-error: permission denied (EACCES)',
    ]);
    expect(r.stderr).toMatch(/^3 converted, 2 failed, 0 skipped in/m);
    expect(tree.files('out')).toEqual(['2023/p1.json', '2024/q/p2.json', 'top.json']);
    expect(readFileSync(tree.path('out/top.json'), 'utf8')).toContain('"path": "archive/top.txt"');
  });
});
