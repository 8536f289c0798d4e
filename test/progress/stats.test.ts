/**
 * computeStats and formatStats in whatever time zone the run uses: every instant is built from
 * local calendar fields (test/commands/stats.test.ts covers the same code pinned to Berlin).
 */
import { describe, expect, it } from 'vitest';
import { computeStats, formatStats, type Stats } from '../../src/progress/stats.js';
import type { ProgressData, ReviewEntry, SrsState } from '../../src/progress/schema.js';
import { card, deck } from '../study/cards.js';

const DAY = 86_400_000;
const local = (day: number, hour: number, minute = 0) => new Date(2025, 5, day, hour, minute).getTime();
const NOW = new Date(2025, 5, 10, 15, 0);
const entry = (at: number, from: 0 | 1 | 2 | 3, rating: 1 | 2 | 3 | 4, cardId = 'a#c0'): ReviewEntry => ({ id: `r${at}-${cardId}`, card: cardId, at, rating, source: 'study', from, to: 2 });
const srs = (state: 0 | 1 | 2 | 3, due: number): SrsState => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state });
const data = (cards: Record<string, SrsState>, reviews: ReviewEntry[]): ProgressData =>
  ({ version: 2, journal: '', folded: '', cards, reviews }) as unknown as ProgressData;

describe('computeStats counts what the day holds', () => {
  const cards = [...deck('a', 3, 'Alpha'), ...deck('b', 2, 'Beta')];

  it('a card is due today when its due time is before the next local midnight, and only if it is not new', () => {
    const progress = data(
      {
        'a#c0': srs(2, local(10, 23, 59)), // due tonight
        'a#c1': srs(2, local(11, 0, 0)), // due at midnight: tomorrow
        'a#c2': srs(0, local(1, 0)), // new: never counts as due
        'b#c0': srs(3, local(9, 8)), // overdue relearning
      },
      [],
    );
    const s = computeStats(cards, progress, NOW);
    expect(s.dueToday).toBe(2);
    expect(s.states).toEqual({ new: 2, learning: 0, review: 2, relearning: 1 });
    expect(s.topics).toEqual([
      { topic: 'Alpha', cards: 3, due: 1, reviewed: 2, retention: null },
      { topic: 'Beta', cards: 2, due: 1, reviewed: 1, retention: null },
    ]);
  });

  it('reviewed today counts from local midnight up to now, both ends included', () => {
    const reviews = [local(9, 23, 59), local(10, 0, 0), local(10, 15, 0), local(10, 15, 1)].map((at) => entry(at, 2, 3));
    expect(computeStats(cards, data({}, reviews), NOW).reviewedToday).toBe(2);
  });

  it('retention is the share of Review-state reviews in the last 30 days not rated Again, to 3 places', () => {
    const t = NOW.getTime();
    const reviews = [
      entry(t - 30 * DAY, 2, 1), // exactly 30 days ago: outside the window
      entry(t - 30 * DAY + 1, 2, 3),
      entry(t - DAY, 2, 1),
      entry(t - DAY + 1, 2, 2),
      entry(t, 0, 1), // a new card's first rating: not graded
      entry(t + 1, 2, 1), // after now: not counted
    ];
    const s = computeStats(cards, data({}, reviews), NOW);
    expect(s.retention30d).toBe(0.667);
    expect(s.topics[0]!.retention).toBe(0.667);
    expect(s.topics[1]!.retention).toBeNull();
  });

  it('retention is null with no Review-state review, 1 when none was Again', () => {
    expect(computeStats(cards, data({}, [entry(NOW.getTime(), 1, 1)]), NOW).retention30d).toBeNull();
    expect(computeStats(cards, data({}, [entry(NOW.getTime(), 2, 4)]), NOW).retention30d).toBe(1);
  });
});

const base: Stats = { dueToday: 3, reviewedToday: 1, streakDays: 1, retention30d: 0.875, states: { new: 4, learning: 1, review: 2, relearning: 0 }, topics: [] };

describe('formatStats prints the summary a user reads', () => {
  it('lines up the figures, says "1 day" but "2 days", and a dash for unknown retention', () => {
    expect(formatStats(base)).toBe(
      ['Due today:      3', 'Reviewed today: 1', 'Streak:         1 day', 'Retention 30d:  88%', 'Cards:          4 new, 1 learning, 2 review, 0 relearning'].join('\n'),
    );
    const lines = formatStats({ ...base, streakDays: 2, retention30d: null }).split('\n');
    expect(lines[2]).toBe('Streak:         2 days');
    expect(lines[3]).toBe('Retention 30d:  -');
  });

  it('a topic table pads names to the longest (at least 5 columns) and right-aligns the counts', () => {
    const s = { ...base, topics: [{ topic: 'API', cards: 12, due: 3, reviewed: 7, retention: 0.5 }, { topic: 'Caching', cards: 1, due: 0, reviewed: 0, retention: null }] };
    expect(formatStats(s).split('\n').slice(5)).toEqual([
      '',
      'Topic    cards   due  studied  retention',
      'API         12     3        7        50%',
      'Caching      1     0        0          -',
    ]);
    const short = formatStats({ ...base, topics: [{ topic: 'A', cards: 1, due: 1, reviewed: 1, retention: 1 }] }).split('\n');
    expect(short.slice(6)).toEqual(['Topic  cards   due  studied  retention', 'A          1     1        1       100%']);
  });

  it('cuts a topic name longer than 40 columns to 39 and an ellipsis', () => {
    const name = 'x'.repeat(45);
    const lines = formatStats({ ...base, topics: [{ topic: name, cards: 1, due: 0, reviewed: 0, retention: null }] }).split('\n');
    expect(lines[6]).toBe(`${'Topic'.padEnd(40)}  cards   due  studied  retention`);
    expect(lines[7]).toBe(`${'x'.repeat(39)}…      1     0        0          -`);
  });

  it('prints no topic table when there are no topics', () => {
    expect(formatStats(base).split('\n')).toHaveLength(5);
    expect(formatStats({ ...base, topics: [] })).not.toContain('Topic');
  });
});

describe('computeStats with no history', () => {
  it('a card without progress counts as new in its topic', () => {
    const s = computeStats([card('z', 'only', 'Zed')], data({}, []), NOW);
    expect(s.states.new).toBe(1);
    expect(s.topics).toEqual([{ topic: 'Zed', cards: 1, due: 0, reviewed: 0, retention: null }]);
  });
});
