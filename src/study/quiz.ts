/**
 * Quizzes: building one from cards with choices and simulator-generated questions, answering,
 * flagging, timing (an injected clock: every function that needs the time takes `now`),
 * scoring, results and "retake missed". Plain TypeScript; sessions are immutable values
 * (every change returns a new session), so a store can hold one and a test can step it.
 */
import type { Card } from '../content/types.js';
import { quizzable } from './quizzable.js';
import { generateQuestions, rng, shuffle, SIM_TOPIC, type Rand } from '../gateway/questions.js';
import type { GradeNum, QuizResult } from '../progress/schema.js';

export type QuizMode = 'practice' | 'exam';
export const LABELS = ['a', 'b', 'c', 'd', 'e'] as const;
export const MAX_CHOICES = LABELS.length;
export const DEFAULT_SECONDS_PER_QUESTION = 90;

export interface QuizChoice {
  text: string;
  correct: boolean;
  /** Index of the choice in the card (or generated question) before shuffling. */
  original: number;
}

export interface QuizQuestion {
  /** The card id, or the generated question's id (`sim:<kind>:<seed>`). */
  id: string;
  /** Set for questions from cards: the card whose schedule a practice answer counts toward. */
  cardId?: string;
  topic: string;
  title: string;
  /** Markdown. */
  prompt: string;
  /** In display order (labelled a-e). */
  choices: QuizChoice[];
  /** How many answers to choose: 1, or the number of correct choices ("select TWO"). */
  select: number;
  explanation: string;
  sources: string[];
  /** Generated questions: the scenario file, for "open in simulator". */
  scenarioJson?: string;
}

export interface QuizConfig {
  /** Topics to draw from; empty = all. The simulator's questions are the topic `SIM_TOPIC`. */
  topics: string[];
  count: number;
  mode: QuizMode;
  /** Exam time per question; the exam's limit is this times the number of questions. */
  secondsPerQuestion: number;
  seed: number;
}

export interface QuizAnswer {
  /** Display indices chosen so far, in the order they were chosen. */
  selected: number[];
  /** Practice: the answer was checked (feedback shown, cannot change). */
  checked: boolean;
  flagged: boolean;
}

export interface QuizSession {
  id: string;
  config: QuizConfig;
  questions: QuizQuestion[];
  answers: QuizAnswer[];
  current: number;
  startedAt: number;
  /** Exam: the instant time runs out. */
  deadline: number | null;
  finishedAt: number | null;
  /** Why it ended: submitted by the user, or time ran out. */
  endedBy: 'submit' | 'timeout' | null;
  /** Set on a retake: the quiz it retakes. */
  retakeOf?: string;
}

export const defaultConfig = (seed: number): QuizConfig => ({
  topics: [],
  count: 10,
  mode: 'practice',
  secondsPerQuestion: DEFAULT_SECONDS_PER_QUESTION,
  seed,
});

// ---------------------------------------------------------------- building

/** A card can be a quiz question when it has at least two choices and at least one is correct. */
export { quizzable, cardQuestionCount } from './quizzable.js';

/** Shuffles choices; more than five keeps every correct one and enough wrong ones to fill five. */
function arrangeChoices(r: Rand, choices: ReadonlyArray<{ text: string; correct: boolean }>): QuizChoice[] {
  const all = choices.map((c, original) => ({ text: c.text, correct: c.correct, original }));
  let kept = all;
  if (all.length > MAX_CHOICES) {
    const right = all.filter((c) => c.correct).slice(0, MAX_CHOICES - 1);
    const wrong = shuffle(r, all.filter((c) => !c.correct)).slice(0, MAX_CHOICES - right.length);
    kept = [...right, ...wrong];
  }
  return shuffle(r, kept);
}

export function questionFromCard(card: Card, r: Rand): QuizQuestion {
  const choices = arrangeChoices(r, card.choices);
  const q: QuizQuestion = {
    id: card.id,
    cardId: card.id,
    topic: card.topic,
    title: card.title,
    prompt: card.question,
    choices,
    select: Math.max(1, choices.filter((c) => c.correct).length),
    explanation: card.explanation ?? card.answer,
    sources: card.sources,
  };
  return q;
}

