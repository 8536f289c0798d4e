/** Topics of a library in display order (alphabetical), with card counts. */
import type { Card } from './types.js';

export interface TopicSummary { topic: string; count: number }

export function topicsOf(cards: Card[]): TopicSummary[] {
  const counts = new Map<string, number>();
  for (const c of cards) counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1);
  return [...counts].map(([topic, count]) => ({ topic, count })).sort((a, b) => a.topic.localeCompare(b.topic));
}

export function cardsOfTopic(cards: Card[], topic: string): Card[] {
  return cards.filter((c) => c.topic === topic);
}
