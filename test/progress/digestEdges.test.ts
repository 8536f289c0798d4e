/** Home's digest at its edges: a review at the local midnight that starts the digest's day, one
 * at the digest's very moment, reviews out of time order, one at the epoch. Instants are built
 * from local fields, so any time zone works. */
import { describe, expect, it } from 'vitest';
import { digest, fitsLocalTime } from '../../src/progress/homeFigures.js';
import { startOfLocalDay } from '../../src/progress/day.js';
import { emptyProgress, type ReviewEntry } from '../../src/progress/schema.js';

const local = (day: number, hour = 0, minute = 0) => new Date(2026, 4, day, hour, minute).getTime();
const entry = (card: string, at: number, from: 0 | 1 | 2 | 3 = 2, source: 'study' | 'quiz' = 'study'): ReviewEntry => ({ id: `${card}@${at}`, card, at, rating: 3, source, from, to: 2 });

function progress(reviews: ReviewEntry[]) {
  const p = emptyProgress();
  p.reviews = reviews;
  p.settings.dailyNewLimit = 7;
  return p;
}

describe('digest', () => {
  it('keeps the reviews from its day\'s midnight on, in file order, with what Home counts of each', () => {
    const asOf = new Date(local(12, 15));
    const d = digest(progress([entry('a', local(11, 23, 59)), entry('b', local(12), 1, 'quiz'), entry('c', local(12, 15)), entry('d', local(12, 16), 3), entry('e', local(12, 9), 0)]), asOf);
    expect(d).toEqual({
      asOf: local(12, 15),
      since: local(12),
      cards: {},
      dailyNewLimit: 7,
      days: [local(11), local(12)],
      recent: [
        { at: local(12), card: 'b', from: 1, source: 'quiz' },
        { at: local(12, 15), card: 'c', from: 2, source: 'study' },
        { at: local(12, 16), card: 'd', from: 3, source: 'study' },
        { at: local(12, 9), card: 'e', from: 0, source: 'study' },
      ],
    });
    expect(fitsLocalTime(d)).toBe(true);
  });

  it('a day is kept for a review at the digest\'s moment, not for one after it', () => {
    const asOf = new Date(local(12, 15));
    expect(digest(progress([entry('a', local(12, 15))]), asOf).days).toEqual([local(12)]);
    expect(digest(progress([entry('a', local(12, 15) + 1)]), asOf).days).toEqual([]);
    // the next review exactly at the midnight after the one before starts a new day
    expect(digest(progress([entry('a', local(11, 23)), entry('a', local(12))]), new Date(local(12, 1))).days).toEqual([local(11), local(12)]);
  });

  it('lists each day once, ascending, for reviews in any order, the epoch\'s day included', () => {
    const asOf = new Date(local(20, 12));
    const reviews = [entry('a', local(9, 10)), entry('a', local(3, 8)), entry('a', local(9, 23)), entry('a', local(3, 22)), entry('a', local(5)), entry('a', 0)];
    expect(digest(progress(reviews), asOf).days).toEqual([startOfLocalDay(0).getTime(), local(3), local(5), local(9)]);
    // the first review at the epoch: its day starts at the local midnight before it (not at 0 but in UTC)
    expect(digest(progress([entry('a', 0)]), asOf).days).toEqual([startOfLocalDay(0).getTime()]);
  });

  it('copies the card states, so later changes to the store do not change it', () => {
    const p = progress([]);
    p.cards.a = { due: 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1 };
    const d = digest(p, new Date(local(12)));
    delete p.cards.a;
    expect(Object.keys(d.cards)).toEqual(['a']);
  });
});

describe('fitsLocalTime', () => {
  it('is false when its day does not start at the digest\'s local midnight, or a day is not a local midnight', () => {
    const d = digest(progress([entry('a', local(11, 10))]), new Date(local(12, 15)));
    expect(fitsLocalTime({ ...d, since: local(12) + 60_000 })).toBe(false);
    expect(fitsLocalTime({ ...d, days: [local(11), local(12) + 1] })).toBe(false);
    expect(fitsLocalTime({ ...d, days: [] })).toBe(true);
  });
});
