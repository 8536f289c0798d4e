/** The scheduler: intervals for the buttons come from the same computation a rating saves; a fake
 * clock walks a card across days and months; desired retention changes intervals; leeches. */
import { describe, expect, it } from 'vitest';
import { createScheduler, formatInterval, isLeech } from '../../src/study/scheduler.js';
import type { SrsState } from '../../src/progress/schema.js';

const MIN = 60_000;
const DAY = 86_400_000;

describe('formatInterval', () => {
  it.each([
    [30_000, '1m'],
    [MIN, '1m'],
    [10 * MIN, '10m'],
    [90 * MIN, '1.5h'],
    [3 * DAY, '3d'],
    [29 * DAY, '29d'],
    [61 * DAY, '2mo'],
    [45 * DAY, '1.5mo'],
    [400 * DAY, '1.1y'],
  ])('%d ms is %s', (ms, label) => expect(formatInterval(ms)).toBe(label));
});

describe('scheduler', () => {
  const sch = createScheduler();
  const start = new Date('2025-01-06T09:00:00Z');

  it('shows a new card its four outcomes: Again 1m, Hard 6m, Good 10m, Easy in days', () => {
    const o = sch.outcomes('d#a', undefined, start);
    expect(o.map((x) => x.label)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    expect(o.map((x) => x.interval).slice(0, 3)).toEqual(['1m', '6m', '10m']);
    expect(o[3]!.interval).toMatch(/^\d+d$/);
    for (const x of o) expect(x.interval).toBe(formatInterval(x.next.due - start.getTime()));
  });

  it('a rating saves exactly the outcome its button showed', () => {
    const o = sch.outcomes('d#a', undefined, start);
    for (const g of [1, 2, 3, 4] as const) {
      const e = sch.rate('d#a', undefined, g, start);
      expect(e.next).toEqual(o[g - 1]!.next);
      expect(e).toMatchObject({ card: 'd#a', at: start.getTime(), rating: g, from: 0, prev: null, source: 'study' });
    }
  });

  it('with a fake clock, Good on each due date grows the interval from minutes to months', () => {
    let state: SrsState | undefined;
    let now = start;
    const labels: string[] = [];
    for (let i = 0; i < 8; i++) {
      const good = sch.outcomes('d#a', state, now)[2]!;
      labels.push(good.interval);
      state = sch.rate('d#a', state, 3, now).next;
      expect(state.due).toBeGreaterThan(now.getTime());
      now = new Date(state.due);
    }
    expect(labels[0]).toBe('10m');
    expect(labels.some((l) => l.endsWith('d'))).toBe(true);
    expect(labels.at(-1)).toMatch(/mo$|y$/);
    expect(now.getTime() - start.getTime()).toBeGreaterThan(90 * DAY);
    const days = labels.filter((l) => l.endsWith('d')).map((l) => parseInt(l, 10));
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('Again on a review card is a lapse: relearning, and counted', () => {
    let state = sch.rate('d#a', undefined, 4, start).next;
    const later = new Date(state.due + 5 * DAY);
    state = sch.rate('d#a', state, 1, later).next;
    expect(state.state).toBe(3);
    expect(state.lapses).toBe(1);
    expect(sch.outcomes('d#a', state, later)[0]!.interval).toBe('10m');
  });

  it('a higher desired retention gives shorter intervals', () => {
    const review = sch.rate('d#a', sch.rate('d#a', undefined, 3, start).next, 3, new Date(start.getTime() + 10 * MIN)).next;
    const at = new Date(review.due);
    const days = (r: number) => createScheduler({ desiredRetention: r }).outcomes('d#a', review, at)[2]!.next.due - at.getTime();
    expect(days(0.97)).toBeLessThan(days(0.9));
    expect(days(0.8)).toBeGreaterThan(days(0.9));
    expect(createScheduler().desiredRetention).toBe(0.9);
  });

  it('the interval on a button is the one saved, even when the key is pressed seconds or minutes later', () => {
    // a card in Review with months-long intervals, where the fuzz spans many days
    let state: SrsState | undefined;
    let now = start;
    for (let i = 0; i < 5; i++) {
      state = sch.rate('d#a', state, 3, now).next;
      now = new Date(state.due);
    }
    const shown = sch.outcomes('d#a', state, now);
    expect(shown[2]!.next.scheduledDays).toBeGreaterThan(30);
    for (const delay of [1_000, 7_000, 45_000, 5 * MIN]) {
      const pressed = new Date(now.getTime() + delay);
      for (const g of [1, 2, 3, 4] as const) {
        const saved = sch.rate('d#a', state, g, pressed).next;
        expect(formatInterval(saved.due - pressed.getTime())).toBe(shown[g - 1]!.interval);
        expect(saved.scheduledDays).toBe(shown[g - 1]!.next.scheduledDays);
      }
    }
  });

  it('the fuzz is seeded per card and review count: two cards with the same history get different intervals', () => {
    let state: SrsState | undefined;
    let now = start;
    for (let i = 0; i < 5; i++) {
      state = sch.rate('d#a', state, 3, now).next;
      now = new Date(state.due);
    }
    const ids = Array.from({ length: 12 }, (_, i) => `d#card-${i}`);
    const days = new Set(ids.map((id) => sch.outcomes(id, state, now)[2]!.next.scheduledDays));
    expect(days.size).toBeGreaterThan(1);
    expect(sch.outcomes('d#card-3', state, now)[2]!.next).toEqual(sch.outcomes('d#card-3', state, now)[2]!.next);
  });

  it('a card lapsed 8 times is a leech', () => {
    const s = sch.rate('d#a', undefined, 3, start).next;
    expect(isLeech(s)).toBe(false);
    expect(isLeech({ ...s, lapses: 8 })).toBe(true);
  });
});
