// The pipeline is visible in the tree, and it only flows one way: no stage imports a
// later stage, the shared layers import no stage, and the CLI imports the library's
// public entry points only (it holds no parsing logic).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');
const ORDER = ['lexicon', 'schema', 'text', 'errors', 'decode', 'pdf', 'layout', 'normalise', 'split', 'detect', 'segment', 'parse', 'redact', 'validate', 'emit', 'public-api', 'pdf-api', 'index', 'cli'];
const SHARED = new Set(['lexicon', 'schema', 'text', 'errors']);
const CLI_MAY_IMPORT = new Set(['cli', 'public-api', 'pdf-api', 'errors', 'emit', 'schema', 'index']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const stageOf = (file: string): string => relative(src, file).split(/[\\/]/)[0]!.replace(/\.ts$/, '');
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));

const all = files(src).map((f) => ({ file: f, stage: stageOf(f), imports: importsOf(f).map(stageOf) }));

describe('architecture', () => {
  it('knows every top-level module of src/', () => {
    expect(all.map((f) => f.stage).filter((s) => !ORDER.includes(s))).toEqual([]);
  });

  it('no stage imports a later stage', () => {
    const wrong = all.flatMap(({ file, stage, imports }) =>
      imports.filter((i) => ORDER.indexOf(i) > ORDER.indexOf(stage)).map((i) => `${relative(src, file)} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the shared layers import no pipeline stage', () => {
    const wrong = all
      .filter((f) => SHARED.has(f.stage))
      .flatMap(({ file, imports }) => imports.filter((i) => !SHARED.has(i)).map((i) => `${relative(src, file)} → ${i}`));
    expect(wrong).toEqual([]);
  });

  it('the CLI uses the library through its public entry points only', () => {
    const wrong = all
      .filter((f) => f.stage === 'cli')
      .flatMap(({ file, imports }) => imports.filter((i) => !CLI_MAY_IMPORT.has(i)).map((i) => `${relative(src, file)} → ${i}`));
    expect(wrong).toEqual([]);
  });

  it('nothing changes V8 flags at run time (Node documents it as unsafe once V8 runs; it crashed CI once)', () => {
    const bin = join(src, '..', 'bin');
    const sources = [...files(src), ...readdirSync(bin).map((f) => join(bin, f))];
    const wrong = sources.filter((f) => /setFlagsFromString\((?!\))/.test(readFileSync(f, 'utf8'))).map((f) => relative(join(src, '..'), f));
    expect(sources.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});
