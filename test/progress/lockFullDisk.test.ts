/** A lock that cannot be written on a full disk leaves no private lock file behind (in test/progress:
 * the mutation runs take their tests from there). */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/progress/lock.js';
import { mountTmpfs, skipReason, type Tmpfs } from '../faults/tmpfs.js';

describe.skipIf(skipReason !== null)(`lock on a full disk (tmpfs)${skipReason ? ` - skipped: ${skipReason}` : ''}`, () => {
  let fs: Tmpfs;
  let home: string;
  beforeEach(() => {
    fs = mountTmpfs();
    home = join(fs.dir, 'home');
    mkdirSync(home);
  });
  afterEach(() => fs.unmount());

  it('says the disk is full and removes the private file it could not fill', () => {
    const lock = join(home, 'progress.json.lock');
    fs.fill(0);
    expect(() => acquireLock(lock, 100)).toThrow(`The disk is full: cannot create the lock file in ${lock}. Nothing was lost; free some space and try again.`);
    expect(readdirSync(home)).toEqual([]);
  });
});
