/** Home's figures from a digest equal those from the full data, at the digest's moment and later. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { digest, homeFigures } from '../../src/progress/homeFigures.js';
import { emptyProgress, type ProgressData, type ReviewEntry, type SrsState } from '../../src/progress/schema.js';
import { computeStats } from '../../src/progress/stats.js';
import { buildQueue } from '../../src/study/flashcards.js';
import { runs } from '../runs.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE = new Date(2026, 2, 20, 9, 0).getTime(); // a week before a DST change in many zones
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const cards = ids.slice(0, 5).map((id) => ({ id, topic: id < 'c' ? 'x' : 'y', deck: 'd' }) as Card);

const state = (due: number, s: 0 | 1 | 2 | 3): SrsState => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: s });
const midnight = (n: number) => new Date(new Date(BASE).getFullYear(), new Date(BASE).getMonth(), new Date(BASE).getDate() + n).getTime();
// times anywhere in three weeks, and exactly at local midnights (the edges of "today")
const when = fc.oneof(fc.integer({ min: BASE - 20 * DAY, max: BASE + 3 * DAY }), fc.integer({ min: -20, max: 3 }).map(midnight));
const review = fc.record({ card: fc.constantFrom(...ids), at: when, from: fc.constantFrom(0, 1, 2, 3), source: fc.constantFrom('study', 'quiz'), rating: fc.constantFrom(1, 2, 3, 4) });
const data = fc.record({
  cards: fc.dictionary(fc.constantFrom(...ids), fc.tuple(when, fc.constantFrom(0, 1, 2, 3)).map(([due, s]) => state(due, s as 0 | 1 | 2 | 3))),
  reviews: fc.array(review, { maxLength: 40 }),
  limit: fc.integer({ min: 0, max: 4 }),
});

function progressOf(d: { cards: Record<string, SrsState>; reviews: Array<Omit<ReviewEntry, 'id' | 'to'>>; limit: number }): ProgressData {
  const p = emptyProgress();
  p.cards = d.cards;
  p.reviews = d.reviews.map((r, i) => ({ ...r, id: `r${i}`, to: 2 }) as ReviewEntry);
  p.settings.dailyNewLimit = d.limit;
  return p;
}

/** What Home showed before the digest: the queue's counts and the stats of the whole data. */
function fromFullData(p: ProgressData, now: Date) {
  const q = buildQueue({ cards, progress: p, now });
  const s = computeStats(cards, p, now);
  return { dueNow: q.counts.learning + q.counts.review, newToday: q.counts.new, reviewedToday: s.reviewedToday, streakDays: s.streakDays };
}

describe('Home figures from a digest', () => {
  it('equal the full data\'s at the digest\'s moment and at any later one (next day, next week)', () => {
    fc.assert(
      fc.property(data, when, fc.integer({ min: 0, max: 9 * DAY }), (d, t0, later) => {
        const p = progressOf(d);
        const kept = digest(p, new Date(t0));
        expect(homeFigures(cards, kept, new Date(t0))).toEqual(fromFullData(p, new Date(t0)));
        expect(homeFigures(cards, kept, new Date(t0 + later))).toEqual(fromFullData(p, new Date(t0 + later)));
      }),
      { numRuns: runs(400) },
    );
  });

  it('keeps only the days of older reviews and the reviews of its own day on', () => {
    const p = progressOf({ cards: {}, limit: 5, reviews: [
      { card: 'a', at: BASE - 2 * DAY, from: 0, source: 'study', rating: 3 },
      { card: 'a', at: BASE - DAY, from: 1, source: 'study', rating: 3 },
      { card: 'b', at: BASE + HOUR, from: 0, source: 'study', rating: 3 },
      { card: 'c', at: BASE + 2 * HOUR, from: 0, source: 'quiz', rating: 1 },
    ] });
    const kept = digest(p, new Date(BASE + HOUR));
    const day = (t: number) => new Date(new Date(t).getFullYear(), new Date(t).getMonth(), new Date(t).getDate()).getTime();
    expect(kept.days).toEqual([day(BASE - 2 * DAY), day(BASE - DAY), day(BASE)]);
    expect(kept.recent.map((r) => r.card)).toEqual(['b', 'c']);
    expect(homeFigures(cards, kept, new Date(BASE + HOUR))).toEqual({ dueNow: 0, newToday: 4, reviewedToday: 1, streakDays: 3 });
    // the quiz answer made later today counts once its time has come
    expect(homeFigures(cards, kept, new Date(BASE + 3 * HOUR))).toEqual({ dueNow: 0, newToday: 4, reviewedToday: 2, streakDays: 3 });
  });
});
