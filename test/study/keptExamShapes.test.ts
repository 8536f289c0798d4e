/** A kept exam read back from disk may hold anything: holes where questions or answers were are
 * refused, not thrown on; a quiz with no clock keeps no time. */
import { describe, expect, it } from 'vitest';
import { checkExam, keepExam } from '../../src/study/keptQuiz.js';
import { startSession } from '../../src/study/quiz.js';
import { quizQuestion } from './cards.js';

const session = (mode: 'exam' | 'practice') =>
  startSession('quiz-1', { topics: [], count: 2, mode, secondsPerQuestion: 60, seed: 1 }, [quizQuestion('q1'), quizQuestion('q2')], 0);
const kept = (): any => JSON.parse(JSON.stringify(keepExam(session('exam'), 10_000)));

describe('keepExam', () => {
  it('a quiz with no deadline is kept with no time left', () => {
    const s = session('practice');
    expect(keepExam(s, 10_000)).toEqual({ version: 1, session: s, remainingMs: 0, keptAt: 10_000 });
  });
});

describe('checkExam', () => {
  it.each([
    ['a question that is null', (k: any) => (k.session.questions[0] = null)],
    ['an answer that is null', (k: any) => (k.session.answers[1] = null)],
    ['a config that is null', (k: any) => (k.session.config = null)],
  ])('refuses %s', (_why, spoil) => {
    const k = kept();
    spoil(k);
    expect(checkExam(k)).toBeNull();
  });

  it('refuses a file that is not an object at all', () => {
    expect([null, 3, 'exam', []].map(checkExam)).toEqual([null, null, null, null]);
  });
});
