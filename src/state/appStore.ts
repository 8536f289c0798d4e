/** The app's navigation and overlays. Screens read it with `useStore(store, selector)`. */
import type { ImportDefaults } from '../gateway/openapi/defaults.js';
import { createStore, type StoreApi } from 'zustand/vanilla';

export type Screen =
  | { name: 'home' }
  | { name: 'library' }
  | { name: 'topic'; topic: string }
  | { name: 'card'; ids: string[]; index: number }
  | { name: 'search' }
  | { name: 'study'; deck?: string; topic?: string; cram?: boolean; /** The interview session (study/interview.ts) for the date in the settings. */ interview?: boolean }
  | { name: 'progress' }
  | { name: 'quiz' }
  | { name: 'apis'; /** A preset name or an HTTP / WebSocket scenario file. */ preset?: string; /** An HTTP / WebSocket scenario's text (a generated question's). */ scenarioJson?: string }
  | { name: 'sim'; scenario?: string; /** A whole scenario file's text (SCENARIOS.md schema), e.g. a generated quiz question's. */ scenarioJson?: string; /** Shown on opening (an imported OpenAPI definition's summary). */ notice?: string; /** Its defaults, noted on the stages. */ importDefaults?: ImportDefaults };

export type ScreenName = Screen['name'];

export interface AppState {
  screen: Screen;
  /** Screens to return to with esc, most recent last. */
  history: Screen[];
  helpOpen: boolean;
  confirmingQuit: boolean;
  /** What quitting now would lose or leave behind, named in the quit dialog ("an exam with 12 of 30 answered"). */
  atStake: string[];
  /** Things the user must be told (a corrupt progress file moved aside, decks with errors). */
  notices: string[];
  /** True for a moment after Ctrl-Z and fg: the frame is drawn blank, then whole again (the screen was cleared). */
  redrawing: boolean;
  /** Set when the user asked to quit; the runner unmounts on it. */
  quitting: boolean;
  /** The search field and highlighted result survive opening a card and coming back (leaving search clears them). */
  search: { query: string; index: number };
  setSearch: (search: Partial<{ query: string; index: number }>) => void;
  go: (screen: Screen) => void;
  /** Replaces the current screen without adding to history (n/p between cards). */
  replace: (screen: Screen) => void;
  back: () => void;
  toggleHelp: () => void;
  /** Asks first when `unsaved` says something would be lost. */
  requestQuit: () => void;
  confirmQuit: (yes: boolean) => void;
  dismissNotice: () => void;
}

export interface AppDeps {
  initial?: Screen;
  notices?: string[];
  /** What quitting now would lose or leave unfinished (an exam in progress), one phrase each; empty when nothing. */
  unsaved?: () => string[];
}

export function createAppStore(deps: AppDeps = {}): StoreApi<AppState> {
  const initial = deps.initial ?? { name: 'home' };
  return createStore<AppState>()((set) => ({
    screen: initial,
    history: initial.name === 'home' ? [] : [{ name: 'home' }],
    helpOpen: false,
    confirmingQuit: false,
    atStake: [],
    notices: deps.notices ?? [],
    redrawing: false,
    quitting: false,
    search: { query: '', index: 0 },
    setSearch: (patch) => set((s) => ({ search: { ...s.search, ...patch } })),
    go: (screen) => set((s) => ({ screen, history: [...s.history, s.screen], helpOpen: false, notices: [] })),
    replace: (screen) => set({ screen }),
    back: () =>
      set((s) => {
        if (s.helpOpen) return { helpOpen: false };
        const prev = s.history[s.history.length - 1];
        return prev ? { screen: prev, history: s.history.slice(0, -1) } : {};
      }),
    toggleHelp: () => set((s) => ({ helpOpen: !s.helpOpen })),
    requestQuit: () => {
      const atStake = deps.unsaved?.() ?? [];
      set(atStake.length > 0 ? { confirmingQuit: true, atStake } : { quitting: true });
    },
    confirmQuit: (yes) => set(yes ? { quitting: true, confirmingQuit: false } : { confirmingQuit: false }),
    dismissNotice: () => set((s) => ({ notices: s.notices.slice(1) })),
  }));
}
