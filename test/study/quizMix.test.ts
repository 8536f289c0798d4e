/** How many simulator questions a quiz draws beside the cards, and the setup a new quiz starts from. */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { SIM_TOPIC } from '../../src/gateway/questions.js';
import { buildQuiz, defaultConfig, type QuizConfig } from '../../src/study/quiz.js';
import { card } from './cards.js';

const mc = (deck: string, slug: string, topic: string): Card => ({ ...card(deck, slug, topic), choices: [{ text: 'yes', correct: true }, { text: 'no', correct: false }] });
const CARDS: Card[] = [
  ...Array.from({ length: 6 }, (_, i) => mc('caching', `cache${i}`, 'Caching')),
  ...Array.from({ length: 5 }, (_, i) => mc('throttling', `thr${i}`, 'Throttling')),
  mc('auth', 'only', 'Auth'),
];
const cfg = (topics: string[], count: number): QuizConfig => ({ ...defaultConfig(42), topics, count });
/** [card questions, simulator questions, total in the config]. */
const mix = (topics: string[], count: number) => {
  const s = buildQuiz(CARDS, cfg(topics, count), 0);
  const sim = s.questions.filter((q) => q.id.startsWith('sim:')).length;
  return [s.questions.length - sim, sim, s.config.count];
};

describe('simulator questions in a quiz', () => {
  it('with all topics, one question in five is generated, the rest are cards', () => {
    expect(mix([], 10)).toEqual([8, 2, 10]);
    expect(mix([], 3)).toEqual([2, 1, 3]);
  });

  it('with the simulator among chosen topics, it takes its share of the topics', () => {
    expect(mix(['Caching', SIM_TOPIC], 10)).toEqual([5, 5, 10]);
    expect(mix(['Caching', 'Throttling', SIM_TOPIC], 9)).toEqual([6, 3, 9]);
  });

  it('generated questions fill what the chosen cards cannot', () => {
    expect(mix(['Auth', SIM_TOPIC], 10)).toEqual([1, 9, 10]);
  });

  it('only the simulator: every question is generated; no simulator topic: none is', () => {
    expect(mix([SIM_TOPIC], 3)).toEqual([0, 3, 3]);
    expect(mix(['Caching', 'Throttling'], 10)).toEqual([10, 0, 10]);
    expect(mix(['Auth'], 10)).toEqual([1, 0, 1]);
  });

  it('a count below one still asks one question', () => {
    expect(mix(['Caching'], 0)).toEqual([1, 0, 1]);
  });
});

describe('defaultConfig', () => {
  it('a practice quiz of 10 questions from all topics, 90 s a question when timed, with the seed given', () => {
    expect(defaultConfig(7)).toEqual({ topics: [], count: 10, mode: 'practice', secondsPerQuestion: 90, seed: 7 });
  });
});
