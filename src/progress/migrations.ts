/** Plain functions that bring an older progress file up to CURRENT_VERSION, one version at a time. */
import * as z from 'zod/mini';
import { CURRENT_VERSION, type StateNum } from './schema.js';

/** Version 1 (the first shape): ISO dates, state names, a log without the states around each rating. */
export const progressV1 = z.object({
  version: z.literal(1),
  cards: z.record(
    z.string(),
    z.object({
      due: z.string(),
      stability: z.number(),
      difficulty: z.number(),
      reps: z.int(),
      lapses: z.int(),
      state: z.enum(['New', 'Learning', 'Review', 'Relearning']),
      scheduledDays: z._default(z.number(), 0),
      lastReview: z.optional(z.string()),
    }),
  ),
  log: z.array(
    z.object({
      card: z.string(),
      at: z.string(),
      rating: z.int().check(z.minimum(1), z.maximum(4)),
      state: z.enum(['New', 'Learning', 'Review', 'Relearning']),
      stateAfter: z.enum(['New', 'Learning', 'Review', 'Relearning']),
    }),
  ),
  newPerDay: z.optional(z.int()),
});
export type ProgressV1 = z.infer<typeof progressV1>;

const STATE: Record<string, StateNum> = { New: 0, Learning: 1, Review: 2, Relearning: 3 };
const ms = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad date "${iso}"`);
  return t;
};

/** v1 → v2: numbers for dates and states, ids and a source on every log entry, settings grouped. */
export function migrateV1toV2(v1: ProgressV1): Record<string, unknown> {
  const cards = Object.fromEntries(
    Object.entries(v1.cards).map(([id, c]) => [
      id,
      {
        due: ms(c.due),
        stability: c.stability,
        difficulty: c.difficulty,
        elapsedDays: 0,
        scheduledDays: c.scheduledDays,
        learningSteps: 0,
        reps: c.reps,
        lapses: c.lapses,
        state: STATE[c.state],
        ...(c.lastReview ? { lastReview: ms(c.lastReview) } : {}),
      },
    ]),
  );
  const reviews = v1.log.map((r, i) => ({
    id: `v1-${i}`,
    card: r.card,
    at: ms(r.at),
    rating: r.rating,
    source: 'study',
    from: STATE[r.state],
    to: STATE[r.stateAfter],
  }));
  return {
    version: 2,
    cards,
    reviews,
    settings: { dailyNewLimit: v1.newPerDay ?? 20, desiredRetention: 0.9, quizCountsTowardSchedule: true },
  };
}

/** Each step parses its input with that version's schema (throwing on a bad file) and returns the next version. */
const steps: Record<number, (raw: unknown) => Record<string, unknown>> = {
  1: (raw) => migrateV1toV2(progressV1.parse(raw)),
};

export class NewerVersionError extends Error {
  constructor(readonly version: number) {
    super(`the progress file is from a newer gateprep (format ${version}; this one reads up to ${CURRENT_VERSION})`);
  }
}

/** Runs the migrations a raw parsed file needs; returns it unchanged when already current. */
export function migrate(raw: unknown): unknown {
  let data = raw;
  for (;;) {
    const v = (data as { version?: unknown } | null)?.version;
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error('the progress file has no version number');
    if (v === CURRENT_VERSION) return data;
    if (v > CURRENT_VERSION) throw new NewerVersionError(v);
    const step = steps[v];
    if (!step) throw new Error(`no migration from progress format ${v}`);
    data = step(data);
  }
}
