/** A lock file beside progress.json so two gateprep processes never interleave a read-modify-write.
 * Created atomically with link(); holds "pid host token". A lock is stale only when its owner is
 * gone: its process no longer runs on this host (a kill -9). A live owner keeps its lock however
 * long it takes (a slow fsync); a lock from another host is trusted for LOCK_MAX_AGE_MS.
 * Breaking renames the lock away first, so two breakers cannot both win. */
import { hostname } from 'node:os';
import { linkSync, lstatSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ProgressError, fsError } from './errors.js';

/** A lock held by a process on another machine (a shared home folder) whose pid we cannot check. */
const OTHER_HOST_MAX_AGE_MS = 10 * 60_000;
const HOST = hostname().replace(/\s+/g, '_') || 'localhost';
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Held {
  text: string;
  mtimeMs: number;
}

function readLock(path: string): Held | null {
  try {
    const st = lstatSync(path);
    if (st.isDirectory()) {
      throw new ProgressError('io', `${path} is a folder, not a lock file: remove it (gateprep creates the lock file itself).`, path);
    }
    return { text: readFileSync(path, 'utf8'), mtimeMs: st.mtimeMs };
  } catch (e) {
    if (e instanceof ProgressError) throw e;
    return null;
  }
}

/** Stale: the owner is gone. "pid host token"; an old "pid token" lock is from this host. */
export function ownerGone(held: Held, now = Date.now()): boolean {
  const [pidText, host, token] = held.text.split(' ');
  const sameHost = token === undefined || host === HOST;
  if (sameHost) return !alive(Number(pidText));
  return now - held.mtimeMs > OTHER_HOST_MAX_AGE_MS;
}

/** Moves a stale lock out of the way. If what got moved was not the stale lock we saw (a race with
 * another breaker that already re-locked), it is put back with link(), which never overwrites. */
function breakStale(path: string, seen: string): void {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    /* gone */
  }
  if (moved !== seen) {
    try {
      linkSync(aside, path);
    } catch {
      /* someone holds a fresh lock already */
    }
  }
  removeQuietly(aside);
}

/** Removes the private `<lock>.<pid>-<token>` files (and `.stale-` leftovers) of processes that
 * were killed between creating and linking them. */
export function removeDeadLockFiles(path: string): void {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    const stale = name.slice(prefix.length).startsWith('stale-');
    if (!stale && !(m && !alive(Number(m[1])))) continue;
    removeQuietly(join(dirname(path), name));
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

export interface HeldLock {
  release(): void;
}

/** Takes the lock, waiting up to `timeoutMs` for another process to finish its write. */
export function acquireLock(path: string, timeoutMs = 5_000, now: () => number = Date.now): HeldLock {
  const id = randomBytes(6).toString('hex');
  const token = `${process.pid} ${HOST} ${id}`;
  const mine = `${path}.${process.pid}-${id}`;
  const start = now();
  let held: Held | null = null;
  for (let attempt = 0; ; attempt++) {
    // Write the token to a private file, then link() it into place: link fails if the lock exists,
    // and the lock is never seen half-written (an empty lock could not be told from a dead one).
    try {
      try {
        writeFileSync(mine, token);
      } catch (e) {
        removeQuietly(mine);
        throw e;
      }
      try {
        linkSync(mine, path);
        return {
          release() {
            try {
              if (readFileSync(path, 'utf8') === token) unlinkSync(path);
            } catch {
              /* already gone */
            }
          },
        };
      } finally {
        removeQuietly(mine);
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(e, path, 'create the lock file');
    }
    held = readLock(path);
    if (held && ownerGone(held)) {
      breakStale(path, held.text);
      continue;
    }
    if (now() - start > timeoutMs) {
      const [pid, host, id] = held?.text.split(' ') ?? [];
      const owner = pid ? ` (process ${pid}${id !== undefined && host !== HOST ? ` on ${host}` : ''})` : '';
      throw new ProgressError('locked', `Another gateprep${owner} is holding ${path} and did not let go; try again.`, path);
    }
    sleepSync(attempt < 20 ? 1 : 5);
  }
}
