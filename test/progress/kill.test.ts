/** SIGKILL at random moments never loses a confirmed review or leaves an unreadable file;
 * two processes reviewing at once lose nothing. */
import { describe, expect, it } from 'vitest';
import { freshHome, readDisk, startReviewer } from './helpers.js';

function savedIds(home: string): Set<string> {
  return new Set(readDisk(home).reviews.map((r) => r.id)); // throws if anything on disk is unreadable
}

describe('kill -9 while reviewing', () => {
  it('after each of 25 kills the file parses and holds every review reported saved', async () => {
    const home = freshHome();
    const started = Date.now();
    const all: string[] = [];
    for (let round = 0; round < 25; round++) {
      const r = startReviewer(home, `k${round % 3}`, 0);
      await r.ready;
      // Kill after a random number of confirmed saves (0..40), at a random point of the next one.
      const n = Math.floor(Math.random() * 41);
      await r.waitSaved(n);
      if (Math.random() < 0.5) await new Promise((res) => setImmediate(res));
      r.child.kill('SIGKILL');
      await r.exited;
      all.push(...r.saved);
      const onDisk = savedIds(home); // throws if the file does not parse
      const missing = all.filter((id) => !onDisk.has(id));
      expect(missing, `round ${round}`).toEqual([]);
    }
    expect(all.length).toBeGreaterThan(25);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 40_000);
});

describe('two processes at once', () => {
  it('keeps every review of both', async () => {
    const home = freshHome();
    const a = startReviewer(home, 'a', 150, true);
    const b = startReviewer(home, 'b', 150, true);
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
