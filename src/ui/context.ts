/** What screens read: the app store and the loaded library (search index built on first use, off the first frame). */
import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Library } from '../content/load.js';
import type { AppState } from '../state/appStore.js';
import type { ProgressUiState } from '../state/progressStore.js';
import type { SearchLoader } from './searchLoader.js';
import type { EditorResult } from './externalEditor.js';

export interface AppContextValue {
  app: StoreApi<AppState>;
  library: Library;
  /** The search index, built when the search screen first asks for it. */
  searchIndex: SearchLoader;
  /** NO_COLOR is set: screens use symbols and weight instead of colour. */
  noColor: boolean;
  /** Study progress: opened after the first frame (or failed to open: see its `error`). */
  progress: StoreApi<ProgressUiState>;
  /** The wall clock; tests inject a fixed one. */
  clock: () => Date;
  /** What quitting now would lose or leave unfinished, as a phrase (an exam in progress); screens add theirs. */
  unsaved: Array<() => string | undefined>;
  /** Where work in progress is kept between runs (GATEPREP_HOME); none in most tests. */
  home?: string;
  /** Run once on the way out (quit, a signal, a crash): screens keep their work in progress there. */
  onQuit: Array<() => void>;
  /** Edits a multi-line value in the user's $VISUAL/$EDITOR, the terminal lent to it; unset: the built-in editor. */
  externalEditor?: (text: string, ext: string) => EditorResult;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppContext is missing: render screens inside <App>');
  return ctx;
}
