/** The store after something went wrong on disk: a journal gone, a save that fails midway, a bad
 * progress.json opened read-only beside its journal. */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressError } from '../../src/progress/errors.js';
import { openProgress } from '../../src/progress/store.js';
import { freshHome, readDisk } from './helpers.js';

describe('store recovery', () => {
  it('progress.json names its journal by 12 hex digits, the journal header repeats them', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 2 });
    const gen = JSON.parse(readFileSync(s.path, 'utf8')).journal;
    expect(gen).toMatch(/^[0-9a-f]{12}$/);
    expect(readFileSync(s.journalPath, 'utf8')).toBe(`{"gen":"${gen}"}\n`);
    expect(readFileSync(s.path, 'utf8').startsWith(`{"version":2,"journal":"${gen}","folded":""`)).toBe(true);
    expect(readdirSync(home).sort()).toEqual(['progress.journal', 'progress.json']);
  });

  it('a journal deleted meanwhile: the next save rewrites progress.json and starts a new journal', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 2 });
    s.addStagePrediction('auth', true, 1);
    rmSync(s.journalPath); // the stage prediction is lost with it
    s.setSettings({ dailyNewLimit: 3 });
    const t = openProgress();
    expect(t.takeNotices()).toEqual([]);
    expect(t.data.settings.dailyNewLimit).toBe(3);
    expect(readFileSync(s.journalPath, 'utf8')).toBe(`{"gen":"${JSON.parse(readFileSync(s.path, 'utf8')).journal}"}\n`);
    expect(readDisk(home).settings.dailyNewLimit).toBe(3);
  });

  it('a save that fails after the lock is taken says it could not save progress, in which folder', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 2 });
    let err: unknown;
    try {
      s.update(() => {
        rmSync(s.journalPath);
        mkdirSync(join(s.journalPath, 'in-the-way'), { recursive: true }); // the new journal cannot be renamed into place
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProgressError);
    expect(err).toMatchObject({ kind: 'io', path: home });
    expect((err as Error).message).toMatch(
      new RegExp(`^Cannot save progress in ${home}: EISDIR: illegal operation on a directory, rename '${s.journalPath}\\.tmp-\\d+-[0-9a-f]{8}' -> '${s.journalPath}'$`),
    );
  });

  it('read-only, a bad progress.json and its journal are both left where they are', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 2 });
    s.setSettings({ dailyNewLimit: 4 });
    writeFileSync(s.path, '{"version": 2, "cards"');
    const journal = readFileSync(s.journalPath, 'utf8');
    const t = openProgress({ home, readOnly: true, clock: () => new Date('2025-03-01T12:00:00.000Z') });
    const notices = t.takeNotices();
    expect(notices[0]!.startsWith('Your progress file could not be read: the file is not valid JSON (')).toBe(true);
    expect(notices[0]!.endsWith('). It was left as it is.')).toBe(true);
    expect(readdirSync(home).sort()).toEqual(['progress.journal', 'progress.json']);
    expect(readFileSync(s.journalPath, 'utf8')).toBe(journal);
  });

  it('a bad progress.json is kept aside with its journal, and the notice names both', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 2 });
    s.setSettings({ dailyNewLimit: 4 });
    writeFileSync(s.path, '');
    const journal = readFileSync(s.journalPath, 'utf8');
    const t = openProgress({ clock: () => new Date('2025-03-01T12:00:00.000Z') });
    const stamp = '2025-03-01T12-00-00-000Z';
    expect(t.takeNotices()).toEqual([
      `Your progress file could not be read: the file is empty (a write was cut short?). It was kept as ${join(home, `progress.json.bad-${stamp}`)}; starting with empty progress. Its journal was kept as ${join(home, `progress.journal.bad-${stamp}`)}.`,
    ]);
    expect(readFileSync(join(home, `progress.journal.bad-${stamp}`), 'utf8')).toBe(journal);
  });

  it('the journal a fold left behind (killed before replacing it) is dropped without a word', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 2 });
    s.setSettings({ dailyNewLimit: 4 });
    const folded = readFileSync(s.journalPath, 'utf8');
    s.update(() => undefined);
    writeFileSync(s.journalPath, folded); // as if the fold was killed after writing progress.json
    const t = openProgress();
    expect(t.takeNotices()).toEqual([]);
    expect(t.data.settings.dailyNewLimit).toBe(4);
    t.setSettings({ dailyNewLimit: 6 });
    expect(readdirSync(home).sort()).toEqual(['progress.journal', 'progress.json']);
    expect(readDisk(home).settings.dailyNewLimit).toBe(6);
  });
});
