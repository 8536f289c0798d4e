/**
 * A hand-written check of review entries, equal to the zod schema's (schema.ts `reviewEntry`),
 * for the one part of progress.json that grows: 20,000 reviews took zod about 1.5 s to check
 * on a loaded machine, while the app waited for Home's figures. Anything this check does not
 * accept (an unknown key included, which zod would strip) goes through zod as before, so zod
 * still gives every error message. test/progress/fastReviews.test.ts holds the two equal.
 */
const REVIEW_KEYS = new Set(['id', 'card', 'at', 'rating', 'source', 'from', 'to', 'prev', 'next']);
const STATE_KEYS = new Set(['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const int = (v: unknown): boolean => Number.isSafeInteger(v);
const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const stateNum = (v: unknown): boolean => v === 0 || v === 1 || v === 2 || v === 3;
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

function onlyKeys(o: Record<string, unknown>, keys: Set<string>): boolean {
  for (const k in o) if (!keys.has(k) || o[k] === undefined) return false;
  return true;
}

export function isSrsState(v: unknown): boolean {
  return (
    isObject(v) &&
    onlyKeys(v, STATE_KEYS) &&
    time(v.due) &&
    num(v.stability) &&
    num(v.difficulty) &&
    num(v.elapsedDays) &&
    num(v.scheduledDays) &&
    int(v.learningSteps) &&
    time(v.reps) &&
    time(v.lapses) &&
    stateNum(v.state) &&
    (!('lastReview' in v) || time(v.lastReview))
  );
}

export function isReviewEntry(v: unknown): boolean {
  return (
    isObject(v) &&
    onlyKeys(v, REVIEW_KEYS) &&
    nonEmpty(v.id) &&
    nonEmpty(v.card) &&
    time(v.at) &&
    (v.rating === 1 || v.rating === 2 || v.rating === 3 || v.rating === 4) &&
    (v.source === 'study' || v.source === 'quiz') &&
    stateNum(v.from) &&
    stateNum(v.to) &&
    (!('prev' in v) || v.prev === null || isSrsState(v.prev)) &&
    (!('next' in v) || isSrsState(v.next))
  );
}
