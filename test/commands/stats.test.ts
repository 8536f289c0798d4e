/** `gateprep stats`: the numbers (computeStats, with the clock passed in) and the command itself. */
process.env.TZ = 'Europe/Berlin';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import stats from '../../src/commands/stats.js';
import type { CommandContext } from '../../src/commands/types.js';
import { loadDecks } from '../../src/content/load.js';
import { computeStats, formatStats, streakDays } from '../../src/progress/stats.js';
import { openProgress } from '../../src/progress/store.js';
import { answer, buildQueue } from '../../src/study/flashcards.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { freshHome } from '../progress/helpers.js';
import { deck } from '../study/cards.js';
import type { ReviewEntry } from '../../src/progress/schema.js';

const sch = createScheduler();
const DAY = 86_400_000;
const entry = (at: number, from: 0 | 1 | 2 | 3, rating: 1 | 2 | 3 | 4, card = 'd#c0'): ReviewEntry => ({ id: `r${at}-${card}`, card, at, rating, source: 'study', from, to: 2 });

describe('computeStats', () => {
  it('counts a streak of local days ending today, or yesterday when none yet today', () => {
    const now = new Date('2025-06-10T09:00:00+02:00');
    const at = (iso: string) => new Date(iso).getTime();
    const days = ['2025-06-07T23:30:00+02:00', '2025-06-08T00:30:00+02:00', '2025-06-09T12:00:00+02:00'].map((d) => entry(at(d), 2, 3));
    expect(streakDays(days, now)).toBe(3);
    expect(streakDays([...days, entry(at('2025-06-10T08:00:00+02:00'), 2, 3)], now)).toBe(4);
    expect(streakDays(days.slice(0, 2), now)).toBe(0);
  });

  it('reports due today, reviewed today, 30-day true retention, states and topics', () => {
    freshHome();
    const store = openProgress();
    const cards = [...deck('a', 4, 'Auth'), ...deck('b', 2, 'Caching')];
    const now = new Date('2025-06-10T09:00:00+02:00');
    for (const item of buildQueue({ cards: cards.slice(0, 3), progress: store.data, now }).items) answer(store, sch, item, 4, now);
    answer(store, sch, buildQueue({ cards: cards.slice(3), progress: store.data, now }).items[0]!, 1, now);
    store.update((d) => {
      // Older history: two passes and one lapse of Review cards in the window, one pass outside it.
      d.reviews.unshift(entry(now.getTime() - 40 * DAY, 2, 3, 'b#c0'), entry(now.getTime() - 2 * DAY, 2, 3, 'a#c0'), entry(now.getTime() - 2 * DAY, 2, 1, 'a#c1'), entry(now.getTime() - DAY, 2, 4, 'b#c0'));
    });
    const s = computeStats(cards, store.data, now);
    expect(s.reviewedToday).toBe(4);
    expect(s.streakDays).toBe(3);
    expect(s.retention30d).toBeCloseTo(2 / 3, 3);
    expect(s.states).toEqual({ new: 2, learning: 1, review: 3, relearning: 0 });
    expect(s.dueToday).toBe(1); // the Again card (learning, due in a minute)
    expect(s.topics).toEqual([
      { topic: 'Auth', cards: 4, due: 1, reviewed: 4, retention: 0.5 },
      { topic: 'Caching', cards: 2, due: 0, reviewed: 0, retention: 1 },
    ]);
    expect(formatStats(s)).toMatch(/Due today: +1\n/);
    expect(formatStats(s).split('\n').every((l) => l.length <= 80)).toBe(true);
  });
});

function ctx(home: string, content: string, json: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const c: CommandContext = { args: [], flags: { json, decks: [] }, contentDir: content, homeDir: home, out: (t) => out.push(t), err: (t) => err.push(t) };
  return { c, out, err };
}

describe('gateprep stats', () => {
  const setup = () => {
    const home = freshHome();
    const content = join(home, 'content');
    mkdirSync(join(content, 'decks'), { recursive: true });
    const card = (n: number) => `## ${n}. Card ${n}\n\n**Question:**\nQ${n}?\n\n**Answer:**\nA${n}.\n`;
    writeFileSync(join(content, 'decks', 'basics.md'), `---\ntopic: Basics\n---\n\n${[1, 2, 3].map(card).join('\n')}`);
    return { home, content };
  };

  it('prints JSON with every field', async () => {
    const { home, content } = setup();
    const { cards } = loadDecks([join(content, 'decks')]);
    expect(cards).toHaveLength(3);
    const store = openProgress({ home });
    answer(store, sch, { card: cards[0]!, kind: 'new' }, 3, new Date());
    const { c, out, err } = ctx(home, content, true);
    expect(await stats(c)).toBe(0);
    expect(err).toEqual([]);
    const json = JSON.parse(out.join('\n'));
    expect(Object.keys(json)).toEqual(['dueToday', 'reviewedToday', 'streakDays', 'retention30d', 'states', 'topics']);
    expect(json).toMatchObject({ dueToday: 1, reviewedToday: 1, streakDays: 1, retention30d: null, states: { new: 2, learning: 1, review: 0, relearning: 0 } });
    expect(json.topics).toEqual([{ topic: 'Basics', cards: 3, due: 1, reviewed: 1, retention: null }]);
  });

  it('prints a readable summary, and a bad progress file as a notice on stderr', async () => {
    const { home, content } = setup();
    writeFileSync(join(home, 'progress.json'), '{oops');
    const { c, out, err } = ctx(home, content, false);
    expect(await stats(c)).toBe(0);
    expect(err.join('\n')).toMatch(/could not be read.*progress\.json\.bad-/);
    expect(out.join('\n')).toContain('Reviewed today: 0');
    expect(out.join('\n')).toContain('Basics');
    expect(out.join('')).toMatch(/Basics +3 +0 +0 +- *\n$/);
  });

  it('an unwritable data folder is a plain error and exit 1', async () => {
    const { home, content } = setup();
    writeFileSync(join(home, 'blocker'), '');
    const { c, err } = ctx(join(home, 'blocker', 'data'), content, true);
    expect(await stats(c)).toBe(1);
    expect(err.join('\n')).toMatch(/Cannot .* not a folder/);
  });
});
