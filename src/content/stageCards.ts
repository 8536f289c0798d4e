/**
 * Links simulator stages to the cards that explain them: a card tagged `stage:<name>`
 * explains that stage. Tags are lower-cased by the parser, so `stage:apiKey` is
 * matched as `stage:apikey`. The most specific cards (fewest stage tags) come first,
 * so a card about throttling beats the lifecycle overview that names every stage.
 */
import type { Card } from './types.js';

export const CARDS_PER_STAGE = 3;

export function stageCardIndex(cards: Card[], perStage = CARDS_PER_STAGE): (stage: string) => string[] {
  const byStage = new Map<string, Card[]>();
  const stageTags = (c: Card) => c.tags.filter((t) => t.startsWith('stage:'));
  for (const card of cards) {
    for (const tag of stageTags(card)) {
      const stage = tag.slice('stage:'.length);
      byStage.set(stage, [...(byStage.get(stage) ?? []), card]);
    }
  }
  const best = new Map<string, string[]>();
  for (const [stage, list] of byStage) {
    const ranked = list.map((c, i) => ({ c, i, n: stageTags(c).length })).sort((a, b) => a.n - b.n || a.i - b.i);
    best.set(stage, ranked.slice(0, perStage).map((r) => r.c.id));
  }
  return (stage) => best.get(stage.toLowerCase()) ?? [];
}
