/** FSRS scheduling (ts-fsrs 5, FSRS-6 default parameters): the four outcomes of rating a card, with
 * the interval each gives formatted for its button, and the review entry a rating produces.
 * Time is always passed in; nothing here reads the clock. */
import { randomUUID } from 'node:crypto';
import { fsrs, generatorParameters, createEmptyCard, StrategyMode, type Card as FsrsCard, type FSRS, type Grade, type TSeedStrategy } from 'ts-fsrs';
import { LEECH_LAPSES } from '../progress/ops.js';
import { formatInterval } from './interval.js';
import type { GradeNum, ReviewEntry, SrsState, StateNum } from '../progress/schema.js';

export const GRADES: readonly GradeNum[] = [1, 2, 3, 4];
export const GRADE_LABELS: Record<GradeNum, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export { LEECH_LAPSES };

export interface Outcome {
  rating: GradeNum;
  label: string;
  /** The wait until the card is due again, for the button: "1m", "10m", "3d", "2mo". */
  interval: string;
  /** The card's state if this rating is chosen. */
  next: SrsState;
}

/** A review entry made by this scheduler: it always carries the states around the rating. */
export type RatedEntry = ReviewEntry & { prev: SrsState | null; next: SrsState };

export interface Scheduler {
  readonly desiredRetention: number;
  /** The fitted FSRS parameters in use (undefined: the defaults). */
  readonly parameters?: readonly number[];
  /** The four outcomes of rating card `cardId` (undefined state = a new card) at `now`. The fuzz
   * is seeded with the card id and its review count, so the same call always gives the same result. */
  outcomes(cardId: string, state: SrsState | undefined, now: Date): Outcome[];
  /** The review entry for rating `cardId` at `now`; save it with store.recordReview. */
  rate(cardId: string, state: SrsState | undefined, rating: GradeNum, now: Date, source?: ReviewEntry['source']): RatedEntry;
}

export function toFsrs(s: SrsState): FsrsCard {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.lastReview !== undefined ? { last_review: new Date(s.lastReview) } : {}),
  };
}

export function fromFsrs(c: FsrsCard): SrsState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as number as StateNum,
    ...(c.last_review ? { lastReview: c.last_review.getTime() } : {}),
  };
}

export { formatInterval } from './interval.js';

export function isLeech(state: SrsState | undefined): boolean {
  return (state?.lapses ?? 0) >= LEECH_LAPSES;
}

/** The field of the ts-fsrs card that carries our card id, for the seed. */
const CARD_ID = 'gateprepCardId';

/** As Anki: the fuzz depends on the card and how many times it was reviewed, not on the clock.
 * ts-fsrs's default seeds with the review time, so a button's label (computed when the card is
 * drawn) and the interval saved on the key press a few seconds later differed (151 vs 163 days). */
export const seedByCardAndReps: TSeedStrategy = function (this) {
  const id = String(Reflect.get(this.current, CARD_ID) ?? '');
  return `${id}:${this.current.reps}`;
};

export function createScheduler(options: { desiredRetention?: number; parameters?: readonly number[] } = {}): Scheduler {
  const desiredRetention = options.desiredRetention ?? 0.9;
  const f: FSRS = fsrs(
    generatorParameters({ request_retention: desiredRetention, enable_fuzz: true, ...(options.parameters ? { w: [...options.parameters] } : {}) }),
  ).useStrategy(StrategyMode.SEED, seedByCardAndReps);

  function outcomes(cardId: string, state: SrsState | undefined, now: Date): Outcome[] {
    const card = Object.assign(state ? toFsrs(state) : createEmptyCard(now), { [CARD_ID]: cardId });
    const preview = f.repeat(card, now);
    return GRADES.map((g) => {
      const next = fromFsrs(preview[g as Grade].card);
      return { rating: g, label: GRADE_LABELS[g], interval: formatInterval(next.due - now.getTime()), next };
    });
  }

  function rate(cardId: string, state: SrsState | undefined, rating: GradeNum, now: Date, source: ReviewEntry['source'] = 'study'): RatedEntry {
    // The same computation the buttons showed, so the saved interval is the one the user saw.
    const next = outcomes(cardId, state, now)[rating - 1]!.next;
    return {
      id: `${now.getTime().toString(36)}-${randomUUID().slice(0, 8)}`,
      card: cardId,
      at: now.getTime(),
      rating,
      source,
      from: state?.state ?? 0,
      to: next.state,
      prev: state ?? null,
      next,
    };
  }

  return { desiredRetention, ...(options.parameters ? { parameters: options.parameters } : {}), outcomes, rate };
}
