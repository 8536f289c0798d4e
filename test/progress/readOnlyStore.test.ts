/** A store opened read-only (`gateprep stats`): it reads, never writes, locks or moves anything, and
 * a save says plainly that nothing is saved. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressError } from '../../src/progress/errors.js';
import { openProgress } from '../../src/progress/store.js';
import { freshHome } from './helpers.js';

const clock = () => new Date('2025-03-01T12:00:00.000Z');
const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return 'no error';
};

describe('read-only store', () => {
  it('a save throws an unwritable ProgressError naming the folder, and nothing reaches the disk', () => {
    const home = freshHome();
    openProgress().setSettings({ dailyNewLimit: 7 });
    const files = readdirSync(home).sort();
    const before = readFileSync(join(home, 'progress.json'), 'utf8');
    const s = openProgress({ home, readOnly: true });
    expect(s.data.settings.dailyNewLimit).toBe(7);
    const err = caught(() => s.update((d) => void (d.settings.dailyNewLimit = 9)));
    expect(err).toBeInstanceOf(ProgressError);
    expect(err).toMatchObject({ kind: 'unwritable', path: home, message: `Progress was opened read-only; nothing is saved in ${home}.` });
    expect(caught(() => s.setSettings({ dailyNewLimit: 3 }))).toMatchObject({ message: `Progress was opened read-only; nothing is saved in ${home}.` });
    expect(readdirSync(home).sort()).toEqual(files);
    expect(readFileSync(join(home, 'progress.json'), 'utf8')).toBe(before);
  });

  it('an unreadable progress.json is reported and left where it is', () => {
    const home = freshHome();
    writeFileSync(join(home, 'progress.json'), '');
    const s = openProgress({ home, readOnly: true, clock });
    expect(s.takeNotices()).toEqual(['Your progress file could not be read: the file is empty (a write was cut short?). It was left as it is.']);
    expect(readdirSync(home)).toEqual(['progress.json']);
  });

  it('opens a folder that does not exist without creating it', () => {
    const home = join(freshHome(), 'none');
    const s = openProgress({ home, readOnly: true });
    expect(s.data.reviews).toEqual([]);
    expect(existsSync(home)).toBe(false);
  });
});
