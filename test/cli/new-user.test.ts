// What a new user tripped over (issue 13), in-process in a temp dir: each case failed
// before its fix.
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { poolSize } from '../../src/cli/pool.js';
import { parseSize, size } from '../../src/cli/numbers.js';
import { ParseResultSchema } from '../../src/index.js';
import { run } from '../support/io.js';
import { archive, ESCAPE, fixtures, problems, SUMMARY, Tree, WARNED } from './tree.js';

let tree: Tree;
beforeEach(() => {
  tree = new Tree();
});
afterEach(() => tree.remove());

const inTree = (argv: string[], options: Parameters<typeof run>[1] = {}) => run(['parse', ...argv], { cwd: tree.dir, ...options });
const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const paths = (ndjson: string) => lines(ndjson).map((l) => JSON.parse(l).source.path as string);
const fakeWorker = new URL('../support/fake-worker.mjs', import.meta.url);
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

const NO_ITEMS = 'PROTOKOLL\nSamordningsförbundet Väst\nStyrelsen 2024-01-10\n\nMötet hölls utan ärenden.\n';
const CLEAN = 'PROTOKOLL\nSamordningsförbundet Väst\nStyrelsen 2024-01-10\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n\n§ 2 Budget för 2024\nStyrelsen beslutar att godkänna budgeten.\n';

