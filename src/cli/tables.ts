// --format csv: the tables of a whole batch, each result's rows appended in input order.
// To standard output (one table), or to files — one per table in a folder, or the one
// file named — that are written to temporary files as the batch goes and renamed into
// place when it ends, so a table is never seen half-written and an interrupted run
// leaves the old tables (or none) where they were.
import { lstat, mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { removeStale, tempName } from './atomic.js';
import { describeError } from './errno.js';
import type { Io } from './io.js';
import { write } from './io.js';

export type TableTo = { kind: 'stdout' } | { kind: 'file'; path: string; abs: string } | { kind: 'folder'; dir: string; abs: string };

interface Open {
  target: string;
  shown: string;
  temp: string;
  handle: FileHandle;
}

/** A problem with the tables themselves (not one input's): the run fails with it. */
export class TableError extends Error {
  override name = 'TableError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const BOM = '\uFEFF';

export class TableSink {
  private constructor(
    private readonly io: Io,
    private readonly files: Map<string, Open> | undefined,
  ) {}

  /** Opens the tables and writes their headers: `headers` maps each table wanted to its header row. */
  static async open(to: TableTo, headers: Map<string, string>, options: { bom: boolean; force: boolean }, io: Io): Promise<TableSink> {
    const prefix = options.bom ? BOM : '';
    if (to.kind === 'stdout') {
      await write(io.stdout, prefix + [...headers.values()].join(''));
      return new TableSink(io, undefined);
    }
    const targets = [...headers.keys()].map((name) =>
      to.kind === 'folder' ? { name, target: join(to.abs, `${name}.csv`), shown: join(to.dir, `${name}.csv`) } : { name, target: to.abs, shown: to.path },
    );
    const folder = to.kind === 'folder' ? to.abs : dirname(to.abs);
    await mkdir(folder, { recursive: true });
    await removeStale(folder);
    for (const t of targets) {
      const stat = await lstat(t.target).catch(() => undefined);
      if (stat?.isDirectory() || stat?.isSymbolicLink()) throw new TableError('write-error', `${t.shown} is a ${stat.isDirectory() ? 'folder' : 'symbolic link'}`);
      if (stat && !options.force) throw new TableError('output-exists', `${t.shown} exists (--force overwrites it)`);
    }
    const files = new Map<string, Open>();
    try {
      for (const t of targets) {
        const temp = tempName(t.target);
        files.set(t.name, { target: t.target, shown: t.shown, temp, handle: await open(temp, 'wx', 0o666) });
        await files.get(t.name)!.handle.write(prefix + headers.get(t.name)!);
      }
    } catch (e) {
      await new TableSink(io, files).discard();
      throw new TableError('write-error', `cannot write the tables: ${describeError(e)}`);
    }
    return new TableSink(io, files);
  }

  /** One result's rows, per table. */
  async add(rows: Readonly<Record<string, string>>): Promise<void> {
    if (!this.files) {
      for (const text of Object.values(rows)) if (text) await write(this.io.stdout, text);
      return;
    }
    for (const [name, text] of Object.entries(rows)) {
      const file = this.files.get(name);
      if (file && text) await file.handle.write(text);
    }
  }

  /** Every table flushed to the disk and renamed into place. */
  async commit(): Promise<void> {
    if (!this.files) return;
    try {
      for (const f of this.files.values()) {
        await f.handle.sync();
        await f.handle.close();
      }
      for (const f of this.files.values()) await rename(f.temp, f.target);
    } catch (e) {
      await this.discard();
      throw new TableError('write-error', `cannot write the tables: ${describeError(e)}`);
    }
  }

  /** The temporary files removed, nothing renamed. */
  async discard(): Promise<void> {
    for (const f of this.files?.values() ?? []) {
      await f.handle.close().catch(() => undefined);
      await unlink(f.temp).catch(() => undefined);
    }
  }
}
