/** Optimize: enough history first, the native optimizer loaded only here (a clear message without
 * it), old and new figures side by side. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addHistory } from '../../bench/history.js';
import { emptyProgress } from '../../src/progress/schema.js';
import { loadOptimizer, MIN_LONG_TERM_REVIEWS, optimize, readiness } from '../../src/study/optimize.js';
import { ROOT } from '../cli/run.js';

const ids = (JSON.parse(readFileSync(join(ROOT, 'dist', 'library.json'), 'utf8')) as { decks: Array<{ cards: Array<{ id: string }> }> }).decks.flatMap((d) => d.cards.map((c) => c.id));
const history = (n: number) => {
  const d = emptyProgress();
  addHistory(d, ids, n, Date.UTC(2026, 5, 1));
  return d.reviews;
};

const optimizer = await loadOptimizer();

describe('optimize', () => {
  it('says what is missing when the history is too short, without loading the optimizer', async () => {
    const short = history(100);
    const r = readiness(short);
    expect(r.ready).toBe(false);
    let loaded = false;
    const result = await optimize(short, undefined, async () => ((loaded = true), null));
    expect(loaded).toBe(false);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`^Not enough history yet: \\d+ of ${MIN_LONG_TERM_REVIEWS} reviews made a day or more after`)) });
  });

  it('falls back with a clear message where the native module is not available', async () => {
    const result = await optimize(history(3000), undefined, async () => null);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^The optimizer \(@open-spaced-repetition\/binding, an optional native module\) is not available on this machine; the default parameters stay in use\./);
  });

  // the binding is installed by hand (see README): without it this case has nothing to run
  it.skipIf(!optimizer)('fits parameters and shows both sets with how well each predicts the history', async () => {
    const result = await optimize(history(3000), undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { old, fitted, reviews } = result.proposal;
    expect(old.parameters[20]).toBe(0.1542); // FSRS-6 defaults
    expect(fitted.parameters.length).toBe(21);
    expect(fitted.parameters).not.toEqual(old.parameters);
    expect(reviews).toBeGreaterThan(MIN_LONG_TERM_REVIEWS);
    for (const x of [old, fitted]) {
      expect(x.logLoss).toBeGreaterThan(0);
      expect(x.rmse).toBeGreaterThan(0);
    }
    expect(fitted.logLoss).toBeLessThanOrEqual(old.logLoss + 1e-6);
  }, 60_000);
});