/** The topics a quiz can be built from, with how many questions each offers. */
export function quizTopics(cards: readonly Card[], generated = true): Array<{ topic: string; count: number }> {
  const counts = new Map<string, number>();
  for (const c of cards) if (quizzable(c)) counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1);
  const out = [...counts].map(([topic, count]) => ({ topic, count })).sort((a, b) => a.topic.localeCompare(b.topic));
  if (generated) out.push({ topic: SIM_TOPIC, count: Infinity });
  return out;
}

/** How many questions are available for these topics (generated ones are unlimited). */
export function available(cards: readonly Card[], topics: readonly string[]): number {
  const all = topics.length === 0;
  if (all || topics.includes(SIM_TOPIC)) return Infinity;
  return cards.filter((c) => quizzable(c) && topics.includes(c.topic)).length;
}

/** Card questions available (the figure Home shows). */

/**
 * Builds a quiz: cards of the chosen topics, plus generated questions when the simulator topic is
 * chosen (or all topics: then about one question in five is generated). Seeded: the same config
 * and cards give the same questions in the same order with the same choice order.
 */
export function buildQuiz(cards: readonly Card[], config: QuizConfig, now: number, id = `quiz-${now.toString(36)}-${(config.seed >>> 0).toString(36)}`): QuizSession {
  const r = rng(config.seed);
  const all = config.topics.length === 0;
  const wantSim = all || config.topics.includes(SIM_TOPIC);
  const pool = shuffle(r, cards.filter((c) => quizzable(c) && (all || config.topics.includes(c.topic))));
  const count = Math.max(1, config.count);
  let simCount = 0;
  if (wantSim) {
    const onlySim = !all && config.topics.length === 1;
    const share = onlySim ? count : Math.max(1, Math.round(count / (all ? 5 : config.topics.length)));
    simCount = Math.min(count, Math.max(share, count - pool.length));
  }
  const fromCards = pool.slice(0, count - simCount).map((c) => questionFromCard(c, r));
  const generated = simCount > 0 ? generateQuestions(simCount, Math.floor(r() * 2 ** 32)).map((g) => {
    const q: QuizQuestion = {
      id: g.id,
      topic: g.topic,
      title: g.title,
      prompt: g.prompt,
      choices: shuffle(r, g.choices.map((c, original) => ({ ...c, original }))),
      select: 1,
      explanation: g.explanation,
      sources: g.sources,
      scenarioJson: g.scenarioJson,
    };
    return q;
  }) : [];
  const questions = shuffle(r, [...fromCards, ...generated]);
  return startSession(id, { ...config, count: questions.length }, questions, now);
}

export function startSession(id: string, config: QuizConfig, questions: QuizQuestion[], now: number): QuizSession {
  return {
    id,
    config,
    questions,
    answers: questions.map(() => ({ selected: [], checked: false, flagged: false })),
    current: 0,
    startedAt: now,
    deadline: config.mode === 'exam' ? now + config.secondsPerQuestion * 1000 * questions.length : null,
    finishedAt: null,
    endedBy: null,
  };
}

// ---------------------------------------------------------------- answering

const setAnswer = (s: QuizSession, i: number, a: Partial<QuizAnswer>): QuizSession => ({
  ...s,
  answers: s.answers.map((x, j) => (j === i ? { ...x, ...a } : x)),
});

export type ChooseOutcome = 'ok' | 'too-many' | 'locked' | 'no-such-choice';

/**
 * Chooses (or un-chooses) choice `index` of the current question. Single answer: replaces the
 * choice. Select N: toggles, and refuses an (N+1)th ("too-many"): exactly N answers are taken.
 */
export function choose(s: QuizSession, index: number): { session: QuizSession; outcome: ChooseOutcome } {
  const q = s.questions[s.current];
  const a = s.answers[s.current];
  if (!q || !a || s.finishedAt !== null || a.checked) return { session: s, outcome: 'locked' };
  if (index < 0 || index >= q.choices.length) return { session: s, outcome: 'no-such-choice' };
  if (q.select === 1) return { session: setAnswer(s, s.current, { selected: [index] }), outcome: 'ok' };
  if (a.selected.includes(index)) return { session: setAnswer(s, s.current, { selected: a.selected.filter((x) => x !== index) }), outcome: 'ok' };
  if (a.selected.length >= q.select) return { session: s, outcome: 'too-many' };
  return { session: setAnswer(s, s.current, { selected: [...a.selected, index] }), outcome: 'ok' };
}

