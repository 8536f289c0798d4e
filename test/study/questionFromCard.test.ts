/** A card as a quiz question: what it carries over, the explanation it falls back to, and which
 * choices a card with more than five keeps. */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { rng } from '../../src/gateway/questions.js';
import { questionFromCard } from '../../src/study/quiz.js';
import { card } from './cards.js';

const withChoices = (correct: boolean[], extra: Partial<Card> = {}): Card => ({
  ...card('deck', 'c', 'Caching', 'Which ones?'),
  sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
  choices: correct.map((c, i) => ({ text: `choice ${i}`, correct: c })),
  ...extra,
});
/** The question with its choices put back in the card's order, to compare as a whole. */
const inCardOrder = (c: Card, seed = 1) => {
  const q = questionFromCard(c, rng(seed));
  return { ...q, choices: [...q.choices].sort((a, b) => a.original - b.original) };
};

describe('questionFromCard', () => {
  it('carries the card id, topic, title, question and sources; the answer is the explanation when the card has none', () => {
    expect(inCardOrder(withChoices([false, true, false]))).toEqual({
      id: 'deck#c',
      cardId: 'deck#c',
      topic: 'Caching',
      title: 'c',
      prompt: 'Which ones?',
      choices: [
        { text: 'choice 0', correct: false, original: 0 },
        { text: 'choice 1', correct: true, original: 1 },
        { text: 'choice 2', correct: false, original: 2 },
      ],
      select: 1,
      explanation: 'c is...',
      sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
    });
    expect(inCardOrder(withChoices([true, false], { explanation: 'Because.' })).explanation).toBe('Because.');
  });

  it('asks for as many answers as the card has right ones', () => {
    expect(inCardOrder(withChoices([true, false, true, true])).select).toBe(3);
  });

  it('more than five choices: at most four right ones and enough wrong ones to make five', () => {
    const q = inCardOrder(withChoices([true, true, true, true, true, true, false, false]));
    expect(q.choices.filter((c) => c.correct).map((c) => c.original)).toEqual([0, 1, 2, 3]);
    const wrong = q.choices.filter((c) => !c.correct).map((c) => c.original);
    expect(wrong).toHaveLength(1);
    expect([6, 7]).toContain(wrong[0]);
    expect(q.choices).toHaveLength(5);
  });
});
