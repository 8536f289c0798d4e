/** The generation at the head of progress.json, read without parsing the file (and without zod:
 * Home's early figures check it before the store is loaded). */
import { closeSync, openSync, readSync } from 'node:fs';
import { fsError } from './errors.js';

const HEAD = /^\{"version":2,"journal":"([0-9a-f]*)"/;

/** The generation progress.json was written with, read from its first bytes without parsing it:
 * "" when there is no file, null when the start is not one we wrote (then it is parsed in full). */
export function readSnapshotGen(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw fsError(e, path, 'read progress');
  }
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return HEAD.exec(buf.subarray(0, n).toString('latin1'))?.[1] ?? null;
  } finally {
    closeSync(fd);
  }
}
