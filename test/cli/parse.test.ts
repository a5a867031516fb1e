import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ParseResultSchema } from '../../src/index.js';
import { run } from '../support/io.js';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', '003-kalmar-au-2023.txt');

describe('finsam parse (in-process)', () => {
  it('prints one ParseResult as 2-space JSON', async () => {
    const r = await run(['parse', fixture]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    const result = ParseResultSchema.parse(JSON.parse(r.stdout));
    expect(result.source.path).toBe(fixture);
    expect(result.documents[0]!.kind).toBe('minutes');
  });

  it('prints YAML with --format yaml', async () => {
    const r = await run(['parse', '--format', 'yaml', fixture]);
    expect(r.code).toBe(0);
    const result = ParseResultSchema.parse(parseYaml(r.stdout));
    expect(result.documents[0]!.meeting!.date).toBe('2023-05-31');
  });

  it('reads standard input for -', async () => {
    const r = await run(['parse', '-'], { stdin: readFileSync(fixture) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('-');
  });

  it('exits 1 with the file name on stderr when an input is unreadable', async () => {
    const r = await run(['parse', 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^no\/such\/file\.txt: /);
  });

  it('exits 2 on an unknown option or format', async () => {
    expect((await run(['parse', '--frobnicate', fixture])).code).toBe(2);
    expect((await run(['parse', '--format', 'xml', fixture])).code).toBe(2);
    expect((await run(['nonsense'])).code).toBe(2);
  });

  it('exits 0 for --help and --version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('parse');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
