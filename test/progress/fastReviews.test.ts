/** The hand-written review check equals zod's schema: same verdict on every entry, same data out of parseProgress. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../src/progress/file.js';
import { isReviewEntry } from '../../src/progress/fastReviews.js';
import { progressV2, reviewEntry } from '../../src/progress/schema.js';
import { runs } from '../runs.js';

// values near each rule's edge: valid ones and the invalid neighbours zod must reject
const anyValue = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 5, -1, 0.5, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, '', 'x', 'study', 'quiz', 'other', null, true, [], {}),
  fc.integer({ min: -5, max: 2_000_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const validState = fc.record(
  {
    due: fc.nat(),
    stability: fc.double({ noNaN: true, noDefaultInfinity: true }),
    difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
    elapsedDays: fc.nat(),
    scheduledDays: fc.nat(),
    learningSteps: fc.integer({ min: -2, max: 3 }),
    reps: fc.nat(),
    lapses: fc.nat(),
    state: fc.constantFrom(0, 1, 2, 3),
    lastReview: fc.nat(),
  },
  { requiredKeys: ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state'] },
);
const validEntry = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    card: fc.string({ minLength: 1, maxLength: 8 }),
    at: fc.nat(),
    rating: fc.constantFrom(1, 2, 3, 4),
    source: fc.constantFrom('study', 'quiz'),
    from: fc.constantFrom(0, 1, 2, 3),
    to: fc.constantFrom(0, 1, 2, 3),
    prev: fc.option(validState, { nil: null }),
    next: validState,
  },
  { requiredKeys: ['id', 'card', 'at', 'rating', 'source', 'from', 'to'] },
);
/** A valid entry with one field (of the entry or of a state in it) replaced, removed or added. */
const nearEntry = fc
  .tuple(validEntry, fc.constantFrom('id', 'card', 'at', 'rating', 'source', 'from', 'to', 'prev', 'next', 'extra', 'prev.due', 'next.state', 'next.learningSteps', 'next.extra', 'next.lastReview'), anyValue, fc.boolean())
  .map(([e, path, value, remove]) => {
    const copy = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    const [a, b] = path.split('.') as [string, string | undefined];
    const target = b === undefined ? copy : (copy[a] as Record<string, unknown> | null | undefined);
    const key = b ?? a;
    if (target && typeof target === 'object') {
      if (remove) delete target[key];
      else target[key] = value;
    }
    return copy;
  });

const KNOWN = new Set(['id', 'card', 'at', 'rating', 'source', 'from', 'to', 'prev', 'next', 'due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview']);
const hasUnknownKey = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && Object.entries(v).some(([k, x]) => !KNOWN.has(k) || hasUnknownKey(x));

describe('the hand-written review check', () => {
  it('accepts exactly what zod accepts, for valid entries and their near misses', () => {
    fc.assert(
      fc.property(fc.oneof(validEntry, nearEntry, anyValue), (e) => {
        const zod = reviewEntry.safeParse(e);
        // an unknown key is left to zod (which strips it): the check may refuse what zod accepts only then
        if (isReviewEntry(e)) expect(zod).toEqual({ success: true, data: e });
        else if (zod.success) expect(hasUnknownKey(e)).toBe(true);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('parseProgress gives what zod alone gives', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validEntry, validEntry, nearEntry), { maxLength: 6 }), (reviews) => {
        const text = JSON.stringify({ version: 2, journal: 'ab', reviews });
        const zod = progressV2.safeParse(JSON.parse(text));
        if (zod.success) expect(parseProgress(text)).toEqual(zod.data);
        else expect(() => parseProgress(text)).toThrow(/the file does not match the progress format/);
      }),
      { numRuns: runs(500) },
    );
  });
});
