/** An unfinished exam and the quiz setup kept across a quit: what is accepted, refused, and resumed. */
import { describe, expect, it } from 'vitest';
import { keptFile } from '../../src/progress/kept.js';
import { keptNotices } from '../../src/progress/keptNotice.js';
import { checkExam, checkSetup, describeExam, EXAM_FILE, keepExam, resumeExam } from '../../src/study/keptQuiz.js';
import { freshHome } from '../progress/helpers.js';
import { choose, startSession, type QuizSession } from '../../src/study/quiz.js';
import { card, quizQuestion } from './cards.js';

const COUNTS = [5, 10, 20];
const SECONDS = [60, 90];
const cards = [
  { ...card('a', 'one', 'Caching'), choices: [{ text: 'x', correct: true }, { text: 'y', correct: false }] },
  { ...card('b', 'two', 'Throttling'), choices: [{ text: 'x', correct: true }, { text: 'y', correct: false }] },
];
const setup = { topics: ['Caching', 'Gone'], count: 10, mode: 'exam', secondsPerQuestion: 90 };

describe('checkSetup', () => {
  it('keeps a usable setup and drops topics the library no longer has', () => {
    expect(checkSetup(setup, cards, COUNTS, SECONDS)).toEqual({ topics: ['Caching'], count: 10, mode: 'exam', secondsPerQuestion: 90 });
    expect(checkSetup({ ...setup, mode: 'practice' }, cards, COUNTS, SECONDS)?.mode).toBe('practice');
  });

  it.each([
    ['not an object', 'exam'],
    ['null', null],
    ['an unknown mode', { ...setup, mode: 'drill' }],
    ['a count the setup screen does not offer', { ...setup, count: 7 }],
    ['a time per question not offered', { ...setup, secondsPerQuestion: 45 }],
    ['topics that are not a list', { ...setup, topics: 'Caching' }],
    ['a topic that is not a string', { ...setup, topics: ['Caching', 3] }],
  ])('refuses %s', (_why, value) => {
    expect(checkSetup(value, cards, COUNTS, SECONDS)).toBeNull();
  });
});

const exam = (now: number): QuizSession =>
  startSession('quiz-1', { topics: [], count: 3, mode: 'exam', secondsPerQuestion: 60, seed: 1 }, ['q1', 'q2', 'q3'].map((id) => quizQuestion(id)), now);

describe('keeping and resuming an exam', () => {
  it('keeps the time left at the moment of the quit', () => {
    const s = exam(1_000_000);
    const kept = keepExam(s, 1_000_000 + 50_000);
    expect(kept).toEqual({ version: 1, session: s, remainingMs: 130_000, keptAt: 1_050_000 });
    expect(keepExam(s, 1_000_000 + 999_000).remainingMs).toBe(0);
  });

  it('a resumed exam has the same time left and keeps the time already taken', () => {
    const kept = keepExam(exam(1_000_000), 1_050_000);
    const later = 9_000_000;
    const s = resumeExam(kept, later);
    expect(s.deadline).toBe(later + 130_000);
    expect(s.startedAt).toBe(later - 50_000);
  });

  it('an exam kept without a deadline resumes as just begun', () => {
    const kept = { ...keepExam(exam(0), 0), session: { ...exam(0), deadline: null }, remainingMs: 40_000 };
    const s = resumeExam(kept, 500);
    expect(s.startedAt).toBe(500);
    expect(s.deadline).toBe(40_500);
  });

  it('describes the exam on Home: answered so far and the time left', () => {
    const s = choose(exam(0), 0).session;
    expect(describeExam(s, 125_000)).toBe('1 of 3 answered, 2:05 left');
  });
});

describe('the kept exam file', () => {
  it('is the file Home looks at on its first frame', () => {
    const home = freshHome();
    keptFile(home, EXAM_FILE, checkExam).write(keepExam(exam(0), 30_000));
    expect(keptNotices(home)).toEqual(['An unfinished exam (3 questions, about 3 min left) was kept: open Quiz to resume it.']);
  });
});

describe('checkExam accepts only a whole running exam', () => {
  const good = keepExam(exam(0), 10_000);
  const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

  it('accepts the kept exam read back from its file', () => {
    expect(checkExam(json(good))).toEqual(good);
  });

  const broken: Array<[string, (k: any) => void]> = [
    ['another version', (k) => (k.version = 2)],
    ['no time left', (k) => (k.remainingMs = 0)],
    ['time left that is not a number', (k) => (k.remainingMs = '170000')],
    ['no keptAt', (k) => delete k.keptAt],
    ['no session', (k) => (k.session = null)],
    ['questions that are not a list', (k) => (k.session.questions = {})],
    ['answers that are not a list', (k) => (k.session.answers = 'none')],
    ['no questions', (k) => ((k.session.questions = []), (k.session.answers = []))],
    ['fewer answers than questions', (k) => k.session.answers.pop()],
    ['no config', (k) => delete k.session.config],
    ['a practice quiz', (k) => (k.session.config.mode = 'practice')],
    ['a finished exam', (k) => (k.session.finishedAt = 5)],
    ['no current question', (k) => (k.session.current = '0')],
    ['a question without choices', (k) => delete k.session.questions[1].choices],
    ['a question without a select count', (k) => (k.session.questions[2].select = '1')],
    ['an answer without selections', (k) => (k.session.answers[0].selected = null)],
    ['an answer that is not an object', (k) => (k.session.answers[2] = 0)],
  ];
  it.each(broken)('refuses %s', (_why, spoil) => {
    const k = json(good) as any;
    spoil(k);
    expect(checkExam(k)).toBeNull();
  });
});
