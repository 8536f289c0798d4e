/** The figures behind the Progress screen's charts, as Anki's statistics show them: the due
 * forecast, the review calendar and the true retention table. Plain data; the screen draws it. */
import type { Card } from '../content/types.js';
import { localDayKey, startOfLocalDay } from './day.js';
import type { ProgressData, ReviewEntry } from './schema.js';

const DAY = 86_400_000;

/** The local day `n` days after the one `at` falls on (its start). */
export function addLocalDays(at: Date | number, n: number): Date {
  const d = startOfLocalDay(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** Cards (in the decks, studied at least once) falling due on each of the next `days` local days;
 * day 0 also holds what is overdue. */
export function dueForecast(cards: readonly Card[], progress: Readonly<ProgressData>, now: Date, days = 30): number[] {
  const out = new Array<number>(days).fill(0);
  const bounds = Array.from({ length: days }, (_, i) => addLocalDays(now, i + 1).getTime());
  for (const card of cards) {
    const s = progress.cards[card.id];
    if (!s || s.state === 0) continue;
    const i = bounds.findIndex((end) => s.due < end);
    if (i >= 0) out[i]!++;
  }
  return out;
}

export interface CalendarDay {
  key: string;
  /** Start of the local day. */
  at: number;
  reviews: number;
  /** After today (the calendar's last week is drawn whole). */
  future: boolean;
}

/** Reviews per local day, keyed by the day's start (ms). Reviews come mostly in time order, so a
 * Date is made only when one falls outside the day of the one before (20,000 reviews: ~200 Dates). */
export function reviewsPerDay(reviews: readonly ReviewEntry[]): Map<number, number> {
  const counts = new Map<number, number>();
  let start = 0;
  let end = -1;
  for (const r of reviews) {
    if (r.at < start || r.at >= end) {
      start = startOfLocalDay(r.at).getTime();
      end = addLocalDays(start, 1).getTime();
    }
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  return counts;
}

/** The review calendar: `weeks` columns of 7 local days (Monday first), ending with this week. */
export function reviewCalendar(reviews: readonly ReviewEntry[], now: Date, weeks = 26): CalendarDay[][] {
  const counts = reviewsPerDay(reviews);
  const today = startOfLocalDay(now);
  const monday = addLocalDays(today, -((today.getDay() + 6) % 7));
  const first = addLocalDays(monday, -7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const day = addLocalDays(first, w * 7 + d);
      const key = localDayKey(day);
      return { key, at: day.getTime(), reviews: counts.get(day.getTime()) ?? 0, future: day.getTime() > today.getTime() };
    }),
  );
}

/** Upper bounds of heat levels 1-3 (level 4 is above the last): quarters of the busiest day. */
export function heatLevels(calendar: CalendarDay[][]): [number, number, number] {
  const max = Math.max(0, ...calendar.flat().map((d) => d.reviews));
  const a = Math.max(1, Math.ceil(max / 4));
  const b = Math.max(a + 1, Math.ceil(max / 2));
  return [a, b, Math.max(b + 1, Math.ceil((max * 3) / 4))];
}

/** The heat level of a count: 0 (none) to 4. */
export function heatLevel(n: number, levels: [number, number, number]): number {
  if (n === 0) return 0;
  return n <= levels[0] ? 1 : n <= levels[1] ? 2 : n <= levels[2] ? 3 : 4;
}

export interface RetentionRow {
  label: string;
  /** Reviews of cards in the Review state in the period (what true retention counts). */
  reviews: number;
  passed: number;
  /** passed / reviews, or null below MIN_RETENTION_REVIEWS (too few to be a measure). */
  rate: number | null;
}

/** Fewer reviews than this give no percentage, only the counts (one lapse is not "0%"). */
export const MIN_RETENTION_REVIEWS = 5;

/** True retention as Anki defines it: of the reviews of cards that were in the Review state (not
 * learning), the share not rated Again; for the last day, week and month. */
export function trueRetention(reviews: readonly ReviewEntry[], now: Date): RetentionRow[] {
  const t = now.getTime();
  const periods: Array<[string, number]> = [
    ['Last day', DAY],
    ['Last week', 7 * DAY],
    ['Last month', 30 * DAY],
  ];
  return periods.map(([label, span]) => {
    let n = 0;
    let passed = 0;
    for (const r of reviews) {
      if (r.from !== 2 || r.at <= t - span || r.at > t) continue;
      n++;
      if (r.rating > 1) passed++;
    }
    return { label, reviews: n, passed, rate: n >= MIN_RETENTION_REVIEWS ? passed / n : null };
  });
}

/** "92%", or why there is no figure. */
export function retentionText(row: Pick<RetentionRow, 'reviews' | 'passed' | 'rate'>): string {
  if (row.reviews === 0) return 'no reviews';
  if (row.rate === null) return `too few to measure`;
  return `${Math.round(row.rate * 100)}%`;
}

/** True retention over all time of the reviews of some cards (those linked to a simulator stage). */
export function retentionOf(reviews: readonly ReviewEntry[], cards: ReadonlySet<string>): Omit<RetentionRow, 'label'> {
  let n = 0;
  let passed = 0;
  for (const r of reviews) {
    if (r.from !== 2 || !cards.has(r.card)) continue;
    n++;
    if (r.rating > 1) passed++;
  }
  return { reviews: n, passed, rate: n >= MIN_RETENTION_REVIEWS ? passed / n : null };
}
