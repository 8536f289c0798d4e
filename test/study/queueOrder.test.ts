/** The study queue built from a progress value (no store): order, the daily new limit, and when
 * "done for today" says the next card comes. Every instant is local, so any time zone works. */
import { describe, expect, it } from 'vitest';
import { buildQueue, leechCards, newIntroducedToday } from '../../src/study/flashcards.js';
import { emptyProgress, type ProgressData, type ReviewEntry, type SrsState } from '../../src/progress/schema.js';
import { deck } from './cards.js';

const MIN = 60_000;
const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute).getTime();
const NOW = new Date(at(12, 15));
const srs = (state: 1 | 2 | 3, due: number): SrsState => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state });
const entry = (card: string, time: number, from: 0 | 2 = 0, source: 'study' | 'quiz' = 'study'): ReviewEntry => ({ id: `${card}-${time}`, card, at: time, rating: 3, source, from, to: 1 });
const progress = (cards: Record<string, SrsState>, reviews: ReviewEntry[] = [], dailyNewLimit = 20): ProgressData => {
  const p = emptyProgress();
  return { ...p, cards, reviews, settings: { ...p.settings, dailyNewLimit } };
};
const cards = deck('d', 8);
const ids = (q: ReturnType<typeof buildQueue>) => q.items.map((i) => `${i.kind}:${i.card.id}`);

describe('buildQueue', () => {
  it('learning cards due by now, then reviews due before midnight, each soonest first, then new cards', () => {
    const p = progress({
      'd#c0': srs(2, at(12, 23, 59)),
      'd#c1': srs(1, at(12, 15)), // due exactly now
      'd#c2': srs(2, at(11, 8)),
      'd#c3': srs(3, at(12, 9)),
      'd#c4': srs(1, at(12, 15, 1)), // a minute from now: later
      'd#c5': srs(2, at(13, 0)), // due at midnight: tomorrow
    });
    const q = buildQueue({ cards, progress: p, now: NOW });
    expect(ids(q)).toEqual(['learning:d#c3', 'learning:d#c1', 'review:d#c2', 'review:d#c0', 'new:d#c6', 'new:d#c7']);
    expect(q.counts).toEqual({ learning: 2, review: 2, new: 2 });
    expect(q.nextDue).toBeNull();
  });

  it('counts new cards introduced today against the limit: study ratings from New, since local midnight, up to now', () => {
    const reviews = [
      entry('x#a', at(12, 0, 0)), // midnight: today
      entry('x#a', at(12, 1)), // the same card again: once
      entry('x#b', at(11, 23, 59)), // yesterday
      entry('x#c', at(12, 9), 2), // a review, not a new card
      entry('x#d', at(12, 10), 0, 'quiz'), // a quiz answer
      entry('x#e', at(12, 15)), // now
      entry('x#f', at(12, 15, 1)), // after now
    ];
    expect(newIntroducedToday(progress({}, reviews), NOW)).toBe(2);
    const q = buildQueue({ cards, progress: progress({}, reviews, 5), now: NOW });
    expect([q.newToday, q.newLimit, q.counts.new]).toEqual([2, 5, 3]);
  });

  it('cram shows every card of the filter, soonest due first and new ones last, with no counts', () => {
    const p = progress({ 'd#c3': srs(2, at(20, 1)), 'd#c5': srs(1, at(1, 1)) });
    const q = buildQueue({ cards: cards.slice(0, 6), progress: p, now: NOW, mode: 'cram', skip: new Set(['d#c0']) });
    expect(ids(q)).toEqual(['cram:d#c5', 'cram:d#c3', 'cram:d#c1', 'cram:d#c2', 'cram:d#c4']);
    expect(q.counts).toEqual({ learning: 0, review: 0, new: 0 });
    expect(q.nextDue).toBeNull();
  });

  it('with nothing due, learning cards due within 20 minutes come early, soonest first', () => {
    const p = progress({ 'd#c0': srs(1, NOW.getTime() + 20 * MIN), 'd#c1': srs(1, NOW.getTime() + 5 * MIN), 'd#c2': srs(1, NOW.getTime() + 20 * MIN + 1), 'd#c3': srs(2, at(14, 9)) });
    const q = buildQueue({ cards: cards.slice(0, 4), progress: p, now: NOW });
    expect(ids(q)).toEqual(['learning:d#c1', 'learning:d#c0']);
    expect(buildQueue({ cards: cards.slice(0, 4), progress: p, now: NOW, learnAheadMs: 0 }).items).toEqual([]);
  });

  it('done for today: the next card is the soonest learning due time or the start of a review\'s day', () => {
    const p = progress({ 'd#c0': srs(2, at(14, 9)), 'd#c1': srs(1, at(12, 18)), 'd#c2': srs(2, at(13, 17)) });
    const q = buildQueue({ cards: cards.slice(0, 3), progress: p, now: NOW, learnAheadMs: 0 });
    expect(q.nextDue).toBe(at(12, 18));
    const reviewsOnly = buildQueue({ cards: cards.slice(0, 1), progress: p, now: NOW });
    expect(reviewsOnly.nextDue).toBe(at(14, 0));
    const twoReviews = buildQueue({ cards: [cards[2]!, cards[0]!], progress: p, now: NOW });
    expect(twoReviews.nextDue).toBe(at(13, 0));
  });

  it('new cards held back by the limit come at midnight, unless something comes sooner or the limit is 0', () => {
    const done = [entry('x#a', at(12, 9)), entry('x#b', at(12, 10))];
    const q = buildQueue({ cards: cards.slice(0, 2), progress: progress({}, done, 2), now: NOW });
    expect([q.items.length, q.nextDue]).toEqual([0, at(13, 0)]);
    const sooner = buildQueue({ cards: cards.slice(0, 3), progress: progress({ 'd#c2': srs(1, at(12, 20)) }, done, 2), now: NOW });
    expect(sooner.nextDue).toBe(at(12, 20));
    const later = buildQueue({ cards: cards.slice(0, 3), progress: progress({ 'd#c2': srs(1, at(13, 7)) }, done, 2), now: NOW });
    expect(later.nextDue).toBe(at(13, 0));
    expect(buildQueue({ cards: cards.slice(0, 2), progress: progress({}, [], 0), now: NOW }).nextDue).toBeNull();
    expect(buildQueue({ cards: [], progress: progress({}), now: NOW }).nextDue).toBeNull();
  });
});

describe('leechCards', () => {
  it('lists only the leeches in the decks, the most recently marked first', () => {
    const p = { ...emptyProgress(), leeches: { 'd#c1': { at: 5, lapses: 8, review: 'r1' }, 'd#c4': { at: 9, lapses: 8, review: 'r2' }, 'gone#x': { at: 7, lapses: 8, review: 'r3' } } };
    expect(leechCards(cards, p).map((c) => c.id)).toEqual(['d#c4', 'd#c1']);
  });
});
