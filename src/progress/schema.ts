/** The progress file's shape (current version), validated with zod on every read. Times are epoch milliseconds. */
import { z } from 'zod';

export const CURRENT_VERSION = 2;

const time = z.number().int().nonnegative();
/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export const stateNum = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
/** ts-fsrs Grade: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const gradeNum = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** One card's FSRS memory state, as ts-fsrs's Card with dates as numbers. */
export const srsState = z.object({
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number().int(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: stateNum,
  lastReview: time.optional(),
});

/** One rating of one card. `prev`/`next` are the full states around it (undo restores `prev`;
 * null `prev` = the card had no state yet). Entries migrated from v1 have neither and cannot be undone. */
export const reviewEntry = z.object({
  id: z.string().min(1),
  card: z.string().min(1),
  at: time,
  rating: gradeNum,
  /** Where the rating came from: a flashcard session, or a quiz answer counted toward the schedule. */
  source: z.enum(['study', 'quiz']),
  from: stateNum,
  to: stateNum,
  prev: srsState.nullable().optional(),
  next: srsState.optional(),
});

export const settings = z.object({
  dailyNewLimit: z.number().int().min(0).max(9999).default(20),
  desiredRetention: z.number().min(0.7).max(0.99).default(0.9),
  /** Whether quiz answers are applied to the flashcard schedule (used by the quiz feature). */
  quizCountsTowardSchedule: z.boolean().default(true),
});

/** A change to some settings (no defaults: a missing key is left as it is). */
export const settingsPatch = z.object({
  dailyNewLimit: z.number().int().min(0).max(9999).optional(),
  desiredRetention: z.number().min(0.7).max(0.99).optional(),
  quizCountsTowardSchedule: z.boolean().optional(),
});

/** One finished quiz (the quiz feature appends these). */
export const quizResult = z.object({
  id: z.string().min(1),
  at: time,
  quiz: z.string(),
  total: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
  answers: z.array(z.object({ card: z.string(), correct: z.boolean(), choice: z.array(z.number().int()).optional() })),
});

/** Simulator "predict the outcome" results for one pipeline stage. */
export const stageResult = z.object({
  attempts: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
  last: time.optional(),
});

export const leechMark = z.object({ at: time, lapses: z.number().int(), review: z.string() });

export const progressV2 = z.object({
  version: z.literal(2),
  /** The generation of the journal that continues this file (kept second: read without parsing). */
  journal: z.string().default(''),
  cards: z.record(z.string(), srsState).default({}),
  reviews: z.array(reviewEntry).default([]),
  settings: settings.default({ dailyNewLimit: 20, desiredRetention: 0.9, quizCountsTowardSchedule: true }),
  quizResults: z.array(quizResult).default([]),
  simulator: z.record(z.string(), stageResult).default({}),
  leeches: z.record(z.string(), leechMark).default({}),
});

export type StateNum = z.infer<typeof stateNum>;
export type GradeNum = z.infer<typeof gradeNum>;
export type SrsState = z.infer<typeof srsState>;
export type ReviewEntry = z.infer<typeof reviewEntry>;
export type Settings = z.infer<typeof settings>;
export type QuizResult = z.infer<typeof quizResult>;
export type StageResult = z.infer<typeof stageResult>;
export type LeechMark = z.infer<typeof leechMark>;
export type ProgressData = z.infer<typeof progressV2>;

export function emptyProgress(): ProgressData {
  return progressV2.parse({ version: CURRENT_VERSION });
}
