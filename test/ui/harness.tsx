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
  /** Writes a key and resolves once the frame changed (or rejects with the frame after WAIT_MS of real time). */
  press: (key: string) => Promise<string>;
  /** Writes a key that must do nothing: resolves with the frame if no new frame came within NOTHING_MS of real time, rejects with the new one otherwise. */
  pressIgnored: (key: string) => Promise<string>;
  /** Resolves once the frame satisfies the test (rejects after WAIT_MS of real time). */
  waitFor: (test: string | RegExp | ((frame: string) => boolean)) => Promise<string>;
  context: AppContextValue;
  unmount: () => void;
}

/** How long a test waits for a frame it expects (real time). */
export const WAIT_MS = 2000;
/** How long a key that must do nothing is watched for a frame that must not come (real time): Ink redraws within a few ms of a key. */
export const NOTHING_MS = 300;

const tick = () => new Promise<void>((r) => setImmediate(r));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `ok` holds or `ms` of real time passed; returns whether it held. */
async function until(ok: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (let i = 0; ; i++) {
    if (ok()) return true;
    if (Date.now() >= end) return false;
    // a few hundred immediate ticks catch Ink's synchronous redraws fast; then let timers run
    await (i < 200 ? tick() : sleep(5));
  }
}

export async function renderApp(library: Library, screen: Screen = { name: 'home' }, context?: AppContextValue): Promise<Rendered> {
  // screens that load on first use are loaded up front, so a test never sees the fallback
  await preloadScreens();
  const ctx = context ?? makeContext(library, screen);
  await ctx.searchIndex.load(); // and the search index (the screen's own wait has a test of its own)
  const r = render(<Root context={ctx} />);
  const frame = () => r.lastFrame() ?? '';
  const waitFor = async (test: string | RegExp | ((f: string) => boolean)) => {
    const ok = typeof test === 'function' ? test : (f: string) => (typeof test === 'string' ? f.includes(test) : test.test(f));
    if (await until(() => ok(frame()), WAIT_MS)) return frame();
    throw new Error(`frame never matched ${String(test)} within ${WAIT_MS} ms:\n${frame()}`);
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
    pressIgnored: async (key) => {
      const before = frame();
      r.stdin.write(key);
      if (await until(() => frame() !== before, NOTHING_MS)) throw new Error(`${JSON.stringify(key)} changed the frame:\n${frame()}`);
      return before;
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
