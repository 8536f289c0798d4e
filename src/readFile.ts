/** Reading a user's file (a deck, a scenario) without hanging or exhausting memory: a FIFO or a
 * link to /dev/zero named `*.md` used to hang every command. Only regular files are read, and
 * only up to a size bound; anything else is refused with a plain reason. */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Scenario files: 10,000 requests written out fit well within this. */
export const MAX_SCENARIO_BYTES = 8 * 1024 * 1024;

export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

function kind(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The file's text (UTF-8). Throws UnreadableFileError (not a regular file, larger than
 * `maxBytes`) or the fs error (ENOENT, EACCES...). Opening never blocks (O_NONBLOCK: a FIFO with
 * no writer would otherwise wait forever). */
export function readRegularFile(path: string, maxBytes: number): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UnreadableFileError(`the file is ${kind(st)}, not a regular file`);
    if (st.size > maxBytes) throw new UnreadableFileError(`the file is larger than ${formatBytes(maxBytes)}`);
    // Read at most maxBytes + 1, whatever size stat claimed (a file growing meanwhile).
    const buf = Buffer.alloc(Math.min(maxBytes + 1, Math.max(st.size, 0) + 65_536));
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
      if (got > maxBytes) throw new UnreadableFileError(`the file is larger than ${formatBytes(maxBytes)}`);
      if (got === buf.length) break;
    }
    return buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

const READ_CODES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'no permission to read it',
  EPERM: 'no permission to read it',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'part of the path is a file, not a folder',
};

/** A read error in plain words: the reason for an unreadable file, the common errno codes in
 * words ("no such file", not "ENOENT"), else the code. */
export function readError(e: unknown): string {
  if (e instanceof UnreadableFileError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  return (code && READ_CODES[code]) ?? code ?? (e as Error).message;
}
