/** The store's calls one by one: what each returns, what it hands its callback, and when a save
 * is one journal line or a rewrite of progress.json. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgress } from '../../src/progress/store.js';
import type { QuizResult, SrsState } from '../../src/progress/schema.js';
import { freshHome, readDisk } from './helpers.js';

const state = (due: number): SrsState => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 0 });
const entry = (id: string, card: string, prev: SrsState | null, next: SrsState) => ({ id, card, at: next.due, rating: 3 as const, source: 'study' as const, from: 2 as const, to: 2 as const, prev, next });
const journalLines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');

describe('store calls', () => {
  it('review() hands make the state on disk, saved by another process meanwhile, and returns its entry', () => {
    freshHome();
    const a = openProgress();
    const b = openProgress();
    b.review('d#a', () => entry('r1', 'd#a', null, state(10)));
    const seen: (SrsState | undefined)[] = [];
    const made = a.review('d#a', (st) => (seen.push(st), entry('r2', 'd#a', st ?? null, state(20))));
    expect(seen).toEqual([state(10)]);
    expect(made).toEqual(entry('r2', 'd#a', state(10), state(20)));
    expect(openProgress().data.cards).toEqual({ 'd#a': state(20) });
  });

  it('refresh() returns the data with what another process saved', () => {
    freshHome();
    const a = openProgress();
    openProgress().setSettings({ dailyNewLimit: 4 });
    expect(a.data.settings.dailyNewLimit).toBe(20);
    const got = a.refresh();
    expect(got.settings.dailyNewLimit).toBe(4);
    expect(got).toBe(a.data);
  });

  it('revision goes up by one on every call that reads the disk', () => {
    freshHome();
    const s = openProgress();
    const r0 = s.revision;
    s.refresh();
    expect(s.revision).toBe(r0 + 1);
    s.addStagePrediction('auth', false, 5);
    s.clearLeech('d#x');
    expect(s.revision).toBe(r0 + 3);
  });

  it('update() returns what the change returned and rewrites progress.json with it', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 1 });
    s.setSettings({ dailyNewLimit: 2 });
    expect(journalLines(s.journalPath)).toHaveLength(2); // header, one change
    expect(s.update((d) => ((d.settings.dailyNewLimit = 3), 'done'))).toBe('done');
    expect(JSON.parse(readFileSync(s.path, 'utf8')).settings.dailyNewLimit).toBe(3);
    expect(journalLines(s.journalPath)).toEqual([JSON.stringify({ gen: JSON.parse(readFileSync(s.path, 'utf8')).journal })]);
    expect(readDisk(home).settings.dailyNewLimit).toBe(3);
  });

  it('a journal past 256 KiB is folded into progress.json before 256 lines', () => {
    const home = freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 1 }); // the first save writes progress.json; later ones append
    const big = (id: string): QuizResult => ({ id, at: 1, quiz: 'q', total: 1, correct: 1, answers: Array.from({ length: 1500 }, (_, i) => ({ card: `deck#card-${i}`, correct: true })) });
    for (let i = 0; i < 4; i++) s.addQuizResult(big(`q${i}`)); // about 60 KB a line: four stay under 256 KiB
    expect(journalLines(s.journalPath)).toHaveLength(5);
    s.addQuizResult(big('q4')); // past 256 KiB: folded
    expect(journalLines(s.journalPath)).toHaveLength(1);
    expect(JSON.parse(readFileSync(s.path, 'utf8')).quizResults.map((q: QuizResult) => q.id)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
    expect(readDisk(home).quizResults).toHaveLength(5);
  });

  it('a journal of exactly 256 KiB is not folded; one byte more is', () => {
    freshHome();
    const s = openProgress();
    s.setSettings({ dailyNewLimit: 1 });
    const quiz = (id: string, pad: number): QuizResult => ({ id, at: 1, quiz: 'x'.repeat(pad), total: 0, correct: 0, answers: [] });
    const bytes = (q: QuizResult) => Buffer.byteLength(`${JSON.stringify({ op: 'quiz', result: q })}\n`);
    let size = readFileSync(s.journalPath).length;
    for (let i = 0; i < 3; i++) {
      s.addQuizResult(quiz(`q${i}`, 80_000));
      size += bytes(quiz(`q${i}`, 80_000));
    }
    const last = quiz('q3', 256 * 1024 - size - bytes(quiz('q3', 0)));
    s.addQuizResult(last);
    expect(readFileSync(s.journalPath).length).toBe(256 * 1024);
    expect(journalLines(s.journalPath)).toHaveLength(5);
    s.addStagePrediction('auth', true, 1);
    expect(journalLines(s.journalPath)).toHaveLength(1);
  });

  it('openProgress reads GATEPREP_HOME from the env it is given', () => {
    const home = join(freshHome(), 'from-env');
    mkdirSync(home);
    const s = openProgress({ env: { GATEPREP_HOME: home } });
    expect(s.dir).toBe(home);
    expect(s.path).toBe(join(home, 'progress.json'));
    expect(s.journalPath).toBe(join(home, 'progress.journal'));
  });
});
