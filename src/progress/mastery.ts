/** Mastery per topic: how much of a topic the learner would recall now, by FSRS's forgetting
 * curve over each card's stability, with never-studied cards counting as not known. Sorted
 * weakest first, so the Progress screen's top row is the topic to study next. */
import type { Card } from '../content/types.js';
import type { ProgressData, SrsState } from './schema.js';

/** FSRS-6's default decay (ts-fsrs default_w[20]); the curve is R = (1 + f·t/S)^-decay with
 * f chosen so that R = 0.9 when t = S. https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm */
export const DEFAULT_DECAY = 0.1542;
const DAY = 86_400_000;

/** The probability of recalling a card now (0 for a card never studied). */
export function retrievability(s: SrsState | undefined, now: number, decay = DEFAULT_DECAY): number {
  if (!s || s.state === 0 || s.lastReview === undefined || s.stability <= 0) return 0;
  const t = Math.max(0, now - s.lastReview) / DAY;
  const factor = 0.9 ** (-1 / decay) - 1;
  return (1 + (factor * t) / s.stability) ** -decay;
}

export interface TopicMastery {
  topic: string;
  cards: number;
  studied: number;
  /** Mean retrievability over the topic's cards, 0..1. */
  mastery: number;
  /** Reviews of the topic's cards in the Review state in the last 30 days, and how many passed. */
  reviews: number;
  passed: number;
}

export function topicMastery(cards: readonly Card[], progress: Readonly<ProgressData>, now: Date, decay = DEFAULT_DECAY): TopicMastery[] {
  const t = now.getTime();
  const byTopic = new Map<string, TopicMastery & { sum: number; order: number }>();
  const topicOf = new Map<string, string>();
  for (const card of cards) {
    const s = progress.cards[card.id];
    const m = byTopic.get(card.topic) ?? { topic: card.topic, cards: 0, studied: 0, mastery: 0, reviews: 0, passed: 0, sum: 0, order: byTopic.size };
    byTopic.set(card.topic, m);
    topicOf.set(card.id, card.topic);
    m.cards++;
    if (s && s.state !== 0) m.studied++;
    m.sum += retrievability(s, t, decay);
  }
  for (const r of progress.reviews) {
    if (r.from !== 2 || r.at <= t - 30 * DAY || r.at > t) continue;
    const m = byTopic.get(topicOf.get(r.card) ?? '');
    if (!m) continue;
    m.reviews++;
    if (r.rating > 1) m.passed++;
  }
  return [...byTopic.values()]
    .map((m) => ({ ...m, mastery: m.cards === 0 ? 0 : m.sum / m.cards }))
    // compared as whole percents (as shown), so the order does not shift while the clock moves
    .sort((a, b) => Math.round(a.mastery * 100) - Math.round(b.mastery * 100) || a.order - b.order)
    .map(({ sum: _s, order: _o, ...rest }) => rest);
}
