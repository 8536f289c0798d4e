/** Home shows its real figures before the progress store has opened, from progress.summary.json,
 * and only while that summary is of the files on disk. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProgress } from '../../src/progress/store.js';
import { writeSummary } from '../../src/progress/summaryFile.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { makeContext } from '../../src/ui/run.js';
import { libraryOf, renderApp, type Rendered } from './harness.js';

const deck = `---
topic: Caching
---
${[1, 2, 3].map((n) => `## ${n}. Caching question ${n}\n**Question:**\nWhat is number ${n}?\n**Answer:** It is ${n}.\n`).join('\n')}`;
const library = libraryOf(['caching.md', deck]);
const NOW = new Date(2026, 4, 12, 15, 30);
const apps: Rendered[] = [];

afterEach(() => {
  for (const a of apps.splice(0)) a.unmount();
});

/** A home where two cards were rated Good a minute ago (so neither is due now). */
function studiedHome(): { home: string; store: ReturnType<typeof openProgress> } {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-ui-'));
  const store = openProgress({ home });
  const sch = createScheduler();
  for (const id of library.cards.slice(0, 2).map((c) => c.id)) store.review(id, (s) => sch.rate(id, s, 3, new Date(NOW.getTime() - 60_000)));
  return { home, store };
}

async function homeScreen(home: string): Promise<Rendered> {
  // the store is never opened here: whatever Home shows comes from before it
  const ctx = makeContext(library, { name: 'home' }, [], { home, clock: () => NOW });
  const app = await renderApp(library, { name: 'home' }, ctx);
  apps.push(app);
  expect(ctx.progress.getState().status).toBe('idle');
  return app;
}

describe('Home before the progress store opens', () => {
  it('shows the figures kept by the last session', async () => {
    const { home, store } = studiedHome();
    writeSummary(store, NOW);
    const app = await homeScreen(home);
    const figures = (f: string) => [/Flashcards\s+(.*)/.exec(f)?.[1], /Progress\s+(.*)/.exec(f)?.[1]];
    const early = figures(app.frame());
    expect(early).toEqual(['0 due now · 1 new today', '2 reviewed today · 1-day streak']);
    // the same once the store itself has opened
    process.env.GATEPREP_HOME = home;
    await app.context.progress.getState().open();
    delete process.env.GATEPREP_HOME;
    expect(app.context.progress.getState().status).toBe('ready');
    expect(figures(app.frame())).toEqual(early);
  });

  it('waits ("loading…") when a review was saved after the summary', async () => {
    const { home, store } = studiedHome();
    writeSummary(store, NOW);
    const id = library.cards[2]!.id;
    store.review(id, (s) => createScheduler().rate(id, s, 3, NOW));
    const app = await homeScreen(home);
    expect(app.frame()).toMatch(/Flashcards\s+loading…/);
    expect(app.frame()).not.toMatch(/reviewed today/);
  });

  it('shows zeros at once in a home with no progress yet', async () => {
    const app = await homeScreen(mkdtempSync(join(tmpdir(), 'gateprep-ui-')));
    expect(app.frame()).toMatch(/Flashcards\s+0 due now · 3 new today/);
    expect(app.frame()).toMatch(/Progress\s+0 reviewed today · no streak yet/);
  });
});
