/** What a rating saves: the entry's id form, and the leech test on a card with no schedule. */
import { describe, expect, it } from 'vitest';
import { createScheduler, isLeech } from '../../src/study/scheduler.js';

describe('a rated entry', () => {
  it('has an id of the time in base 36 and 8 hex digits, and records the states around the rating', () => {
    const now = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    const e = createScheduler().rate('d#c', undefined, 3, now, 'quiz');
    expect(e.id).toMatch(new RegExp(`^${now.getTime().toString(36)}-[0-9a-f]{8}$`));
    expect([e.card, e.at, e.rating, e.source, e.from, e.prev]).toEqual(['d#c', now.getTime(), 3, 'quiz', 0, null]);
    expect(e.to).toBe(e.next.state);
  });
});

describe('isLeech', () => {
  it('a card with no schedule is not a leech; 8 lapses make one', () => {
    expect(isLeech(undefined)).toBe(false);
    const base = createScheduler().rate('d#c', undefined, 3, new Date(0)).next;
    expect(isLeech({ ...base, lapses: 7 })).toBe(false);
    expect(isLeech({ ...base, lapses: 8 })).toBe(true);
  });
});
