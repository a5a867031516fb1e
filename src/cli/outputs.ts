// --out: one file per input at the input's path relative to its root, with the format's
// extension, in a folder — or, with one input, the one file named. A file is written
// whole or not at all (see atomic.ts), an existing one only with --force (or left alone
// with --skip-existing), and never outside the folder — checked on the real paths, so a
// link inside it cannot lead the write elsewhere.
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import { EXTENSIONS, type Format } from '../emit/emit.js';
import { removeStale, writeAtomic } from './atomic.js';
import { describeError } from './errno.js';
import type { Input } from './inputs.js';
import type { Destination } from './options.js';

export interface Target {
  abs: string;
  /** As the user would write it: DIR as given joined with the mirrored path. */
  shown: string;
}

export interface Refusal {
  code: string;
  message: string;
}

/** `path` is `root` or below it. */
const within = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

export class Outputs {
  /** Output path → the input it belongs to, so two inputs never share one output. */
  private readonly claimed = new Map<string, string>();
  /** Folders already rid of stale temporary files. */
  private readonly swept = new Set<string>();

  private constructor(
    private readonly to: Extract<Destination, { kind: 'file' | 'folder' }>,
    private readonly real: string,
    private readonly extension: string,
    private readonly force: boolean,
    private readonly inputs: ReadonlySet<string>,
  ) {}

  static async open(to: Extract<Destination, { kind: 'file' | 'folder' }>, format: Format, force: boolean, inputs: Iterable<string>): Promise<Outputs> {
    const folder = to.kind === 'folder' ? to.abs : dirname(to.abs);
    await mkdir(folder, { recursive: true });
    return new Outputs(to, await realpath(folder), EXTENSIONS[format], force, new Set(inputs));
  }

  /** Whether results go to a folder (a batch, with a summary), not to the one file named. */
  get folder(): boolean {
    return this.to.kind === 'folder';
  }

  /** Where an input's result goes; decided in input order, so a clash always fails the later input. */
  plan(input: Input): Target | Refusal {
    const to = this.to;
    if (to.kind === 'file') {
      if (this.inputs.has(to.abs)) return { code: 'output-is-input', message: `${to.path} is also an input; choose another --out` };
      return { abs: to.abs, shown: to.path };
    }
    const { dir, name } = parsePath(input.rel);
    const rel = join(dir, name + this.extension);
    const abs = resolve(to.abs, rel);
    const shown = join(to.dir, rel);
    if (!within(to.abs, abs) || abs === to.abs) return { code: 'output-outside', message: `${shown} would be outside ${to.dir}` };
    if (this.inputs.has(abs)) return { code: 'output-is-input', message: `${shown} is also an input; choose another --out` };
    const owner = this.claimed.get(abs);
    if (owner !== undefined) return { code: 'output-conflict', message: `${shown} is already the output of ${owner}` };
    this.claimed.set(abs, input.path);
    return { abs, shown };
  }

  /** Checked before parsing, so a rerun without --force does not parse what it will not write. */
  async refuses(target: Target): Promise<Refusal | undefined> {
    let stat;
    try {
      stat = await lstat(target.abs);
    } catch {
      return undefined;
    }
    // a rename would replace the link, a write through it could lead anywhere
    if (stat.isSymbolicLink()) return { code: 'output-outside', message: `${target.shown} is a symbolic link; finsam does not write through links` };
    if (stat.isDirectory()) return { code: 'write-error', message: `${target.shown} is a folder` };
    if (!this.force) return { code: 'output-exists', message: `${target.shown} exists (--force overwrites it, --skip-existing keeps it)` };
    return undefined;
  }

  async write(target: Target, text: string): Promise<Refusal | undefined> {
    try {
      const folder = dirname(target.abs);
      if (this.to.kind === 'folder') {
        // the deepest folder that exists already must be inside DIR before anything is created
        if (!within(this.real, await realpath(await existing(folder)))) return this.outside(target);
        await mkdir(folder, { recursive: true });
        if (!within(this.real, await realpath(folder))) return this.outside(target);
      }
      if (!this.swept.has(folder)) {
        this.swept.add(folder);
        await removeStale(folder);
      }
      const refusal = await this.refuses(target);
      if (refusal) return refusal;
      await writeAtomic(target.abs, text);
      return undefined;
    } catch (e) {
      return { code: 'write-error', message: `${target.shown}: ${describeError(e)}` };
    }
  }

  private outside(target: Target): Refusal {
    const dir = this.to.kind === 'folder' ? this.to.dir : this.to.path;
    return { code: 'output-outside', message: `${target.shown} leads outside ${dir} through a symbolic link` };
  }
}

async function existing(folder: string): Promise<string> {
  for (let at = folder; ; at = dirname(at)) {
    try {
      await lstat(at);
      return at;
    } catch {
      if (dirname(at) === at) return at;
    }
  }
}
