/** Interview on DATE: the date check, "solid", the count and the early-review session. */
process.env.TZ = 'America/New_York';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressData } from '../../src/progress/schema.js';
import { migrate } from '../../src/progress/migrations.js';
import { progressV2 } from '../../src/progress/schema.js';
import { openProgress } from '../../src/progress/store.js';
import { answer } from '../../src/study/flashcards.js';
import { checkInterviewDate, daysUntil, interviewCount, interviewMoment, interviewQueue, isSolid, retrievabilityAt } from '../../src/study/interview.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { freshHome } from '../progress/helpers.js';
import { deck } from './cards.js';
import { runs } from '../runs.js';

const sch = createScheduler();
const DAY = 86_400_000;
/** 20:00 on 2 December 2026 in New York (01:00 UTC on the 3rd: the local day is still the 2nd). */
const now = new Date('2026-12-02T20:00:00-05:00');
const cards = deck('d', 6);

/** A progress where card i was rated Good `ratings[i]` times, a week apart, the last one `ago` days before now. */
function studied(ratings: number[], ago: number): ProgressData {
  const p = emptyProgress();
  ratings.forEach((n, i) => {
    const id = cards[i]!.id;
    for (let k = 0; k < n; k++) {
      const at = new Date(now.getTime() - (ago + 7 * (n - 1 - k)) * DAY);
      const e = sch.rate(id, p.cards[id], 3, at);
      p.cards[id] = e.next;
      p.reviews.push(e);
    }
  });
  return p;
}

describe('interview date', () => {
  it('takes today or a later day in local time, and says why it refuses one', () => {
    expect(checkInterviewDate('2026-12-02', now)).toEqual({ ok: true, day: '2026-12-02' });
    expect(checkInterviewDate(' 2026-12-20 ', now)).toEqual({ ok: true, day: '2026-12-20' });
    expect(checkInterviewDate('2026-12-01', now)).toEqual({ ok: false, message: '2026-12-01 is in the past (today is 2026-12-02): give today or a later day.' });
    expect(checkInterviewDate('2026-02-30', now)).toEqual({ ok: false, message: '2026-02-30 is not a day of the calendar.' });
    expect(checkInterviewDate('20.12.2026', now)).toEqual({ ok: false, message: '"20.12.2026" is not a date: type it as YYYY-MM-DD, e.g. 2026-12-02.' });
    expect(checkInterviewDate('2062-12-20', now)).toEqual({ ok: false, message: '2062-12-20 is more than 5 years away: check the year.' });
  });

  it('counts days in local time, across the change to summer time', () => {
    expect(daysUntil('2026-12-20', now)).toBe(18);
    expect(daysUntil('2026-12-02', now)).toBe(0);
    expect(daysUntil('2027-03-20', now)).toBe(108);
    expect(new Date(interviewMoment('2026-12-20', now)).toString()).toContain('Sun Dec 20 2026 00:00:00');
    expect(interviewMoment('2026-12-02', now)).toBe(now.getTime());
  });

  it('loads a file saved before the setting existed, with no date', () => {
    const old = { version: 2, settings: { dailyNewLimit: 7, desiredRetention: 0.85, quizCountsTowardSchedule: true } };
    expect(progressV2.parse(migrate(old)).settings).toEqual({ dailyNewLimit: 7, desiredRetention: 0.85, quizCountsTowardSchedule: true, interviewDate: null });
    const v1 = { version: 1, cards: {}, log: [] };
    expect(progressV2.parse(migrate(v1)).settings.interviewDate).toBeNull();
  });
});