/** Whether an answer has exactly as many choices as the question asks for. */
export const isComplete = (q: QuizQuestion, a: QuizAnswer): boolean => a.selected.length === q.select;

/** Right when the chosen set equals the set of correct choices. */
export function isCorrect(q: QuizQuestion, selected: readonly number[]): boolean {
  const right = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
  return selected.length === right.length && right.every((i) => selected.includes(i));
}

/** Practice: locks the current answer so its feedback shows. Refused until the answer is complete. */
export function check(s: QuizSession): QuizSession {
  const q = s.questions[s.current];
  const a = s.answers[s.current];
  if (!q || !a || a.checked || !isComplete(q, a) || s.finishedAt !== null) return s;
  return setAnswer(s, s.current, { checked: true });
}

export function goTo(s: QuizSession, index: number): QuizSession {
  if (index < 0 || index >= s.questions.length) return s;
  return { ...s, current: index };
}
export const next = (s: QuizSession) => goTo(s, s.current + 1);
export const prev = (s: QuizSession) => goTo(s, s.current - 1);

export function toggleFlag(s: QuizSession, index = s.current): QuizSession {
  const a = s.answers[index];
  return a && s.finishedAt === null ? setAnswer(s, index, { flagged: !a.flagged }) : s;
}

export type QuestionStatus = 'answered' | 'partial' | 'unanswered';

export interface Overview {
  answered: number[];
  /** Not complete, partly answered included (a select-TWO with one letter chosen). */
  unanswered: number[];
  /** The unanswered ones with some but not all of their letters chosen. */
  partial: number[];
  flagged: number[];
}

/** answered: as many letters as asked; partial: some; unanswered: none. */
export function status(q: QuizQuestion, a: QuizAnswer): QuestionStatus {
  return isComplete(q, a) ? 'answered' : a.selected.length > 0 ? 'partial' : 'unanswered';
}

/** Which questions are answered (complete), unanswered (partly answered among them), flagged (indices). */
export function overview(s: QuizSession): Overview {
  const o: Overview = { answered: [], unanswered: [], partial: [], flagged: [] };
  s.questions.forEach((q, i) => {
    const a = s.answers[i]!;
    const st = status(q, a);
    (st === 'answered' ? o.answered : o.unanswered).push(i);
    if (st === 'partial') o.partial.push(i);
    if (a.flagged) o.flagged.push(i);
  });
  return o;
}

// ---------------------------------------------------------------- time

/** Milliseconds left in an exam (null: no limit). Never negative. */
export function remainingMs(s: QuizSession, now: number): number | null {
  if (s.deadline === null) return null;
  return Math.max(0, s.deadline - (s.finishedAt ?? now));
}

export function finish(s: QuizSession, now: number, endedBy: 'submit' | 'timeout' = 'submit'): QuizSession {
  if (s.finishedAt !== null) return s;
  const at = endedBy === 'timeout' && s.deadline !== null ? Math.min(now, s.deadline) : now;
  return { ...s, finishedAt: at, endedBy };
}

/** Advances to `now`: an exam whose time ran out is submitted. */
export function tick(s: QuizSession, now: number): QuizSession {
  if (s.finishedAt === null && s.deadline !== null && now >= s.deadline) return finish(s, now, 'timeout');
  return s;
}

/** Practice quizzes end when the last question has been checked. */
export const allChecked = (s: QuizSession): boolean => s.answers.every((a) => a.checked);

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- results

/** partial: fewer letters chosen than asked (counted as not right). */
export type Verdict = 'right' | 'wrong' | 'partial' | 'unanswered';

