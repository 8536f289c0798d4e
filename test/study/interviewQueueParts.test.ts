/** The interview session's queue from a progress value: each kind of card in its place, ties in
 * Advance's order, the cards that wait for another day, and the fitted parameters deciding "solid". */
import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { checkInterviewDate, interviewCount, interviewMoment, interviewQueue } from '../../src/study/interview.js';
import { emptyProgress, type ProgressData, type SrsState } from '../../src/progress/schema.js';
import { deck } from './cards.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = new Date(2025, 2, 12, 15);
const T = NOW.getTime();
/** Thirty days after NOW. */
const DAY_30 = '2025-04-11';
const cards = deck('d', 9);
const srs = (state: 1 | 2 | 3, s: Partial<SrsState>): SrsState => ({ due: T, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 2, lapses: 0, state, ...s });
const progress = (states: Record<string, SrsState>, settings: Partial<ProgressData['settings']> = {}): ProgressData => {
  const p = emptyProgress();
  return { ...p, cards: states, settings: { ...p.settings, ...settings } };
};
const ids = (q: { items: Array<{ kind: string; card: { id: string } }> }) => q.items.map((i) => `${i.kind}:${i.card.id}`);

describe('interviewQueue', () => {
  it('due learning cards, then studied cards by the share of their interval left (ties: the more stable first), then new ones', () => {
    const p = progress({
      'd#c0': srs(1, { due: T - HOUR, lastReview: T - 2 * HOUR }),
      'd#c1': srs(3, { due: T + 10 * MIN, lastReview: T - 5 * MIN }), // learning, not yet due
      'd#c2': srs(2, { due: T + DAY, lastReview: T - 6 * HOUR }), // reviewed this morning: waits
      'd#c3': srs(2, { stability: 5, due: T - 5 * DAY, lastReview: T - 10 * DAY }), // overdue
      'd#c4': srs(2, { stability: 30, due: T + 28 * DAY, lastReview: T - 2 * DAY }),
      'd#c5': srs(2, { stability: 8 }), // no review time: no retrievability
      'd#c6': srs(2, { stability: 3 }),
      'd#c8': srs(2, { stability: 400, due: T + 300 * DAY, lastReview: T - DAY }), // solid on the day
    });
    const q = interviewQueue({ cards, progress: p, now: NOW, day: DAY_30 });
    expect(ids(q)).toEqual(['learning:d#c0', 'review:d#c5', 'review:d#c6', 'review:d#c3', 'review:d#c4', 'new:d#c7']);
    expect({ counts: q.counts, newToday: q.newToday, newLimit: q.newLimit, nextDue: q.nextDue, waiting: q.waiting }).toEqual({
      counts: { learning: 1, review: 4, new: 1 },
      newToday: 0,
      newLimit: 20,
      nextDue: null,
      waiting: 1,
    });
  });

  it('with nothing else left, a learning card due within 20 minutes comes early; later ones set the next time', () => {
    const soon = { 'd#c0': srs(1, { due: T + 30 * MIN }), 'd#c1': srs(3, { due: T + 20 * MIN }) };
    const q = interviewQueue({ cards: cards.slice(0, 2), progress: progress(soon), now: NOW, day: DAY_30 });
    expect([ids(q), q.nextDue]).toEqual([['learning:d#c1'], null]);
    const later = { 'd#c0': srs(1, { due: T + 50 * MIN }), 'd#c1': srs(3, { due: T + 30 * MIN }) };
    const empty = interviewQueue({ cards: cards.slice(0, 2), progress: progress(later), now: NOW, day: DAY_30 });
    expect([ids(empty), empty.nextDue, empty.counts]).toEqual([[], T + 30 * MIN, { learning: 0, review: 0, new: 0 }]);
  });

  it('a card reviewed today only waits: nothing to show, no next time', () => {
    const q = interviewQueue({ cards: cards.slice(0, 1), progress: progress({ 'd#c0': srs(2, { due: T + DAY, lastReview: T - MIN }) }), now: NOW, day: DAY_30 });
    expect([ids(q), q.nextDue, q.waiting]).toEqual([[], null, 1]);
  });

  it('keeps to the filter', () => {
    const mixed = [...deck('a', 2, 'Auth'), ...deck('b', 1, 'Caching')];
    expect(ids(interviewQueue({ cards: mixed, progress: progress({}), now: NOW, day: DAY_30, filter: { topics: ['Caching'] } }))).toEqual(['new:b#c0']);
  });
});

