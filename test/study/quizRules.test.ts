/** The rules of answering a quiz one step at a time: what each move refuses, and what it reports. */
import { describe, expect, it } from 'vitest';
import {
  allChecked, check, choose, finish, formatDuration, goTo, next, overview, prev, quizTopics, results, startSession, status, tick, toggleFlag, toQuizResult,
  type QuizQuestion, type QuizSession,
} from '../../src/study/quiz.js';
import { quizzable, cardQuestionCount } from '../../src/study/quizzable.js';
import { SIM_TOPIC } from '../../src/gateway/questions.js';
import { card, quizQuestion } from './cards.js';

const practice = (questions: QuizQuestion[], now = 0): QuizSession =>
  startSession('quiz-t', { topics: [], count: questions.length, mode: 'practice', secondsPerQuestion: 60, seed: 1 }, questions, now);
const exam = (questions: QuizQuestion[], now = 0): QuizSession => ({ ...practice(questions, now), config: { ...practice(questions).config, mode: 'exam' }, deadline: now + 60_000 * questions.length });
const three = () => practice([quizQuestion('q1'), quizQuestion('q2', 'Throttling', [1, 2], 4), quizQuestion('q3', 'Throttling')]);

describe('choose', () => {
  it('takes a letter in range and says ok; refuses a letter the question does not have', () => {
    const s = three();
    expect(choose(s, 1)).toEqual({ session: { ...s, answers: [{ selected: [1], checked: false, flagged: false }, ...s.answers.slice(1)] }, outcome: 'ok' });
    expect(choose(s, 2)).toEqual({ session: s, outcome: 'no-such-choice' });
    expect(choose(s, -1)).toEqual({ session: s, outcome: 'no-such-choice' });
  });

  it('select TWO: ok for each of two letters and for un-choosing one, too-many for a third', () => {
    let s = next(three());
    for (const i of [1, 2]) {
      const r = choose(s, i);
      expect(r.outcome).toBe('ok');
      s = r.session;
    }
    expect(choose(s, 3)).toEqual({ session: s, outcome: 'too-many' });
    const undone = choose(s, 1);
    expect(undone.outcome).toBe('ok');
    expect(undone.session.answers[1]!.selected).toEqual([2]);
  });

  it('is locked once the answer is checked, once the quiz is finished, and past the last question', () => {
    const checked = check(choose(three(), 0).session);
    expect(choose(checked, 1)).toEqual({ session: checked, outcome: 'locked' });
    const done = finish(three(), 5);
    expect(choose(done, 0)).toEqual({ session: done, outcome: 'locked' });
    const past = { ...three(), current: 3 };
    expect(choose(past, 0)).toEqual({ session: past, outcome: 'locked' });
  });
});

describe('check', () => {
  it('locks a complete answer; leaves an incomplete, a checked or a finished one as it is', () => {
    const s = three();
    expect(check(s)).toBe(s); // nothing chosen
    const one = choose(s, 0).session;
    expect(check(one).answers[0]).toEqual({ selected: [0], checked: true, flagged: false });
    const half = choose(next(s), 1).session;
    expect(check(half)).toBe(half); // select TWO with one letter
    const finished = finish(one, 1);
    expect(check(finished)).toBe(finished);
    const past = { ...one, current: 5 };
    expect(check(past)).toBe(past);
  });

  it('a practice quiz is all checked only when every answer is', () => {
    let s = check(choose(three(), 0).session);
    expect(allChecked(s)).toBe(false);
    s = check(choose(choose(next(s), 1).session, 2).session);
    s = check(choose(next(s), 0).session);
    expect(allChecked(s)).toBe(true);
  });
});

describe('moving between questions', () => {
  it('goes to any question in range and stays put outside it', () => {
    const s = three();
    expect(goTo(s, 2).current).toBe(2);
    expect(goTo(s, 0)).toEqual({ ...s, current: 0 });
    expect(goTo(s, 3)).toBe(s);
    expect(goTo(s, -1)).toBe(s);
    expect(next(next(s)).current).toBe(2);
    expect(next(goTo(s, 2)).current).toBe(2);
    expect(prev(goTo(s, 2)).current).toBe(1);
    expect(prev(s).current).toBe(0);
  });

  it('a flag toggles on the current or a given question, not on a finished quiz', () => {
    const s = toggleFlag(three());
    expect(s.answers.map((a) => a.flagged)).toEqual([true, false, false]);
    expect(toggleFlag(s, 0).answers[0]!.flagged).toBe(false);
    expect(toggleFlag(s, 2).answers.map((a) => a.flagged)).toEqual([true, false, true]);
    expect(toggleFlag(s, 7)).toBe(s);
    const done = finish(s, 1);
    expect(toggleFlag(done)).toBe(done);
  });
});

describe('status and overview', () => {
  it('answered, partial (some letters of a select-TWO) and unanswered; flagged apart', () => {
    let s = choose(three(), 0).session;
    s = choose(next(s), 2).session;
    s = toggleFlag(s, 2);
    expect(s.questions.map((q, i) => status(q, s.answers[i]!))).toEqual(['answered', 'partial', 'unanswered']);
    expect(overview(s)).toEqual({ answered: [0], unanswered: [1, 2], partial: [1], flagged: [2] });
  });
});

