/** A card's quiz record from the saved history: attempts, how many right, and the latest time. */
import { describe, expect, it } from 'vitest';
import { cardHistory } from '../../src/study/quiz.js';
import type { QuizResult } from '../../src/progress/schema.js';

const result = (id: string, at: number, answers: Array<[string, boolean]>): QuizResult => ({
  id,
  at,
  quiz: 'practice: all topics',
  total: answers.length,
  correct: answers.filter(([, ok]) => ok).length,
  answers: answers.map(([card, correct]) => ({ card, correct })),
});

describe('cardHistory', () => {
  it('counts every answer to the card across quizzes, the right ones, and the latest quiz time whatever the order', () => {
    const history = [
      result('q1', 5_000, [['d#a', true], ['d#b', false]]),
      result('q2', 9_000, [['d#a', false], ['d#a', true]]),
      result('q3', 2_000, [['d#a', false]]),
    ];
    expect(cardHistory(history, 'd#a')).toEqual({ attempts: 4, correct: 2, last: 9_000 });
    expect(cardHistory(history, 'd#b')).toEqual({ attempts: 1, correct: 0, last: 5_000 });
  });

  it('a card never asked has no attempts and no last time', () => {
    expect(cardHistory([result('q1', 5_000, [['d#b', true]])], 'd#a')).toEqual({ attempts: 0, correct: 0, last: null });
    expect(cardHistory([], 'd#a')).toEqual({ attempts: 0, correct: 0, last: null });
  });

  it('a quiz saved at the epoch still counts as the last time', () => {
    expect(cardHistory([result('q0', 0, [['d#a', true]])], 'd#a')).toEqual({ attempts: 1, correct: 1, last: 0 });
  });
});
