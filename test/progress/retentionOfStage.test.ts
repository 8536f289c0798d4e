/** True retention of the cards linked to a simulator stage (all time), and the heat scale of the
 * review calendar for busiest days that do not divide by four. */
import { describe, expect, it } from 'vitest';
import { heatLevels, retentionOf, retentionText, type CalendarDay } from '../../src/progress/charts.js';
import type { ReviewEntry } from '../../src/progress/schema.js';

const entry = (card: string, from: 0 | 1 | 2 | 3, rating: 1 | 2 | 3 | 4, at = 1): ReviewEntry => ({ id: `${card}-${at}-${rating}`, card, at, rating, source: 'study', from, to: 2 });

describe('retentionOf', () => {
  const linked = new Set(['d#a', 'd#b']);

  it('counts the Review-state reviews of the linked cards, at any time, and those not rated Again', () => {
    const reviews = [
      entry('d#a', 2, 1, 0),
      entry('d#a', 2, 2),
      entry('d#b', 2, 3, 10 ** 13),
      entry('d#b', 2, 4),
      entry('d#a', 2, 3),
      entry('d#a', 1, 1), // learning: not counted
      entry('d#a', 3, 4), // relearning: not counted
      entry('d#c', 2, 1), // another stage's card
    ];
    const r = retentionOf(reviews, linked);
    expect(r).toEqual({ reviews: 5, passed: 4, rate: 0.8 });
    expect(retentionText(r)).toBe('80%');
  });

  it('below five reviews gives the counts and no rate; none at all says so', () => {
    const four = retentionOf([entry('d#a', 2, 3), entry('d#a', 2, 3), entry('d#b', 2, 1), entry('d#b', 2, 3)], linked);
    expect(four).toEqual({ reviews: 4, passed: 3, rate: null });
    expect(retentionText(four)).toBe('too few to measure');
    const none = retentionOf([entry('d#c', 2, 3)], linked);
    expect(none).toEqual({ reviews: 0, passed: 0, rate: null });
    expect(retentionText(none)).toBe('no reviews');
  });
});

const week = (counts: number[]): CalendarDay[][] => [counts.map((reviews, i) => ({ key: `d${i}`, at: i, reviews, future: false }))];

describe('heatLevels', () => {
  it('rounds each quarter of the busiest day up', () => {
    expect(heatLevels(week([0, 9, 3]))).toEqual([3, 5, 7]);
    expect(heatLevels(week([5]))).toEqual([2, 3, 4]);
    expect(heatLevels(week([0, 0]))).toEqual([1, 2, 3]);
  });
});
