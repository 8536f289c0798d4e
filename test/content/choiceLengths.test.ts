/**
 * The built-in library's choices do not give the answer away by length (issue 14): the
 * correct choice is strictly the longest in at most ~a quarter of the cards (chance with
 * four or five choices), and its median length is within 15% of the wrong choices' average.
 * Figures on 2026-12-01 before the rewrite: single-answer 131 cards, longest 0.81, ratio 1.39;
 * select-TWO 39 cards, longest 0.26, ratio 1.18. After it (219 cards): single-answer 170 cards,
 * longest 0.15, ratio 0.98; select-TWO 49 cards, longest 0, ratio 0.96.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOUNDS, choiceBalance } from '../../src/content/choiceBalance.js';
import { loadDecks } from '../../src/content/load.js';

const dir = join(fileURLToPath(new URL('../..', import.meta.url)), 'content', 'decks');

describe('choice lengths across the built-in library', () => {
  const balance = choiceBalance(loadDecks([dir]).cards);
  for (const kind of ['single', 'selectTwo'] as const) {
    it(`${kind}: the correct choice is not the longest more often than chance, nor longer on the median`, () => {
      const f = balance[kind];
      expect(f.cards).toBeGreaterThan(20);
      expect(f.longestShare, `${kind} strictly-longest share`).toBeLessThanOrEqual(BOUNDS.longestShare);
      expect(f.medianRatio, `${kind} median ratio`).toBeGreaterThanOrEqual(BOUNDS.medianRatio[0]);
      expect(f.medianRatio, `${kind} median ratio`).toBeLessThanOrEqual(BOUNDS.medianRatio[1]);
    });
  }
});
