/** Pure changes to ProgressData. The store applies them to the file's latest contents under the lock,
 * so a change made by another process in between is kept, and an undone review stays undone. */
import type { JournalOp } from './journal.js';
import type { LeechMark, ProgressData, QuizResult, ReviewEntry, Settings, SrsState } from './schema.js';

/** A card that has lapsed this many times is marked as a leech. */
export const LEECH_LAPSES = 8;

export function sameState(a: SrsState | undefined | null, b: SrsState | undefined | null): boolean {
  if (!a || !b) return a == b;
  return (
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.state === b.state &&
    a.lastReview === b.lastReview
  );
}

/** Records a rating: appends the log entry, sets the card's state to `entry.next`, marks a leech. */
export function addReview(data: ProgressData, entry: ReviewEntry): void {
  if (data.reviews.some((r) => r.id === entry.id)) return;
  data.reviews.push(entry);
  if (entry.next) {
    data.cards[entry.card] = entry.next;
    if (entry.next.lapses >= LEECH_LAPSES && !data.leeches[entry.card]) {
      data.leeches[entry.card] = { at: entry.at, lapses: entry.next.lapses, review: entry.id } satisfies LeechMark;
    }
  }
}

export type UndoOutcome = 'undone' | 'not-found' | 'not-undoable' | 'reviewed-since';

/** Undoes one review: removes its log entry and restores the card's state before it. Refused when the
 * card was rated again since (by this or another process): restoring would drop that later review. */
export function undoReview(data: ProgressData, reviewId: string): UndoOutcome {
  const idx = data.reviews.findIndex((r) => r.id === reviewId);
  if (idx < 0) return 'not-found';
  const entry = data.reviews[idx]!;
  if (entry.prev === undefined || !entry.next) return 'not-undoable';
  if (!sameState(data.cards[entry.card], entry.next)) return 'reviewed-since';
  data.reviews.splice(idx, 1);
  if (entry.prev === null) delete data.cards[entry.card];
  else data.cards[entry.card] = entry.prev;
  if (data.leeches[entry.card]?.review === entry.id) delete data.leeches[entry.card];
  return 'undone';
}

export function setSettings(data: ProgressData, patch: Partial<Settings>): void {
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (data.settings as Record<string, unknown>)[k] = v;
}

export function addQuizResult(data: ProgressData, result: QuizResult): void {
  if (!data.quizResults.some((q) => q.id === result.id)) data.quizResults.push(result);
}

/** Counts one simulator prediction for a stage. */
export function addStagePrediction(data: ProgressData, stage: string, correct: boolean, at: number): void {
  const prev = data.simulator[stage] ?? { attempts: 0, correct: 0 };
  data.simulator[stage] = { attempts: prev.attempts + 1, correct: prev.correct + (correct ? 1 : 0), last: at };
}

export function clearLeech(data: ProgressData, cardId: string): void {
  delete data.leeches[cardId];
}

/** Applies one journal line. Replaying a journal on the file it continues gives the same state. */
export function applyOp(data: ProgressData, op: JournalOp): void {
  switch (op.op) {
    case 'review':
      return addReview(data, op.entry);
    case 'undo':
      return void undoReview(data, op.id);
    case 'settings':
      return setSettings(data, op.patch);
    case 'quiz':
      return addQuizResult(data, op.result);
    case 'stage':
      return addStagePrediction(data, op.stage, op.correct, op.at);
    case 'clearLeech':
      return clearLeech(data, op.card);
  }
}
