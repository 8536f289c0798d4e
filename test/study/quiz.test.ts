/** Quiz domain: building, choosing, scoring single and multiple answers, timing with a fake clock, results, retake. */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { SIM_TOPIC } from '../../src/gateway/questions.js';
import {
  available,
  buildQuiz,
  check,
  choose,
  defaultConfig,
  finish,
  isCorrect,
  next,
  overview,
  remainingMs,
  results,
  retakeMissed,
  scheduleRating,
  tick,
  toggleFlag,
  toQuizResult,
  type QuizConfig,
  type QuizSession,
} from '../../src/study/quiz.js';
import { card } from './cards.js';

function mc(deck: string, slug: string, topic: string, correct: number[] = [0], n = 4): Card {
  return { ...card(deck, slug, topic), choices: Array.from({ length: n }, (_, i) => ({ text: `${slug} choice ${i}`, correct: correct.includes(i) })) };
}

const CARDS: Card[] = [
  ...Array.from({ length: 6 }, (_, i) => mc('caching', `cache${i}`, 'Caching')),
  ...Array.from({ length: 4 }, (_, i) => mc('throttling', `thr${i}`, 'Throttling')),
  mc('throttling', 'two', 'Throttling', [1, 3], 5),
  card('plain', 'nochoices', 'Plain'),
];

const cfg = (c: Partial<QuizConfig> = {}): QuizConfig => ({ ...defaultConfig(42), topics: ['Caching', 'Throttling'], count: 5, ...c });

/** Display index of the first right (or wrong) choice of the current question. */
const rightIndex = (s: QuizSession) => s.questions[s.current]!.choices.findIndex((c) => c.correct);
const wrongIndex = (s: QuizSession) => s.questions[s.current]!.choices.findIndex((c) => !c.correct);

describe('building a quiz', () => {
  it('takes count questions from the chosen topics, only cards with choices, labels a-e at most', () => {
    const s = buildQuiz(CARDS, cfg({ topics: ['Caching'] }), 0);
    expect(s.questions).toHaveLength(5);
    expect(s.questions.every((q) => q.topic === 'Caching' && q.choices.length <= 5 && q.select === 1)).toBe(true);
    expect(buildQuiz(CARDS, cfg({ topics: ['Plain'] }), 0).questions).toHaveLength(0);
  });

  it('is seeded: the same seed gives the same questions and choice order; another seed differs', () => {
    const a = buildQuiz(CARDS, cfg({ count: 8 }), 0);
    const b = buildQuiz(CARDS, cfg({ count: 8 }), 0);
    expect(b.questions).toEqual(a.questions);
    const c = buildQuiz(CARDS, cfg({ count: 8, seed: 7 }), 0);
    expect(c.questions.map((q) => q.id + q.choices.map((x) => x.original).join())).not.toEqual(
      a.questions.map((q) => q.id + q.choices.map((x) => x.original).join()),
    );
  });

  it('shuffles choices but keeps which are correct', () => {
    const s = buildQuiz(CARDS, cfg({ count: 11 }), 0);
    for (const q of s.questions) for (const c of q.choices) expect(c.text.endsWith(`choice ${c.original}`)).toBe(true);
    const two = s.questions.find((q) => q.id.endsWith('#two'))!;
    expect(two.select).toBe(2);
  });

  it('a card with more than five choices keeps every correct one and five in all', () => {
    const big = mc('x', 'big', 'X', [0, 6], 8);
    const q = buildQuiz([big], cfg({ topics: ['X'], count: 1 }), 0).questions[0]!;
    expect(q.choices).toHaveLength(5);
    expect(q.choices.filter((c) => c.correct).map((c) => c.original).sort()).toEqual([0, 6]);
  });

  it('draws simulator questions for the Simulator topic, and mixes them in for all topics', () => {
    const sim = buildQuiz(CARDS, cfg({ topics: [SIM_TOPIC], count: 4 }), 0);
    expect(sim.questions).toHaveLength(4);
    expect(sim.questions.every((q) => q.id.startsWith('sim:') && q.scenarioJson && !q.cardId)).toBe(true);
    const all = buildQuiz(CARDS, cfg({ topics: [], count: 10 }), 0);
    expect(all.questions.filter((q) => q.id.startsWith('sim:')).length).toBe(2);
    expect(available(CARDS, ['Caching'])).toBe(6);
    expect(available(CARDS, [])).toBe(Infinity);
  });
});

