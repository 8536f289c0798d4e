/** The simulator store of an app context: created on first use (the first frame never pays for it). */
import type { ImportDefaults } from '../gateway/openapi/defaults.js';
import type { StoreApi } from 'zustand/vanilla';
import { stageCardIndex } from '../content/stageCards.js';
import { contentDir, homeDir } from '../paths.js';
import { createSimStore, type SimDeps, type SimState } from '../state/simStore.js';
import type { AppContextValue } from './context.js';
import { keptFile } from '../progress/kept.js';
import { checkDraft, DRAFT_FILE } from '../sim/draft.js';

/** What the simulator screen was asked to open: a preset name or file, or a scenario's text. */
export interface SimOpen {
  scenario?: string | undefined;
  scenarioJson?: string | undefined;
  /** A line to show on opening (an imported OpenAPI definition's summary). */
  notice?: string | undefined;
  /** An imported OpenAPI definition's defaults, noted on the stages they affect. */
  importDefaults?: ImportDefaults | undefined;
}

interface Entry {
  key: string;
  store: StoreApi<SimState>;
}

const stores = new WeakMap<AppContextValue, Entry>();
const keyOf = (open: SimOpen): string => (open.scenarioJson !== undefined ? `json:${open.scenarioJson}` : open.scenario ? `file:${open.scenario}` : '');

/** Tests (and callers with other deps) attach their own store to a context. */
export function attachSimStore(ctx: AppContextValue, store: StoreApi<SimState>): void {
  stores.set(ctx, { key: '', store });
}

export function defaultSimDeps(ctx: AppContextValue, open: SimOpen = {}): SimDeps {
  return {
    contentDir: contentDir(),
    homeDir: homeDir(),
    cardsFor: stageCardIndex(ctx.library.cards),
    // the app's one progress store (opened after the first frame; waits for it if needed)
    recordPrediction: async (stage, correct, at) => {
      await ctx.progress.getState().open();
      const { store, touch } = ctx.progress.getState();
      store?.addStagePrediction(stage, correct, at);
      touch();
    },
    ...(ctx.home !== undefined ? { draft: keptFile(ctx.home, DRAFT_FILE, checkDraft, (m) => ctx.app.setState((s) => ({ notices: [...s.notices, m] }))) } : {}),
    ...(ctx.externalEditor ? { externalEditor: ctx.externalEditor } : {}),
    ...(open.scenario ? { initialPath: open.scenario } : {}),
    ...(open.scenarioJson !== undefined ? { initialText: open.scenarioJson } : {}),
    ...(open.notice !== undefined ? { initialNotice: open.notice } : {}),
    ...(open.importDefaults !== undefined ? { importDefaults: open.importDefaults } : {}),
  };
}

/**
 * The same store while the user comes and goes (a "learn more" card and back keeps the
 * step); a different scenario asked for (a quiz's "open in simulator") gets a fresh one.
 * Opening the simulator without naming a scenario keeps whatever was open.
 */
export function simStoreFor(ctx: AppContextValue, open: SimOpen = {}): StoreApi<SimState> {
  const key = keyOf(open);
  const entry = stores.get(ctx);
  if (entry && (key === '' || entry.key === key)) return entry.store;
  const store = createSimStore(defaultSimDeps(ctx, open));
  stores.set(ctx, { key, store });
  // unsaved edits of the simulator open at quit are kept as a draft
  ctx.onQuit.push(() => {
    if (stores.get(ctx)?.store === store) store.getState().keepDraft();
  });
  return store;
}
