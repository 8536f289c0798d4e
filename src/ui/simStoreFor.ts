/** The simulator store of an app context: created on first use (the first frame never pays for it). */
import type { StoreApi } from 'zustand/vanilla';
import { stageCardIndex } from '../content/stageCards.js';
import { contentDir, homeDir } from '../paths.js';
import type { ProgressStore } from '../progress/store.js';
import { createSimStore, type SimDeps, type SimState } from '../state/simStore.js';
import type { AppContextValue } from './context.js';

const stores = new WeakMap<AppContextValue, StoreApi<SimState>>();

/** Tests (and callers with other deps) attach their own store to a context. */
export function attachSimStore(ctx: AppContextValue, store: StoreApi<SimState>): void {
  stores.set(ctx, store);
}

export function defaultSimDeps(ctx: AppContextValue, initialPath?: string): SimDeps {
  let progress: ProgressStore | undefined;
  return {
    contentDir: contentDir(),
    homeDir: homeDir(),
    cardsFor: stageCardIndex(ctx.library.cards),
    recordPrediction: async (stage, correct, at) => {
      if (!progress) progress = (await import('../progress/store.js')).openProgress();
      progress.addStagePrediction(stage, correct, at);
    },
    ...(initialPath ? { initialPath } : {}),
  };
}

export function simStoreFor(ctx: AppContextValue, initialPath?: string): StoreApi<SimState> {
  let store = stores.get(ctx);
  if (!store) stores.set(ctx, (store = createSimStore(defaultSimDeps(ctx, initialPath))));
  return store;
}