describe('time', () => {
  it('a submitted quiz keeps the time it was submitted; a second finish changes nothing', () => {
    const s = finish(exam([quizQuestion('q1')], 1000), 5000);
    expect([s.finishedAt, s.endedBy]).toEqual([5000, 'submit']);
    expect(finish(s, 9000, 'timeout')).toBe(s);
  });

  it('a timeout ends at the deadline even when noticed later; a practice timeout ends when noticed', () => {
    const s = exam([quizQuestion('q1')], 0);
    expect(finish(s, 90_000, 'timeout').finishedAt).toBe(60_000);
    expect(finish(s, 30_000, 'timeout').finishedAt).toBe(30_000);
    expect(finish(practice([quizQuestion('q1')]), 90_000, 'timeout').finishedAt).toBe(90_000);
  });

  it('tick submits an exam at its deadline exactly, not before, and leaves a finished or untimed quiz alone', () => {
    const s = exam([quizQuestion('q1')], 0);
    expect(tick(s, 59_999)).toBe(s);
    expect(tick(s, 60_000)).toMatchObject({ finishedAt: 60_000, endedBy: 'timeout' });
    const done = finish(s, 10);
    expect(tick(done, 70_000)).toBe(done);
    const p = practice([quizQuestion('q1')]);
    expect(tick(p, 10 ** 9)).toBe(p);
  });

  it.each([
    [0, '0:00'], [-5000, '0:00'], [1, '0:01'], [59_001, '1:00'], [125_000, '2:05'], [3_600_000, '1:00:00'], [3_725_000, '1:02:05'],
  ])('%d ms left reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('results', () => {
  it('scores each topic and lists the weakest first: lowest share right, then more questions, then name', () => {
    const qs = [quizQuestion('a1', 'Beta'), quizQuestion('a2', 'Alpha'), quizQuestion('a3', 'Gamma'), quizQuestion('a4', 'Gamma'), quizQuestion('a5', 'Delta')];
    let s = practice(qs);
    // right on Beta and on one of Gamma's two; wrong on Alpha; Delta unanswered
    for (const [i, choice] of [[0, 0], [1, 1], [2, 0], [3, 1]] as const) s = choose(goTo(s, i), choice).session;
    const r = results(finish(s, 4000), 9000);
    expect(r.byTopic).toEqual([
      { topic: 'Alpha', correct: 0, total: 1 },
      { topic: 'Delta', correct: 0, total: 1 },
      { topic: 'Gamma', correct: 1, total: 2 },
      { topic: 'Beta', correct: 1, total: 1 },
    ]);
    expect([r.correct, r.total, r.percent, r.timeTakenMs, r.missed]).toEqual([2, 5, 40, 4000, [1, 3, 4]]);
    expect(r.review.map((x) => x.correct)).toEqual([[0], [0], [0], [0], [0]]);
  });

  it('an empty quiz scores 0%, and an unfinished one counts its time up to now', () => {
    const r = results(practice([], 100), 700);
    expect([r.percent, r.timeTakenMs]).toEqual([0, 600]);
  });

  it('the saved record names the mode, a retake and the topics, and which answers were right', () => {
    const s = choose(three(), 0).session;
    expect(toQuizResult(s, 50)).toMatchObject({ id: 'quiz-t', at: 50, quiz: 'practice: all topics', total: 3, correct: 1 });
    expect(toQuizResult(s, 50).answers.map((a) => a.correct)).toEqual([true, false, false]);
    const retake = { ...s, retakeOf: 'quiz-0', config: { ...s.config, mode: 'exam' as const, topics: ['Caching', 'Throttling'] } };
    expect(toQuizResult(retake, 50).quiz).toBe('exam retake: Caching, Throttling');
  });
});

describe('which cards make questions', () => {
  const withChoices = (correct: boolean[]) => ({ ...card('d', `c${correct.join('')}`, 'Caching'), choices: correct.map((c, i) => ({ text: `${i}`, correct: c })) });

  it('needs two choices or more, at least one right and one wrong', () => {
    expect([[true, false], [false, true, false]].map((c) => quizzable(withChoices(c)))).toEqual([true, true]);
    expect([[true], [true, true], [false, false], []].map((c) => quizzable(withChoices(c)))).toEqual([false, false, false, false]);
    expect(cardQuestionCount([withChoices([true, false]), withChoices([true, true]), withChoices([false, true])])).toBe(2);
  });

  it('quiz topics count quizzable cards per topic, sorted by name, the simulator last unless left out', () => {
    const cards = [
      { ...withChoices([true, false]), id: 'z1', topic: 'Zeta' },
      { ...withChoices([true, false]), id: 'a1', topic: 'Alpha' },
      { ...withChoices([false, true]), id: 'a2', topic: 'Alpha' },
      { ...withChoices([true, true]), id: 'a3', topic: 'Alpha' },
    ];
    expect(quizTopics(cards)).toEqual([{ topic: 'Alpha', count: 2 }, { topic: 'Zeta', count: 1 }, { topic: SIM_TOPIC, count: Infinity }]);
    expect(quizTopics(cards, false)).toEqual([{ topic: 'Alpha', count: 2 }, { topic: 'Zeta', count: 1 }]);
  });
});
