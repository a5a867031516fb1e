// --out DIR: one file per input at the input's path relative to its root, with the
// format's extension. A file is written whole or not at all (write-file-atomic: a temp
// file renamed into place), an existing one only with --force, and never outside DIR —
// checked on the real paths, so a link inside DIR cannot lead the write elsewhere.
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { EXTENSIONS, type Format } from '../emit/emit.js';
import { describeError } from './errno.js';
import type { Input } from './inputs.js';

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

  private constructor(
    private readonly dir: string,
    private readonly abs: string,
    private readonly real: string,
    private readonly extension: string,
    private readonly force: boolean,
    private readonly inputs: ReadonlySet<string>,
  ) {}

  static async open(out: { dir: string; abs: string }, format: Format, force: boolean, inputs: Iterable<string>): Promise<Outputs> {
    await mkdir(out.abs, { recursive: true });
    return new Outputs(out.dir, out.abs, await realpath(out.abs), EXTENSIONS[format], force, new Set(inputs));
  }

  /** Where an input's result goes; decided in input order, so a clash always fails the later input. */
  plan(input: Input): Target | Refusal {
    const { dir, name } = parsePath(input.rel);
    const rel = join(dir, name + this.extension);
    const abs = resolve(this.abs, rel);
    const shown = join(this.dir, rel);
    if (!within(this.abs, abs) || abs === this.abs) return { code: 'output-outside', message: `${shown} would be outside ${this.dir}` };
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
    // write-file-atomic writes through a link, which could lead anywhere
    if (stat.isSymbolicLink()) return { code: 'output-outside', message: `${target.shown} is a symbolic link; finsam does not write through links` };
    if (stat.isDirectory()) return { code: 'write-error', message: `${target.shown} is a folder` };
    if (!this.force) return { code: 'output-exists', message: `${target.shown} exists (--force overwrites it)` };
    return undefined;
  }

  async write(target: Target, text: string): Promise<Refusal | undefined> {
    try {
      const folder = dirname(target.abs);
      // the deepest folder that exists already must be inside DIR before anything is created
      if (!within(this.real, await realpath(await existing(folder)))) return this.outside(target);
      await mkdir(folder, { recursive: true });
      if (!within(this.real, await realpath(folder))) return this.outside(target);
      const refusal = await this.refuses(target);
      if (refusal) return refusal;
      await writeFileAtomic(target.abs, text, { encoding: 'utf8' });
      return undefined;
    } catch (e) {
      return { code: 'write-error', message: `${target.shown}: ${describeError(e)}` };
    }
  }

  private outside(target: Target): Refusal {
    return { code: 'output-outside', message: `${target.shown} leads outside ${this.dir} through a symbolic link` };
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
