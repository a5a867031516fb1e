// The README's jq recipe (every reservation in an archive, by party) run over the fixtures
// as the README writes it, when jq is installed, against the same grouping in JavaScript.
// Needs `npm run build` first, like the other subprocess tests.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'finsam.js');

/** The jq program of the recipe: the single-quoted argument after `jq -s` in the README. */
function recipe(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const at = readme.indexOf('Every reservation in an archive, by party');
  expect(at, 'the README shows the recipe').toBeGreaterThan(0);
  const m = /finsam parse archive --format ndjson \| jq -s '([^']+)'/u.exec(readme.slice(at));
  expect(m, 'a `finsam parse … | jq -s` line').not.toBeNull();
  return m![1]!;
}

interface Entry {
  by: string[];
  text: string;
  file: string;
  date: string | null;
  paragraph: number | null;
  title: string;
  line: number;
}

/** What the recipe computes, in JavaScript. */
function byParty(results: readonly ParseResult[]): Record<string, Entry[]> {
  const rows: (Entry & { party: string })[] = [];
  for (const r of results) {
    for (const d of r.documents) {
      for (const item of d.items.flatMap((it) => [it, ...it.subItems])) {
        for (const res of item.reservations) {
          for (const party of res.parties.length ? res.parties : ['-']) {
            rows.push({ party, by: res.by, text: res.text, file: r.source.path, date: d.meeting?.date ?? null, paragraph: item.number, title: item.title, line: res.line });
          }
        }
      }
    }
  }
  const out: Record<string, Entry[]> = {};
  // jq's group_by sorts by the key (code points) and keeps the order within a group
  for (const row of [...rows].sort((a, b) => (a.party < b.party ? -1 : a.party > b.party ? 1 : 0))) {
    const { party, ...entry } = row;
    (out[party] ??= []).push(entry);
  }
  return out;
}

describe('README: every reservation in an archive, by party', () => {
  const run = spawnSync(process.execPath, [bin, 'parse', 'fixtures', '--format', 'ndjson'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ndjson = run.stdout;
  const results = ndjson
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ParseResult);

  it('groups the fixtures’ reservations by party', () => {
    expect(run.status, run.stderr).toBe(0);
    const grouped = byParty(results);
    expect(Object.keys(grouped)).toEqual(['L', 'MP', 'SD', 'V']);
    expect(grouped['SD']!.map((e) => [e.paragraph, e.by, e.line])).toEqual([[48, [], 142]]);
    expect(grouped['V']!.map((e) => [e.paragraph, e.by])).toEqual([[47, ['Amir Haddad', 'Helena Brodin']]]);
    expect(grouped['MP']).toEqual(grouped['V']);
  });

  const jq = spawnSync('jq', ['--version'], { encoding: 'utf8' });
  it.skipIf(jq.status !== 0)('jq prints what the JavaScript grouping does', () => {
    const out = spawnSync('jq', ['-s', recipe()], { input: ndjson, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(byParty(results));
  });

  it('the recipe is in the README', () => {
    expect(recipe()).toContain('group_by(.party)');
  });
});
