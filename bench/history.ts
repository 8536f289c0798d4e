/** A study history like months of daily use: `reviews` ratings over the given card ids, spread over
 * the 180 days before `end`, each rated from the card's state at the time (so states are real). */
import { addReview } from '../src/progress/ops.js';
import type { ProgressData } from '../src/progress/schema.js';
import { createScheduler } from '../src/study/scheduler.js';
import { mulberry32 } from '../src/gateway/random.js';

const DAY = 86_400_000;

export function addHistory(data: ProgressData, ids: readonly string[], reviews: number, end: number, seed = 7): void {
  const sch = createScheduler();
  const r = mulberry32(seed);
  const start = end - 180 * DAY;
  for (let i = 0; i < reviews; i++) {
    const id = ids[Math.floor(r() * ids.length)]!;
    const at = new Date(start + Math.floor((i / reviews) * 180 * DAY));
    const x = r();
    const rating = (x < 0.12 ? 1 : x < 0.22 ? 2 : x < 0.9 ? 3 : 4) as 1 | 2 | 3 | 4;
    addReview(data, sch.rate(id, data.cards[id], rating, at));
  }
}
