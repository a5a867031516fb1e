// A system error (EACCES, ENOENT, …) as a short message for a `file: code: message` line.
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder, not a file',
  ELOOP: 'too many levels of symbolic links',
  ENOSPC: 'no space left on the device',
  EROFS: 'a read-only file system',
  EMFILE: 'too many open files',
};

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reason = (err.code && REASONS[err.code]) || err.message || String(e);
  return err.code ? `${reason} (${err.code})` : reason;
}
