/** The pure changes, rule by rule: a review saved twice counts once, the leech mark at exactly 8
 * lapses and never twice, and each journal op applied as the store would. */
import { describe, expect, it } from 'vitest';
import { addReview, applyOp } from '../../src/progress/ops.js';
import { emptyProgress, type SrsState } from '../../src/progress/schema.js';

const srs = (lapses: number, due = 100): SrsState => ({ due, stability: 2, difficulty: 6, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 9, lapses, state: 2, lastReview: 50 });
const entry = (id: string, next: SrsState | undefined, at = 10) => ({ id, card: 'd#a', at, rating: 1 as const, source: 'study' as const, from: 2 as const, to: 3 as const, prev: srs(0), ...(next ? { next } : {}) });

describe('addReview', () => {
  it('a review id already in the log is not added again, nor does it move the schedule', () => {
    const d = emptyProgress();
    addReview(d, entry('r1', srs(1)));
    addReview(d, entry('r1', srs(2, 999)));
    expect(d.reviews).toEqual([entry('r1', srs(1))]);
    expect(d.cards).toEqual({ 'd#a': srs(1) });
  });

  it('marks a leech at 8 lapses, not at 7, and keeps the first mark', () => {
    const d = emptyProgress();
    addReview(d, entry('r7', srs(7), 1));
    expect(d.leeches).toEqual({});
    addReview(d, entry('r8', srs(8), 2));
    expect(d.leeches).toEqual({ 'd#a': { at: 2, lapses: 8, review: 'r8' } });
    addReview(d, entry('r9', srs(9), 3));
    expect(d.leeches).toEqual({ 'd#a': { at: 2, lapses: 8, review: 'r8' } });
  });

  it('an entry without a next state (migrated from v1) is logged and leaves the schedule alone', () => {
    const d = emptyProgress();
    addReview(d, entry('old', undefined));
    expect(d.reviews).toHaveLength(1);
    expect(d.cards).toEqual({});
  });
});

describe('applyOp', () => {
  it('applies each kind of op', () => {
    const d = emptyProgress();
    applyOp(d, { op: 'review', entry: entry('r8', srs(8)) });
    applyOp(d, { op: 'settings', patch: { dailyNewLimit: 3, desiredRetention: undefined } });
    applyOp(d, { op: 'quiz', result: { id: 'q', at: 1, quiz: 'x', total: 1, correct: 1, answers: [] } });
    applyOp(d, { op: 'quiz', result: { id: 'q', at: 2, quiz: 'again', total: 0, correct: 0, answers: [] } });
    applyOp(d, { op: 'stage', stage: 'auth', correct: true, at: 4 });
    applyOp(d, { op: 'stage', stage: 'auth', correct: false, at: 6 });
    applyOp(d, { op: 'clearLeech', card: 'd#a' });
    expect(d).toEqual({
      ...emptyProgress(),
      cards: { 'd#a': srs(8) },
      reviews: [entry('r8', srs(8))],
      settings: { ...emptyProgress().settings, dailyNewLimit: 3 },
      quizResults: [{ id: 'q', at: 1, quiz: 'x', total: 1, correct: 1, answers: [] }],
      simulator: { auth: { attempts: 2, correct: 1, last: 6 } },
      leeches: {},
    });
    applyOp(d, { op: 'undo', id: 'r8' });
    expect(d.reviews).toEqual([]);
    expect(d.cards).toEqual({ 'd#a': srs(0) });
  });
});
