/** Simulator screen tests: a context with its own sim store (temp home, recorded predictions). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageCardIndex } from '../../src/content/stageCards.js';
import { contentDir } from '../../src/paths.js';
import { createSimStore } from '../../src/state/simStore.js';
import { makeContext } from '../../src/ui/run.js';
import { attachSimStore } from '../../src/ui/simStoreFor.js';
import { libraryOf, renderApp } from './harness.js';

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
