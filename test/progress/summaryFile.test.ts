/** progress.summary.json is used only while the files are exactly the state it was made from. */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digest } from '../../src/progress/homeFigures.js';
import { emptyProgress, type ReviewEntry } from '../../src/progress/schema.js';
import { openProgress, SUMMARY_NAME, type ProgressStore } from '../../src/progress/store.js';
import { DEFAULT_DAILY_NEW_LIMIT, readSummary, writeSummary } from '../../src/progress/summaryFile.js';
import { freshHome } from './helpers.js';

const NOW = new Date(2026, 4, 12, 15, 30);
let home: string;
let store: ProgressStore;
let n = 0;

const entry = (card: string, at: number): ReviewEntry => ({ id: `r${++n}`, card, at, rating: 3, source: 'study', from: 0, to: 1 });

beforeEach(() => {
  home = freshHome();
  store = openProgress({ home });
  store.update((d) => void d.reviews.push(entry('a', NOW.getTime() - 86_400_000)));
  store.recordReview(entry('b', NOW.getTime() - 60_000));
});
afterEach(() => {
  delete process.env.GATEPREP_HOME;
});

describe('progress.summary.json', () => {
  it('gives back the digest of the store it was written from', () => {
    expect(writeSummary(store, NOW)).toBe(true);
    expect(readSummary(home, NOW)).toEqual(digest(store.data, NOW));
    // written once: a second start finds it current and leaves it
    expect(writeSummary(store, NOW)).toBe(false);
  });

  it('is not used once a review was saved after it, by this process or another', () => {
    writeSummary(store, NOW);
    const other = openProgress({ home });
    other.recordReview(entry('c', NOW.getTime()));
    expect(readSummary(home, NOW)).toBeNull();
    // the first store has not seen that review: it must not write a summary of its older state
    expect(writeSummary(store, NOW)).toBe(false);
    expect(readSummary(home, NOW)).toBeNull();
    expect(writeSummary(other, NOW)).toBe(true);
    expect(readSummary(home, NOW)?.recent.map((r) => r.card)).toEqual(['b', 'c']);
  });

  it('is not used after a checkpoint, a journal touched at the same size, another time zone or a clock set back', () => {
    writeSummary(store, NOW);
    expect(readSummary(home, new Date(NOW.getTime() - 1))).toBeNull();
    const journal = join(home, 'progress.journal');
    utimesSync(journal, new Date(NOW.getTime() + 5000), new Date(NOW.getTime() + 5000));
    expect(readSummary(home, NOW)).toBeNull();
    writeSummary(store, NOW);
    expect(readSummary(home, NOW)).not.toBeNull();
    // another time zone: its local midnights are not the digest's days (Node re-reads TZ when it is set)
    const zone = process.env.TZ;
    const offset = new Date(2026, 0, 1).getTimezoneOffset();
    process.env.TZ = offset === -330 ? 'UTC' : 'Asia/Kolkata';
    try {
      // a worker thread cannot change its zone (mutation runs use threads; `npm test` uses forks)
      if (new Date(2026, 0, 1).getTimezoneOffset() !== offset) expect(readSummary(home, NOW)).toBeNull();
      else expect(process.env.GATEPREP_MUTATION).toBe('1');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(readSummary(home, NOW)).not.toBeNull();
    writeSummary(store, NOW);
    store.update(() => undefined); // a checkpoint: a new generation of progress.json
    expect(readSummary(home, NOW)).toBeNull();
  });

  it('is ignored when damaged or not in its shape', () => {
    writeSummary(store, NOW);
    const text = readFileSync(join(home, SUMMARY_NAME), 'utf8');
    for (const bad of [text.slice(0, text.length - 3), '', 'null', text.replace('"days":[', '"days":[-5,'), text.replace('"source":"study"', '"source":"exam"')]) {
      writeFileSync(join(home, SUMMARY_NAME), bad);
      expect(readSummary(home, NOW)).toBeNull();
    }
  });

  it('is not used when it names a card whose history moves to another on opening', () => {
    writeSummary(store, NOW);
    expect(readSummary(home, NOW, new Map([['x', 'y']]))).not.toBeNull();
    expect(readSummary(home, NOW, new Map([['b', 'z']]))).toBeNull();
  });

  it('is not needed with no progress yet: the digest of empty progress, with the default daily limit', () => {
    const empty = freshHome();
    expect(DEFAULT_DAILY_NEW_LIMIT).toBe(emptyProgress().settings.dailyNewLimit);
    expect(readSummary(empty, NOW)).toEqual(digest(emptyProgress(), NOW));
  });
});
