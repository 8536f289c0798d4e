/** Typed errors the progress store raises; `message` is plain enough to show the user as is. */

export type ProgressErrorKind = 'unwritable' | 'locked' | 'newer-version' | 'io';

export class ProgressError extends Error {
  override readonly name = 'ProgressError';
  constructor(
    readonly kind: ProgressErrorKind,
    message: string,
    /** The file or folder concerned. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EDQUOT']);

/** Wraps a filesystem error from reading or writing `path` in a ProgressError with a plain message. */
export function fsError(e: unknown, path: string, doing: string): ProgressError {
  if (e instanceof ProgressError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && UNWRITABLE.has(code)) {
    const why: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EEXIST: 'a part of the path is a file, not a folder',
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is exceeded',
    };
    // A full disk is said first: a one-line notice may cut the end off, and the cause is what matters.
    const text =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? `${why[code]![0]!.toUpperCase()}${why[code]!.slice(1)}: cannot ${doing} in ${path}. Nothing was lost; free some space and try again.`
        : `Cannot ${doing} in ${path}: ${why[code]}. Progress is not being saved; set GATEPREP_HOME to a writable folder.`;
    return new ProgressError(
      'unwritable',
      text,
      path,
      { cause: e },
    );
  }
  return new ProgressError('io', `Cannot ${doing} in ${path}: ${(e as Error)?.message ?? String(e)}`, path, { cause: e });
}
