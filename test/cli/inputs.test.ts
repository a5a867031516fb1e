// expandInputs on its own: a fault on one argument (here fast-glob throwing, as it did on
// the empty first part of an absolute pattern) fails that argument only.
import { describe, expect, it, vi } from 'vitest';
import { archive, Tree } from './tree.js';

vi.mock('fast-glob', async (original) => {
  const fg = ((await original()) as { default: typeof import('fast-glob') }).default;
  const sync = (pattern: string, options: object) => {
    if (pattern.includes('boom')) throw new TypeError('Patterns must be a string (non empty) or an array of strings');
    return fg.sync(pattern, options);
  };
  return { default: Object.assign(Object.create(fg) as object, { sync, isDynamicPattern: fg.isDynamicPattern, escapePath: fg.escapePath }) };
});

const { expandInputs } = await import('../../src/cli/inputs.js');

describe('expandInputs', () => {
  it('an internal error on one argument fails that argument only', async () => {
    const tree = new Tree();
    try {
      archive(tree);
      const { entries } = await expandInputs(['archive/boom/*.txt', 'archive/2023', 'archive/top.txt'], { glob: '*.txt', cwd: tree.dir });
      expect(entries.map((e) => [e.kind, e.path])).toEqual([
        ['failed', 'archive/boom/*.txt'],
        ['file', 'archive/2023/p1.txt'],
        ['file', 'archive/top.txt'],
      ]);
      expect(entries[0]).toMatchObject({ code: 'internal-error', message: expect.stringContaining('Patterns must be a string') });
    } finally {
      tree.remove();
    }
  });
});