describe('1. an absolute glob pattern', () => {
  it('is expanded like a relative one, beside other inputs', async () => {
    archive(tree);
    const r = await inTree([`${tree.dir}/archive/2024/**/*.txt`, 'archive/top.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(paths(r.stdout)).toEqual([`${tree.dir}/archive/2024/q/p2.txt`, 'archive/top.txt']);
  });
});

describe('2. --jobs is capped', () => {
  it('at one worker per file and two per CPU core', () => {
    expect(poolSize(1000, 5000, 2)).toBe(4);
    expect(poolSize(8, 3, 4)).toBe(3);
    expect(poolSize(Infinity, 100, 8)).toBe(16);
    expect(poolSize(1, 100, 8)).toBe(1);
  });

  it('so --jobs 1000 starts no more than two workers per core', async () => {
    for (let i = 0; i < 40; i++) tree.put(`many/${String(i).padStart(2, '0')}.txt`, 'x');
    const r = await inTree(['many', '--jobs', '1000'], { workerUrl: fakeWorker });
    expect(r.code, r.stderr).toBe(0);
    const threads = new Set(lines(r.stdout).map((l) => JSON.parse(l).thread));
    expect(lines(r.stdout)).toHaveLength(40);
    expect(threads.size).toBeLessThanOrEqual(2 * availableParallelism());
  });

  it('and without --jobs there is one worker per core, not more', async () => {
    for (let i = 0; i < 40; i++) tree.put(`many/${String(i).padStart(2, '0')}.txt`, 'x');
    const r = await inTree(['many'], { workerUrl: fakeWorker });
    expect(new Set(lines(r.stdout).map((l) => JSON.parse(l).thread)).size).toBeLessThanOrEqual(availableParallelism());
  });
});

describe('5. a per-file time limit (--timeout)', () => {
  it('stops a file that takes too long, reports it as timeout, replaces the worker and goes on', async () => {
    for (const name of ['a.txt', 'b-hang.txt', 'c.txt', 'd.txt']) tree.put(`in/${name}`, 'x');
    const r = await inTree(['in', '--timeout', '0.5', '--jobs', '1'], { workerUrl: fakeWorker });
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => JSON.parse(l).path)).toEqual(['in/a.txt', 'in/c.txt', 'in/d.txt']);
    expect(problems(r.stderr)).toEqual(['in/b-hang.txt: timeout: no result within 0.5 s (--timeout); the parse was stopped']);
    expect(r.stderr).toMatch(/^3 converted, 1 failed, 0 skipped in/m);
  });

  it('holds for a single input too when asked for: a tiny limit stops a large file', async () => {
    tree.put('large.txt', Buffer.concat(Array(60).fill(fixtures[2]!)));
    const r = await inTree(['large.txt', '--timeout', '0.001']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('large.txt: timeout: no result within 0 s (--timeout); the parse was stopped\n');
  });

  it('takes seconds, 0 for none, and refuses anything else', async () => {
    tree.put('p.txt', CLEAN);
    expect((await inTree(['p.txt', '--timeout', '0'])).code).toBe(0);
    for (const bad of ['-1', 'soon', '']) {
      const r = await inTree(['p.txt', '--timeout', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/--timeout.*must be a number of seconds/);
    }
  });
});

describe('8. a file name that is not UTF-8', () => {
  it.runIf(process.platform === 'linux')('is read by its raw name and shown as Latin-1', async () => {
    tree.put('arkiv/.keep', '');
    writeFileSync(Buffer.concat([Buffer.from(tree.path('arkiv/')), Buffer.from([0xe5]), Buffer.from('rsm'), Buffer.from([0xf6]), Buffer.from('te.txt')]), CLEAN);
    const r = await inTree(['arkiv', '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(tree.path('out'))).toEqual(['årsmöte.json']);
    expect(JSON.parse(tree.read('out/årsmöte.json')).source.path).toBe('arkiv/årsmöte.txt');
  });
});

describe('10. batches show poor results', () => {
  const mixed = () => {
    tree.put('in/a.txt', NO_ITEMS);
    tree.put('in/b.txt', iconv.encode(CLEAN, 'windows-1252'));
    tree.put('in/c.txt', CLEAN);
  };

  it('the summary counts files with warnings, by code', async () => {
    mixed();
    const r = await inTree(['in', '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stderr)).toEqual([
      '2 with warnings: encoding-fallback 1, no-items 1 (--warnings lists them)',
      expect.stringMatching(SUMMARY),
    ]);
    expect(r.stderr.match(SUMMARY)!.slice(1)).toEqual(['3', '0', '0']);
  });

  it('--warnings prints each on stderr, with its line', async () => {
    mixed();
    const r = await inTree(['in', '--warnings']);
    expect(r.code).toBe(0);
    expect(problems(r.stderr)).toEqual([
      'in/a.txt:1: warning: no-items: no numbered paragraphs found in these minutes',
      'in/b.txt:2: warning: encoding-fallback: not valid UTF-8; decoded as windows-1252',
    ]);
    expect(r.stderr).toMatch(WARNED);
  });

  it('--strict exits 1 on any warning (and says which), 0 without one', async () => {
    mixed();
    const r = await inTree(['in', '--strict', '--error-format', 'json']);
    expect(r.code).toBe(1);
    const records = lines(r.stderr).map((l) => JSON.parse(l));
    expect(records.slice(0, 2).map((x) => [x.file, x.level, x.code])).toEqual([
      ['in/a.txt', 'warning', 'no-items'],
      ['in/b.txt', 'warning', 'encoding-fallback'],
    ]);
    expect(records.at(-1)).toMatchObject({ converted: 3, failed: 0, warned: 2, warnings: { 'no-items': 1, 'encoding-fallback': 1 } });
    expect((await inTree(['in/c.txt', '--strict'])).code).toBe(0);
  });
});

describe('11. re-running and interrupting a batch', () => {
  it('--skip-existing converts only what has no output yet', async () => {
    archive(tree);
    expect((await inTree(['archive', '--out', 'out'])).code).toBe(0);
    rmSync(tree.path('out/2023/p1.json'));
    const r = await inTree(['archive', '--out', 'out', '--skip-existing']);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stderr)).toEqual(['2 skipped because the output exists (--skip-existing)', expect.stringMatching(SUMMARY)]);
    expect(r.stderr.match(SUMMARY)!.slice(1)).toEqual(['1', '0', '2']);
    expect(existsSync(tree.path('out/2023/p1.json'))).toBe(true);
    expect((await inTree(['archive', '--out', 'out', '--skip-existing', '--force'])).stderr).toMatch(/contradict/);
  });

  it('Ctrl-C stops the run, clears the progress bar and says how far it got (exit 130)', async () => {
    for (let i = 0; i < 5; i++) tree.put(`in/${i}.txt`, CLEAN);
    const signals = new EventEmitter();
    // the reader presses Ctrl-C as soon as the first result arrives
    const stdout = Object.assign(
      new Writable({
        write(chunk: Buffer, _enc, done) {
          stdout.text += chunk.toString();
          signals.emit('SIGINT');
          done();
        },
      }),
      { text: '' },
    );
    const r = await run(['parse', 'in', '--jobs', '1'], { cwd: tree.dir, stdout, tty: true, env: { FORCE_COLOR: '1' }, signals });
    expect(r.code).toBe(130);
    expect(lines(stdout.text)).toHaveLength(1);
    expect(r.stderr).toContain('1/5 files'); // there was a bar …
    const cleared = r.stderr.lastIndexOf('\x1b[0J'); // … cleared to the end of the screen, then the summary
    expect(plain(r.stderr.slice(cleared))).toMatch(/^interrupted after 1 of 5 files: 1 converted, 0 failed, 0 skipped in [\d.]+ s\n$/);
    expect(signals.listenerCount('SIGINT')).toBe(0); // a second Ctrl-C ends the process the default way
  });

  it('removes temporary files that a killed run left, and only those', async () => {
    archive(tree);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    tree.put(`out/2023/.p1.json.${dead}-7.finsam-tmp`, '{"half');
    tree.put(`out/2023/.p1.json.${process.ppid}-9.finsam-tmp`, 'a run still writing');
    tree.put('out/2023/p1.json.123', 'not ours');
    const r = await inTree(['archive', '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(tree.path('out/2023')).sort()).toEqual([`.p1.json.${process.ppid}-9.finsam-tmp`, 'p1.json', 'p1.json.123']);
  });
});

describe('12. -o FILE and -o -', () => {
  it('with one input, -o FILE writes that file (its extension picks YAML), and -o - is standard output', async () => {
    archive(tree);
    const toFile = await inTree(['archive/top.txt', '-o', 'result.json']);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stderr).toBe('');
    expect(ParseResultSchema.parse(JSON.parse(tree.read('result.json'))).source.path).toBe('archive/top.txt');
    expect(tree.read('result.json').startsWith('{\n  "schemaVersion"')).toBe(true);

    expect((await inTree(['archive/top.txt', '-o', 'result.json'])).stderr).toMatch(/output-exists: result\.json exists/);
    expect((await inTree(['-', '-o', 'from-stdin.yaml'], { stdin: CLEAN })).code).toBe(0);
    expect(tree.read('from-stdin.yaml')).toMatch(/^schemaVersion: 1\n/);

    const dash = await inTree(['archive/top.txt', '-o', '-']);
    expect(dash.code).toBe(0);
    expect(JSON.parse(dash.stdout).source.path).toBe('archive/top.txt');
    expect(existsSync(tree.path('-'))).toBe(false);
  });

  it('is a folder with a trailing slash, an existing folder, or several inputs; a file there is a usage error', async () => {
    archive(tree);
    expect((await inTree(['archive/top.txt', '-o', 'dir/'])).code).toBe(0);
    expect(tree.files('dir')).toEqual(['top.json']);
    tree.put('result.json', '{}');
    const r = await inTree(['archive', '-o', 'result.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out result\.json is a file; the results of a folder, a pattern or several inputs go to a folder/);
  });
});

describe('13. several roots, the --out folder, extensions in any case', () => {
  it('mirrors several roots under their own names, as cp -r does', async () => {
    tree.put('x/a.txt', fixtures[0]!);
    tree.put('y/a.txt', fixtures[1]!);
    tree.put('y/sub/b.txt', fixtures[2]!);
    const r = await inTree(['x', 'y', '--out', 'o']);
    expect(r.code, r.stderr).toBe(0);
    expect(tree.files('o')).toEqual(['x/a.json', 'y/a.json', 'y/sub/b.json']);
  });

  it('never reads the --out folder as input, even inside an input folder', async () => {
    archive(tree);
    const first = await inTree(['archive', '--glob', '*', '--out', 'archive/json']);
    const again = await inTree(['archive', '--glob', '*', '--out', 'archive/json', '--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr.match(SUMMARY)!.slice(1)).toEqual(first.stderr.match(SUMMARY)!.slice(1));
    expect(tree.files('archive/json')).toEqual(['2023/p1.json', '2024/q/p2.json', 'notes.json', 'top.json']);
  });

  it('the default glob takes B.TXT too; a glob the user gives is matched as written', async () => {
    tree.put('in/a.txt', CLEAN);
    tree.put('in/B.TXT', CLEAN);
    expect(paths((await inTree(['in'])).stdout)).toEqual(['in/B.TXT', 'in/a.txt']);
    expect(paths((await inTree(['in', '--glob', '*.txt'])).stdout)).toEqual(['in/a.txt']);
  });
});

describe('14. one rule for several results', () => {
  it('a folder prints NDJSON whether it holds one file or three; one file prints JSON', async () => {
    tree.put('one/a.txt', CLEAN);
    archive(tree);
    const one = await inTree(['one']);
    expect(one.code).toBe(0);
    expect(lines(one.stdout)).toHaveLength(1);
    expect(JSON.parse(one.stdout).source.path).toBe('one/a.txt');
    expect(lines((await inTree(['archive'])).stdout)).toHaveLength(3);
    expect((await inTree(['one/a.txt'])).stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect((await inTree(['one', '-f', 'json'])).code).toBe(2);
  });

  it('several results as YAML are one YAML stream, a document each', async () => {
    archive(tree);
    const r = await inTree(['archive', '-f', 'yaml']);
    expect(r.code).toBe(0);
    const { parseAllDocuments } = await import('yaml');
    expect(parseAllDocuments(r.stdout).map((d) => (d.toJS() as { source: { path: string } }).source.path)).toEqual([
      'archive/2023/p1.txt',
      'archive/2024/q/p2.txt',
      'archive/top.txt',
    ]);
  });
});

describe('polish', () => {
  it('--max-bytes takes k, M and G, and messages give readable sizes', async () => {
    expect([parseSize('32M'), parseSize('512k'), parseSize('1.5G'), parseSize('20000'), parseSize('32MiB'), parseSize('x'), parseSize('0')]).toEqual([
      32 * 1024 ** 2, 512 * 1024, 1.5 * 1024 ** 3, 20000, 32 * 1024 ** 2, undefined, undefined,
    ]);
    expect([size(1), size(2048), size(34_292), size(32 * 1024 ** 2)]).toEqual(['1 byte', '2 KiB', '33.5 KiB', '32 MiB']);
    tree.put('p.txt', fixtures[4]!);
    const r = await inTree(['p.txt', '--max-bytes', '16k']);
    expect(r.stderr).toBe('p.txt: input-too-large: 33.5 KiB is more than the limit of 16 KiB (--max-bytes)\n');
    expect((await inTree(['p.txt', '--max-bytes', '32M'])).code).toBe(0);
    expect((await inTree(['p.txt', '--max-bytes', 'lots'])).stderr).toMatch(/--max-bytes.*k, M or G/);
  });

  it('--error-format json covers usage and run-level errors too', async () => {
    archive(tree);
    const cases = [
      await inTree(['archive', '--frobnicate', '--error-format', 'json']),
      await inTree(['archive', '--error-format=json', '-f', 'json']),
      await inTree(['archive', '--error-format', 'json', '--jobs', '2'], { workerUrl: new URL('file:///nonexistent/worker.js') }),
    ];
    expect(cases.map((r) => r.code)).toEqual([2, 2, 1]);
    const records = cases.map((r) => JSON.parse(r.stderr));
    expect(records.map((x) => [x.file, x.code])).toEqual([
      [null, 'usage'],
      [null, 'usage'],
      [null, 'internal-error'],
    ]);
    expect(records[0].message).toMatch(/unknown option '--frobnicate'/);
  });

  it('a usage error names finsam parse --help; the top-level help has examples and the environment', async () => {
    expect((await inTree(['--frobnicate'])).stderr).toContain('(run finsam parse --help for usage)');
    const help = await run(['--help']);
    for (const text of ['Examples:', 'finsam parse archive --out json', 'NO_COLOR', 'FORCE_COLOR=0', 'Exit codes']) expect(help.stdout).toContain(text);
  });

  it('FORCE_COLOR works both ways', async () => {
    tree.put('in/empty.txt', '');
    tree.put('in/p.txt', CLEAN);
    expect((await inTree(['in', '--out', 'o1'], { env: { FORCE_COLOR: '1' } })).stderr).toMatch(ESCAPE);
    expect((await inTree(['in', '--out', 'o2'], { tty: true, env: { FORCE_COLOR: '0' } })).stderr).not.toMatch(ESCAPE);
    expect((await inTree(['in', '--out', 'o3'], { tty: true })).stderr).toMatch(ESCAPE);
  });
});
