/** The store: defaults, merging with another process's writes, undo, bad files, older files, unwritable folders. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostname, tmpdir } from 'node:os';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ProgressError } from '../../src/progress/errors.js';
import { acquireLock } from '../../src/progress/lock.js';
import { migrate, migrateV1toV2, type ProgressV1 } from '../../src/progress/migrations.js';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { freshHome, readDisk } from './helpers.js';

const clock = () => new Date('2025-03-01T12:00:00.000Z');
const sch = createScheduler();
const t0 = new Date('2025-03-01T09:00:00Z');
const review = (store: ReturnType<typeof openProgress>, card: string, at = t0) => {
  const e = sch.rate(card, store.data.cards[card], 3, at);
  store.recordReview(e);
  return e;
};
const onDisk = (home: string) => readDisk(home);

describe('progress store', () => {
  it('starts empty with default settings, in GATEPREP_HOME', () => {
    const home = freshHome();
    const s = openProgress();
    expect(s.path).toBe(join(home, 'progress.json'));
    expect(s.data.settings).toEqual({ dailyNewLimit: 20, desiredRetention: 0.9, quizCountsTowardSchedule: true, interviewDate: null });
    expect(s.data.reviews).toEqual([]);
    expect(s.takeNotices()).toEqual([]);
  });

  it('saves a review to disk before returning, with the state before and after', () => {
    const home = freshHome();
    const s = openProgress();
    const e = review(s, 'd#a');
    const file = onDisk(home);
    expect(file.version).toBe(2);
    expect(file.reviews).toEqual([e]);
    expect(file.cards['d#a']).toEqual(e.next);
    expect(e.prev).toBeNull();
  });

  it('merges: a write re-reads what another process saved in between', () => {
    freshHome();
    const a = openProgress();
    const b = openProgress();
    const ra = review(a, 'd#a');
    const rb = review(b, 'd#b'); // b never saw ra in memory
    b.setSettings({ dailyNewLimit: 5 });
    a.addStagePrediction('auth', true, 1);
    const c = openProgress();
    expect(c.data.reviews.map((r) => r.id)).toEqual([ra.id, rb.id]);
    expect(c.data.settings.dailyNewLimit).toBe(5);
    expect(c.data.simulator.auth).toEqual({ attempts: 1, correct: 1, last: 1 });
  });

  it('undo restores the schedule and log, and a merge does not bring it back', () => {
    freshHome();
    const a = openProgress();
    const b = openProgress();
    const first = review(a, 'd#a', t0);
    const second = review(a, 'd#a', new Date(t0.getTime() + 60_000));
    expect(b.refresh().reviews).toHaveLength(2); // b holds the review in memory
    expect(a.undoReview(second.id)).toBe('undone');
    expect(a.data.cards['d#a']).toEqual(first.next);
    review(b, 'd#b');
    const c = openProgress();
    expect(c.data.reviews.map((r) => r.id)).toEqual([first.id, expect.any(String)]);
    expect(c.data.reviews.some((r) => r.id === second.id)).toBe(false);
    expect(c.data.cards['d#a']).toEqual(first.next);
    expect(a.undoReview(first.id)).toBe('undone');
    expect(openProgress().data.cards['d#a']).toBeUndefined();
  });

  it('refuses to undo a review when the card was rated again since', () => {
    freshHome();
    const a = openProgress();
    const first = review(a, 'd#a');
    review(openProgress(), 'd#a', new Date(t0.getTime() + 60_000));
    expect(a.undoReview(first.id)).toBe('reviewed-since');
    expect(a.undoReview('nope')).toBe('not-found');
  });

  it('marks a leech at 8 lapses, and undo of that review unmarks it', () => {
    freshHome();
    const s = openProgress();
    const state = { due: 0, stability: 1, difficulty: 8, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 20, lapses: 7, state: 2 as const, lastReview: 0 };
    s.update((d) => void (d.cards['d#x'] = state));
    const e = sch.rate('d#x', state, 1, t0);
    s.recordReview(e);
    expect(s.data.leeches['d#x']).toMatchObject({ lapses: 8, review: e.id });
    s.undoReview(e.id);
    expect(s.data.leeches['d#x']).toBeUndefined();
  });
});

describe('bad and old files', () => {
  const cases: [string, (valid: string) => string][] = [
    ['corrupt JSON', () => '{"version": 2, "cards": {'],
    ['a truncated file', (valid) => valid.slice(0, Math.floor(valid.length / 2))],
    ['an empty file', () => ''],
    ['the wrong schema', () => JSON.stringify({ version: 2, cards: { x: { due: 'soon' } } })],
    ['no version', () => JSON.stringify({ cards: {} })],
  ];
  for (const [name, make] of cases) {
    it(`moves ${name} aside, says so, and starts empty`, () => {
      const home = freshHome();
      const s = openProgress();
      review(s, 'd#a');
      const bad = make(readFileSync(s.path, 'utf8'));
      writeFileSync(s.path, bad);
      const t = openProgress({ clock });
      const notices = t.takeNotices();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('progress.json.bad-2025-03-01T12-00-00-000Z');
      expect(t.data.reviews).toEqual([]);
      expect(readFileSync(join(home, 'progress.json.bad-2025-03-01T12-00-00-000Z'), 'utf8')).toBe(bad);
      review(t, 'd#b');
      expect(onDisk(home).reviews).toHaveLength(1);
    });
  }

  it('migrates a version 1 file and writes it back as version 2 on the next save', () => {
    const home = freshHome();
    const v1: ProgressV1 = {
      version: 1,
      cards: { 'd#a': { due: '2025-02-01T00:00:00.000Z', stability: 3, difficulty: 5, reps: 2, lapses: 0, state: 'Review', scheduledDays: 3, lastReview: '2025-01-29T00:00:00.000Z' } },
      log: [{ card: 'd#a', at: '2025-01-29T00:00:00.000Z', rating: 3, state: 'Learning', stateAfter: 'Review' }],
      newPerDay: 7,
    };
    writeFileSync(join(home, 'progress.json'), JSON.stringify(v1));
    const s = openProgress();
    expect(s.takeNotices()).toEqual([]);
    expect(s.data.cards['d#a']).toMatchObject({ due: Date.parse('2025-02-01T00:00:00.000Z'), state: 2, lastReview: Date.parse('2025-01-29T00:00:00.000Z') });
    expect(s.data.reviews[0]).toMatchObject({ id: 'v1-0', from: 1, to: 2, rating: 3, source: 'study' });
    expect(s.data.settings.dailyNewLimit).toBe(7);
    expect(s.undoReview('v1-0')).toBe('not-undoable');
    review(s, 'd#b');
    expect(onDisk(home).version).toBe(2);
    expect(onDisk(home).reviews).toHaveLength(2);
  });

  it('migration functions are plain: v1 → v2 and current versions pass through', () => {
    const v2 = migrateV1toV2({ version: 1, cards: {}, log: [] });
    expect(v2).toMatchObject({ version: 2, cards: {}, reviews: [] });
    expect(migrate(v2)).toBe(v2);
    expect(() => migrate({ version: 0 })).toThrow(/no migration/);
  });

  it('leaves a file from a newer gateprep alone and says so', () => {
    const home = freshHome();
    const text = JSON.stringify({ version: 99 });
    writeFileSync(join(home, 'progress.json'), text);
    expect(() => openProgress()).toThrow(ProgressError);
    expect(() => openProgress()).toThrow(/newer gateprep/);
    expect(readFileSync(join(home, 'progress.json'), 'utf8')).toBe(text);
  });
});

/**
 * The opener bundled into one file in a world-readable folder: the unprivileged child cannot be
 * expected to read the project (a fresh clone under a 0700 temp folder, as CI may use).
 */