describe('solid by the date', () => {
  it('a new or learning card is never solid; a review card is solid while FSRS retrievability stays at the desired retention', () => {
    const p = studied([3, 1], 0);
    const s = p.cards[cards[0]!.id]!;
    const o = { desiredRetention: 0.9 };
    expect(isSolid(undefined, now.getTime(), o)).toBe(false);
    // one Good: still in its learning steps (due in 10 minutes), though FSRS gives it days of stability
    expect(p.cards[cards[1]!.id]).toMatchObject({ state: 1 });
    expect(isSolid(p.cards[cards[1]!.id], now.getTime(), o)).toBe(false);
    expect(retrievabilityAt(s, now.getTime())).toBe(1);
    // due is where FSRS puts R at the desired retention (with fuzz): solid a day before, not a day after
    expect(isSolid(s, s.due - 2 * DAY, o)).toBe(true);
    expect(isSolid(s, s.due + 2 * DAY, o)).toBe(false);
  });

  it('counts the cards not solid by the date, new cards included', () => {
    const p = studied([3, 3, 1], 0);
    const c = interviewCount(cards, p, '2026-12-04', now);
    // c0 and c1 (three Goods: weeks of stability) hold; c2 (one Good) is still learning; c3-c5 are new
    expect(c).toEqual({ day: '2026-12-04', days: 2, total: 6, notSolid: 4 });
    expect(interviewCount(cards, p, '2027-06-01', now).notSolid).toBe(6);
  });
});

describe('the interview session', () => {
  const dates = fc.integer({ min: 0, max: 400 }).map((d) => new Date(now.getTime() + d * DAY).toLocaleDateString('en-CA'));
  const histories = fc.tuple(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 60 }));

  it('never includes a card that would still be solid on the date, and holds each card once', () => {
    fc.assert(
      fc.property(histories, dates, ([ratings, ago], day) => {
        const p = studied(ratings, ago);
        const q = interviewQueue({ cards, progress: p, now, day });
        const at = interviewMoment(day, now);
        for (const i of q.items) expect(isSolid(p.cards[i.card.id], at, { desiredRetention: 0.9 })).toBe(false);
        expect(new Set(q.items.map((i) => i.card.id)).size).toBe(q.items.length);
        // every card not solid is in the session or waits (reviewed today / learning not yet due)
        expect(q.items.length + q.waiting).toBeLessThanOrEqual(interviewCount(cards, p, day, now).notSolid);
      }),
      { numRuns: runs(150) },
    );
  });

  it('puts the cards nearest to due first, then the new ones, as Advance does', () => {
    const p = studied([2, 4, 1], 3);
    const q = interviewQueue({ cards, progress: p, now, day: '2027-03-01' });
    const ids = q.items.map((i) => i.card.id);
    // c2 is a learning card due since 3 days; c0 (two Goods) has run through more of its interval than c1 (four)
    expect(ids).toEqual(['d#c2', 'd#c0', 'd#c1', 'd#c3', 'd#c4', 'd#c5']);
    expect(q.items.map((i) => i.kind)).toEqual(['learning', 'review', 'review', 'new', 'new', 'new']);
  });

  it('rating in it saves a normal FSRS review at the real time, and the card leaves the session for the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 }), (rating, ago) => {
        freshHome();
        const store = openProgress();
        const p = studied([2], ago);
        store.update((d) => Object.assign(d, { cards: p.cards, reviews: p.reviews }));
        const q = interviewQueue({ cards, progress: store.data, now, day: '2027-03-01' });
        const head = q.items[0]!;
        const before = store.data.cards[head.card.id];
        const expected = sch.outcomes(head.card.id, before, now)[rating - 1]!.next;
        const entry = answer(store, sch, head, rating as 1 | 2 | 3 | 4, now)!;
        expect(entry.at).toBe(now.getTime());
        expect(entry.prev).toEqual(before);
        expect(entry.next).toEqual(expected);
        expect(store.data.cards[head.card.id]).toEqual(expected);
        expect(expected.lastReview).toBe(now.getTime());
        // FSRS saw the real time since the last review (`ago` days: early, on time or late), not the planned interval
        expect(entry.next.elapsedDays).toBe(ago);
        const after = interviewQueue({ cards, progress: store.data, now, day: '2027-03-01' });
        expect(after.items[0]?.card.id === head.card.id && after.items[0]?.kind === 'review').toBe(false);
      }),
      { numRuns: 12 },
    );
  });
});
