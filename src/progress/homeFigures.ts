/**
 * Home's figures (due now, new today, reviewed today, streak) from a small digest of the progress
 * data: the card states, the daily new-card limit, the local days that had reviews, and the reviews
 * of the digest's own day and later. Figures for any moment at or after the digest's `asOf` equal
 * those of the full data (test/progress/homeFigures.test.ts): a review before that day can only
 * count toward the streak, and the days hold that. The digest is what progress.summary.json keeps
 * (summaryFile.ts), so Home can show real figures before the 20,000-review file is parsed.
 */
import type { Card } from '../content/types.js';
import { buildQueue, type QueueProgress } from '../study/flashcards.js';
import { addLocalDays } from './charts.js';
import { startOfLocalDay } from './day.js';
import type { ReviewEntry, SrsState } from './schema.js';
import { streakFromDays } from './stats.js';

/** What a review contributes to Home's figures once its day is today (or later). */
export type RecentReview = Pick<ReviewEntry, 'at' | 'card' | 'from' | 'source'>;

export interface HomeDigest {
  /** When the digest was made (epoch ms); figures are right for this moment and later. */
  asOf: number;
  /** The start of `asOf`'s local day: `recent` holds the reviews from then on. */
  since: number;
  cards: Record<string, SrsState>;
  dailyNewLimit: number;
  /** Starts of the local days with a review at or before `asOf`, ascending. */
  days: number[];
  /** Reviews from the start of `asOf`'s local day on (later ones included), in file order. */
  recent: RecentReview[];
}

export interface HomeFigures {
  dueNow: number;
  newToday: number;
  reviewedToday: number;
  streakDays: number;
}

/** Whether the digest's days are still local days here: a change of time zone moves the local
 * midnights, and a digest counted in another zone is not used (Intl's zone name would cost the
 * first frame ~20 ms of ICU loading; these few Dates cost nothing). */
export function fitsLocalTime(d: HomeDigest): boolean {
  const midnight = (t: number) => startOfLocalDay(t).getTime() === t;
  return startOfLocalDay(d.asOf).getTime() === d.since && d.days.every(midnight);
}

/** The digest of `data` as of `at`. One pass over the reviews, a Date only when the day changes. */
export function digest(data: Readonly<QueueProgress>, at: Date): HomeDigest {
  const asOf = at.getTime();
  const today = startOfLocalDay(at).getTime();
  const days = new Set<number>();
  const recent: RecentReview[] = [];
  let start = 0;
  let end = -1;
  for (const r of data.reviews) {
    if (r.at >= today) recent.push({ at: r.at, card: r.card, from: r.from, source: r.source });
    if (r.at > asOf) continue;
    if (r.at < start || r.at >= end) {
      start = startOfLocalDay(r.at).getTime();
      end = addLocalDays(start, 1).getTime();
    }
    days.add(start);
  }
  return {
    asOf,
    since: today,
    cards: { ...data.cards },
    dailyNewLimit: data.settings.dailyNewLimit,
    days: [...days].sort((a, b) => a - b),
    recent,
  };
}

/** Home's figures at `now` (not before the digest's asOf) for the cards in the decks. */
export function homeFigures(cards: readonly Card[], d: HomeDigest, now: Date): HomeFigures {
  const q = buildQueue({ cards, progress: { cards: d.cards, settings: { dailyNewLimit: d.dailyNewLimit }, reviews: d.recent }, now });
  const t = now.getTime();
  const today = startOfLocalDay(now).getTime();
  const days = new Set(d.days);
  let reviewedToday = 0;
  for (const r of d.recent) {
    if (r.at > t) continue;
    days.add(startOfLocalDay(r.at).getTime());
    if (r.at >= today) reviewedToday++;
  }
  return { dueNow: q.counts.learning + q.counts.review, newToday: q.counts.new, reviewedToday, streakDays: streakFromDays(days, now) };
}
