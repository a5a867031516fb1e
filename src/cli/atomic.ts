// A file written whole or not at all: the text goes to a temporary file beside the target,
// is flushed to the disk, and renamed over it. The temporary name is finsam's own
// (`.p1.json.4711-3.finsam-tmp`: target, process id, counter), so a later run can tell a
// file that a killed run left behind (its process is gone) from one another run is still
// writing, and remove only the first. Hidden, so a folder search never reads one.
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP = /^\..+\.(\d+)-\d+\.finsam-tmp$/;
let written = 0;

/** Where a target is written before it is renamed into place. */
export const tempName = (target: string): string => join(dirname(target), `.${basename(target)}.${process.pid}-${++written}.finsam-tmp`);

export async function writeAtomic(target: string, text: string): Promise<void> {
  const temp = tempName(target);
  const handle = await open(temp, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** Removes the temporary files of finsam runs that ended without cleaning up (SIGKILL, a crash) from one folder. */
export async function removeStale(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    await unlink(join(folder, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
