// The arguments of `finsam parse` as the list of things to convert, in a fixed order: the
// order given, and within a folder or glob pattern its paths sorted. Folders are searched
// recursively; links inside them are never followed, so a link loop ends and nothing
// outside the given roots is read. Such links, and whatever else cannot be a text file,
// are listed as skipped rather than dropped silently. fast-glob is loaded only when an
// argument is a folder or a pattern: naming files costs nothing more than a stat.
import { lstatSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type FastGlob from 'fast-glob';
import { describeError } from './errno.js';

type Glob = typeof FastGlob;
let loaded: Glob | undefined;
const fastGlob = async (): Promise<Glob> => (loaded ??= (await import('fast-glob')).default);

/** One input: read from `abs` (or standard input), reported as `path`, mirrored as `rel` under --out. */
export interface Input {
  kind: 'file' | 'stdin';
  /** As the user would write it: the argument, or the folder argument joined with the found path. */
  path: string;
  abs: string;
  /** Relative to its root: the folder or the static start of the pattern, else the file's own folder. */
  rel: string;
}

/** Something found that is not converted, with the reason (one stderr line each). */
export interface Notice {
  kind: 'skipped' | 'failed';
  path: string;
  code: string;
  message: string;
}

export type Entry = Input | Notice;

export interface Expanded {
  entries: Entry[];
  /** Whether any argument was a folder or pattern (a run over an archive gets a summary). */
  searched: boolean;
}

export async function expandInputs(args: readonly string[], options: { glob: string; cwd: string }): Promise<Expanded> {
  const entries: Entry[] = [];
  let searched = false;
  for (const arg of args) {
    if (arg === '-') {
      entries.push({ kind: 'stdin', path: '-', abs: '-', rel: 'stdin' });
      continue;
    }
    const abs = resolve(options.cwd, arg);
    const type = typeOf(abs);
    const fg = type === 'other' ? undefined : await fastGlob();
    if (type === 'directory') {
      searched = true;
      entries.push(...search(fg!, arg, abs, options.glob, { cwd: abs, baseNameMatch: true }, (p) => join(arg, p), 'folder'));
    } else if (type === 'missing' && fg!.isDynamicPattern(arg)) {
      searched = true;
      entries.push(...search(fg!, arg, resolve(options.cwd, staticStart(fg!, arg)), arg, { cwd: options.cwd }, (p) => p, 'pattern'));
    } else {
      // a named file is read even through a link: the user chose it. A missing one fails when read.
      entries.push({ kind: 'file', path: arg, abs, rel: basename(abs) });
    }
  }
  return { entries, searched };
}

function typeOf(abs: string): 'directory' | 'other' | 'missing' {
  try {
    return statSync(abs).isDirectory() ? 'directory' : 'other';
  } catch {
    // a dangling link exists for lstat: it is a file argument whose read will fail
    try {
      lstatSync(abs);
      return 'other';
    } catch {
      return 'missing';
    }
  }
}

/** `archive/{2023,2024}/*.txt` → `archive`: the folders before the first wildcard. */
function staticStart(fg: Glob, pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === 0) return '.';
  if (fixed.length === 1 && fixed[0] === '') return '/';
  return fixed.join('/');
}

type Found = { path: string; kind: 'file' | 'link' | 'special' } | { path: string; kind: 'unreadable'; error: NodeJS.ErrnoException };

/**
 * The matches of one folder or pattern, sorted. An unreadable subfolder fails on its own
 * and the search goes on without it (fast-glob would otherwise drop the whole folder, or,
 * with suppressErrors, every unreadable part silently).
 */
function search(
  fg: Glob,
  arg: string,
  rootAbs: string,
  pattern: string,
  where: { cwd: string; baseNameMatch?: boolean },
  display: (found: string) => string,
  what: 'folder' | 'pattern',
): Entry[] {
  const unreadable: Found[] = [];
  let found: Found[] | undefined;
  while (found === undefined) {
    const ignore = unreadable.map((u) => `${fg.escapePath(u.path)}/**`);
    try {
      found = glob(fg, pattern, { ...where, ignore });
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      const at = error.path === undefined ? rootAbs : resolve(where.cwd, error.path);
      const path = relative(where.cwd, at).split(sep).join('/');
      // the root itself, or an error that skipping its folder does not cure
      if (at === rootAbs || unreadable.some((u) => u.path === path) || unreadable.length >= 1000) {
        return [{ kind: 'failed', path: arg, code: 'read-error', message: describeError(error) }];
      }
      unreadable.push({ path, kind: 'unreadable', error });
    }
  }
  const entries = [...found, ...unreadable].sort((a, b) => comparePaths(a.path, b.path)).map((f): Entry => {
    const path = display(f.path);
    const abs = resolve(where.cwd, f.path);
    switch (f.kind) {
      case 'file':
        return { kind: 'file', path, abs, rel: relative(rootAbs, abs) };
      case 'unreadable':
        return { kind: 'failed', path, code: 'read-error', message: describeError(f.error) };
      case 'link':
        return { kind: 'skipped', path, code: 'symlink-skipped', message: 'a symbolic link; links inside folders and patterns are not followed' };
      case 'special':
        return { kind: 'skipped', path, code: 'not-a-file', message: 'not a regular file' };
    }
  });
  if (entries.length === 0) {
    const message = what === 'folder' ? `no file in the folder matches ${pattern} (--glob)` : 'no file matches the pattern';
    entries.push({ kind: 'failed', path: arg, code: 'no-match', message });
  }
  return entries;
}

function glob(fg: Glob, pattern: string, options: { cwd: string; baseNameMatch?: boolean; ignore: string[] }): Found[] {
  return fg
    .sync(pattern, { ...options, followSymbolicLinks: false, onlyFiles: false, objectMode: true, dot: false, unique: true })
    .flatMap((e): Found[] => {
      const d = e.dirent;
      if (d.isDirectory()) return [];
      return [{ path: e.path, kind: d.isFile() ? 'file' : d.isSymbolicLink() ? 'link' : 'special' }];
    });
}

/** Path order folder by folder (by UTF-16 code unit, not locale: the same on every machine). */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

