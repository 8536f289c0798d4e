/** Our saved state and ts-fsrs's card carry the same fields: field by field, both ways, and a card
 * never reviewed has no review time on either side. */
import { describe, expect, it } from 'vitest';
import { createEmptyCard } from 'ts-fsrs';
import { fromFsrs, toFsrs } from '../../src/study/scheduler.js';
import type { SrsState } from '../../src/progress/schema.js';

const T = Date.UTC(2026, 0, 5, 9);
const state: SrsState = { due: T + 86_400_000, stability: 3.5, difficulty: 6.25, elapsedDays: 2, scheduledDays: 3, learningSteps: 1, reps: 4, lapses: 1, state: 2, lastReview: T };

describe('toFsrs and fromFsrs', () => {
  it('map every field of a reviewed card, and back', () => {
    expect(toFsrs(state)).toStrictEqual({
      due: new Date(T + 86_400_000), stability: 3.5, difficulty: 6.25, elapsed_days: 2, scheduled_days: 3, learning_steps: 1, reps: 4, lapses: 1, state: 2, last_review: new Date(T),
    });
    expect(fromFsrs(toFsrs(state))).toStrictEqual(state);
  });

  it('a card never reviewed has no review time', () => {
    expect(fromFsrs(createEmptyCard(new Date(T)))).toStrictEqual({ due: T, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 });
    const { lastReview: _none, ...fresh } = state;
    expect('last_review' in toFsrs(fresh)).toBe(false);
  });
});
