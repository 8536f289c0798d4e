/** Study screen tests: a progress store in a temp GATEPREP_HOME, a clock the test moves. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProgress, type ProgressStore } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import type { Screen } from '../../src/state/appStore.js';
import { makeContext } from '../../src/ui/run.js';
import { libraryOf, renderApp } from './harness.js';

const deck = (topic: string, n: number) =>
  `---\ntopic: ${topic}\n---\n` +
  Array.from({ length: n }, (_, i) => `## ${i + 1}. ${topic} question ${i + 1}\n**Question:**\nWhat is ${topic} ${i + 1}?\n\n**Answer:**\nThe ${topic} answer ${i + 1}.\n`).join('\n');

export const studyLibrary = () => libraryOf(['a.md', deck('Alpha', 3)], ['b.md', deck('Beta', 2)]);

export interface StudyEnv {
  home: string;
  clock: { now: Date };
  /** A second handle on the same folder: what is on disk. */
  disk: () => ProgressStore;
}

export function studyEnv(start = new Date(2026, 0, 5, 9, 0, 0)): StudyEnv {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-ui-'));
  const clock = { now: start };
  return { home, clock, disk: () => openProgress({ home, clock: () => clock.now }) };
}

export async function renderStudy(env: StudyEnv, screen: Screen = { name: 'study' }, home = env.home) {
  const library = studyLibrary();
  const context = makeContext(library, screen, [], {
    openProgress: () => ({ store: openProgress({ home, clock: () => env.clock.now }), createScheduler }),
    clock: () => env.clock.now,
  });
  return renderApp(library, screen, context);
}

/** A path under a regular file: no folder can be made there (fails for root too). */
export function unwritableHome(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gateprep-ui-')), 'not-a-folder');
  writeFileSync(file, 'x');
  return join(file, 'home');
}
