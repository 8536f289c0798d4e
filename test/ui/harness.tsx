/** Screen tests: render the real app around a given library and drive it with keys. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { openProgress, type ProgressStore } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { parseDeck } from '../../src/content/parse.js';
import { combine, type Library } from '../../src/content/load.js';
import type { Screen } from '../../src/state/appStore.js';
import { makeContext, Root } from '../../src/ui/run.js';
import type { AppContextValue } from '../../src/ui/context.js';
import { preloadScreens } from '../../src/ui/lazyScreens.js';

export { KEY } from '../keys.js';

export function libraryOf(...decks: Array<[file: string, text: string]>): Library {
  return combine(decks.map(([file, text]) => parseDeck(text, file)));
}

export interface Rendered {
  frame: () => string;
  /** Writes a key and resolves once the frame changed (or rejects with the frame after 2 s). */
  press: (key: string) => Promise<string>;
  /** Resolves once the frame satisfies the test. */
  waitFor: (test: string | RegExp) => Promise<string>;
  context: AppContextValue;
  unmount: () => void;
}

const tick = () => new Promise<void>((r) => setImmediate(r));

export async function renderApp(library: Library, screen: Screen = { name: 'home' }, context?: AppContextValue): Promise<Rendered> {
  // screens that load on first use are loaded up front, so a test never sees the fallback
  await preloadScreens();
  const ctx = context ?? makeContext(library, screen);
  await ctx.searchIndex.load(); // and the search index (the screen's own wait has a test of its own)
  const r = render(<Root context={ctx} />);
  const frame = () => r.lastFrame() ?? '';
  const waitFor = async (test: string | RegExp | ((f: string) => boolean)) => {
    const ok = typeof test === 'function' ? test : (f: string) => (typeof test === 'string' ? f.includes(test) : test.test(f));
    for (let i = 0; i < 2000; i++) {
      if (ok(frame())) return frame();
      await tick();
    }
    throw new Error(`frame never matched ${String(test)}:\n${frame()}`);
  };
  await waitFor((f) => f.length > 0);
  // let Ink attach its input listener before the first key
  await tick();
  return {
    frame,
    waitFor,
    press: async (key) => {
      const before = frame();
      r.stdin.write(key);
      return waitFor((f) => f !== before);
    },
    context: ctx,
    unmount: r.unmount,
  };
}

/** The app around `library` with a real progress store in a fresh temp folder, already open. */
export async function renderWithProgress(library: Library, screen: Screen, clock: () => Date): Promise<{ app: Rendered; progress: ProgressStore }> {
  const progress = openProgress({ home: mkdtempSync(join(tmpdir(), 'gateprep-ui-')) });
  const ctx = makeContext(library, screen, [], { clock, openProgress: () => ({ store: progress, createScheduler }) });
  await ctx.progress.getState().open();
  return { app: await renderApp(library, screen, ctx), progress };
}
