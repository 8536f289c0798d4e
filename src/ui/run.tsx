/** Starts the TUI: loads the library, builds the stores, renders <App/>, restores the terminal. */
import { render } from 'ink';
import { useStore } from 'zustand';
import { useEffect } from 'react';
import { useApp } from 'ink';
import { loadLibrary } from '../content/library.js';
import { buildIndex, type SearchIndex } from '../content/search.js';
import { userDeckPaths } from '../paths.js';
import { createAppStore, type Screen } from '../state/appStore.js';
import { createProgressStore, type ProgressUiDeps } from '../state/progressStore.js';
import { App } from './App.js';
import { AppContext, type AppContextValue, useAppContext } from './context.js';
import { enterFullScreen } from './terminal.js';

export interface TuiOptions {
  screen: Screen;
  contentDir: string;
  homeDir: string;
  decks: string[];
  /** Told on the first screen (the data folder moved). */
  notices?: string[];
}

export interface ContextOptions {
  /** Opens the progress store (default: lazily, in GATEPREP_HOME); tests pass one in a temp folder. */
  openProgress?: ProgressUiDeps['open'];
  /** Also told the progress store's messages (the runner prints them on stderr). */
  onNotices?: (messages: string[]) => void;
  clock?: () => Date;
}

export function makeContext(library: AppContextValue['library'], initial: Screen, notices: string[] = [], options: ContextOptions = {}): AppContextValue {
  let index: SearchIndex | undefined;
  // screens register what quitting would lose (an exam in progress makes q ask first)
  const unsaved: Array<() => boolean> = [];
  const app = createAppStore({ initial, notices, unsaved: () => unsaved.some((check) => check()) });
  const tell = (messages: string[]) => {
    app.setState((s) => ({ notices: [...s.notices, ...messages] }));
    options.onNotices?.(messages);
  };
  const context: AppContextValue = {
    app,
    library,
    searchIndex: () => (index ??= buildIndex(library.cards)),
    noColor: 'NO_COLOR' in process.env && process.env.NO_COLOR !== '',
    // created now, opened after the first frame (the store and ts-fsrs are not needed for it)
    progress: createProgressStore({ ...(options.openProgress ? { open: options.openProgress } : {}), onNotices: tell }),
    clock: options.clock ?? (() => new Date()),
    unsaved,
  };
  return context;
}

/** Unmounts when the store says the user quit. */
function QuitWatcher() {
  const { app } = useAppContext();
  const quitting = useStore(app, (s) => s.quitting);
  const { exit } = useApp();
  useEffect(() => {
    if (quitting) exit();
  }, [quitting, exit]);
  return null;
}

export function Root({ context }: { context: AppContextValue }) {
  return (
    <AppContext.Provider value={context}>
      <App />
      <QuitWatcher />
    </AppContext.Provider>
  );
}

export async function runTui(options: TuiOptions): Promise<number> {
  const library = await loadLibrary(options.contentDir, userDeckPaths(options.homeDir, options.decks));
  const notices: string[] = [...(options.notices ?? [])];
  const broken = library.decks.filter((d) => d.errors.length > 0).length;
  if (broken > 0) notices.push(`${broken} deck${broken === 1 ? ' has' : 's have'} errors: run "gateprep check" to see them`);
  // Progress messages (a file moved aside, an unwritable folder) also go to stderr: at once when it
  // is not the terminal, else once the terminal is restored (a write now would tear the frame).
  const later: string[] = [];
  const toStderr = (messages: string[]) => {
    if (process.stderr.isTTY) later.push(...messages);
    else for (const m of messages) process.stderr.write(`gateprep: ${m}\n`);
  };
  const context = makeContext(library, options.screen, notices, { onNotices: toStderr });
  const guard = enterFullScreen(process.stdout, process.stdin);
  const instance = render(<Root context={context} />, { maxFps: 120, exitOnCtrlC: true, patchConsole: true });
  guard.onTeardown(() => instance.unmount());
  setImmediate(() => void context.progress.getState().open());
  // For the end-to-end test of the crash path: an error thrown outside React after the first frame.
  if (process.env.GATEPREP_DEBUG_CRASH) setImmediate(() => { throw new Error(process.env.GATEPREP_DEBUG_CRASH); });
  try {
    await instance.waitUntilExit();
  } finally {
    guard.restore();
    for (const m of later) process.stderr.write(`gateprep: ${m}\n`);
  }
  return 0;
}
