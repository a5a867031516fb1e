// The arguments of `finsam parse` as the list of things to convert, in a fixed order: the
// order given, and within a folder or glob pattern its paths sorted. Folders are searched
// recursively; links inside them are never followed, so a link loop ends and nothing
// outside the given roots is read. Such links, and whatever else cannot be a text file,
// are listed as skipped rather than dropped silently. fast-glob is loaded only when an
// argument is a folder or a pattern: naming files costs nothing more than a stat.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
  /** The path's bytes, when a name in it is not UTF-8 (`\xe5rsm\xf6te.txt`): Node's string for it names no file. */
  raw?: Uint8Array;
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

export interface ExpandOptions {
  glob: string;
  /** The default glob matches extensions in any case (`B.TXT`); a pattern the user gave is matched as written. */
  anyCase?: boolean;
  cwd: string;
  /** The --out folder: never read as input, even when it lies inside an input folder. */
  out?: string;
  /** Mirror each folder or pattern under its own name (`x/a.txt` → `x/a.json`), as `cp -r x y DIR` does. */
  nameRoots?: boolean;
}

export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const entries: Entry[] = [];
  let searched = false;
  for (const arg of args) {
    if (arg === '-') {
      entries.push({ kind: 'stdin', path: '-', abs: '-', rel: 'stdin' });
      continue;
    }
    try {
      const found = await expandOne(arg, options);
      searched ||= found.searched;
      entries.push(...found.entries);
    } catch (e) {
      // a fault of finsam's own (or of fast-glob) on one argument fails that argument only
      entries.push({ kind: 'failed', path: arg, code: 'internal-error', message: `finsam failed on this input: ${describeError(e)}` });
    }
  }
  return { entries, searched };
}

async function expandOne(arg: string, options: ExpandOptions): Promise<Expanded> {
  const abs = resolve(options.cwd, arg);
  const type = typeOf(abs);
  if (type === 'other' || (type === 'missing' && !(await fastGlob()).isDynamicPattern(arg))) {
    // a named file is read even through a link: the user chose it. A missing one fails when read.
    return { entries: [{ kind: 'file', path: arg, abs, rel: basename(abs) }], searched: false };
  }
  const fg = await fastGlob();
  const folder = type === 'directory';
  const rootAbs = folder ? abs : resolve(options.cwd, staticStart(fg, arg));
  const prefix = options.nameRoots ? rootName(rootAbs) : '';
  const out = options.out;
  const outside = (p: string): boolean => out === undefined || !within(out, p);
  const found = folder
    ? search(fg, arg, rootAbs, options.glob, { cwd: abs, baseNameMatch: true, caseSensitiveMatch: !options.anyCase }, (p) => join(arg, p), 'folder', outside)
    : search(fg, arg, rootAbs, arg, { cwd: options.cwd }, (p) => p, 'pattern', outside);
  const entries = found.map((e) => (e.kind === 'file' && prefix ? { ...e, rel: join(prefix, e.rel) } : e));
  return { entries, searched: true };
}

/** The name a root is mirrored under: its folder's own name (none for `/`). */
const rootName = (abs: string): string => basename(abs);

/** `path` is `root` or below it. */
const within = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

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
    // the empty first part of an absolute pattern is no pattern (fast-glob refuses empty ones)
    if (part !== '' && fg.isDynamicPattern(part)) break;
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
  where: { cwd: string; baseNameMatch?: boolean; caseSensitiveMatch?: boolean },
  display: (found: string) => string,
  what: 'folder' | 'pattern',
  wanted: (abs: string) => boolean,
): Entry[] {
  const unreadable: Found[] = [];
  let found: Found[] | undefined;
  while (found === undefined) {
    const ignore = unreadable.map((u) => `${fg.escapePath(u.path)}/**`);
    try {
      found = glob(fg, pattern, { ...where, ignore });
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      // only the file system's own errors (EACCES, …) are about a folder; anything else is a fault
      if (typeof error.code !== 'string' || !error.code.startsWith('E')) throw e;
      const at = error.path === undefined ? rootAbs : resolve(where.cwd, error.path);
      const path = relative(where.cwd, at).split(sep).join('/');
      // the root itself, or an error that skipping its folder does not cure
      if (at === rootAbs || unreadable.some((u) => u.path === path) || unreadable.length >= 1000) {
        return [{ kind: 'failed', path: arg, code: 'read-error', message: describeError(error) }];
      }
      unreadable.push({ path, kind: 'unreadable', error });
    }
  }
  const all = [...found, ...unreadable].filter((f) => wanted(resolve(where.cwd, f.path)));
  const entries = all.sort((a, b) => comparePaths(a.path, b.path)).map((f): Entry => {
    const path = display(f.path);
    const abs = resolve(where.cwd, f.path);
    switch (f.kind) {
      case 'file': {
        const raw = f.path.includes('\uFFFD') ? rawPath(abs) : undefined;
        // a name that is not UTF-8 is shown (and mirrored) as Latin-1, the usual cause
        const shown = raw ? Buffer.from(raw).toString('latin1') : undefined;
        return raw && shown
          ? { kind: 'file', path: display(relative(where.cwd, shown)), abs: shown, rel: relative(rootAbs, shown), raw }
          : { kind: 'file', path, abs, rel: relative(rootAbs, abs) };
      }
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

/**
 * The bytes of a path whose names Node could not decode as UTF-8 (each such byte became
 * U+FFFD): found again by reading each folder on the way with Buffer names. Undefined when
 * two names in a folder decode alike, since then nobody can tell which was meant.
 */
function rawPath(abs: string): Uint8Array | undefined {
  const parts = abs.split(sep).slice(1);
  let at: Buffer = Buffer.from(sep);
  for (const part of parts) {
    let name: Buffer = Buffer.from(part);
    if (part.includes('\uFFFD')) {
      const matches = (readdirSync(at, { encoding: 'buffer' }) as Buffer[]).filter((n) => n.toString('utf8') === part);
      if (matches.length !== 1) return undefined;
      name = matches[0]!;
    }
    at = at.length === 1 ? Buffer.concat([at, name]) : Buffer.concat([at, Buffer.from(sep), name]);
  }
  return at;
}

function glob(fg: Glob, pattern: string, options: { cwd: string; baseNameMatch?: boolean; caseSensitiveMatch?: boolean; ignore: string[] }): Found[] {
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

