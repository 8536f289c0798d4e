/**
 * The progress file's shape (current version), validated with zod on every read. Times are
 * epoch milliseconds. zod/mini (the tree-shakable API): the store opens right after the
 * first frame, and classic zod's 580 KB cost it about 25 ms and 5 MB.
 */
import * as z from 'zod/mini';

export const CURRENT_VERSION = 2;

const time = z.int().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const nonEmpty = z.string().check(z.minLength(1));
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
  learningSteps: z.int(),
  reps: count,
  lapses: count,
  state: stateNum,
  lastReview: z.optional(time),
});

/** One rating of one card. `prev`/`next` are the full states around it (undo restores `prev`;
 * null `prev` = the card had no state yet). Entries migrated from v1 have neither and cannot be undone. */
export const reviewEntry = z.object({
  id: nonEmpty,
  card: nonEmpty,
  at: time,
  rating: gradeNum,
  /** Where the rating came from: a flashcard session, or a quiz answer counted toward the schedule. */
  source: z.enum(['study', 'quiz']),
  from: stateNum,
  to: stateNum,
  prev: z.optional(z.nullable(srsState)),
  next: z.optional(srsState),
});

const dailyNewLimit = z.int().check(z.minimum(0), z.maximum(9999));
const desiredRetention = z.number().check(z.minimum(0.7), z.maximum(0.99));
const fsrsParameters = z.array(z.number()).check(z.minLength(17), z.maxLength(21));
/** A local calendar day, "YYYY-MM-DD" (study/interview.ts checks it is a real day, not past). */
const interviewDate = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

export const settings = z.object({
  dailyNewLimit: z._default(dailyNewLimit, 20),
  desiredRetention: z._default(desiredRetention, 0.9),
  /** Whether quiz answers are applied to the flashcard schedule (used by the quiz feature). */
  quizCountsTowardSchedule: z._default(z.boolean(), true),
  /** FSRS parameters fitted to the user's reviews (Progress > optimize); absent: FSRS-6 defaults. */
  fsrsParameters: z.optional(fsrsParameters),
  /** The day of the user's interview (Progress > i); null: none. Files from before it load with null. */
  interviewDate: z._default(interviewDate, null),
});

/** A change to some settings (no defaults: a missing key is left as it is). */
export const settingsPatch = z.object({
  dailyNewLimit: z.optional(dailyNewLimit),
  desiredRetention: z.optional(desiredRetention),
  quizCountsTowardSchedule: z.optional(z.boolean()),
  fsrsParameters: z.optional(fsrsParameters),
  interviewDate: z.optional(interviewDate),
});

/** One finished quiz (the quiz feature appends these). */
export const quizResult = z.object({
  id: nonEmpty,
  at: time,
  quiz: z.string(),
  total: count,
  correct: count,
  answers: z.array(z.object({ card: z.string(), correct: z.boolean(), choice: z.optional(z.array(z.int())) })),
});

/** Simulator "predict the outcome" results for one pipeline stage. */
export const stageResult = z.object({
  attempts: count,
  correct: count,
  last: z.optional(time),
});

export const leechMark = z.object({ at: time, lapses: z.int(), review: z.string() });

export const progressV2 = z.object({
  version: z.literal(2),
  /** The generation of the journal that continues this file (kept second: read without parsing). */
  journal: z._default(z.string(), ''),
  /** The generation of the journal folded into this file: that journal, if still on disk (a
   * checkpoint cut short before replacing it), holds nothing new and is dropped without a word. */
  folded: z._default(z.string(), ''),
  cards: z._default(z.record(z.string(), srsState), {}),
  reviews: z._default(z.array(reviewEntry), []),
  settings: z._default(settings, { dailyNewLimit: 20, desiredRetention: 0.9, quizCountsTowardSchedule: true, interviewDate: null }),
  quizResults: z._default(z.array(quizResult), []),
  simulator: z._default(z.record(z.string(), stageResult), {}),
  leeches: z._default(z.record(z.string(), leechMark), {}),
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
