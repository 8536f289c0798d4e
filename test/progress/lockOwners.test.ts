/** Who owns the lock: a lock from another host is trusted for ten minutes; release leaves a lock
 * someone else took; leftovers are cleaned; a lock that cannot be created says why. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressError } from '../../src/progress/errors.js';
import { acquireLock, alive, ownerGone, removeDeadLockFiles } from '../../src/progress/lock.js';
import { freshHome } from './helpers.js';

const HOST = hostname().replace(/\s+/g, '_') || 'localhost';
const TEN_MINUTES = 10 * 60_000;

describe('ownerGone', () => {
  it('a lock from another host is stale only when more than ten minutes old', () => {
    const held = { text: `${process.pid} other-host 0123456789ab`, mtimeMs: 1_000 };
    expect(ownerGone(held, 1_000 + TEN_MINUTES)).toBe(false);
    expect(ownerGone(held, 1_000 + TEN_MINUTES + 1)).toBe(true);
  });

  it('a lock from this host (or an old "pid token" one) is stale when its process is gone, whatever its age', () => {
    expect(ownerGone({ text: `${process.pid} ${HOST} 0123456789ab`, mtimeMs: 0 }, 1e15)).toBe(false);
    expect(ownerGone({ text: `${process.pid} 0123456789ab`, mtimeMs: 0 }, 1e15)).toBe(false);
    expect(ownerGone({ text: `2147483646 ${HOST} 0123456789ab`, mtimeMs: Date.now() }, Date.now())).toBe(true);
    expect(ownerGone({ text: '2147483646 0123456789ab', mtimeMs: Date.now() }, Date.now())).toBe(true);
  });

  it('alive: only a positive integer pid of a running process', () => {
    expect([alive(process.pid), alive(0), alive(-1), alive(1.5), alive(Number.NaN), alive(2147483646)]).toEqual([true, false, false, false, false, false]);
  });
});

describe('acquireLock', () => {
  it('names the host of a live lock from another machine when it gives up', () => {
    const lock = join(freshHome(), 'progress.json.lock');
    writeFileSync(lock, `${process.pid} far-away 0123456789ab`);
    expect(() => acquireLock(lock, 20)).toThrow(`Another gateprep (process ${process.pid} on far-away) is holding ${lock} and did not let go; try again.`);
  });

  it('a live lock from this host names its process, not the host', () => {
    const lock = join(freshHome(), 'progress.json.lock');
    writeFileSync(lock, `${process.pid} ${HOST} 0123456789ab`);
    expect(() => acquireLock(lock, 20)).toThrow(`Another gateprep (process ${process.pid}) is holding ${lock} and did not let go; try again.`);
  });

  it('release leaves alone a lock that is no longer its own', () => {
    const lock = join(freshHome(), 'progress.json.lock');
    const held = acquireLock(lock, 100);
    writeFileSync(lock, `${process.pid} ${HOST} ffffffffffff`);
    held.release();
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${HOST} ffffffffffff`);
  });

  it('a lock in a folder that does not exist is an io ProgressError saying what it could not do', () => {
    const lock = join(freshHome(), 'missing', 'progress.json.lock');
    let err: unknown;
    try {
      acquireLock(lock, 100);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProgressError);
    expect(err).toMatchObject({ kind: 'io', path: lock });
    expect((err as Error).message).toMatch(new RegExp(`^Cannot create the lock file in ${lock}: ENOENT: no such file or directory, open '${lock}\\.${process.pid}-[0-9a-f]{12}'$`));
    expect(existsSync(join(lock, '..'))).toBe(false);
  });
});

describe('removeDeadLockFiles', () => {
  it('removes .stale- leftovers and dead private files, keeps live ones and names it does not know', () => {
    const home = freshHome();
    const lock = join(home, 'progress.json.lock');
    for (const name of ['progress.json.lock.stale-0a1b2c3d', `progress.json.lock.2147483646-00ff`, `progress.json.lock.${process.pid}-00ff`, 'progress.json.lock.notes', 'progress.json.lock.x2147483646-00ff', 'progress.json.lock.2147483646-00ff.old', 'progress.json.lockx.2147483646-00ff', 'progress.json.lock']) {
      writeFileSync(join(home, name), 'x');
    }
    removeDeadLockFiles(lock);
    expect(readdirSync(home).sort()).toEqual(['progress.json.lock', 'progress.json.lock.2147483646-00ff.old', `progress.json.lock.${process.pid}-00ff`, 'progress.json.lock.notes', 'progress.json.lock.x2147483646-00ff', 'progress.json.lockx.2147483646-00ff'].sort());
  });

  it('a folder that cannot be listed is left alone', () => {
    expect(() => removeDeadLockFiles(join(freshHome(), 'missing', 'progress.json.lock'))).not.toThrow();
  });
});
