// emit: the text forms of a ParseResult. YAML must read back as the same data in YAML 1.2
// and in YAML 1.1 readers (PyYAML), where `12:00` was a number and `2023-05-31` a date.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { emit } from '../../src/emit/emit.js';
import { parse } from '../../src/index.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const results = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parse(readFileSync(join(dir, f)), { path: f }));

const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;

describe('emit yaml', () => {
  it('quotes times, dates and other strings a YAML 1.1 reader would turn into numbers, dates or booleans', async () => {
    const text = await emit(results[3]!, 'yaml');
    expect(text).toMatch(/startTime: "\d\d:\d\d"/);
    expect(text).toMatch(/date: "\d{4}-\d\d-\d\d"/);
    const odd = { ...results[0]!, outline: ['yes', 'on', '12:30', '2024-01-01', '0123'] };
    for (const version of ['1.1', '1.2'] as const) {
      expect(parseYaml(await emit(odd, 'yaml'), { version })).toEqual(JSON.parse(JSON.stringify(odd)));
    }
  });

  it('reads back as the same data in YAML 1.1 and 1.2, for every fixture', async () => {
    for (const r of results) {
      const text = await emit(r, 'yaml');
      expect(parseYaml(text, { version: '1.1' }), r.source.path).toEqual(JSON.parse(JSON.stringify(r)));
      expect(parseYaml(text, { version: '1.2' }), r.source.path).toEqual(JSON.parse(JSON.stringify(r)));
    }
  });

  it.runIf(pyyaml)('reads back as the same data in PyYAML (python3 with yaml installed)', async () => {
    for (const r of results) {
      const py = spawnSync('python3', ['-c', 'import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'], {
        input: await emit(r, 'yaml'),
        encoding: 'utf8',
      });
      expect(py.status, py.stderr).toBe(0);
      expect(JSON.parse(py.stdout), r.source.path).toEqual(JSON.parse(JSON.stringify(r)));
    }
  });
});
