/**
 * Every write of user data goes through here. On a full disk write() may return a short count
 * instead of failing, so each write checks that every byte went out, fsyncs, and only then
 * renames (or links) the new file into place: a crash or a full disk at any moment leaves either
 * the old or the new content, never a cut one.
 */
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/** A write that did not get all its bytes to disk (errno-style, like the ENOSPC it usually is). */
export class ShortWriteError extends Error {
  readonly code = 'ENOSPC';
  constructor(readonly path: string, readonly written: number, readonly wanted: number) {
    super(`only ${written} of ${wanted} bytes could be written to ${path}: the disk is full`);
  }
}

/** Writes all of `data` at the file's position, or throws: a write that moves no byte is a full disk. */
export function writeAll(fd: number, data: Buffer, path: string): void {
  let done = 0;
  while (done < data.length) {
    const n = writeSync(fd, data, done, data.length - done);
    if (n <= 0) throw new ShortWriteError(path, done, data.length);
    done += n;
  }
}

/** fsync a folder so a rename or link in it survives a power cut. */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* folders cannot be fsynced on this OS (Windows) */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** Writes `text` to a new temp file beside `path` and fsyncs it; returns the temp path. */
function writeTemp(path: string, content: string | Uint8Array): string {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const fd = openSync(tmp, 'wx', 0o644);
  let complete = false;
  try {
    writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength), path);
    fsyncSync(fd);
    complete = true;
  } finally {
    closeSync(fd);
    if (!complete) removeQuietly(tmp);
  }
  return tmp;
}

/** Replaces `path` with `text`: temp file, every byte checked, fsync, rename, folder fsync.
 * On any failure the old file is untouched and the temp file removed. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = writeTemp(path, content);
  try {
    renameSync(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    throw e;
  }
  syncDir(dirname(path));
}

/** Creates `path` with `text` only when no file of that name exists (throws EEXIST otherwise):
 * the complete temp file is linked into place, and link() never replaces a file. */
export function createFileExclusive(path: string, text: string): void {
  const tmp = writeTemp(path, text);
  try {
    linkSync(tmp, path);
  } finally {
    removeQuietly(tmp);
  }
  syncDir(dirname(path));
}
