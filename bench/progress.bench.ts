/** Time to save one review (lock, catch up with other processes, journal append + fsync; every
 * 256th save also folds the journal into progress.json), p95, on stores of growing size: what the
 * study screen waits for before showing the next card. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProgress } from '../src/progress/store.js';
import { addReview } from '../src/progress/ops.js';
import { createScheduler } from '../src/study/scheduler.js';
import { percentile, timeMs, type BenchRow } from './lib.js';

const DAY = 86_400_000;

/** A store with `cards` studied cards and `reviews` past reviews, like months of daily study. */
function seed(home: string, cards: number, reviews: number) {
  const store = openProgress({ home });
  const sch = createScheduler();
  const start = Date.UTC(2025, 0, 1);
  store.update((d) => {
    for (let i = 0; i < reviews; i++) {
      const id = `deck${i % 7}#card-number-${i % cards}`;
      const at = new Date(start + Math.floor((i / reviews) * 180 * DAY));
      addReview(d, sch.rate(id, d.cards[id], ((i % 4) + 1) as 1 | 2 | 3 | 4, at));
    }
  });
  return { store, sch };
}

function measure(cards: number, reviews: number, samples: number): { p95: number; bytes: number } {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-bench-'));
  try {
    const { store, sch } = seed(home, cards, reviews);
    const times: number[] = [];
    const now = new Date(Date.UTC(2025, 6, 1));
    for (let i = 0; i < samples + 50; i++) {
      const id = `deck${i % 7}#card-number-${i % cards}`;
      const t = timeMs(() => {
        store.review(id, (state) => sch.rate(id, state, 3, new Date(now.getTime() + i * 1000)));
      });
      if (i >= 50) times.push(t); // the first saves warm the JIT
    }
    return { p95: percentile(times, 95), bytes: JSON.stringify(store.data).length };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [cards, reviews, target] of [
    [300, 1_000, true],
    [300, 5_000, true],
    [1_000, 20_000, false],
  ] as const) {
    const { p95, bytes } = measure(cards, reviews, 500);
    rows.push({
      name: `save one review, p95 (${reviews.toLocaleString('en-US')} reviews, ${Math.round(bytes / 1024)} KB state)`,
      value: p95,
      unit: 'ms',
      target: target ? '<= 5 ms' : '<= 5 ms (informational: years of study)',
      pass: p95 <= 5,
    });
  }
  return rows;
}