describe('solid with the fitted parameters', () => {
  it('the parameters in use decide: w[20] = 0.1 keeps a card above a retention the defaults leave it below, 0.8 does not', () => {
    // stability 10 days, 20 days on: R is 0.856 with w[20] = 0.1, 0.846 with the defaults, 0.820 with 0.8
    const p = progress({ 'd#c0': srs(2, { stability: 10, due: T + 10 * DAY, lastReview: T }) }, { desiredRetention: 0.85 });
    const day = '2025-04-01';
    const notSolid = (decay?: number) => {
      const w = [...default_w];
      if (decay !== undefined) w[20] = decay;
      const settings = decay === undefined ? p.settings : { ...p.settings, fsrsParameters: w };
      return interviewCount(cards.slice(0, 1), { ...p, settings }, day, NOW).notSolid;
    };
    expect([notSolid(), notSolid(0.1), notSolid(0.8)]).toEqual([1, 0, 1]);
    expect(interviewCount(cards.slice(0, 1), p, day, NOW)).toEqual({ day, days: 20, total: 1, notSolid: 1 });
  });
});

describe('interviewQueue, more than one of a kind', () => {
  it('due learning cards soonest first, one due exactly now included; ties in share: the more stable first; a New entry is a new card', () => {
    const p = progress({
      'd#c0': srs(1, { due: T }),
      'd#c1': srs(3, { due: T - HOUR }),
      'd#c2': srs(2, { stability: 3 }),
      'd#c3': srs(2, { stability: 8 }),
      'd#c4': { ...srs(1, {}), state: 0 },
    });
    const q = interviewQueue({ cards: cards.slice(0, 5), progress: p, now: NOW, day: DAY_30 });
    expect(ids(q)).toEqual(['learning:d#c1', 'learning:d#c0', 'review:d#c3', 'review:d#c2', 'new:d#c4']);
    expect(q.items[4]!.state).toEqual(p.cards['d#c4']);
  });

  it('learning ahead, soonest first; the next time is the soonest of several', () => {
    const soon = { 'd#c0': srs(1, { due: T + 15 * MIN }), 'd#c1': srs(3, { due: T + 5 * MIN }) };
    expect(ids(interviewQueue({ cards: cards.slice(0, 2), progress: progress(soon), now: NOW, day: DAY_30 }))).toEqual(['learning:d#c1', 'learning:d#c0']);
    const later = { 'd#c0': srs(1, { due: T + 50 * MIN }), 'd#c1': srs(3, { due: T + 30 * MIN }), 'd#c2': srs(1, { due: T + 40 * MIN }) };
    expect(interviewQueue({ cards: cards.slice(0, 3), progress: progress(later), now: NOW, day: DAY_30 }).nextDue).toBe(T + 30 * MIN);
  });

  it('a card reviewed at the first instant of today waits too', () => {
    const midnight = new Date(2025, 2, 12).getTime();
    const q = interviewQueue({ cards: cards.slice(0, 1), progress: progress({ 'd#c0': srs(2, { due: T + DAY, lastReview: midnight }) }), now: NOW, day: DAY_30 });
    expect([ids(q), q.waiting]).toEqual([[], 1]);
  });
});

describe('the interview date', () => {
  it('five years ahead is the furthest: the last day of that year is taken, the next refused', () => {
    expect(checkInterviewDate('2030-12-31', NOW)).toEqual({ ok: true, day: '2030-12-31' });
    expect(checkInterviewDate('2031-01-01', NOW)).toEqual({ ok: false, message: '2031-01-01 is more than 5 years away: check the year.' });
  });

  it('refuses a date with anything before or after it', () => {
    expect(checkInterviewDate('x2025-04-11', NOW)).toEqual({ ok: false, message: '"x2025-04-11" is not a date: type it as YYYY-MM-DD, e.g. 2025-03-12.' });
    expect(checkInterviewDate('2025-04-11x', NOW)).toEqual({ ok: false, message: '"2025-04-11x" is not a date: type it as YYYY-MM-DD, e.g. 2025-03-12.' });
  });

  it('a day that is no day is measured now', () => {
    expect(interviewMoment('2025-02-30', NOW)).toBe(T);
    expect(interviewMoment('2025-03-11', NOW)).toBe(T);
  });
});