describe('answering and scoring', () => {
  it('single answer: a letter replaces the choice; right only when it is the correct one', () => {
    let s = buildQuiz(CARDS, cfg({ topics: ['Caching'] }), 0);
    s = choose(s, wrongIndex(s)).session;
    s = choose(s, rightIndex(s)).session;
    expect(s.answers[0]!.selected).toEqual([rightIndex(s)]);
    expect(isCorrect(s.questions[0]!, s.answers[0]!.selected)).toBe(true);
  });

  it('select TWO takes exactly two: a third is refused, a second press un-chooses; both must be right', () => {
    const base = buildQuiz([mc('t', 'two', 'T', [1, 3], 5)], cfg({ topics: ['T'], count: 1 }), 0);
    const q = base.questions[0]!;
    const right = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
    const wrong = q.choices.flatMap((c, i) => (c.correct ? [] : [i]));
    let s = choose(base, right[0]!).session;
    s = choose(s, wrong[0]!).session;
    const third = choose(s, wrong[1]!);
    expect(third.outcome).toBe('too-many');
    expect(isCorrect(q, s.answers[0]!.selected)).toBe(false);
    s = choose(s, wrong[0]!).session; // un-choose
    expect(s.answers[0]!.selected).toEqual([right[0]]);
    expect(check(s)).toBe(s); // incomplete: not checked
    s = choose(s, right[1]!).session;
    expect(isCorrect(q, s.answers[0]!.selected)).toBe(true);
    s = check(s);
    expect(s.answers[0]!.checked).toBe(true);
    expect(choose(s, wrong[0]!).outcome).toBe('locked');
    expect(results(s, 0).correct).toBe(1);
  });

  it('practice ratings: wrong is Again, right is Good; exam and generated questions change no schedule', () => {
    let s = buildQuiz(CARDS, cfg({ topics: ['Caching'] }), 0);
    s = check(choose(s, wrongIndex(s)).session);
    expect(scheduleRating(s, 0)).toEqual({ cardId: s.questions[0]!.cardId, rating: 1 });
    s = next(s);
    s = check(choose(s, rightIndex(s)).session);
    expect(scheduleRating(s, 1)?.rating).toBe(3);
    let e = buildQuiz(CARDS, cfg({ mode: 'exam', topics: ['Caching'] }), 0);
    e = check(choose(e, 0).session);
    expect(scheduleRating(e, 0)).toBeNull();
    let g = buildQuiz(CARDS, cfg({ topics: [SIM_TOPIC], count: 1 }), 0);
    g = check(choose(g, 0).session);
    expect(scheduleRating(g, 0)).toBeNull();
  });

  it('flags and the overview of answered / unanswered / flagged', () => {
    let s = buildQuiz(CARDS, cfg({ mode: 'exam' }), 0);
    s = choose(s, 0).session;
    s = toggleFlag(next(s));
    s = toggleFlag(next(s));
    s = toggleFlag(s);
    expect(overview(s)).toEqual({ answered: [0], unanswered: [1, 2, 3, 4], partial: [], flagged: [1] });
  });
});

