/** SIGKILL at random moments never loses a confirmed review or leaves an unreadable file;
 * two processes reviewing at once lose nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/gateway/random.js';
import { freshHome, readDisk, startReviewer } from './helpers.js';

// mulberry32, seeded, so a failing run can be replayed with KILL_SEED=<seed>
const seeded = mulberry32;

function savedIds(home: string): Set<string> {
  return new Set(readDisk(home).reviews.map((r) => r.id)); // throws if anything on disk is unreadable
}

// a reviewer still running when a test fails or times out (count 0 reviews forever) is killed here
const running = new Set<{ kill: (signal: NodeJS.Signals) => boolean }>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

describe('kill -9 while reviewing', () => {
  // Speed is not asserted here: the bench measures saves.
  it('after each of 25 kills the file parses and holds every review reported saved', async () => {
    const seed = Number(process.env.KILL_SEED) || Date.now() % 2 ** 31;
    console.log(`kill test seed ${seed} (replay: KILL_SEED=${seed} npx vitest run test/progress/kill.test.ts)`);
    const random = seeded(seed);
    const home = freshHome();
    const all: string[] = [];
    for (let round = 0; round < 25; round++) {
      const r = startReviewer(home, `k${round % 3}`, 0);
      running.add(r.child);
      await r.ready;
      // Kill after a random number of confirmed saves (0..40), at a random point of the next one.
      const n = Math.floor(random() * 41);
      await r.waitSaved(n);
      if (random() < 0.5) await new Promise((res) => setImmediate(res));
      r.child.kill('SIGKILL');
      await r.exited;
      all.push(...r.saved);
      const onDisk = savedIds(home); // throws if the file does not parse
      const missing = all.filter((id) => !onDisk.has(id));
      expect(missing, `seed ${seed}, round ${round}, killed after ${n} saves`).toEqual([]);
    }
    expect(all.length, `seed ${seed}`).toBeGreaterThan(25);
  }, 240_000); // a generous bound only: 25 child processes start under tsx, which takes seconds on a loaded machine
});

describe('two processes at once', () => {
  it('keeps every review of both', async () => {
    const home = freshHome();
    const a = startReviewer(home, 'a', 150, true);
    const b = startReviewer(home, 'b', 150, true);
    running.add(a.child).add(b.child);
    await Promise.all([a.ready, b.ready]);
    a.child.stdin.write('go\n');
    b.child.stdin.write('go\n');
    const codes = await Promise.all([a.exited, b.exited]);
    expect(codes).toEqual([0, 0]);
    expect(a.saved).toHaveLength(150);
    expect(b.saved).toHaveLength(150);
    const onDisk = savedIds(home);
    expect([...a.saved, ...b.saved].filter((id) => !onDisk.has(id))).toEqual([]);
    expect(onDisk.size).toBe(300);
    const data = readDisk(home);
    // Each card's state is the `next` of its last review: no write was based on a stale read.
    for (const prefix of ['a', 'b']) {
      for (let c = 0; c < 20; c++) {
        const id = `${prefix}#c${c}`;
        const last = data.reviews.filter((r) => r.card === id).at(-1);
        expect(data.cards[id]).toEqual(last?.next);
        expect(data.reviews.filter((r) => r.card === id)).toHaveLength(c < 10 ? 8 : 7); // 150 reviews over 20 cards
      }
    }
  }, 30_000);
});
