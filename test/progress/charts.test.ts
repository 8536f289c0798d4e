/** The Progress screen's figures: forecast, calendar, true retention, mastery per topic. */
import { describe, expect, it } from 'vitest';
import { addLocalDays, dueForecast, heatLevel, heatLevels, retentionText, reviewCalendar, trueRetention } from '../../src/progress/charts.js';
import { retrievability, topicMastery } from '../../src/progress/mastery.js';
import { emptyProgress, type ReviewEntry, type SrsState } from '../../src/progress/schema.js';
import { barChart, calendarLines } from '../../src/ui/screens/progress/chartLines.js';
import { parseDeck } from '../../src/content/parse.js';

const now = new Date(2026, 2, 11, 15, 0); // a Wednesday
const DAY = 86_400_000;
const review = (at: number, from: 0 | 1 | 2 | 3, rating: 1 | 2 | 3 | 4, card = 'd#a'): ReviewEntry => ({ id: `${at}-${card}-${rating}`, card, at, rating, source: 'study', from, to: 2 });
const state = (due: number, s: Partial<SrsState> = {}): SrsState => ({ due, stability: 10, difficulty: 5, elapsedDays: 0, scheduledDays: 10, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: now.getTime() - DAY, ...s });
const cards = parseDeck('---\ntopic: Alpha\n---\n## A\n**Answer:**\nx\n\n## B\n**Answer:**\ny\n', 'd.md').cards.concat(
  parseDeck('---\ntopic: Beta\n---\n## C\n**Answer:**\nz\n', 'e.md').cards,
);

describe('dueForecast', () => {
  it('counts studied cards by the local day they fall due, overdue ones today', () => {
    const data = emptyProgress();
    data.cards['d#a'] = state(now.getTime() - 3 * DAY);
    data.cards['d#b'] = state(addLocalDays(now, 2).getTime() + 60_000);
    data.cards['e#c'] = state(addLocalDays(now, 40).getTime());
    data.cards['gone#x'] = state(now.getTime()); // not in the decks
    const f = dueForecast(cards, data, now, 30);
    expect(f).toHaveLength(30);
    expect(f[0]).toBe(1);
    expect(f[2]).toBe(1);
    expect(f.reduce((a, b) => a + b)).toBe(2);
  });
});

describe('trueRetention', () => {
  it('counts only reviews of cards in review, per period, and gives no figure from one review', () => {
    const t = now.getTime();
    const reviews = [review(t - 3600_000, 2, 1), review(t - 2 * DAY, 2, 3), review(t - 3 * DAY, 2, 3), review(t - 4 * DAY, 2, 4), review(t - 5 * DAY, 2, 2), review(t - 6 * DAY, 1, 1), review(t - 20 * DAY, 2, 1)];
    const [day, week, month] = trueRetention(reviews, now);
    expect(day).toEqual({ label: 'Last day', reviews: 1, passed: 0, rate: null });
    expect(retentionText(day!)).toBe('too few to measure');
    expect(week).toMatchObject({ reviews: 5, passed: 4, rate: 0.8 });
    expect(retentionText(week!)).toBe('80%');
    expect(month).toMatchObject({ reviews: 6, passed: 4 });
    expect(retentionText({ reviews: 0, passed: 0, rate: null })).toBe('no reviews');
  });
});

describe('reviewCalendar', () => {
  it('lays 26 weeks of Monday-first days, ending with this week, counting reviews per local day', () => {
    const t = now.getTime();
    const cal = reviewCalendar([review(t, 0, 3), review(t - 60_000, 0, 3), review(t - 7 * DAY, 0, 3)], now, 26);
    expect(cal).toHaveLength(26);
    expect(cal.every((w) => w.length === 7 && new Date(w[0]!.at).getDay() === 1)).toBe(true);
    const last = cal[25]!;
    expect(last[2]).toMatchObject({ reviews: 2, future: false }); // Wednesday: today
    expect(last[3]!.future).toBe(true);
    expect(cal[24]![2]!.reviews).toBe(1);
  });

  it('draws a shade per day and a legend that says what each shade counts, without colour', () => {
    const t = now.getTime();
    const reviews = Array.from({ length: 8 }, (_, i) => review(t - i * 1000, 0, 3)).concat([review(t - DAY, 0, 3)]);
    const lines = calendarLines(reviewCalendar(reviews, now, 26));
    expect(lines).toHaveLength(9);
    expect(lines[3]).toMatch(/^Wed (· ){25}█ $/);
    expect(lines[2]).toMatch(/░ $/); // Tuesday: 1 review
    expect(lines[4]!.trimEnd()).toMatch(/·$/); // Thursday: future, blank
    expect(lines[8]).toBe('    · none  ░ 1-2  ▒ 3-4  ▓ 5-6  █ 7+ reviews a day');
    expect(heatLevels(reviewCalendar(reviews, now))).toEqual([2, 4, 6]);
    expect([0, 1, 2, 3, 6, 7].map((n) => heatLevel(n, [2, 4, 6]))).toEqual([0, 1, 1, 2, 3, 4]);
  });
});

describe('barChart', () => {
  it('draws each value as a column scaled to the largest, with the largest on the axis', () => {
    const lines = barChart([4, 0, 2, 1], 2);
    expect(lines[0]).toBe('4 │█       ');
    expect(lines[1]).toBe('0 │█   █ ▄ ');
    expect(lines[2]).toBe('  └────────');
    expect(lines[3]).toBe('   0');
  });
});

describe('topicMastery', () => {
  it('is the mean chance of recall now (new cards count 0), weakest topic first, with its reviews', () => {
    const data = emptyProgress();
    data.cards['d#a'] = state(now.getTime(), { stability: 1, lastReview: now.getTime() - DAY });
    data.cards['e#c'] = state(now.getTime(), { stability: 100, lastReview: now.getTime() - DAY });
    data.reviews.push(review(now.getTime() - DAY, 2, 3, 'e#c'));
    const m = topicMastery(cards, data, now);
    expect(m.map((t) => t.topic)).toEqual(['Alpha', 'Beta']);
    expect(m[0]).toMatchObject({ cards: 2, studied: 1, reviews: 0 });
    expect(m[0]!.mastery).toBeCloseTo(0.45, 2); // (0.9 + 0) / 2: R is 90% when elapsed = stability
    expect(m[1]).toMatchObject({ cards: 1, studied: 1, reviews: 1, passed: 1 });
    expect(m[1]!.mastery).toBeGreaterThan(0.99);
    expect(retrievability(undefined, now.getTime())).toBe(0);
  });
});