let opener: string | undefined;
function openerForAnyone(): string {
  if (opener) return opener;
  const dir = mkdtempSync(join(tmpdir(), 'gateprep-opener-'));
  chmodSync(dir, 0o755);
  const out = join(dir, 'opener.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./fixtures/opener.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  chmodSync(out, 0o644);
  return (opener = out);
}

describe('unwritable data folder', () => {
  // Root ignores folder permissions (and CI runs as root): there the same open runs in a child
  // process under an unprivileged uid, so the read-only folder really refuses the write.
  const asRoot = process.getuid?.() === 0;
  const openAs = (home: string): unknown => {
    if (!asRoot) {
      try {
        openProgress();
        return 'opened';
      } catch (e) {
        const err = e as ProgressError;
        return { name: err.name, kind: err.kind, message: err.message };
      }
    }
    const out = spawnSync(process.execPath, [openerForAnyone()], {
      env: { ...process.env, GATEPREP_HOME: home, HOME: home },
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
    });
    expect(out.stderr).toBe('');
    return out.stdout.trim() === 'opened' ? 'opened' : JSON.parse(out.stdout);
  };

  // Stryker's sandbox folder is private to root, so there the unprivileged child cannot even load the code.
  it.skipIf(asRoot && process.env.GATEPREP_MUTATION === '1')('a read-only folder gives a ProgressError with a plain message (as root: run as an unprivileged user)', () => {
    const home = freshHome();
    chmodSync(home, 0o555);
    try {
      expect(openAs(home)).toEqual({
        name: 'ProgressError',
        kind: 'unwritable',
        message: expect.stringMatching(new RegExp(`^Cannot [a-z ]+ in ${home}: permission denied\\. Progress is not being saved; set GATEPREP_HOME to a writable folder\\.$`)),
      });
      expect(readdirSync(home)).toEqual([]);
    } finally {
      chmodSync(home, 0o777);
    }
    // the same folder, writable for that user, opens: the refusal above was the folder's mode
    expect(openAs(home)).toBe('opened');
  });

  it('a data folder whose parent is a file gives a ProgressError, not a crash', () => {
    const home = freshHome();
    writeFileSync(join(home, 'file'), 'x');
    const err = (() => {
      try {
        openProgress({ home: join(home, 'file', 'data') });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ProgressError);
    expect(err).toMatchObject({ kind: 'unwritable' });
    expect((err as Error).message).toMatch(/is a file, not a folder.*GATEPREP_HOME/);
  });

  it('a save into a folder that became a file throws ProgressError, not a crash', () => {
    const home = freshHome();
    const dir = join(home, 'data');
    const s = openProgress({ home: dir });
    review(s, 'd#a');
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'now a file');
    expect(() => review(s, 'd#b')).toThrow(ProgressError);
    expect(s.data.reviews.some((r) => r.card === 'd#b')).toBe(false);
  });

  it('waits for a lock held by a live process, then says so plainly, and leaves that lock alone', () => {
    const home = freshHome();
    const lockPath = join(home, 'progress.json.lock');
    const owner = spawn('sleep', ['30']);
    try {
      const text = `${owner.pid} cafebabe0000`;
      writeFileSync(lockPath, text);
      const started = Date.now();
      expect(() => acquireLock(lockPath, 150)).toThrow(
        expect.objectContaining({ kind: 'locked', message: `Another gateprep (process ${owner.pid}) is holding ${lockPath} and did not let go; try again.` }),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(150); // it waited for the owner
      expect(readFileSync(lockPath, 'utf8')).toBe(text); // a live owner's lock is never broken
      rmSync(lockPath); // the owner lets go: the next attempt takes it
      const held = acquireLock(lockPath, 150);
      // "pid host token": the host tells a lock this machine can check from one it cannot
      expect(readFileSync(lockPath, 'utf8')).toMatch(new RegExp(`^${process.pid} ${hostname().replace(/\s+/g, '_')} [0-9a-f]{12}$`));
      held.release();
      expect(existsSync(lockPath)).toBe(false);
    } finally {
      owner.kill();
    }
  });

  it('breaks a lock left by a process that no longer exists', () => {
    const home = freshHome();
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'progress.json.lock'), '2147483646 deadbeef');
    const s = openProgress();
    review(s, 'd#a');
    expect(existsSync(join(home, 'progress.json.lock'))).toBe(false);
    expect(readdirSync(home).sort()).toEqual(['progress.journal', 'progress.json']);
  });
});
