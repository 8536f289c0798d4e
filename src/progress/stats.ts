/** Study statistics from the progress store, for `gateprep stats` and the Progress screen. */
import type { Card } from '../content/types.js';
import { reviewsPerDay } from './charts.js';
import { nextLocalMidnight, previousLocalDay, startOfLocalDay } from './day.js';
import type { ProgressData, ReviewEntry } from './schema.js';

export interface TopicStats {
  topic: string;
  cards: number;
  /** Cards due by the end of today. */
  due: number;
  /** Cards studied at least once. */
  reviewed: number;
  /** True retention over the last 30 days (see Stats.retention30d); null with no such review. */
  retention: number | null;
}

export interface Stats {
  /** Cards (in the decks) that are not new and due before local midnight. */
  dueToday: number;
  /** Reviews since local midnight. */
  reviewedToday: number;
  /** Local days in a row with at least one review, ending today (or yesterday, if none yet today). */
  streakDays: number;
  /** Share of reviews of cards in the Review state, in the last 30 days, not rated Again. */
  retention30d: number | null;
  states: { new: number; learning: number; review: number; relearning: number };
  topics: TopicStats[];
}

const DAY = 86_400_000;
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

function retention(reviews: readonly ReviewEntry[]): number | null {
  const graded = reviews.filter((r) => r.from === 2);
  if (graded.length === 0) return null;
  return round3(graded.filter((r) => r.rating > 1).length / graded.length);
}

export function streakDays(reviews: readonly ReviewEntry[], now: Date): number {
  return streakFromDays(reviewsPerDay(reviews.filter((r) => r.at <= now.getTime())), now);
}

/** The streak ending today (or yesterday) over the local days (their starts) that had a review. */
export function streakFromDays(days: { has(day: number): boolean }, now: Date): number {
  let day = startOfLocalDay(now);
  if (!days.has(day.getTime())) day = previousLocalDay(day);
  let n = 0;
  while (days.has(day.getTime())) {
    n++;
    day = previousLocalDay(day);
  }
  return n;
}

export function computeStats(cards: readonly Card[], progress: Readonly<ProgressData>, now: Date): Stats {
  const t = now.getTime();
  const endOfDay = nextLocalMidnight(now).getTime();
  const today = startOfLocalDay(now).getTime();
  const recent = progress.reviews.filter((r) => r.at > t - 30 * DAY && r.at <= t);
  const states = { new: 0, learning: 0, review: 0, relearning: 0 };
  const names = ['new', 'learning', 'review', 'relearning'] as const;
  const topics = new Map<string, TopicStats & { ids: Set<string> }>();
  let dueToday = 0;
  for (const card of cards) {
    const s = progress.cards[card.id];
    states[names[s?.state ?? 0]]++;
    const topic = topics.get(card.topic) ?? { topic: card.topic, cards: 0, due: 0, reviewed: 0, retention: null, ids: new Set() };
    topics.set(card.topic, topic);
    topic.cards++;
    topic.ids.add(card.id);
    if (s && s.state !== 0) {
      topic.reviewed++;
      if (s.due < endOfDay) {
        topic.due++;
        dueToday++;
      }
    }
  }
  for (const topic of topics.values()) topic.retention = retention(recent.filter((r) => topic.ids.has(r.card)));
  return {
    dueToday,
    reviewedToday: progress.reviews.filter((r) => r.at >= today && r.at <= t).length,
    streakDays: streakDays(progress.reviews, now),
    retention30d: retention(recent),
    states,
    topics: [...topics.values()].map(({ ids: _ids, ...rest }) => rest),
  };
}

const pct = (n: number | null): string => (n === null ? '-' : `${Math.round(n * 100)}%`);

/** A plain-text summary that fits 80 columns. */
export function formatStats(s: Stats): string {
  const lines = [
    `Due today:      ${s.dueToday}`,
    `Reviewed today: ${s.reviewedToday}`,
    `Streak:         ${s.streakDays} day${s.streakDays === 1 ? '' : 's'}`,
    `Retention 30d:  ${pct(s.retention30d)}`,
    `Cards:          ${s.states.new} new, ${s.states.learning} learning, ${s.states.review} review, ${s.states.relearning} relearning`,
  ];
  if (s.topics.length > 0) {
    const w = Math.min(40, Math.max(5, ...s.topics.map((t) => t.topic.length)));
    lines.push('', `${'Topic'.padEnd(w)}  ${'cards'.padStart(5)}  ${'due'.padStart(4)}  ${'studied'.padStart(7)}  retention`);
    for (const t of s.topics) {
      const name = t.topic.length > w ? `${t.topic.slice(0, w - 1)}…` : t.topic.padEnd(w);
      lines.push(`${name}  ${String(t.cards).padStart(5)}  ${String(t.due).padStart(4)}  ${String(t.reviewed).padStart(7)}  ${pct(t.retention).padStart(9)}`);
    }
  }
  return lines.join('\n');
}
