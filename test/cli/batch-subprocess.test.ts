// Batch runs of the real binary where the operating system matters: pipes that close,
// worker threads, thousands of files, file permissions (needs `npm run build` first).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archive, fixtures, isRoot, root, SUMMARY, Tree } from './tree.js';

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
    expect(stderr).toHaveLength(6);
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

  // root reads every file, so a real permission error needs another user
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
  it.runIf(!isRoot || setpriv !== undefined)('reports a file and a folder without read permission (EACCES) and converts the rest', () => {
    archive(tree);
    tree.put('archive/locked/inner.txt', fixtures[4]!);
    chmodSync(tree.put('archive/secret.txt', fixtures[0]!), 0o000);
    chmodSync(tree.path('archive/locked'), 0o000);
    chmodSync(tree.dir, 0o777);
    const args = [bin, 'parse', 'archive', '--out', 'out'];
    const r = isRoot
      ? spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { cwd: tree.dir, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd: tree.dir, encoding: 'utf8' });
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
