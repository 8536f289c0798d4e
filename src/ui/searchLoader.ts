/**
 * The search index for the screens: built on first use, after the first frame, with fuse.js and
 * the concept map loaded by dynamic import. Screens subscribe (useSyncExternalStore) and show
 * "preparing" meanwhile, so nothing typed in the meantime is lost.
 */
import type { SearchIndex } from '../content/search.js';
import type { Card } from '../content/types.js';

export interface SearchState {
  index?: SearchIndex;
  /** Why the index could not be built, in plain words. */
  error?: string;
}

export interface SearchLoader {
  /** The current state; a new object whenever it changes. */
  get(): SearchState;
  /** Starts building (once); resolves when the state is final. */
  load(): Promise<void>;
  subscribe(listener: () => void): () => void;
}

const defaultBuild = async (cards: Card[]) => (await import('../content/searchLoad.js')).loadSearchIndex(cards);

export function searchLoader(cards: Card[], build: (cards: Card[]) => Promise<SearchIndex> = defaultBuild): SearchLoader {
  let state: SearchState = {};
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: SearchState) => {
    state = next;
    for (const l of [...listeners]) l();
  };
  return {
    get: () => state,
    load: () =>
      (loading ??= build(cards).then(
        (index) => set({ index }),
        (e: unknown) => set({ error: `search is not available: ${e instanceof Error ? e.message : String(e)}` }),
      )),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
