/** Simulator screen tests: a context with its own sim store (temp home, recorded predictions). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageCardIndex } from '../../src/content/stageCards.js';
import { contentDir } from '../../src/paths.js';
import { createSimStore } from '../../src/state/simStore.js';
import { makeContext } from '../../src/ui/run.js';
import { attachSimStore } from '../../src/ui/simStoreFor.js';
import { expect } from 'vitest';
import { REQUEST_ROWS, SETTING_ROWS } from '../../src/sim/settings.js';
import { LOAD_ROWS } from '../../src/ui/screens/sim/rows.js';
import { KEY, libraryOf, renderApp } from './harness.js';

export const simDeck = `---
topic: Throttling
---
## 1. How does API Gateway throttle?
**Answer:**
Token buckets.
**Tags:** stage:throttle

## 2. What does a route match?
**Answer:**
Method and resource path.
**Tags:** stage:route
`;

export const PRESETS = join(contentDir(), 'scenarios');

export async function openSim(preset?: string) {
  const library = libraryOf(['sim.md', simDeck]);
  const screen = { name: 'sim' as const };
  const ctx = makeContext(library, screen);
  const home = mkdtempSync(join(tmpdir(), 'gateprep-sim-'));
  const predictions: Array<{ stage: string; correct: boolean }> = [];
  const store = createSimStore({
    contentDir: contentDir(),
    homeDir: home,
    cardsFor: stageCardIndex(library.cards),
    recordPrediction: (stage, correct) => void predictions.push({ stage, correct }),
    ...(preset ? { initialPath: join(PRESETS, `${preset}.json`) } : {}),
    now: () => 1000,
  });
  attachSimStore(ctx, store);
  const app = await renderApp(library, screen, ctx);
  return { ...app, store, home, predictions };
}

export type Sim = Awaited<ReturnType<typeof openSim>>;

/** Moves the highlight (with ↑/↓) to the row whose label starts with `label`. */
export async function gotoRow(s: Sim, label: string): Promise<void> {
  const st = s.store.getState();
  const labels =
    st.view === 'settings' ? SETTING_ROWS.map((r) => r.label)
    : st.view === 'request' ? REQUEST_ROWS.map((r) => r.label)
    : st.view === 'load' ? LOAD_ROWS.map((r) => r.row.label)
    : st.presets.map((p) => p.name);
  const target = labels.findIndex((l) => l.startsWith(label));
  if (target < 0) throw new Error(`no row ${label}`);
  const from = st.rows[st.view];
  for (let i = from; i < target; i++) await s.press(KEY.down);
  for (let i = from; i > target; i--) await s.press(KEY.up);
  // the Load view lays its rows out in two columns: the highlight may start mid-line
  expect(s.frame().split('\n').some((l) => l.startsWith(`› ${label}`) || l.includes(`  › ${label}`))).toBe(true);
}

const CLEAR = '<clear>';
/** enter, clear the field, type the text, enter. */
export function typeValue(text: string): string[] {
  return [KEY.enter, CLEAR, ...(text === '' ? [] : [text]), KEY.enter];
}

/** Presses a key; CLEAR backspaces the text field empty. */
export async function key(s: Sim, k: string): Promise<void> {
  if (k !== CLEAR) return void (await s.press(k));
  while (s.store.getState().editing?.text) await s.press(KEY.backspace);
}

export async function view(s: Sim, name: string): Promise<void> {
  for (let i = 0; i < 5 && s.store.getState().view !== name; i++) await s.press('\t');
}
