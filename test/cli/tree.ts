// Folders of inputs for the batch tests, built in a fresh temp dir from the fixtures.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'fixtures', f)));

export const isRoot = process.getuid?.() === 0;

export class Tree {
  readonly dir = mkdtempSync(join(tmpdir(), 'finsam-batch-'));

  path(rel: string): string {
    return join(this.dir, rel);
  }

  put(rel: string, content: string | Uint8Array): string {
    const p = this.path(rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  }

  link(rel: string, target: string): void {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    symlinkSync(target, this.path(rel));
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  /** Every file below `rel`, as sorted paths relative to it. */
  files(rel: string): string[] {
    return (readdirSync(this.path(rel), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(this.path(rel).length + 1))
      .sort();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** archive/2023/p1.txt, archive/2024/q/p2.txt, archive/top.txt and a notes.md that *.txt leaves out. */
export function archive(tree: Tree): void {
  tree.put('archive/2023/p1.txt', fixtures[0]!);
  tree.put('archive/2024/q/p2.txt', fixtures[2]!);
  tree.put('archive/top.txt', fixtures[3]!);
  tree.put('archive/notes.md', fixtures[1]!);
}

/** Any terminal escape: colour, cursor movement, line clearing. */
// eslint-disable-next-line no-control-regex
export const ESCAPE = /\x1b/;
export const SUMMARY = /^(\S+) converted, (\S+) failed, (\S+) skipped in [\d,]+\.\d s$/m;
/** The summary's line about converted files with warnings: `2 with warnings: no-items 1, …`. */
export const WARNED = /^(\S+) with warnings: (.*?)(?: \(--warnings lists them\))?$/m;
/** stderr without the summary: the lines about single files. */
export const problems = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '' && !SUMMARY.test(l) && !WARNED.test(l));
