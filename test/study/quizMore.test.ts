/** Quiz behaviour the other quiz tests leave out: generated questions asked as the simulator wrote
 * them, a retake's name and setup, half-answered questions in the results, and when a practice
 * answer does not touch the schedule. */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { questionFromId, SIM_TOPIC } from '../../src/gateway/questions.js';
import { available, buildQuiz, check, choose, defaultConfig, finish, results, retakeMissed, scheduleRating, startSession } from '../../src/study/quiz.js';
import { card, quizQuestion } from './cards.js';

const mc = (slug: string, topic: string): Card => ({ ...card('d', slug, topic), choices: [{ text: 'yes', correct: true }, { text: 'no', correct: false }] });

describe('generated questions in a quiz', () => {
  it('are the simulator\'s questions as its id rebuilds them, one answer each, choices only reordered', () => {
    const s = buildQuiz([], { ...defaultConfig(3), topics: [SIM_TOPIC], count: 9 }, 0);
    expect(s.questions).toHaveLength(9);
    for (const q of s.questions) {
      const g = questionFromId(q.id)!;
      const { kind: _k, seed: _s, choices, ...rest } = g;
      expect({ ...q, choices: [...q.choices].sort((a, b) => a.original - b.original) }).toEqual({ ...rest, select: 1, choices: choices.map((c, original) => ({ ...c, original })) });
    }
    // the HTTP and WebSocket questions keep their own scenario
    expect(s.questions.filter((q) => q.engineJson !== undefined).map((q) => q.id.split(':')[1]).sort()).toEqual(['http', 'websocket']);
  });
});

describe('available', () => {
  it('counts quizzable cards of the topics; the simulator among them makes it unlimited', () => {
    const cards = [mc('a', 'Caching'), mc('b', 'Caching'), mc('c', 'Auth'), card('d', 'plain', 'Caching')];
    expect(available(cards, ['Caching'])).toBe(2);
    expect(available(cards, ['Caching', 'Auth'])).toBe(3);
    expect(available(cards, ['Nothing'])).toBe(0);
    expect(available(cards, ['Auth', SIM_TOPIC])).toBe(Infinity);
  });
});

const practice = (...qs: ReturnType<typeof quizQuestion>[]) =>
  startSession('quiz-p', { topics: ['Caching'], count: qs.length, mode: 'practice', secondsPerQuestion: 60, seed: 1 }, qs, 1_000);

describe('retake missed', () => {
  it('is named after the quiz and the time, takes the new seed, and counts only the missed questions', () => {
    let s = practice(quizQuestion('q1'), quizQuestion('q2'), quizQuestion('q3'));
    s = choose(s, 0).session; // q1 right; q2 and q3 unanswered
    const again = retakeMissed(finish(s, 5_000), 36 ** 2, 99)!;
    expect(again.id).toBe('quiz-p-retake-100');
    expect(again.config).toEqual({ topics: ['Caching'], count: 2, mode: 'practice', secondsPerQuestion: 60, seed: 99 });
    expect([again.startedAt, again.deadline, again.finishedAt, again.current]).toEqual([1296, null, null, 0]);
    expect(again.questions.map((q) => q.id).sort()).toEqual(['q2', 'q3']);
    for (const q of again.questions) expect([...q.choices].sort((a, b) => a.original - b.original)).toEqual(quizQuestion(q.id).choices);
  });
});

describe('results of half-answered questions', () => {
  it('a select-TWO with one letter is partial, not right, and counts as missed', () => {
    const s = choose(practice(quizQuestion('two', 'Caching', [0, 1], 3)), 0).session;
    const r = results(s, 2_000);
    expect(r.review.map((x) => [x.verdict, x.selected, x.correct])).toEqual([['partial', [0], [0, 1]]]);
    expect([r.correct, r.missed, r.percent, r.timeTakenMs]).toEqual([0, [0], 0, 1_000]);
  });
});

describe('scheduleRating', () => {
  it('is null for an answer not yet checked, a question from no card, and a question that does not exist', () => {
    const q = { ...quizQuestion('q1'), cardId: 'd#q1' };
    const s = choose(practice(q), 0).session;
    expect(scheduleRating(s, 0)).toBeNull();
    expect(scheduleRating(check(s), 0)).toEqual({ cardId: 'd#q1', rating: 3 });
    expect(scheduleRating(check(choose(practice(quizQuestion('q1')), 0).session), 0)).toBeNull();
    expect(scheduleRating(check(s), 1)).toBeNull();
  });
});
