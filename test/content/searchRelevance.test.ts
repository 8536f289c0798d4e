/**
 * Search as learners type it, over the built-in library: paraphrases, typos (swapped, dropped,
 * doubled letters), words split or joined, comparisons and learner words the concept map knows.
 * Each query names the card(s) it should find by deck and title, so merges and renumbering keep
 * it meaningful; the expected card must be in the top 3 for at least 90% of the queries.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecks } from '../../src/content/load.js';
import { loadSearchIndex } from '../../src/content/searchLoad.js';
import { QUERIES } from './learnerQueries.js';

const dir = join(fileURLToPath(new URL('../..', import.meta.url)), 'content', 'decks');
describe('search relevance on the built-in library', async () => {
  const index = await loadSearchIndex(loadDecks([dir]).cards);
  const results = QUERIES.map(([kind, query, want]) => {
    const top = index.search(query, 3).map((h) => h.card);
    return { kind, query, hit: top.some(want), top: top.map((c) => c.id) };
  });

  it('finds the expected card in the top 3 for at least 90% of learner queries', () => {
    if (process.env.SEARCH_REPORT) console.log(JSON.stringify(results.filter((r) => !r.hit), null, 1), results.filter((r) => r.hit).length, '/', results.length);
    const misses = results.filter((r) => !r.hit);
    const rate = 1 - misses.length / results.length;
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect({ rate: rate >= 0.9, misses }).toEqual({ rate: true, misses: expect.any(Array) });
  });

  for (const kind of ['typo', 'split', 'joined', 'comparison', 'concept']) {
    it(`finds at least 80% of the ${kind} queries`, () => {
      const mine = results.filter((r) => r.kind.startsWith(kind));
      expect(mine.filter((r) => r.hit).length / mine.length, JSON.stringify(mine.filter((r) => !r.hit))).toBeGreaterThanOrEqual(0.8);
    });
  }
});
