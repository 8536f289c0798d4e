/** A lock file beside progress.json so two gateprep processes never interleave a read-modify-write.
 * Created atomically with link(); holds "pid token". A lock whose process is gone (a kill -9) or that is older
 * than STALE_MS is broken. Breaking renames the lock away first, so two breakers cannot both win. */
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ProgressError, fsError } from './errors.js';

const STALE_MS = 10_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): { text: string; mtimeMs: number } | null {
  try {
    const st = statSync(path);
    return { text: readFileSync(path, 'utf8'), mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
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
  try {
    unlinkSync(aside);
  } catch {
    /* already removed */
  }
}

export interface HeldLock {
  release(): void;
}

/** Takes the lock, waiting up to `timeoutMs` for another process to finish its write. */
export function acquireLock(path: string, timeoutMs = 5_000, now: () => number = Date.now): HeldLock {
  const token = `${process.pid} ${randomBytes(6).toString('hex')}`;
  const start = now();
  for (let attempt = 0; ; attempt++) {
    // Write the token to a private file, then link() it into place: link fails if the lock exists,
    // and the lock is never seen half-written (an empty lock could not be told from a dead one).
    const mine = `${path}.${token.replace(' ', '-')}`;
    try {
      writeFileSync(mine, token);
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
        unlinkSync(mine);
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(e, path, 'create the lock file');
    }
    const held = readLock(path);
    if (held) {
      const pid = Number(held.text.split(' ')[0]);
      const stale = !alive(pid) || Date.now() - held.mtimeMs > STALE_MS;
      if (stale) {
        breakStale(path, held.text);
        continue;
      }
    }
    if (now() - start > timeoutMs) {
      throw new ProgressError('locked', `Another gateprep is holding ${path} and did not let go; try again.`, path);
    }
    sleepSync(attempt < 20 ? 1 : 5);
  }
}
