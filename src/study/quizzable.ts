/** Which cards can be asked as a quiz question: light enough for Home's first frame (no engine). */
import type { Card } from '../content/types.js';

/** A card with choices, at least one right and one wrong. */
export function quizzable(card: Card): boolean {
  return card.choices.length >= 2 && card.choices.some((c) => c.correct) && card.choices.some((c) => !c.correct);
}

export const cardQuestionCount = (cards: readonly Card[]): number => cards.filter(quizzable).length;
