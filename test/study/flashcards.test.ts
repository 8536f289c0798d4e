/** The study queue, with the clock passed in and the time zone fixed, so "today" is a local day. */
process.env.TZ = 'America/New_York';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openProgress } from '../../src/progress/store.js';
import { answer, buildQueue, leechCards, undo } from '../../src/study/flashcards.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { freshHome } from '../progress/helpers.js';
import { card, deck } from './cards.js';

const sch = createScheduler();
/** 18:00 in New York is 23:00 UTC: one hour before the UTC day ends, six before the local one. */
const evening = new Date('2025-03-04T18:00:00-05:00');
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

function studyAll(store: ReturnType<typeof openProgress>, cards: ReturnType<typeof deck>, now: Date, rating: 1 | 2 | 3 | 4 = 3) {
  const seen: string[] = [];
  for (;;) {
    const q = buildQueue({ cards, progress: store.data, now });
    const head = q.items[0];
    if (!head || seen.length > 500) return { seen, queue: q };
    seen.push(head.card.id);
    answer(store, sch, head, rating, now);
  }
}

describe('study queue', () => {
  it('the fake clock checks its time zone', () => {
    expect(evening.getHours()).toBe(18);
    expect(evening.getUTCHours()).toBe(23);
  });

  it('shows new cards up to the daily limit, then done for today until local midnight', () => {
    freshHome();
    const store = openProgress();
    store.setSettings({ dailyNewLimit: 3 });
    const cards = deck('d', 10);
    const q0 = buildQueue({ cards, progress: store.data, now: evening });
    expect(q0.items.map((i) => i.card.id)).toEqual(['d#c0', 'd#c1', 'd#c2']);
    expect(q0.items.every((i) => i.kind === 'new')).toBe(true);
    for (const item of q0.items) answer(store, sch, item, 4, evening); // Easy: out of learning, due in days
    const q1 = buildQueue({ cards, progress: store.data, now: at(evening, 5) });
    expect(q1.items).toEqual([]);
    expect(q1.newToday).toBe(3);
    expect(q1.nextDue).toBe(new Date('2025-03-05T00:00:00-05:00').getTime());
    // 20:00 local is already the next day in UTC: still the same study day here.
    expect(buildQueue({ cards, progress: store.data, now: at(evening, 120) }).items).toEqual([]);
    // 00:01 local: a new day, three more new cards.
    const q2 = buildQueue({ cards, progress: store.data, now: new Date('2025-03-05T00:01:00-05:00') });
    expect(q2.items.map((i) => i.card.id)).toEqual(['d#c3', 'd#c4', 'd#c5']);
    expect(q2.newToday).toBe(0);
  });

  it('puts due learning and review cards before new ones', () => {
    freshHome();
    const store = openProgress();
    const cards = deck('d', 5);
    const [a, b] = buildQueue({ cards, progress: store.data, now: evening }).items;
    answer(store, sch, a!, 1, evening); // learning, due in 1m
    answer(store, sch, b!, 4, evening); // review, due in days
    const q = buildQueue({ cards, progress: store.data, now: at(evening, 2) });
    expect(q.items.map((i) => [i.card.id, i.kind])).toEqual([
      ['d#c0', 'learning'],
      ['d#c2', 'new'],
      ['d#c3', 'new'],
      ['d#c4', 'new'],
    ]);
    const later = new Date(store.data.cards['d#c1']!.due);
    expect(buildQueue({ cards, progress: store.data, now: later }).items[1]).toMatchObject({ card: { id: 'd#c1' }, kind: 'review' });
  });

  it('over two months of daily study every card is shown only when due and intervals grow', () => {
    freshHome();
    const store = openProgress();
    store.setSettings({ dailyNewLimit: 5 });
    const cards = deck('d', 10);
    let day = new Date('2025-01-10T08:00:00-05:00');
    for (let d = 0; d < 60; d++) {
      const { seen } = studyAll(store, cards, day);
      for (const id of seen) expect(store.data.reviews.some((r) => r.card === id && r.at === day.getTime())).toBe(true);
      day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 8);
    }
    const c0 = store.data.cards['d#c0']!;
    expect(c0.state).toBe(2);
    expect(c0.scheduledDays).toBeGreaterThan(20);
    expect(Object.keys(store.data.cards)).toHaveLength(10);
    expect(new Set(store.data.reviews.filter((r) => r.from === 0).map((r) => r.card)).size).toBe(10);
  });

  it('cram mode shows any filter now and changes no schedule', () => {
    const home = freshHome();
    const store = openProgress();
    const cards = [...deck('a', 3, 'Auth'), ...deck('b', 3, 'Caching')];
    studyAll(store, cards, evening, 4);
    const before = readFileSync(`${home}/progress.json`, 'utf8');
    const q = buildQueue({ cards, progress: store.data, now: at(evening, 1), mode: 'cram', filter: { topics: ['Auth'] } });
    // soonest due first (the fuzz, seeded per card, spreads cards studied alike)
    const byDue = ['a#c0', 'a#c1', 'a#c2'].sort((x, y) => store.data.cards[x]!.due - store.data.cards[y]!.due);
    expect(q.items.map((i) => i.card.id)).toEqual(byDue);
    expect(answer(store, sch, q.items[0]!, 1, at(evening, 1), 'cram')).toBeNull();
    const next = buildQueue({ cards, progress: store.data, now: at(evening, 1), mode: 'cram', filter: { topics: ['Auth'] }, skip: new Set([byDue[0]!]) });
    expect(next.items.map((i) => i.card.id)).toEqual(byDue.slice(1));
    expect(readFileSync(`${home}/progress.json`, 'utf8')).toBe(before);
  });

  it('filters by deck and topic', () => {
    freshHome();
    const store = openProgress();
    const cards = [...deck('a', 2, 'Auth'), ...deck('b', 2, 'Caching'), ...deck('c', 2, 'Auth')];
    const ids = (filter: object) => buildQueue({ cards, progress: store.data, now: evening, filter }).items.map((i) => i.card.id);
    expect(ids({ decks: ['b'] })).toEqual(['b#c0', 'b#c1']);
    expect(ids({ topics: ['Auth'] })).toEqual(['a#c0', 'a#c1', 'c#c0', 'c#c1']);
    expect(ids({ decks: ['c'], topics: ['Auth'] })).toEqual(['c#c0', 'c#c1']);
  });

  it('keeps removed cards in the store without showing them, and keeps the schedule of edited cards', () => {
    freshHome();
    const store = openProgress();
    const cards = deck('d', 3);
    studyAll(store, cards, evening, 1);
    const edited = [card('d', 'c0', 'd', 'A reworded question?'), cards[1]!];
    const q = buildQueue({ cards: edited, progress: store.data, now: at(evening, 30) });
    expect(q.items.map((i) => i.card.id)).toEqual(['d#c0', 'd#c1']);
    expect(q.items[0]!.state).toEqual(store.data.cards['d#c0']);
    expect(q.items[0]!.card.question).toBe('A reworded question?');
    expect(store.data.cards['d#c2']).toBeDefined();
  });

  it('undo restores the schedule and the log, and the card comes back', () => {
    freshHome();
    const store = openProgress();
    const cards = deck('d', 2);
    const first = buildQueue({ cards, progress: store.data, now: evening }).items[0]!;
    const e = answer(store, sch, first, 4, evening)!;
    expect(buildQueue({ cards, progress: store.data, now: evening }).items[0]!.card.id).toBe('d#c1');
    expect(undo(store, e)).toBe('undone');
    expect(store.data.reviews).toEqual([]);
    expect(store.data.cards['d#c0']).toBeUndefined();
    expect(buildQueue({ cards, progress: store.data, now: evening }).items[0]!.card.id).toBe('d#c0');
  });

  it('learning cards due soon are shown early once nothing else is left; leeches are listed', () => {
    freshHome();
    const store = openProgress();
    const cards = deck('d', 1);
    answer(store, sch, buildQueue({ cards, progress: store.data, now: evening }).items[0]!, 1, evening);
    const q = buildQueue({ cards, progress: store.data, now: evening });
    expect(q.items.map((i) => i.kind)).toEqual(['learning']);
    expect(buildQueue({ cards, progress: store.data, now: evening, learnAheadMs: 0 }).nextDue).toBe(store.data.cards['d#c0']!.due);
    store.update((d) => void (d.leeches['d#c0'] = { at: 1, lapses: 8, review: 'x' }));
    expect(leechCards(cards, store.data).map((c) => c.id)).toEqual(['d#c0']);
  });
});
