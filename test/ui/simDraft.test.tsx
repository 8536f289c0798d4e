/** Simulator edits not saved survive a quit as a draft, offered again when the simulator opens. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_FILE } from '../../src/sim/draft.js';
import { keptNotices } from '../../src/progress/keptNotice.js';
import { makeContext } from '../../src/ui/run.js';
import { simStoreFor } from '../../src/ui/simStoreFor.js';
import { libraryOf, renderApp, type Rendered } from './harness.js';
import { simDeck } from './simHelpers.js';

const apps: Rendered[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.unmount();
});

async function open(home: string) {
  const library = libraryOf(['sim.md', simDeck]);
  const ctx = makeContext(library, { name: 'sim' }, [], { home });
  const app = await renderApp(library, { name: 'sim' }, ctx);
  apps.push(app);
  return app;
}
const sim = (app: Rendered) => simStoreFor(app.context).getState();

describe('the simulator draft', () => {
  it('keeps unsaved edits on quit and restores them on request', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-draft-'));
    const first = await open(home);
    await first.press('111'); // +3 s on the virtual clock: an edit of the timeline
    const edited = sim(first).session.doc;
    await first.press('q').catch(() => '');
    await first.waitFor(() => first.context.app.getState().quitting);
    expect(existsSync(join(home, DRAFT_FILE))).toBe(true);
    expect(keptNotices(home)).toContain('Unsaved simulator changes were kept: open the Simulator to restore them.');
    first.unmount();

    const second = await open(home);
    expect(second.frame()).toContain('were not saved');
    await second.press('y');
    expect(second.frame()).toContain('restored the unsaved changes to my-api');
    expect(sim(second).session.doc.requests).toEqual(edited.requests);
  });

  it('discarding forgets the draft, and a quit without edits leaves none', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-draft-'));
    const first = await open(home);
    await first.press('1');
    first.context.onQuit.splice(0).forEach((h) => h());
    first.unmount();
    const second = await open(home);
    await second.press('n');
    expect(existsSync(join(home, DRAFT_FILE))).toBe(false);
    expect(second.frame()).toContain('gateprep › Simulator');
    second.context.onQuit.splice(0).forEach((h) => h());
    expect(existsSync(join(home, DRAFT_FILE))).toBe(false);
  });
});
