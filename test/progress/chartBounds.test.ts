/** The Progress figures at their edges: midnight, the first instant of a period, the epoch, ties
 * in the heat scale. Instants are built from local fields, so any time zone works. */
import { describe, expect, it } from 'vitest';
import { dueForecast, heatLevel, heatLevels, reviewsPerDay, trueRetention } from '../../src/progress/charts.js';
import { localDayKey, previousLocalDay, startOfLocalDay } from '../../src/progress/day.js';
import { streakDays } from '../../src/progress/stats.js';
import { emptyProgress, type ReviewEntry, type SrsState } from '../../src/progress/schema.js';
import { deck } from '../study/cards.js';

const DAY = 86_400_000;
const local = (month: number, day: number, hour = 0, minute = 0) => new Date(2025, month, day, hour, minute).getTime();
const entry = (at: number, from: 0 | 1 | 2 | 3 = 2, rating: 1 | 2 | 3 | 4 = 3): ReviewEntry => ({ id: `r${at}-${rating}`, card: 'd#c0', at, rating, source: 'study', from, to: 2 });
const srs = (state: 0 | 1 | 2 | 3, due: number): SrsState => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state });

describe('local days', () => {
  it('keys a day as YYYY-MM-DD with two-digit month and day', () => {
    expect(localDayKey(local(0, 5, 13))).toBe('2025-01-05');
    expect(localDayKey(new Date(2025, 10, 23, 23, 59))).toBe('2025-11-23');
  });

  it('the day before starts at its local midnight, across a month end', () => {
    expect(previousLocalDay(local(2, 1, 15)).getTime()).toBe(local(1, 28));
  });
});

describe('reviewsPerDay', () => {
  it('a review at midnight counts on the new day; one at the epoch on its own day', () => {
    const counts = reviewsPerDay([entry(local(3, 1, 23)), entry(local(3, 2)), entry(local(3, 2, 0, 1)), entry(local(3, 1, 12))]);
    expect([...counts]).toEqual([[local(3, 1), 2], [local(3, 2), 2]]);
    expect([...reviewsPerDay([entry(0)])]).toEqual([[startOfLocalDay(0).getTime(), 1]]);
  });
});

describe('streakDays', () => {
  const now = new Date(local(5, 10, 9));
  it('counts local days in a row ending today, or yesterday when there is none yet today', () => {
    const days = [local(5, 7, 23, 30), local(5, 8, 0, 30), local(5, 9, 12)].map((at) => entry(at));
    expect(streakDays(days, now)).toBe(3);
    expect(streakDays([...days, entry(local(5, 10, 8))], now)).toBe(4);
    expect(streakDays(days.slice(0, 2), now)).toBe(0);
    expect(streakDays([], now)).toBe(0);
  });

  it('a review later than now does not count', () => {
    expect(streakDays([entry(local(5, 9, 12)), entry(local(5, 10, 9, 1))], now)).toBe(1);
    expect(streakDays([entry(local(5, 9, 12)), entry(local(5, 10, 9))], now)).toBe(2);
  });
});

describe('dueForecast', () => {
  it('counts studied cards by the day they fall due; a card due at midnight is the next day; new cards and those beyond the range are left out', () => {
    const cards = deck('d', 5);
    const now = new Date(local(4, 10, 15));
    const p = {
      ...emptyProgress(),
      cards: { 'd#c0': srs(2, local(4, 11)), 'd#c1': srs(0, local(4, 10, 16)), 'd#c2': srs(1, local(4, 9)), 'd#c3': srs(2, local(4, 12, 23, 59)), 'd#c4': srs(2, local(4, 13)) },
    };
    expect(dueForecast(cards, p, now, 3)).toEqual([1, 1, 1]);
    expect(dueForecast(cards, p, now, 2)).toEqual([1, 1]);
  });
});

describe('heat levels', () => {
  it('quarters of the busiest day, each level at least one above the one before', () => {
    expect(heatLevels([[{ key: 'x', at: 0, reviews: 2, future: false }]])).toEqual([1, 2, 3]);
    expect(heatLevels([[{ key: 'x', at: 0, reviews: 40, future: false }]])).toEqual([10, 20, 30]);
    expect(heatLevels([])).toEqual([1, 2, 3]);
  });

  it('a count on a bound takes the lower level', () => {
    expect([0, 1, 10, 11, 20, 21, 30, 31].map((n) => heatLevel(n, [10, 20, 30]))).toEqual([0, 1, 1, 2, 2, 3, 3, 4]);
  });
});

describe('trueRetention', () => {
  it('each period starts just after now minus its span and ends at now', () => {
    const now = new Date(local(6, 31, 12));
    const t = now.getTime();
    const reviews = [t - DAY, t - DAY + 1, t - 7 * DAY, t - 7 * DAY + 1, t - 30 * DAY, t - 30 * DAY + 1, t, t + 1].map((at) => entry(at));
    expect(trueRetention(reviews, now).map((r) => [r.label, r.reviews])).toEqual([
      ['Last day', 2],
      ['Last week', 4],
      ['Last month', 6],
    ]);
  });
});
