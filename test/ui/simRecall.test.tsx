/** The simulator's pipeline shows, beside each stage, the learner's retention of that stage's cards. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageCardIndex } from '../../src/content/stageCards.js';
import { contentDir } from '../../src/paths.js';
import { openProgress } from '../../src/progress/store.js';
import { createSimStore } from '../../src/state/simStore.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { makeContext } from '../../src/ui/run.js';
import { attachSimStore } from '../../src/ui/simStoreFor.js';
import { libraryOf, renderApp } from './harness.js';
import { simDeck } from './simHelpers.js';

describe('the pipeline view', () => {
  it('shows the measured retention of the cards linked to each stage', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-sim-'));
    const progress = openProgress({ home });
    const sch = createScheduler();
    const card = 'sim#how-does-api-gateway-throttle';
    // graduate the card, then six reviews in the Review state: five passed, one lapse
    let at = Date.UTC(2026, 0, 1);
    for (const g of [3, 3, 3, 3, 3, 3, 1, 3]) {
      const e = progress.review(card, (s) => sch.rate(card, s, g as 1 | 3, new Date(at)));
      at = Math.max(e.next.due, at + 60_000);
    }
    const reviewed = progress.data.reviews.filter((r) => r.from === 2);
    const passed = reviewed.filter((r) => r.rating > 1).length;
    const library = libraryOf(['sim.md', simDeck]);
    const ctx = makeContext(library, { name: 'sim' }, [], { openProgress: () => ({ store: progress, createScheduler }) });
    await ctx.progress.getState().open();
    attachSimStore(ctx, createSimStore({ contentDir: contentDir(), homeDir: home, cardsFor: stageCardIndex(library.cards), recordPrediction: () => undefined, now: () => 1000 }));
    const app = await renderApp(library, { name: 'sim' }, ctx);
    const f = await app.waitFor('throttle');
    const expected = reviewed.length >= 5 ? `${Math.round((passed / reviewed.length) * 100)}%` : `${passed}/${reviewed.length}`;
    expect(reviewed.length).toBeGreaterThan(0);
    expect(f).toMatch(new RegExp(`throttle\\s+${expected}`));
    expect(f).not.toMatch(/route\s+\d/); // the route card was never reviewed
    app.unmount();
  });
});