describe('timing with a fake clock', () => {
  it('an exam has 90 s per question by default; time running out submits it', () => {
    let s = buildQuiz(CARDS, cfg({ mode: 'exam' }), 1_000);
    expect(s.deadline).toBe(1_000 + 5 * 90_000);
    expect(remainingMs(s, 61_000)).toBe(390_000);
    s = tick(s, 400_000);
    expect(s.finishedAt).toBeNull();
    s = tick(s, 1_000 + 450_000 + 5_000);
    expect(s.endedBy).toBe('timeout');
    expect(s.finishedAt).toBe(451_000);
    expect(remainingMs(s, 999_999)).toBe(0);
    expect(results(s, 999_999).timeTakenMs).toBe(450_000);
    expect(choose(s, 0).outcome).toBe('locked');
  });

  it('the time per question is configurable; practice has no limit', () => {
    expect(buildQuiz(CARDS, cfg({ mode: 'exam', secondsPerQuestion: 30 }), 0).deadline).toBe(150_000);
    const p = buildQuiz(CARDS, cfg(), 0);
    expect(p.deadline).toBeNull();
    expect(tick(p, 10 ** 9)).toBe(p);
  });

  it('submitting records the time taken', () => {
    const s = finish(buildQuiz(CARDS, cfg({ mode: 'exam' }), 5_000), 65_000);
    expect(results(s, 100_000).timeTakenMs).toBe(60_000);
    expect(s.endedBy).toBe('submit');
  });
});

describe('results and retake', () => {
  function answered(): QuizSession {
    let s = buildQuiz(CARDS, cfg({ count: 6, topics: ['Caching', 'Throttling'] }), 0);
    // right, wrong, right, unanswered, right, wrong
    const plan = ['r', 'w', 'r', '-', 'r', 'w'];
    plan.forEach((p, i) => {
      s = { ...s, current: i };
      const q = s.questions[i]!;
      if (p === 'r') for (const [j, c] of q.choices.entries()) if (c.correct) s = choose(s, j).session;
      if (p === 'w') for (let k = 0; k < q.select; k++) s = choose(s, q.choices.findIndex((c, j) => !c.correct && !s.answers[i]!.selected.includes(j))).session;
    });
    return finish(s, 120_000);
  }

  it('score, per-topic breakdown weakest first, a review of every question', () => {
    const s = answered();
    const r = results(s, 0);
    expect([r.correct, r.total, r.percent]).toEqual([3, 6, 50]);
    expect(r.timeTakenMs).toBe(120_000);
    expect(r.review.map((x) => x.verdict)).toEqual(['right', 'wrong', 'right', 'unanswered', 'right', 'wrong']);
    const shares = r.byTopic.map((t) => t.correct / t.total);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(r.byTopic.reduce((n, t) => n + t.total, 0)).toBe(6);
    expect(r.missed).toEqual([1, 3, 5]);
  });

  it('retake missed: a quiz of just the missed questions, fresh answers', () => {
    const s = answered();
    const again = retakeMissed(s, 200_000, 5)!;
    expect(again.questions.map((q) => q.id).sort()).toEqual([1, 3, 5].map((i) => s.questions[i]!.id).sort());
    expect(again.answers.every((a) => a.selected.length === 0 && !a.checked)).toBe(true);
    expect(again.retakeOf).toBe(s.id);
    expect(again.config.mode).toBe(s.config.mode);
    const perfect = { ...s, answers: s.answers.map((a, i) => ({ ...a, selected: s.questions[i]!.choices.flatMap((c, j) => (c.correct ? [j] : [])) })) };
    expect(retakeMissed(perfect, 0, 1)).toBeNull();
  });

  it('the saved result lists each question with its original choice indices', () => {
    const s = answered();
    const saved = toQuizResult(s, 0);
    expect(saved).toMatchObject({ id: s.id, total: 6, correct: 3, at: 120_000 });
    expect(saved.answers[0]!.card).toBe(s.questions[0]!.id);
    expect(saved.answers[0]!.choice).toEqual(s.answers[0]!.selected.map((i) => s.questions[0]!.choices[i]!.original));
  });
});
