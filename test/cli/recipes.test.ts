// The README's recipes, run as a user would run them (needs `npm run build` first).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item, ParseResult } from '../../src/index.js';
import { fixtures, root, Tree } from './tree.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const bin = join(root, 'bin', 'finsam.js');
const hasJq = spawnSync('jq', ['--version']).status === 0;

/** The README line that holds `marker`, as a shell command with `finsam` the built binary. */
function recipe(marker: string): string {
  const line = readme.split('\n').find((l) => l.includes(marker));
  if (!line) throw new Error(`the README has no recipe with ${marker}`);
  return line.trim().replace(/^finsam /, `node ${JSON.stringify(bin)} `);
}

let tree: Tree;
beforeEach(() => {
  tree = new Tree();
  fixtures.forEach((f, i) => tree.put(`archive/${i}.txt`, f));
});
afterEach(() => tree.remove());

const results = (): ParseResult[] =>
  spawnSync(process.execPath, [bin, 'parse', 'archive'], { cwd: tree.dir, encoding: 'utf8', maxBuffer: 64 << 20 })
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ParseResult);

describe('README recipes', () => {
  it('every decision, sub-items included (jq, or its JavaScript equivalent without jq)', () => {
    const all = results();
    const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...walk(i.subItems)]);
    const expected = all.flatMap((r) => r.documents.flatMap((d) => walk(d.items)).flatMap((i) => i.decisions.map((x) => [r.source.path, String(x.line), x.text].join('\t'))));
    const flat = all.flatMap((r) => r.documents.flatMap((d) => d.items.flatMap((i) => i.decisions)));
    expect(flat.length).toBeLessThan(expected.length); // the shallow path misses the sub-items'
    if (hasJq) {
      const r = spawnSync('bash', ['-c', recipe('.decisions? // empty')], { cwd: tree.dir, encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trimEnd().split('\n')).toEqual(expected);
    } else {
      // `.. | .decisions? // empty | .[]`: every `decisions` array anywhere below a document
      const anywhere = (v: unknown): unknown[] =>
        Array.isArray(v) ? v.flatMap(anywhere) : v && typeof v === 'object' ? [...(Array.isArray((v as { decisions?: unknown }).decisions) ? [(v as { decisions: unknown[] }).decisions] : []), ...Object.values(v).flatMap(anywhere)] : [];
      const found = all.flatMap((r) => r.documents.flatMap((d) => anywhere(d) as { line: number; text: string }[][]).flat().map((x) => [r.source.path, String(x.line), x.text].join('\t')));
      expect(found).toEqual(expected);
    }
  });
});
