/** Reading progress.json: the exact words for each way a file can be wrong, and the whole v1 → v2
 * migration output. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../src/progress/file.js';
import { NewerVersionError, migrate, migrateV1toV2 } from '../../src/progress/migrations.js';
import { emptyProgress } from '../../src/progress/schema.js';
import { openProgress } from '../../src/progress/store.js';
import { freshHome } from './helpers.js';

/** zod's own words end the message; they change with the zod locale loaded (classic zod sets one, so
 * they depend on what else was imported): matched as one line of text. */
const zod = (path: string) => new RegExp(`^the file does not match the progress format \\(${path.replace(/\./g, '\\.')}: [^\\n]+\\)$`);
const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('parseProgress messages', () => {
  it('names what is wrong, with the path of the first bad field', () => {
    expect(thrown(() => parseProgress('  \n'))).toBe('the file is empty (a write was cut short?)');
    expect(thrown(() => parseProgress('{"version":'))).toBe(`the file is not valid JSON (${thrown(() => JSON.parse('{"version":'))})`);
    expect(thrown(() => parseProgress('[]'))).toBe('the progress file has no version number');
    expect(thrown(() => parseProgress('{"version":1.5}'))).toBe('the progress file has no version number');
    expect(thrown(() => parseProgress('{"version":3}'))).toBe('the progress file is from a newer gateprep (format 3; this one reads up to 2)');
    expect(thrown(() => parseProgress('{"version":2,"cards":{"d#a":{"due":-1}}}'))).toMatch(zod('cards.d#a.due'));
    expect(thrown(() => parseProgress('{"version":2,"settings":5}'))).toMatch(zod('settings'));
    expect(thrown(() => parseProgress('{"version":2,"reviews":[{"id":""}]}'))).toMatch(zod('reviews.0.id'));
  });

  it('a file with no reviews, or with one bad review among good ones, goes through the full check', () => {
    expect(parseProgress('{"version":2}')).toEqual(emptyProgress());
    const good = { id: 'r1', card: 'd#a', at: 5, rating: 3, source: 'study', from: 0, to: 1 };
    expect(thrown(() => parseProgress(JSON.stringify({ version: 2, reviews: [good, { ...good, id: 'r2', rating: 5 }] })))).toMatch(zod('reviews.1.rating'));
  });

  it('a newer file throws NewerVersionError with its version', () => {
    let err: unknown;
    try {
      migrate({ version: 7 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NewerVersionError);
    expect((err as NewerVersionError).version).toBe(7);
  });

  it('reviews that pass the fast check come back as they are, the rest of the file given its defaults', () => {
    const review = { id: 'r1', card: 'd#a', at: 5, rating: 3, source: 'study', from: 0, to: 1 };
    expect(parseProgress(JSON.stringify({ version: 2, reviews: [review] }))).toEqual({
      version: 2,
      journal: '',
      folded: '',
      cards: {},
      reviews: [review],
      settings: { dailyNewLimit: 20, desiredRetention: 0.9, quizCountsTowardSchedule: true, interviewDate: null },
      quizResults: [],
      simulator: {},
      leeches: {},
    });
  });
});

describe('migrateV1toV2', () => {
  it('turns dates into milliseconds, state names into numbers, and the log into reviews with ids', () => {
    const out = migrateV1toV2({
      version: 1,
      cards: {
        'd#a': { due: '2025-02-01T00:00:00.000Z', stability: 3.5, difficulty: 5.25, reps: 4, lapses: 1, state: 'Relearning', scheduledDays: 6, lastReview: '2025-01-29T00:00:00.000Z' },
        'd#b': { due: '2025-02-02T00:00:00.000Z', stability: 1, difficulty: 2, reps: 0, lapses: 0, state: 'New', scheduledDays: 0 },
      },
      log: [
        { card: 'd#a', at: '2025-01-29T00:00:00.000Z', rating: 1, state: 'Review', stateAfter: 'Relearning' },
        { card: 'd#b', at: '2025-01-30T00:00:00.000Z', rating: 4, state: 'New', stateAfter: 'Learning' },
      ],
    });
    expect(out).toEqual({
      version: 2,
      cards: {
        'd#a': { due: Date.UTC(2025, 1, 1), stability: 3.5, difficulty: 5.25, elapsedDays: 0, scheduledDays: 6, learningSteps: 0, reps: 4, lapses: 1, state: 3, lastReview: Date.UTC(2025, 0, 29) },
        'd#b': { due: Date.UTC(2025, 1, 2), stability: 1, difficulty: 2, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 },
      },
      reviews: [
        { id: 'v1-0', card: 'd#a', at: Date.UTC(2025, 0, 29), rating: 1, source: 'study', from: 2, to: 3 },
        { id: 'v1-1', card: 'd#b', at: Date.UTC(2025, 0, 30), rating: 4, source: 'study', from: 0, to: 1 },
      ],
      settings: { dailyNewLimit: 20, desiredRetention: 0.9, quizCountsTowardSchedule: true },
    });
  });

  it('a date that is not one is refused with the text it found', () => {
    const v1 = { version: 1 as const, cards: {}, log: [{ card: 'd#a', at: 'yesterday', rating: 3, state: 'New' as const, stateAfter: 'Learning' as const }] };
    expect(thrown(() => migrateV1toV2(v1))).toBe('bad date "yesterday"');
  });

  it('a v1 file of the wrong shape is refused in one sentence naming the field (it was a JSON dump of every issue)', () => {
    expect(thrown(() => parseProgress(JSON.stringify({ version: 1, cards: { x: { due: 1 } }, log: [] })))).toMatch(zod('cards.x.due'));
    expect(parseProgress(JSON.stringify({ version: 1, cards: {}, log: [], newPerDay: 3 })).settings.dailyNewLimit).toBe(3);
  });
});

describe('a damaged version 1 file in the store', () => {
  it('is moved aside with a one-sentence notice', () => {
    const home = freshHome();
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 1, cards: {}, log: [{ card: 'd#a' }] }));
    const s = openProgress({ clock: () => new Date('2025-03-01T12:00:00.000Z') });
    const notices = s.takeNotices();
    expect(notices).toHaveLength(1);
    const [head, tail] = notices[0]!.split('. It was kept as ');
    expect(head!.slice(0, 38)).toBe('Your progress file could not be read: ');
    expect(head!.slice(38)).toMatch(zod('log.0.at'));
    expect(tail).toBe(`${join(home, 'progress.json.bad-2025-03-01T12-00-00-000Z')}; starting with empty progress.`);
  });
});
