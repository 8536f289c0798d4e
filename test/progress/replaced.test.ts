/** A merged card keeps the review history of the cards it replaced (issue 14). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryReplaced, carryReplacedInStore, hasReplaced } from '../../src/progress/replaced.js';
import { emptyProgress } from '../../src/progress/schema.js';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { freshHome, readDisk } from './helpers.js';
import { runs } from '../runs.js';

const sch = createScheduler();
const HOUR = 3_600_000;
const t0 = new Date('2025-03-01T09:00:00Z').getTime();
const moves = new Map([
  ['old#a', 'new#merged'],
  ['old#b', 'new#merged'],
]);

describe('carrying the history of replaced cards', () => {
  it('moves reviews, schedule and leech mark of a replaced id to its card, and does it once', () => {
    freshHome();
    const store = openProgress();
    const first = sch.rate('old#a', undefined, 3, new Date(t0));
    store.recordReview(first);
    const second = sch.rate('old#a', store.data.cards['old#a'], 1, new Date(t0 + HOUR));
    store.recordReview(second);
    store.update((d) => void (d.leeches['old#a'] = { at: t0, lapses: 8, review: second.id }));

    expect(carryReplacedInStore(store, moves)).toBe(4); // two reviews, one schedule, one leech mark
    const disk = readDisk(store.dir);
    expect(disk.reviews.map((r) => [r.id, r.card])).toEqual([
      [first.id, 'new#merged'],
      [second.id, 'new#merged'],
    ]);
    expect(disk.cards).toEqual({ 'new#merged': second.next });
    expect(Object.keys(disk.leeches)).toEqual(['new#merged']);
    expect(carryReplacedInStore(store, moves)).toBe(0);
    expect(openProgress().data.cards).toEqual({ 'new#merged': second.next });
  });

  it('when both ids have history, keeps every review and the schedule of the one reviewed last', () => {
    const data = emptyProgress();
    const olderNew = sch.rate('new#merged', undefined, 3, new Date(t0));
    const laterOld = sch.rate('old#b', undefined, 4, new Date(t0 + 2 * HOUR));
    const laterNew = sch.rate('new#merged', olderNew.next, 2, new Date(t0 + 3 * HOUR));
    data.reviews.push(olderNew, laterOld);
    data.cards['new#merged'] = olderNew.next!;
    data.cards['old#b'] = laterOld.next!;
    data.quizResults.push({ id: 'q1', at: t0, quiz: 'practice', total: 1, correct: 1, answers: [{ card: 'old#b', correct: true }] });
    carryReplaced(data, moves);
    expect(data.cards).toEqual({ 'new#merged': laterOld.next });
    expect(data.reviews.map((r) => r.card)).toEqual(['new#merged', 'new#merged']);
    expect(data.quizResults[0]!.answers[0]!.card).toBe('new#merged');

    // the other way round: the kept card was reviewed after the replaced one
    const again = emptyProgress();
    again.cards['new#merged'] = laterNew.next!;
    again.cards['old#a'] = olderNew.next!;
    carryReplaced(again, moves);
    expect(again.cards).toEqual({ 'new#merged': laterNew.next });
  });

  it('follows a merge of a merge to the card that is live now', () => {
    const data = emptyProgress();
    data.cards['x#first'] = sch.rate('x#first', undefined, 3, new Date(t0)).next!;
    carryReplaced(data, new Map([['x#first', 'x#second'], ['x#second', 'x#third']]));
    expect(Object.keys(data.cards)).toEqual(['x#third']);
  });

  it('never loses a review and leaves no replaced id behind, whatever the history', () => {
    const ids = ['old#a', 'old#b', 'new#merged', 'other#c'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 0, max: 1000 })), { maxLength: 30 }), (log) => {
        const data = emptyProgress();
        [...log].sort((a, b) => a[1] - b[1]).forEach(([card, minute], i) => {
          const e = { ...sch.rate(card, data.cards[card], 3, new Date(t0 + minute * 60_000)), id: `r${i}` };
          data.reviews.push(e);
          data.cards[card] = e.next!;
        });
        const before = data.reviews.map((r) => r.id);
        carryReplaced(data, moves);
        expect(data.reviews.map((r) => r.id)).toEqual(before);
        expect(hasReplaced(data, moves)).toBe(false);
        expect(carryReplaced(data, moves)).toBe(0);
        const touched = log.some(([c]) => c !== 'other#c');
        expect('new#merged' in data.cards).toBe(touched);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('the app opening its progress store', () => {
  it('moves the history of the cards the library says were replaced', async () => {
    const { createProgressStore } = await import('../../src/state/progressStore.js');
    const { replacements } = await import('../../src/content/replaces.js');
    const { parseDeck } = await import('../../src/content/parse.js');
    freshHome();
    const store = openProgress();
    store.recordReview(sch.rate('old#a', undefined, 3, new Date(t0)));
    const cards = parseDeck('## Merged\n**Answer:** a\n**Replaces:** old#a\n', 'new.md').cards;
    const notices: string[] = [];
    const ui = createProgressStore({ open: () => ({ store, createScheduler }), replaced: () => replacements(cards), onNotices: (m) => notices.push(...m) });
    await ui.getState().open();
    expect(ui.getState().status).toBe('ready');
    expect(Object.keys(readDisk(store.dir).cards)).toEqual(['new#merged']);
    expect(notices).toEqual([]);
  });
});
