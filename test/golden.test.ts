// Golden fixtures: fixtures/NAME.txt (or NAME.pdf) is parsed and compared with fixtures/NAME.json;
// so is each text of other bodies in fixtures/corpus/ (see its SOURCES.md).
// `UPDATE=1 npm test` rewrites the expected files; review every line of that diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parsePdf } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const update = process.env.UPDATE === '1';
const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
const corpus = readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.txt'));

function compare(name: string, actual: string, folder = dir): void {
  const expectedPath = join(folder, name.replace(/\.(txt|pdf)$/, '.json'));
  if (update) writeFileSync(expectedPath, actual);
  if (!existsSync(expectedPath)) throw new Error(`no ${expectedPath}: run UPDATE=1 npm test, then review the new file`);
  expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
}

describe('golden fixtures', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(5));
  for (const name of names) {
    it(name, () => {
      const result = parse(readFileSync(join(dir, name)), { path: `fixtures/${name}` });
      compare(name, JSON.stringify(result, null, 2) + '\n');
    });
  }
});

describe('golden fixtures of other bodies (fixtures/corpus)', () => {
  it('has them', () => expect(corpus.length).toBeGreaterThanOrEqual(5));
  for (const name of corpus) {
    it(name, () => {
      const result = parse(readFileSync(join(dir, 'corpus', name)), { path: `fixtures/corpus/${name}` });
      compare(name, JSON.stringify(result, null, 2) + '\n', join(dir, 'corpus'));
    });
  }
});

describe('golden PDF fixtures', () => {
  it('has a real PDF', () => expect(pdfs.length).toBeGreaterThanOrEqual(1));
  for (const name of pdfs) {
    it(name, async () => {
      const result = await parsePdf(readFileSync(join(dir, name)), { path: `fixtures/${name}` });
      compare(name, JSON.stringify(result, null, 2) + '\n');
    });
  }
});
