/** Starts the TUI: loads the library, builds the stores, renders <App/>, restores the terminal. */
import { render } from 'ink';
import { useStore } from 'zustand';
import { useEffect } from 'react';
import { useApp } from 'ink';
import { loadLibrary } from '../content/library.js';
import { brokenDecks } from '../content/brokenDecks.js';
import { keptNotices } from '../progress/keptNotice.js';
import { replacements } from '../content/replaces.js';
import { homeDir, userDeckPaths } from '../paths.js';
import { readSummary, writeSummary } from '../progress/summaryFile.js';
import { createAppStore, type Screen } from '../state/appStore.js';
import { createProgressStore, type ProgressUiDeps } from '../state/progressStore.js';
import { App } from './App.js';
import { AppContext, type AppContextValue, useAppContext } from './context.js';
import { searchLoader } from './searchLoader.js';
import { enterFullScreen } from './terminal.js';
import { editorCommand, runEditor } from './externalEditor.js';
import { KeypressProvider } from './input/KeypressContext.js';
import type { Press } from './input/hub.js';

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
  /** Keep work in progress (an exam, the quiz setup, a simulator draft) in this folder. */
  home?: string;
}

export function makeContext(library: AppContextValue['library'], initial: Screen, notices: string[] = [], options: ContextOptions = {}): AppContextValue {
  // screens register what quitting would lose (an exam in progress makes q ask first)
  const unsaved: Array<() => string | undefined> = [];
  const app = createAppStore({ initial, notices, unsaved: () => unsaved.map((check) => check()).filter((s): s is string => Boolean(s)) });
  const tell = (messages: string[]) => {
    app.setState((s) => ({ notices: [...s.notices, ...messages] }));
    options.onNotices?.(messages);
  };
  const clock = options.clock ?? (() => new Date());
  const replaced = () => replacements(library.cards);
  const context: AppContextValue = {
    app,
    library,
    searchIndex: searchLoader(library.cards),
    noColor: 'NO_COLOR' in process.env && process.env.NO_COLOR !== '',
    // created now, opened after the first frame (the store and ts-fsrs are not needed for it)
    progress: createProgressStore({
      ...(options.openProgress ? { open: options.openProgress } : {}),
      onNotices: tell,
      replaced,
      // Home's real figures before the store opens, from the default store's folder only
      ...(options.openProgress ? {} : { peek: () => readSummary(options.home ?? homeDir(), clock(), replaced()) }),
    }),
    clock,
    unsaved,
    onQuit: [],
    ...(options.home !== undefined ? { home: options.home } : {}),
  };
  return context;
}

/** Lets every screen keep its work in progress; each hook once, whatever fails. */
export function runQuitHooks(context: AppContextValue): void {
  for (const hook of context.onQuit.splice(0)) {
    try {
      hook();
    } catch {
      // keeping is best effort on the way out; the terminal must still be restored
    }
  }
}

/** Unmounts when the store says the user quit. */
function QuitWatcher() {
  const { app } = useAppContext();
  const quitting = useStore(app, (s) => s.quitting);
  const { exit } = useApp();
  const context = useAppContext();
  useEffect(() => {
    if (!quitting) return;
    runQuitHooks(context);
    exit();
  }, [quitting, exit, context]);
  return null;
}

/**
 * Ctrl-C asks like q does (a second one, with the dialog open, quits); Ctrl-Z suspends. Raw mode
 * turns both into keys, so they are handled here, before any screen, in every text field too.
 */
function interceptFor(context: AppContextValue, onSuspend?: () => void) {
  return ({ input, key }: Press): boolean => {
    if (!key.ctrl || key.meta) return false;
    if (input === 'c') {
      const s = context.app.getState();
      if (s.confirmingQuit) s.confirmQuit(true);
      else s.requestQuit();
      return true;
    }
    if (input === 'z' && onSuspend) {
      onSuspend();
      return true;
    }
    return false;
  };
}

export function Root({ context, onSuspend }: { context: AppContextValue; onSuspend?: () => void }) {
  return (
    <AppContext.Provider value={context}>
      <KeypressProvider intercept={interceptFor(context, onSuspend)}>
        <App />
      </KeypressProvider>
      <QuitWatcher />
    </AppContext.Provider>
  );
}

export async function runTui(options: TuiOptions): Promise<number> {
  const library = await loadLibrary(options.contentDir, userDeckPaths(options.homeDir, options.decks));
  const notices: string[] = [...(options.notices ?? [])];
  notices.push(...keptNotices(options.homeDir));
  const broken = brokenDecks(library.decks);
  if (broken) notices.push(`${broken.files.length} deck${broken.files.length === 1 ? ' has' : 's have'} errors: run "${broken.command}" to see them`);
  // Progress messages (a file moved aside, an unwritable folder) also go to stderr: at once when it
  // is not the terminal, else once the terminal is restored (a write now would tear the frame).
  const later: string[] = [];
  const toStderr = (messages: string[]) => {
    if (process.stderr.isTTY) later.push(...messages);
    else for (const m of messages) process.stderr.write(`gateprep: ${m}\n`);
  };
  const context = makeContext(library, options.screen, notices, { onNotices: toStderr, home: options.homeDir });
  const guard = enterFullScreen(process.stdout, process.stdin);
  const editor = editorCommand(process.env);
  if (editor) context.externalEditor = (text, ext) => guard.foreground(() => runEditor(editor, text, ext));
  const instance = render(<Root context={context} onSuspend={guard.suspend} />, { maxFps: 120, exitOnCtrlC: false, patchConsole: true });
  guard.onTeardown(() => {
    runQuitHooks(context);
    instance.unmount();
  });
  // after fg the screen is empty but Ink thinks its frame is there: draw blank, then whole
  guard.onResume(() => {
    context.app.setState({ redrawing: true }); // App draws the whole frame again once the blank one is out
  });
  // Home's figures for the next start: kept once the store has opened, and on the way out
  const keepSummary = () => {
    const { store } = context.progress.getState();
    if (store) writeSummary(store, context.clock());
  };
  context.onQuit.push(keepSummary);
  setImmediate(() => void context.progress.getState().open().then(() => setImmediate(keepSummary)));
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
