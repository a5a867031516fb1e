// `finsam parse` over folders, patterns and standard input, in-process, in a temp dir.
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParseResultSchema } from '../../src/index.js';
import { ClosingPipe, run } from '../support/io.js';
import { archive, ESCAPE, fixtures, isRoot, problems, SUMMARY, Tree } from './tree.js';

let tree: Tree;
beforeEach(() => {
  tree = new Tree();
});
afterEach(() => tree.remove());

const inTree = (argv: string[], options: Parameters<typeof run>[1] = {}) => run(['parse', ...argv], { cwd: tree.dir, ...options });
const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const summaryOf = (stderr: string) => stderr.match(SUMMARY)?.slice(1, 4);

describe('finsam parse: folders and --out', () => {
  it('converts a folder recursively, mirroring nested paths under --out', async () => {
    archive(tree);
    const r = await inTree(['archive', '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(tree.files('out')).toEqual(['2023/p1.json', '2024/q/p2.json', 'top.json']);
    for (const [out, src] of [['out/2023/p1.json', 'archive/2023/p1.txt'], ['out/2024/q/p2.json', 'archive/2024/q/p2.txt']]) {
      const text = tree.read(out!);
      expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
      expect(ParseResultSchema.parse(JSON.parse(text)).source.path).toBe(src);
    }
    expect(problems(r.stderr)).toEqual([]);
    expect(summaryOf(r.stderr)).toEqual(['3', '0', '0']);
  });

  it('writes YAML files with --format yaml', async () => {
    archive(tree);
    const r = await inTree(['archive', '--out', 'out', '-f', 'yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(tree.files('out')).toEqual(['2023/p1.yaml', '2024/q/p2.yaml', 'top.yaml']);
    expect(tree.read('out/top.yaml')).toMatch(/^schemaVersion: 1\n/);
  });

  it('takes other files from folders with --glob, still in every subfolder', async () => {
    archive(tree);
    tree.put('archive/deep/er/more.md', fixtures[4]!);
    const r = await inTree(['archive', '--glob', '*.md', '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(tree.files('out')).toEqual(['deep/er/more.json', 'notes.json']);
  });

  it('mirrors the paths of a glob pattern below its fixed start', async () => {
    archive(tree);
    const r = await inTree(['archive/**/p*.txt', '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(tree.files('out')).toEqual(['2023/p1.json', '2024/q/p2.json']);
  });

  it('puts a plain file argument under its own name, and standard input as stdin.json', async () => {
    archive(tree);
    const r = await inTree(['archive/2024/q/p2.txt', '-', '--out', 'out'], { stdin: fixtures[4]! });
    expect(r.code, r.stderr).toBe(0);
    expect(tree.files('out')).toEqual(['p2.json', 'stdin.json']);
    expect(JSON.parse(tree.read('out/stdin.json')).source.path).toBe('-');
    expect(summaryOf(r.stderr)).toEqual(['2', '0', '0']);
  });

  it('refuses to overwrite an existing output without --force, and replaces it with --force', async () => {
    archive(tree);
    tree.put('out/top.json', 'old\n');
    const refused = await inTree(['archive', '--out', 'out']);
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)[0]).toBe('archive/top.txt: output-exists: out/top.json exists (--force overwrites it, --skip-existing keeps it)');
    expect(summaryOf(refused.stderr)).toEqual(['2', '1', '0']);
    expect(tree.read('out/top.json')).toBe('old\n');
    expect(existsSync(tree.path('out/2023/p1.json'))).toBe(true);

    const forced = await inTree(['archive', '--out', 'out', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(tree.read('out/top.json')).source.path).toBe('archive/top.txt');
    expect(tree.files('out').filter((f) => !f.endsWith('.json'))).toEqual([]); // no temp file left behind
  });

  it('never writes outside --out, not even through a link inside it', async () => {
    archive(tree);
    tree.put('elsewhere/.keep', '');
    tree.link('out/2023', '../elsewhere');
    tree.link('out/top.json', '../elsewhere/top.json');
    const r = await inTree(['archive', '--out', 'out', '--force']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr).slice(0, 2)).toEqual([
      'archive/2023/p1.txt: output-outside: out/2023/p1.json leads outside out through a symbolic link',
      'archive/top.txt: output-outside: out/top.json is a symbolic link; finsam does not write through links',
    ]);
    expect(tree.files('elsewhere')).toEqual(['.keep']);
    expect(existsSync(tree.path('out/2024/q/p2.json'))).toBe(true);
  });

  it('fails the later of two inputs that would share one output', async () => {
    tree.put('a/p.txt', fixtures[0]!);
    tree.put('b/p.txt', fixtures[1]!);
    const r = await inTree(['a/p.txt', 'b/p.txt', '--out', 'out', '--force']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe('b/p.txt: output-conflict: out/p.json is already the output of a/p.txt');
    expect(JSON.parse(tree.read('out/p.json')).source.path).toBe('a/p.txt');
  });
});

describe('finsam parse: one bad file does not stop a batch', () => {
  it('reports empty, binary, oversized and missing inputs and converts the rest', async () => {
    archive(tree);
    tree.put('archive/bad/empty.txt', '');
    tree.put('archive/bad/binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    tree.put('archive/bad/large.txt', fixtures[4]!);
    expect(fixtures[4]!.length).toBe(34_292);
    const r = await inTree(['archive', 'missing.txt', '--out', 'out', '--max-bytes', '20000']);
    expect(r.code).toBe(1);
    expect(problems(r.stderr)).toEqual([
      'archive/bad/binary.txt: binary-input: a ZIP archive (or a .docx, .xlsx, .odt file), not text; finsam reads text files',
      'archive/bad/empty.txt: empty-input: the file has no text',
      'archive/bad/large.txt: input-too-large: 33.5 KiB is more than the limit of 20,000 bytes (--max-bytes)',
      'missing.txt: read-error: no such file or folder (ENOENT)',
    ]);
    expect(summaryOf(r.stderr)).toEqual(['3', '4', '0']);
    // two arguments: the folder is mirrored under its own name
    expect(tree.files('out')).toEqual(['archive/2023/p1.json', 'archive/2024/q/p2.json', 'archive/top.json']);
  });

  it.skipIf(isRoot)('reports a file without read permission (EACCES)', async () => {
    archive(tree);
    chmodSync(tree.put('archive/secret.txt', fixtures[0]!), 0o000);
    const r = await inTree(['archive', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('archive/secret.txt: read-error: permission denied (EACCES)\n');
    expect(summaryOf(r.stderr)).toEqual(['3', '1', '0']);
  });

  it('reports a file that cannot be read: a dangling link named on the command line', async () => {
    tree.put('ok.txt', fixtures[0]!);
    tree.link('gone.txt', 'nowhere.txt');
    const r = await inTree(['gone.txt', 'ok.txt', '-f', 'ndjson']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe('gone.txt: read-error: no such file or folder (ENOENT)');
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.path)).toEqual(['ok.txt']);
  });

  it('ends in a link loop: links inside folders are skipped, never followed', async () => {
    archive(tree);
    tree.put('outside/secret.txt', fixtures[1]!);
    tree.link('archive/2024/loop', '..');
    tree.link('archive/2024/self', 'self');
    tree.link('archive/escape.txt', '../outside/secret.txt');
    const r = await inTree(['archive', '--glob', '*', '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(problems(r.stderr)).toEqual([
      'archive/2024/loop: symlink-skipped: a symbolic link; links inside folders and patterns are not followed',
      'archive/2024/self: symlink-skipped: a symbolic link; links inside folders and patterns are not followed',
      'archive/escape.txt: symlink-skipped: a symbolic link; links inside folders and patterns are not followed',
    ]);
    expect(summaryOf(r.stderr)).toEqual(['4', '0', '3']);
    expect(tree.files('out')).toEqual(['2023/p1.json', '2024/q/p2.json', 'notes.json', 'top.json']);

    const pattern = await inTree(['archive/**/*.txt', '-f', 'ndjson']);
    expect(lines(pattern.stdout).map((l) => JSON.parse(l).source.path)).toEqual(['archive/2023/p1.txt', 'archive/2024/q/p2.txt', 'archive/top.txt']);
  });

  it('fails a folder or pattern that matches nothing', async () => {
    tree.put('empty-folder/readme.md', 'x');
    const r = await inTree(['empty-folder', 'nothing/*.txt', '-f', 'ndjson']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr).slice(0, 2)).toEqual([
      'empty-folder: no-match: no file in the folder matches *.{txt,pdf} (--glob)',
      'nothing/*.txt: no-match: no file matches the pattern',
    ]);
  });
});

describe('finsam parse: standard output', () => {
  it('writes NDJSON in input order (the order given, each folder sorted) with several jobs', async () => {
    archive(tree);
    tree.put('z-first.txt', fixtures[4]!);
    const r = await inTree(['z-first.txt', 'archive', '-', '-f', 'ndjson', '--jobs', '3'], { stdin: fixtures[0]! });
    expect(r.code, r.stderr).toBe(0);
    const results = lines(r.stdout).map((l) => ParseResultSchema.parse(JSON.parse(l)));
    expect(results.map((x) => x.source.path)).toEqual(['z-first.txt', 'archive/2023/p1.txt', 'archive/2024/q/p2.txt', 'archive/top.txt', '-']);
    expect(summaryOf(r.stderr)).toEqual(['5', '0', '0']);
  });

  it('stops quietly with exit 0 when the reader goes away (EPIPE)', async () => {
    archive(tree);
    const pipe = new ClosingPipe(1);
    const r = await inTree(['archive', '-f', 'ndjson'], { stdout: pipe });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(pipe.text)).toHaveLength(1);
    expect(JSON.parse(lines(pipe.text)[0]!).source.path).toBe('archive/2023/p1.txt');
  });

  it('fails the run with one clear line when no worker can start', async () => {
    archive(tree);
    const r = await inTree(['archive', '-f', 'ndjson', '--jobs', '2'], { workerUrl: new URL('file:///nonexistent/worker.js') });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^finsam: cannot start a parse worker \(\/nonexistent\/worker\.js\): .+\n$/);
  });

  it('prints no summary for one input to stdout', async () => {
    archive(tree);
    const r = await inTree(['archive/top.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).source.path).toBe('archive/top.txt');
  });
});

describe('finsam parse: stderr for people and for programs', () => {
  const withProblems = () => {
    archive(tree);
    tree.put('archive/empty.txt', '');
  };

  it('colours problem lines on a terminal', async () => {
    withProblems();
    const r = await inTree(['archive', '--out', 'out'], { tty: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(ESCAPE);
    expect(r.stderr).toContain('4 files'); // the progress bar: done/total
  });

  it('writes no escapes at all with NO_COLOR, TERM=dumb or --no-color, even on a terminal with FORCE_COLOR', async () => {
    withProblems();
    for (const [env, flags] of [
      [{ NO_COLOR: '1', FORCE_COLOR: '3' }, []],
      [{ TERM: 'dumb', FORCE_COLOR: '1' }, []],
      [{ FORCE_COLOR: '1' }, ['--no-color']],
    ] as const) {
      const r = await inTree(['archive', '--out', 'out', '--force', ...flags], { tty: true, env: { ...env } });
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(ESCAPE);
      expect(r.stderr).toContain('archive/empty.txt: empty-input: the file has no text\n');
    }
  });

  it('shows no progress and no colour when stderr is not a terminal', async () => {
    withProblems();
    const r = await inTree(['archive', '--out', 'out']);
    expect(r.stderr).not.toMatch(ESCAPE);
    expect(problems(r.stderr)).toEqual(['archive/empty.txt: empty-input: the file has no text']);
    expect(lines(r.stderr).at(-1)).toMatch(SUMMARY);
  });

  it('shows no progress bar when results go to the same terminal', async () => {
    archive(tree);
    const r = await inTree(['archive', '-f', 'ndjson'], { tty: true, stdoutTty: true });
    expect(r.stderr).not.toContain('files/s');
    expect(r.stdout).not.toMatch(ESCAPE);
  });

  it('writes problems as NDJSON with --error-format json, the summary last', async () => {
    withProblems();
    tree.link('archive/link.txt', 'top.txt');
    const r = await inTree(['archive', '--out', 'out', '--error-format', 'json']);
    expect(r.code).toBe(1);
    const records = lines(r.stderr).map((l) => JSON.parse(l));
    expect(records.slice(0, 2)).toEqual([
      { file: 'archive/empty.txt', code: 'empty-input', message: 'the file has no text', line: null },
      { file: 'archive/link.txt', code: 'symlink-skipped', message: expect.stringContaining('not followed'), line: null },
    ]);
    expect(records[2]).toMatchObject({ converted: 3, failed: 1, skipped: 1 });
    expect(records).toHaveLength(3);
  });
});

describe('finsam parse: exit codes', () => {
  it('0 when all converted, 1 when one failed', async () => {
    archive(tree);
    expect((await inTree(['archive', '-f', 'ndjson'])).code).toBe(0);
    writeFileSync(tree.path('archive/2023/p1.txt'), '');
    expect((await inTree(['archive', '-f', 'ndjson'])).code).toBe(1);
  });

  it('2 for several results asked for as one JSON document, naming the ways out', async () => {
    archive(tree);
    const r = await inTree(['archive', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'finsam: several results are not one JSON document: use --format ndjson (the default for several) or --out DIR\n(run finsam parse --help for usage)\n',
    );
    expect(existsSync(tree.path('out'))).toBe(false);
  });

  it('2 for options that contradict each other or make no sense', async () => {
    archive(tree);
    tree.put('a-file', 'x');
    const cases: [string[], RegExp][] = [
      [['archive', '--force', '-f', 'ndjson'], /--force only applies with --out/],
      [['archive', '--jobs', '0', '-f', 'ndjson'], /--jobs.*positive whole number/],
      [['archive', '--error-format', 'xml', '-f', 'ndjson'], /--error-format.*xml/],
      [['-', '-', '-f', 'ndjson'], /standard input\) can be given only once/],
      [['archive', '--glob', '../*.txt', '--out', 'out'], /cannot be absolute or contain \.\./],
      [['archive', '--out', 'a-file'], /--out a-file is a file/],
      [['archive', '--frobnicate'], /unknown option/],
    ];
    for (const [argv, message] of cases) {
      const r = await inTree(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('2 when nothing is named and nothing is piped in', async () => {
    const r = await inTree([], { stdinTty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input/);
  });
});

describe('finsam parse: help', () => {
  it('documents every option', async () => {
    const r = await run(['parse', '--help']);
    expect(r.code).toBe(0);
    for (const option of ['--format', '--table', '--bom', '--out', '--force', '--skip-existing', '--glob', '--jobs', '--timeout', '--warnings', '--strict', '--error-format', '--no-color', '--no-progress', '--no-redact', '--max-bytes']) {
      expect(r.stdout).toMatch(new RegExp(`${option}\\b[^\\n]*\\s{2}\\S`));
    }
  });
});
