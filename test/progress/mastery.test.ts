/** Mastery: the forgetting curve for one card, and per topic the mean recall and the last 30 days' reviews. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECAY, retrievability, topicMastery } from '../../src/progress/mastery.js';
import { emptyProgress, type ReviewEntry, type SrsState } from '../../src/progress/schema.js';
import { card } from '../study/cards.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 4, 20, 12);
const srs = (stability: number, lastReview: number | undefined, state: 0 | 1 | 2 | 3 = 2): SrsState => ({ due: NOW, stability, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state, lastReview });

describe('retrievability', () => {
  it('is 1 right after a review, 0.9 after as many days as the stability, lower later', () => {
    expect(retrievability(srs(10, NOW), NOW)).toBe(1);
    expect(retrievability(srs(10, NOW - 10 * DAY), NOW)).toBeCloseTo(0.9, 12);
    expect(retrievability(srs(4, NOW - 4 * DAY), NOW, 0.5)).toBeCloseTo(0.9, 12);
    const later = retrievability(srs(10, NOW - 40 * DAY), NOW);
    expect(later).toBeCloseTo((1 + ((0.9 ** (-1 / DEFAULT_DECAY) - 1) * 4)) ** -DEFAULT_DECAY, 12);
    expect(later).toBeLessThan(0.9);
  });

  it('a review in the future counts as just made; unknown, new, never reviewed or zero-stability cards are 0', () => {
    expect(retrievability(srs(10, NOW + DAY), NOW)).toBe(1);
    expect(retrievability(undefined, NOW)).toBe(0);
    expect(retrievability(srs(10, NOW - DAY, 0), NOW)).toBe(0);
    expect(retrievability(srs(10, undefined), NOW)).toBe(0);
    expect(retrievability(srs(0, NOW - DAY), NOW)).toBe(0);
    expect(retrievability(srs(-1, NOW - DAY), NOW)).toBe(0);
  });
});

const entry = (c: string, at: number, from: 0 | 1 | 2 | 3, rating: 1 | 2 | 3 | 4): ReviewEntry => ({ id: `${c}-${at}-${rating}`, card: c, at, rating, source: 'study', from, to: 2 });

describe('topicMastery', () => {
  const cards = [card('a', 'x', 'Alpha'), card('a', 'y', 'Alpha'), card('b', 'x', 'Beta'), card('c', 'x', 'Gamma')];

  it('averages recall over every card of a topic, counts studied cards, and lists the weakest first', () => {
    const p = { ...emptyProgress(), cards: { 'a#x': srs(10, NOW), 'b#x': srs(10, NOW - 10 * DAY), 'c#x': srs(10, NOW, 0) } };
    const m = topicMastery(cards, p, new Date(NOW));
    expect(m.map((t) => [t.topic, t.cards, t.studied, Math.round(t.mastery * 1000)])).toEqual([
      ['Gamma', 1, 0, 0],
      ['Alpha', 2, 1, 500],
      ['Beta', 1, 1, 900],
    ]);
  });

  it('topics with the same whole percent keep the order of the decks', () => {
    const p = { ...emptyProgress(), cards: { 'a#x': srs(10, NOW), 'a#y': srs(10, NOW), 'b#x': srs(1000, NOW - DAY) } };
    // Alpha 100%, Beta 99.99...% (shown 100%), Gamma 0%
    expect(topicMastery(cards, p, new Date(NOW)).map((t) => t.topic)).toEqual(['Gamma', 'Alpha', 'Beta']);
  });

  it('counts the Review-state reviews of the last 30 days (not 30 days ago, not later than now) and those not rated Again', () => {
    const reviews = [
      entry('a#x', NOW - 30 * DAY, 2, 3), // exactly 30 days ago: out
      entry('a#x', NOW - 30 * DAY + 1, 2, 1),
      entry('a#y', NOW - DAY, 2, 2),
      entry('a#y', NOW, 2, 4),
      entry('a#y', NOW + 1, 2, 4), // after now: out
      entry('a#x', NOW - DAY, 1, 3), // learning: out
      entry('gone#z', NOW - DAY, 2, 3), // no longer in the decks
      entry('b#x', NOW - DAY, 2, 1),
    ];
    const m = topicMastery(cards, { ...emptyProgress(), reviews }, new Date(NOW));
    expect(m.map((t) => [t.topic, t.reviews, t.passed])).toEqual([
      ['Alpha', 3, 2],
      ['Beta', 1, 0],
      ['Gamma', 0, 0],
    ]);
    expect(Object.keys(m[0]!).sort()).toEqual(['cards', 'mastery', 'passed', 'reviews', 'studied', 'topic']);
  });
});