export interface ReviewItem {
  index: number;
  question: QuizQuestion;
  selected: number[];
  correct: number[];
  verdict: Verdict;
  flagged: boolean;
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

export interface QuizResults {
  correct: number;
  total: number;
  percent: number;
  timeTakenMs: number;
  endedBy: 'submit' | 'timeout' | null;
  /** Weakest first: lowest share right, then most questions, then name. */
  byTopic: TopicScore[];
  review: ReviewItem[];
  missed: number[];
}

export function verdict(q: QuizQuestion, a: QuizAnswer): Verdict {
  if (a.selected.length === 0) return 'unanswered';
  if (!isComplete(q, a)) return 'partial';
  return isCorrect(q, a.selected) ? 'right' : 'wrong';
}

export function results(s: QuizSession, now: number): QuizResults {
  const review: ReviewItem[] = s.questions.map((q, index) => {
    const a = s.answers[index]!;
    return {
      index,
      question: q,
      selected: a.selected,
      correct: q.choices.flatMap((c, i) => (c.correct ? [i] : [])),
      verdict: verdict(q, a),
      flagged: a.flagged,
    };
  });
  const topics = new Map<string, TopicScore>();
  for (const r of review) {
    const t = topics.get(r.question.topic) ?? { topic: r.question.topic, correct: 0, total: 0 };
    t.total++;
    if (r.verdict === 'right') t.correct++;
    topics.set(t.topic, t);
  }
  const byTopic = [...topics.values()].sort(
    (a, b) => a.correct / a.total - b.correct / b.total || b.total - a.total || a.topic.localeCompare(b.topic),
  );
  const correct = review.filter((r) => r.verdict === 'right').length;
  const total = review.length;
  return {
    correct,
    total,
    percent: total === 0 ? 0 : Math.round((correct / total) * 100),
    timeTakenMs: (s.finishedAt ?? now) - s.startedAt,
    endedBy: s.endedBy,
    byTopic,
    review,
    missed: review.filter((r) => r.verdict !== 'right').map((r) => r.index),
  };
}

/** A new quiz of just the questions missed (wrong or unanswered), choices and order reshuffled. */
export function retakeMissed(s: QuizSession, now: number, seed: number): QuizSession | null {
  const missed = results(s, now).missed.map((i) => s.questions[i]!);
  if (missed.length === 0) return null;
  const r = rng(seed);
  const questions = shuffle(r, missed).map((q) => ({ ...q, choices: shuffle(r, q.choices) }));
  const session = startSession(`${s.id}-retake-${now.toString(36)}`, { ...s.config, seed, count: questions.length }, questions, now);
  return { ...session, retakeOf: s.id };
}

// ---------------------------------------------------------------- progress

/** The record saved in the progress store's quiz history (`choice` = original choice indices). */
export function toQuizResult(s: QuizSession, now: number): QuizResult {
  const res = results(s, now);
  return {
    id: s.id,
    at: s.finishedAt ?? now,
    quiz: `${s.config.mode}${s.retakeOf ? ' retake' : ''}: ${s.config.topics.length ? s.config.topics.join(', ') : 'all topics'}`,
    total: res.total,
    correct: res.correct,
    answers: res.review.map((r) => ({
      card: r.question.id,
      correct: r.verdict === 'right',
      choice: r.selected.map((i) => r.question.choices[i]!.original),
    })),
  };
}

/**
 * The schedule rating a checked practice answer gives its card: Again (1) when wrong, Good (3)
 * when right. null: no schedule change (exam mode, a generated question, or not yet checked).
 */
export function scheduleRating(s: QuizSession, index: number): { cardId: string; rating: GradeNum } | null {
  const q = s.questions[index];
  const a = s.answers[index];
  if (!q || !a || s.config.mode !== 'practice' || !q.cardId || !a.checked) return null;
  return { cardId: q.cardId, rating: isCorrect(q, a.selected) ? 3 : 1 };
}

/** Per card: how often it was answered in quizzes and how often right (from the saved history). */
export function cardHistory(history: readonly QuizResult[], cardId: string): { attempts: number; correct: number; last: number | null } {
  let attempts = 0;
  let correct = 0;
  let last: number | null = null;
  for (const h of history)
    for (const a of h.answers)
      if (a.card === cardId) {
        attempts++;
        if (a.correct) correct++;
        last = Math.max(last ?? 0, h.at);
      }
  return { attempts, correct, last };
}
