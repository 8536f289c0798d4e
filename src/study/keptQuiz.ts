/**
 * What of a quiz survives a quit: the setup (mode, count, time, topics) and an unfinished exam
 * with the time it had left. The clock stops while the app is closed: a resumed exam gets the
 * time it had when it was kept.
 */
import { isRecord } from '../progress/kept.js';
import { formatDuration, overview, quizTopics, remainingMs, type QuizSession } from './quiz.js';
import type { Card } from '../content/types.js';

/** File names in GATEPREP_HOME. */
export const QUIZ_SETUP_FILE = 'quiz-setup.json';
export const EXAM_FILE = 'unfinished-exam.json';

export interface KeptSetup {
  topics: string[];
  count: number;
  mode: 'practice' | 'exam';
  secondsPerQuestion: number;
}

export interface KeptExam {
  version: 1;
  session: QuizSession;
  remainingMs: number;
  keptAt: number;
}

/** A remembered setup, with topics no longer in the library dropped; null when unusable. */
export function checkSetup(v: unknown, cards: readonly Card[], counts: readonly number[], seconds: readonly number[]): KeptSetup | null {
  if (!isRecord(v)) return null;
  const { topics, count, mode, secondsPerQuestion } = v;
  if ((mode !== 'practice' && mode !== 'exam') || !counts.includes(count as number) || !seconds.includes(secondsPerQuestion as number)) return null;
  if (!Array.isArray(topics) || !topics.every((t) => typeof t === 'string')) return null;
  const known = new Set(quizTopics(cards).map((t) => t.topic));
  return { topics: topics.filter((t) => known.has(t)), count: count as number, mode, secondsPerQuestion: secondsPerQuestion as number };
}

export function keepExam(s: QuizSession, now: number): KeptExam {
  return { version: 1, session: s, remainingMs: remainingMs(s, now) ?? 0, keptAt: now };
}

export function checkExam(v: unknown): KeptExam | null {
  if (!isRecord(v) || v.version !== 1 || typeof v.remainingMs !== 'number' || !(v.remainingMs > 0) || typeof v.keptAt !== 'number') return null;
  const s = v.session;
  if (!isRecord(s) || !Array.isArray(s.questions) || !Array.isArray(s.answers) || s.questions.length === 0 || s.answers.length !== s.questions.length) return null;
  if (!isRecord(s.config) || s.config.mode !== 'exam' || s.finishedAt !== null || typeof s.current !== 'number') return null;
  const ok = s.questions.every((q) => isRecord(q) && Array.isArray(q.choices) && typeof q.select === 'number') && s.answers.every((a) => isRecord(a) && Array.isArray(a.selected));
  return ok ? (v as unknown as KeptExam) : null;
}

/** The kept exam as a running session from `now`: the same time left, the time taken so far kept. */
export function resumeExam(k: KeptExam, now: number): QuizSession {
  const s = k.session;
  const total = s.deadline !== null ? s.deadline - s.startedAt : k.remainingMs;
  return { ...s, startedAt: now - Math.max(0, total - k.remainingMs), deadline: now + k.remainingMs };
}

/** "12 of 30 answered, 14:32 left" */
export function describeExam(s: QuizSession, remaining: number): string {
  return `${overview(s).answered.length} of ${s.questions.length} answered, ${formatDuration(remaining)} left`;
}
