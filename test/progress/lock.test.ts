/** The lock: broken only when its owner is gone (killed for real), never for its age; leftovers of a
 * killed process cleaned up; a folder in its place is a clear error. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/progress/lock.js';
import { openProgress } from '../../src/progress/store.js';
import { freshHome } from './helpers.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** A real process that stays alive until killed. */
async function liveProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("up\\n"); setInterval(() => {}, 1000)'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return child;
}

async function killed(child: ChildProcess): Promise<number> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
  return child.pid!;
}

describe('progress lock', () => {
  it('a lock a minute old is not broken while its owner runs; it is once the owner is killed', async () => {
    const home = freshHome();
    const owner = await liveProcess();
    const lock = join(home, 'progress.json.lock');
    writeFileSync(lock, `${owner.pid} ${hostname()} 0123456789ab`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    expect(() => acquireLock(lock, 300)).toThrow(`Another gateprep (process ${owner.pid}) is holding ${lock} and did not let go; try again.`);
    expect(existsSync(lock)).toBe(true);
    await killed(owner);
    acquireLock(lock, 300).release();
    expect(existsSync(lock)).toBe(false);
  });

  it('removes the private lock files a killed process left, and keeps a live one', async () => {
    const home = freshHome();
    const dead = await killed(await liveProcess());
    const live = await liveProcess();
    writeFileSync(join(home, `progress.json.lock.${dead}-0123456789ab`), `${dead} ${hostname()} 0123456789ab`);
    writeFileSync(join(home, `progress.json.lock.${live.pid}-00000000aaaa`), `${live.pid} ${hostname()} 00000000aaaa`);
    openProgress();
    expect(readdirSync(home).filter((f) => f.startsWith('progress.json.lock'))).toEqual([`progress.json.lock.${live.pid}-00000000aaaa`]);
  });

  it('a folder where the lock file goes is a clear error, at once', () => {
    const home = freshHome();
    mkdirSync(join(home, 'progress.json.lock'));
    const started = Date.now();
    expect(() => openProgress()).toThrow(`${join(home, 'progress.json.lock')} is a folder, not a lock file: remove it (gateprep creates the lock file itself).`);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
