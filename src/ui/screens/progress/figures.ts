/** The Progress screen's figures, computed once per change of the store (its revision) and minute,
 * not on every keystroke: with 20,000 reviews a tab's figures take tens of milliseconds. */
import type { Card } from '../../../content/types.js';
import { dueForecast, reviewCalendar, trueRetention } from '../../../progress/charts.js';
import { topicMastery } from '../../../progress/mastery.js';
import type { ProgressData } from '../../../progress/schema.js';
import { computeStats, streakDays } from '../../../progress/stats.js';
import { leechCards } from '../../../study/flashcards.js';
import { interviewCount } from '../../../study/interview.js';

export const FORECAST_DAYS = 30;

const compute = {
  stats: (cards: readonly Card[], data: Readonly<ProgressData>, now: Date) => computeStats(cards, data, now),
  retention: (_cards: readonly Card[], data: Readonly<ProgressData>, now: Date) => trueRetention(data.reviews, now),
  leeches: (cards: readonly Card[], data: Readonly<ProgressData>) => leechCards(cards, data),
  topics: (cards: readonly Card[], data: Readonly<ProgressData>, now: Date) => topicMastery(cards, data, now),
  forecast: (cards: readonly Card[], data: Readonly<ProgressData>, now: Date) => dueForecast(cards, data, now, FORECAST_DAYS),
  calendar: (_cards: readonly Card[], data: Readonly<ProgressData>, now: Date) => reviewCalendar(data.reviews, now, 26),
  streak: (_cards: readonly Card[], data: Readonly<ProgressData>, now: Date) => streakDays(data.reviews, now),
  /** Cards not solid by the interview date (null: no date); a new date is a settings change, so a new revision. */
  interview: (cards: readonly Card[], data: Readonly<ProgressData>, now: Date) =>
    data.settings.interviewDate ? interviewCount(cards, data, data.settings.interviewDate, now) : null,
};

export type FigureName = keyof typeof compute;
export const FIGURE_NAMES = Object.keys(compute) as FigureName[];
type Figure<K extends FigureName> = ReturnType<(typeof compute)[K]>;

const caches = new WeakMap<object, { stamp: string; values: Map<FigureName, unknown> }>();

/** The figures of one store, as of `stamp` (revision and minute); each computed on first use. */
export function figures(owner: object, stamp: string, cards: readonly Card[], data: Readonly<ProgressData>, now: Date) {
  let cache = caches.get(owner);
  if (!cache || cache.stamp !== stamp) caches.set(owner, (cache = { stamp, values: new Map() }));
  const values = cache.values;
  return <K extends FigureName>(name: K): Figure<K> => {
    if (!values.has(name)) values.set(name, compute[name](cards, data, now));
    return values.get(name) as Figure<K>;
  };
}

export type Figures = ReturnType<typeof figures>;
