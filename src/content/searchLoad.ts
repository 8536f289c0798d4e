/** Builds the search index with everything it needs that the first frame does not: fuse.js and
 * the concept map (content/search/concepts.json, bundled into this lazily loaded chunk). */
import conceptFile from '../../content/search/concepts.json' with { type: 'json' };
import { compileConcepts } from './concepts.js';
import { loadFuzzyMatcher } from './fuzzy.js';
import { buildIndex, type SearchIndex } from './search.js';
import type { Card } from './types.js';

export const builtinConcepts = () => compileConcepts(conceptFile);

export async function loadSearchIndex(cards: Card[]): Promise<SearchIndex> {
  const fuzzy = await loadFuzzyMatcher();
  return buildIndex(cards, { fuzzy, concepts: builtinConcepts().map });
}
