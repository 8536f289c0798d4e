import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecks } from '../../src/content/load.js';
import { parseDeck } from '../../src/content/parse.js';
import Fuse from 'fuse.js';
import { fuseMatcher } from '../../src/content/fuzzy.js';
import { buildIndex } from '../../src/content/search.js';
import { loadSearchIndex } from '../../src/content/searchLoad.js';

const decksDir = join(fileURLToPath(new URL('../..', import.meta.url)), 'content', 'decks');

const synthetic = parseDeck(
  `## 1. Throttling limits
**Answer:** Buckets refill.
**Tags:** buckets

## 2. Caching basics
**Answer:** Nothing about limits here, except throttling once in the answer.

## 3. Usage plan quota
**Question:** What happens when a usage plan runs out of quota?
**Answer:** 429 Limit Exceeded.

## 4. Usage notes
**Answer:** A plan for quota days, usage later.
`,
  'syn.md',
).cards;

describe('search ranking on a small deck', () => {
  const index = buildIndex(synthetic, { fuzzy: fuseMatcher(Fuse) });
  const titles = (q: string) => index.search(q).map((h) => h.card.title);

  it('ranks a title match above an answer-only match', () => {
    expect(titles('throttling')).toEqual(['Throttling limits', 'Caching basics']);
  });

  it('finds words with a typo and by prefix while typing', () => {
    expect(titles('throtling')[0]).toBe('Throttling limits');
    expect(titles('cachi')[0]).toBe('Caching basics');
  });

  it('puts the card naming the whole concept first', () => {
    expect(titles('usage plan quota')[0]).toBe('Usage plan quota');
  });

  it('returns the matched stems for highlighting, and nothing for an empty query', () => {
    const [hit] = index.search('throtling');
    expect(hit!.stems).toContain('throttl');
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });

  it('scores between 0 and 1, best first, and caps the results', () => {
    const hits = index.search('usage', 2);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    for (const h of hits) expect(h.score).toBeGreaterThan(0), expect(h.score).toBeLessThanOrEqual(1);
  });
});

describe('search ranking on the built-in library', async () => {
  const { cards } = loadDecks([decksDir]);
  const index = await loadSearchIndex(cards);
  const top = (q: string) => index.search(q, 3).map((h) => h.card);

  it('finds throttling with a typo', () => {
    // the typo finds a card about throttling (REST's deck, or the HTTP API throttling card)
    expect(top('throtling')[0]!.tags).toContain('throttling');
  });

  it('finds the CORS preflight card from two words', () => {
    expect(top('cors preflight')[0]!.title.toLowerCase()).toContain('preflight');
  });

  it('puts the concept a query names first', () => {
    expect(top('usage plan quota')[0]!.title.toLowerCase()).toMatch(/usage plan.*quota|quota.*usage plan/);
    const authorizer = top('lambda authorizer cache')[0]!;
    expect(authorizer.deck).toBe('lambda-authorizers');
    expect(authorizer.title.toLowerCase()).toContain('cach');
  });
});
