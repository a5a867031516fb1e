// `finsam parse --format csv`, in-process in a temp dir, and the README's table recipes
// (DuckDB through @duckdb/node-api, jq when installed) checked against the ParseResults.
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/emit/tables.js';
import type { ParseResult } from '../../src/index.js';
import { run } from '../support/io.js';
import { archive, fixtures, problems, root, SUMMARY, Tree } from './tree.js';

let tree: Tree;
beforeEach(() => {
  tree = new Tree();
});
afterEach(() => tree.remove());

const inTree = (argv: string[], options: Parameters<typeof run>[1] = {}) => run(['parse', ...argv], { cwd: tree.dir, ...options });
const records = (text: string) => parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
// five tables, and votes and reservations once the schema has them
const TABLES = TABLE_NAMES.map((t) => `${t}.csv`).sort();

describe('--format csv', () => {
  it('--table prints one table on stdout: the header once, then every input', async () => {
    archive(tree);
    const r = await inTree(['archive', '-f', 'csv', '--table', 'documents']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('file,document,kind,title,')).toBe(true);
    expect(r.stdout.includes('\r\n')).toBe(true);
    expect(records(r.stdout).map((d) => d.file)).toEqual(['archive/2023/p1.txt', 'archive/2024/q/p2.txt', 'archive/2024/q/p2.txt', 'archive/top.txt']);
    expect(r.stderr).toMatch(SUMMARY);
  });

  it('--bom starts the table with a byte order mark', async () => {
    archive(tree);
    const r = await inTree(['archive/top.txt', '-f', 'csv', '--table', 'items', '--bom']);
    expect(r.stdout.startsWith('\uFEFFfile,document,item,')).toBe(true);
    expect(r.stderr).toBe('');
  });

  it('--out DIR writes every table of the batch, atomically, and replaces them only with --force', async () => {
    archive(tree);
    const r = await inTree(['archive', '-f', 'csv', '--out', 'tables']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(tree.path('tables')).sort()).toEqual(TABLES);
    const json = (await inTree(['archive'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as ParseResult);
    expect(records(tree.read('tables/participants.csv'))).toHaveLength(json.reduce((n, x) => n + x.documents.reduce((m, d) => m + d.participants.length, 0), 0));

    const again = await inTree(['archive', '-f', 'csv', '--out', 'tables']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('finsam: tables/documents.csv exists (--force overwrites it)\n');
    const forced = await inTree(['archive', '-f', 'csv', '--out', 'tables', '--force', '--error-format', 'json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(tree.path('tables')).sort()).toEqual(TABLES); // no temporary file left
  });

  it('-o FILE with --table writes that one table for all inputs', async () => {
    archive(tree);
    const r = await inTree(['archive', '-f', 'csv', '--table', 'decisions', '-o', 'decisions.csv', '--bom']);
    expect(r.code, r.stderr).toBe(0);
    const text = tree.read('decisions.csv');
    expect(text.startsWith('\uFEFFfile,document,item,decision,text,by,line\r\n')).toBe(true);
    expect(new Set(records(text).map((d) => d.file)).size).toBeGreaterThan(1);
  });

  it('isolates a bad file like JSON output: a line on stderr, no rows, exit 1', async () => {
    archive(tree);
    tree.put('archive/empty.txt', '');
    const r = await inTree(['archive', '-f', 'csv', '--out', 'tables']);
    expect(r.code).toBe(1);
    expect(problems(r.stderr)).toEqual(['archive/empty.txt: empty-input: the file has no text']);
    expect(r.stderr.match(SUMMARY)!.slice(1)).toEqual(['3', '1', '0']);
    expect(new Set(records(tree.read('tables/documents.csv')).map((d) => d.file))).toEqual(new Set(['archive/2023/p1.txt', 'archive/2024/q/p2.txt', 'archive/top.txt']));
  });

  it('leaves no tables when the run is interrupted', async () => {
    archive(tree);
    tree.put('archive/0-empty.txt', '');
    const signals = new EventEmitter();
    // Ctrl-C as soon as the first file's problem is on stderr
    const r = await run(['parse', 'archive', '-f', 'csv', '--out', 'tables', '--jobs', '1'], { cwd: tree.dir, signals, onStderr: () => signals.emit('SIGINT') });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^interrupted after 1 of 4 files: 0 converted, 1 failed, 0 skipped in/m);
    expect(readdirSync(tree.path('tables'))).toEqual([]);
  });

  it('says what is wrong with a csv call', async () => {
    archive(tree);
    const cases: [string[], RegExp][] = [
      [['archive', '-f', 'csv'], /--format csv prints one table on standard output: name it with --table/],
      [['archive', '-f', 'csv', '--table', 'people'], /--table people: no such table; the tables are documents, participants, items, decisions, signatures/],
      [['archive', '--table', 'items'], /--table only applies with --format csv/],
      [['archive', '--bom', '-f', 'ndjson'], /--bom only applies with --format csv/],
      [['archive', '-f', 'csv', '--out', 'tables', '--skip-existing'], /--skip-existing does not apply to --format csv/],
    ];
    for (const [argv, message] of cases) {
      const r = await inTree(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

// the README's recipes for the question "attendance per person and year"
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const sqlBlocks = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const duckdb = await import('@duckdb/node-api').catch((e: Error) => e);
const bin = join(root, 'bin', 'finsam.js');

/** The answer, from the ParseResults themselves: `name\tyear\tmeetings`, sorted. */
function attendance(results: ParseResult[]): string[] {
  const counts = new Map<string, number>();
  for (const d of results.flatMap((r) => r.documents)) {
    if (d.kind !== 'minutes') continue;
    for (const p of d.participants.filter((x) => x.role !== 'absent')) {
      const key = `${p.name}\t${d.meeting?.date?.slice(0, 4) ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([k, n]) => `${k}\t${n}`).sort();
}

describe('README recipes on tables', () => {
  const build = () => {
    fixtures.forEach((f, i) => tree.put(`archive/${i}.txt`, f));
    const ndjson = spawnSync(process.execPath, [bin, 'parse', 'archive'], { cwd: tree.dir, encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
    tree.put('results.ndjson', ndjson);
    expect(spawnSync(process.execPath, [bin, 'parse', 'archive', '-f', 'csv', '--out', 'tables'], { cwd: tree.dir }).status).toBe(0);
    return ndjson.trim().split('\n').map((l) => JSON.parse(l) as ParseResult);
  };

  it.runIf(!(duckdb instanceof Error))('DuckDB: the join over the CSV tables and the query over NDJSON give the answer', async () => {
    if (duckdb instanceof Error) return;
    const expected = attendance(build());
    expect(expected.length).toBeGreaterThan(10);
    expect(sqlBlocks).toHaveLength(2);
    const db = await duckdb.DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    for (const sql of sqlBlocks) {
      const rows = (await connection.runAndReadAll(sql.replaceAll("'tables/", `'${tree.dir}/tables/`).replaceAll("'results.ndjson'", `'${tree.dir}/results.ndjson'`))).getRowObjectsJson();
      expect(rows.map((r) => `${String(r.name)}\t${r.year ?? ''}\t${String(r.meetings)}`).sort()).toEqual(expected);
    }
    connection.closeSync();
  });

  it.runIf(spawnSync('jq', ['--version']).status === 0)('jq gives the same answer', () => {
    const expected = attendance(build());
    const line = readme.split('\n').find((l) => l.includes('group_by([.name, .year])'))!.trim().replace(/^finsam /, `node ${JSON.stringify(bin)} `);
    const r = spawnSync('bash', ['-c', line], { cwd: tree.dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n').sort()).toEqual(expected);
  });
});
