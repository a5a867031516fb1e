// The real binary, as a user runs it after `npm install` (needs `npm run build` first).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { run } from '../support/io.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'finsam.js');
const finsam = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });

describe('bin/finsam.js (subprocess)', () => {
  it('prints JSON for every fixture that validates against `finsam schema`', () => {
    const schema = finsam('schema');
    expect(schema.status).toBe(0);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(schema.stdout));
    for (const name of ['000-sjuharad-medlemssamrad-2020', '002-skaraborg-styrelse-2024', '004-umea-kallelse-protokoll-2020']) {
      const r = finsam('parse', `fixtures/${name}.txt`);
      expect(r.status, r.stderr).toBe(0);
      const ok = validate(JSON.parse(r.stdout));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects output that breaks the schema (the check can fail)', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(finsam('schema').stdout));
    const r = JSON.parse(finsam('parse', 'fixtures/003-kalmar-au-2023.txt').stdout);
    r.documents[0].meeting.date = '31 maj 2023';
    expect(validate(r)).toBe(false);
  });

  // bin/finsam.js runs the esbuild bundle (dist/bundle/), the in-process runs the source:
  // what the bundle does differently (CommonJS packages, chunks loaded on demand) shows here
  it('the bundled command prints what the source does, in every format and for standard input', async () => {
    const file = 'fixtures/001-sjuharad-medlemssamrad-2018.txt';
    const cases: { args: string[]; stdin?: string }[] = [
      { args: ['--version'] },
      { args: ['schema'] },
      { args: ['parse', '-f', 'yaml', file] },
      { args: ['parse', '-f', 'ndjson', 'fixtures/00[0-2]*.txt', '--jobs', '2'] },
      { args: ['parse', '-'], stdin: readFileSync(join(root, file), 'utf8') },
    ];
    for (const { args, stdin } of cases) {
      const sub = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input: stdin, maxBuffer: 64 << 20 });
      const own = await run(args, { cwd: root, stdin });
      expect(sub.status, `${args.join(' ')}: ${sub.stderr}`).toBe(own.code);
      expect(sub.stdout, args.join(' ')).toBe(own.stdout);
    }
  });

  it('installs from its package without running a script, and says so when a clone is not built', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; files: string[]; license: string };
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[script], script).toBeUndefined();
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the finsam authors\n/);
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'LICENSE', 'docs/SCHEMA.md']));
    const bare = mkdtempSync(join(tmpdir(), 'finsam-unbuilt-'));
    try {
      cpSync(join(root, 'bin'), join(bare, 'bin'), { recursive: true });
      const r = spawnSync(process.execPath, [join(bare, 'bin', 'finsam.js'), '--version'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`finsam: not built yet: run \`npm run build\` in ${bare}/\n`);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('exits 2 with a message on a usage error', () => {
    const r = finsam('parse', '--no-such-option');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});
