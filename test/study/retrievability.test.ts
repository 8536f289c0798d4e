/** FSRS retrievability as the interview view reads it: which states have none, the curve at its
 * stability, the share of the interval left (Advance's order), and days to a date that is no day. */
import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { daysUntil, isSolid, remainingShare, retrievabilityAt } from '../../src/study/interview.js';
import type { SrsState } from '../../src/progress/schema.js';

const DAY = 86_400_000;
const REVIEWED = Date.UTC(2026, 10, 1);
/** A review card last reviewed at REVIEWED with a stability of 4 days. */
const card = (s: Partial<SrsState> = {}): SrsState => ({
  due: REVIEWED + 4 * DAY, stability: 4, difficulty: 5, elapsedDays: 0, scheduledDays: 4, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: REVIEWED, ...s,
});

describe('retrievabilityAt', () => {
  it('is 1 at the review, and 0.9 once as many days have passed as the stability (FSRS: stability is the time to 90%)', () => {
    expect(retrievabilityAt(card(), REVIEWED)).toBe(1);
    expect(retrievabilityAt(card(), REVIEWED + 4 * DAY)).toBe(0.9);
  });

  it('a moment before the last review counts as no time elapsed', () => {
    expect(retrievabilityAt(card(), REVIEWED - 3 * DAY)).toBe(1);
  });

  it('is 0 for no state, a new card, a card with no review time, and a card with no stability', () => {
    expect(retrievabilityAt(undefined, REVIEWED)).toBe(0);
    expect(retrievabilityAt(card({ state: 0 }), REVIEWED)).toBe(0);
    const { lastReview: _gone, ...unreviewed } = card();
    expect(retrievabilityAt(unreviewed, REVIEWED)).toBe(0);
    expect(retrievabilityAt(card({ stability: 0 }), REVIEWED)).toBe(0);
    expect(retrievabilityAt(card({ stability: 0 }), REVIEWED + DAY)).toBe(0);
    expect(retrievabilityAt(card({ stability: Number.NaN }), REVIEWED + DAY)).toBe(0);
  });

  it('uses the decay of the parameters in use (w[20]) past the stability', () => {
    const w = [...default_w];
    w[20] = 0.5;
    // R(t, S) = (1 + (0.9^(-1/d) - 1) t/S)^(-d): with d = 0.5 at t = 2S
    expect(retrievabilityAt(card(), REVIEWED + 8 * DAY, w)).toBeCloseTo((1 + 2 * (0.9 ** -2 - 1)) ** -0.5, 7);
    expect(retrievabilityAt(card(), REVIEWED + 8 * DAY, w)).not.toBeCloseTo(retrievabilityAt(card(), REVIEWED + 8 * DAY), 3);
  });
});

describe('isSolid', () => {
  it('a review card is solid while retrievability is at least the desired retention, exactly at it included', () => {
    expect(isSolid(card(), REVIEWED + 4 * DAY, { desiredRetention: 0.9 })).toBe(true);
    expect(isSolid(card(), REVIEWED + 4 * DAY + 60_000, { desiredRetention: 0.9 })).toBe(false);
    expect(isSolid(card({ state: 3 }), REVIEWED, { desiredRetention: 0.9 })).toBe(false);
  });
});

describe('remainingShare', () => {
  it('is 1 just after a review and 0 when retrievability has fallen to the desired retention', () => {
    expect(remainingShare(card(), REVIEWED, { desiredRetention: 0.9 })).toBe(1);
    expect(remainingShare(card(), REVIEWED + 4 * DAY, { desiredRetention: 0.9 })).toBeCloseTo(0, 12);
  });

  it('with a lower desired retention, R = 0.9 leaves 1 - (1/0.9 - 1) / (1/0.8 - 1) = 5/9 of the interval', () => {
    expect(remainingShare(card(), REVIEWED + 4 * DAY, { desiredRetention: 0.8 })).toBeCloseTo(5 / 9, 12);
  });

  it('a card with no retrievability sorts before every other', () => {
    const { lastReview: _gone, ...unreviewed } = card();
    expect(remainingShare(unreviewed, REVIEWED, { desiredRetention: 0.9 })).toBe(-Infinity);
  });
});

describe('daysUntil', () => {
  it('is 0 for a day the calendar does not have', () => {
    expect(daysUntil('2026-02-30', new Date(2026, 0, 1))).toBe(0);
    expect(daysUntil('soon', new Date(2026, 0, 1))).toBe(0);
  });
});
