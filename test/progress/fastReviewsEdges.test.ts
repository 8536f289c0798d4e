/** The hand-written review check at the edges zod also draws: infinite numbers and empty ids. */
import { describe, expect, it } from 'vitest';
import { isReviewEntry, isSrsState } from '../../src/progress/fastReviews.js';
import { reviewEntry, srsState } from '../../src/progress/schema.js';

const state = { due: 1, stability: 2.5, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 0 };
const entry = { id: 'r1', card: 'd#c', at: 5, rating: 3, source: 'study', from: 0, to: 1, prev: null, next: state };

describe('isSrsState and isReviewEntry agree with zod at the edges', () => {
  it.each([
    ['a valid state', state, true],
    ['an infinite stability', { ...state, stability: Infinity }, false],
    ['a NaN difficulty', { ...state, difficulty: NaN }, false],
    ['a stability given as text', { ...state, stability: '2.5' }, false],
  ])('%s', (_what, value, ok) => {
    expect(isSrsState(value)).toBe(ok);
    expect(srsState.safeParse(value).success).toBe(ok);
  });

  it.each([
    ['a valid entry', entry, true],
    ['an empty id', { ...entry, id: '' }, false],
    ['an empty card id', { ...entry, card: '' }, false],
    ['a next state with an infinite stability', { ...entry, next: { ...state, stability: -Infinity } }, false],
  ])('%s', (_what, value, ok) => {
    expect(isReviewEntry(value)).toBe(ok);
    expect(reviewEntry.safeParse(value).success).toBe(ok);
  });
});
