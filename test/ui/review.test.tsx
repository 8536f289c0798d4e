/** Bugs found by using the app as a new user, one test each. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProgress, type ProgressStore } from '../../src/progress/store.js';
import type { Screen } from '../../src/state/appStore.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { makeContext } from '../../src/ui/run.js';
import { quizStoreOf } from '../../src/ui/screens/quiz/useQuiz.js';
import { KEY, libraryOf, renderApp, renderWithProgress, type Rendered } from './harness.js';
import { openSim } from './simHelpers.js';

const card = (n: number) => `## ${n}. Caching question ${n}
**Question:**
Which one is right for number ${n}?
**Answer:** See the explanation.
**Choices:**
- [x] Right ${n}
- [ ] Wrong ${n}a
- [ ] Wrong ${n}b
**Explanation:** Because.
`;
const deck = `---
topic: Caching
---
${[1, 2, 3, 4, 5, 6].map(card).join('\n')}`;

let progress: ProgressStore;
const apps: Rendered[] = [];
const now = Date.UTC(2025, 0, 6, 12);

async function open(screen: Screen): Promise<Rendered> {
  const opened = await renderWithProgress(libraryOf(['caching.md', deck]), screen, () => new Date(now));
  progress = opened.progress;
  apps.push(opened.app);
  return opened.app;
}
afterEach(() => {
  for (const a of apps.splice(0)) a.unmount();
});

describe('quiz setup', () => {
  it('"less" on the question count stops at the smallest instead of wrapping round to the largest', async () => {
    const app = await open({ name: 'quiz' });
    await app.press('j');
    expect(app.frame()).toContain('› Questions: 10');
    await app.press('h');
    expect(app.frame()).toContain('Questions: 5');
    // at the smallest, h changes nothing (so the frame does not change either)
    await app.pressIgnored('h');
    expect(quizStoreOf(app.context).getState().setup.count).toBe(5);
    expect(app.frame()).toContain('Questions: 5');
    expect(app.frame()).not.toContain('Questions: 65');
  });

  it('space is listed only on rows it toggles', async () => {
    const app = await open({ name: 'quiz' });
    expect(app.frame()).toContain('space toggle'); // mode row
    await app.press('j');
    expect(app.frame()).not.toContain('space toggle'); // question count: ←→ only
  });
});

describe('practice quiz', () => {
  it('x ends a practice quiz and returns to the setup (esc only leaves it running)', async () => {
    const app = await open({ name: 'quiz' });
    await app.press(KEY.enter);
    await app.waitFor(/question 1 of \d+/);
    expect(app.frame()).toContain('x end quiz');
    await app.press('x');
    await app.waitFor('Set up a quiz');
    expect(quizStoreOf(app.context).getState().phase).toBe('setup');
  });
});

describe('simulator', () => {
  it('presets say what the highlighted one shows', async () => {
    const s = await openSim();
    await s.press('\u001B[Z'); // shift+tab: presets
    await s.waitFor('Enter loads one.');
    expect(s.frame()).toContain('A Lambda TOKEN authorizer with a 300-second result cache.');
    await s.press('j');
    expect(s.frame()).toContain('The authorizer returns a policy that names only the method');
    s.unmount();
  });

  it('the error about a rejected value goes away with esc', async () => {
    const s = await openSim('throttle-burst-refill');
    await s.press('\t'); // settings
    while (!/› Method throttle burst/.test(s.frame())) await s.press('j');
    await s.press(KEY.enter);
    await s.press('x');
    await s.press(KEY.enter);
    expect(s.frame()).toContain('is not a number');
    await s.press(KEY.esc);
    expect(s.frame()).not.toContain('is not a number');
    s.unmount();
  });

  it('"n of 13 stages shown" does not give away where the request stops', async () => {
    const s = await openSim('throttle-burst-refill');
    await s.press('R'); // a request stopped at throttle: 5 trace entries
    await s.press('p'); // predict on and off: back to an unrevealed trace
    await s.press('p');
    expect(s.frame()).toContain('0 of 13 stages shown');
    s.unmount();
  });
});

describe('search', () => {
  const long = `---
topic: Throttling
---
## 1. What is the default account-level throttle for API Gateway in a Region, and which parts of it can you change?
**Answer:** 10,000 rps with a 5,000 burst.
`;
  it('a title longer than the line ends in … and the footer offers enter only when there is a result', async () => {
    const app = await renderApp(libraryOf(['t.md', long]), { name: 'search' });
    expect(app.frame()).not.toContain('enter open');
    for (const ch of 'throttle') await app.press(ch);
    expect(app.frame()).toMatch(/› What is the default account-level throttle.*…/);
    expect(app.frame()).toContain('enter open');
    app.unmount();
  });
});

describe('quiz results', () => {
  it('five topics are all listed, never "and 1 more topics"', async () => {
    const topicDeck = (t: string) => `---
topic: ${t}
---
${card(1)}`;
    const library = libraryOf(...['A', 'B', 'C', 'D', 'E'].map((t): [string, string] => [`${t}.md`, topicDeck(t)]));
    const screen: Screen = { name: 'quiz' };
    progress = openProgress({ home: mkdtempSync(join(tmpdir(), 'gateprep-review-')) });
    const ctx = makeContext(library, screen, [], { clock: () => new Date(now), openProgress: () => ({ store: progress, createScheduler }) });
    await ctx.progress.getState().open();
    const app = await renderApp(library, screen, ctx);
    apps.push(app);
    const q = quizStoreOf(ctx);
    q.getState().setSetup({ count: 5, topics: ['A', 'B', 'C', 'D', 'E'], mode: 'exam' });
    q.getState().start();
    q.getState().confirmSubmit(true);
    await app.waitFor('By topic, weakest first');
    expect(app.frame()).not.toContain('more topic');
    for (const t of ['A', 'B', 'C', 'D', 'E']) expect(app.frame()).toContain(`  ${t}: 0/1 (0%)`);
  });
});

describe('progress', () => {
  it('shows the quizzes taken and the simulator predictions, and says enter studies', async () => {
    const app = await open({ name: 'progress' });
    await app.waitFor('Due today');
    expect(app.frame()).toContain('enter study');
    for (let i = 0; i < 4; i++) await app.press(KEY.tab);
    expect(app.frame()).toContain('Quizzes: none taken yet');
    app.unmount();
    progress.addQuizResult({ id: 'q1', at: now, quiz: 'exam: all topics', total: 5, correct: 1, answers: [] });
    progress.addQuizResult({ id: 'q2', at: now + 1, quiz: 'practice: Caching', total: 4, correct: 3, answers: [] });
    progress.addStagePrediction('throttle', false, now);
    progress.addStagePrediction('throttle', true, now);
    progress.addStagePrediction('none', true, now);
    const library = libraryOf(['caching.md', deck]);
    const ctx = makeContext(library, { name: 'progress' }, [], { clock: () => new Date(now), openProgress: () => ({ store: progress, createScheduler }) });
    await ctx.progress.getState().open();
    const again = await renderApp(library, { name: 'progress' }, ctx);
    apps.push(again);
    // the tab is remembered per app: a new app opens on Overview
    await again.waitFor('Due today');
    for (let i = 0; i < 4; i++) await again.press(KEY.tab);
    const f = again.frame();
    expect(f).toContain('Quizzes: 2 taken');
    expect(f).toMatch(/Score trend \(last 2, oldest first\): [▁▂]▆/);
    expect(f.indexOf('3/4 (75%) · practice: Caching')).toBeLessThan(f.indexOf('1/5 (20%) · exam: all topics'));
    expect(f).toMatch(/throttle\s+1 of 2 right\s+50%/);
    expect(f).toMatch(/reaches the backend\s+1 of 1 right\s+100%/);
  });
});

describe('lists keep their row', () => {
  it('Home, Library and a topic highlight what one left when coming back with esc', async () => {
    const two = (t: string) => `---
topic: ${t}
---
${card(1)}
${card(2)}`;
    const app = await renderApp(libraryOf(['a.md', two('Alpha')], ['b.md', two('Beta')]));
    await app.press('j'); // Search
    await app.press('j'); // Flashcards
    await app.press('k'); // Search
    await app.press('k'); // Library
    await app.press(KEY.enter);
    await app.press('j');
    expect(app.frame()).toContain('› Beta');
    await app.press(KEY.enter);
    await app.press('j');
    expect(app.frame()).toContain('› Caching question 2');
    await app.press(KEY.enter);
    await app.waitFor('card 2 of 2');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('› Caching question 2');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('› Beta');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('› Library');
    await app.press('j');
    await app.press('j');
    await app.press('j'); // Quiz
    await app.press(KEY.enter);
    await app.waitFor('Set up a quiz');
    await app.press(KEY.esc);
    expect(app.frame()).toMatch(/› Quiz/);
    app.unmount();
  });
});

describe('done for today', () => {
  it('with 0 new cards a day, no "next card is due tomorrow" for new cards that never come', async () => {
    progress = openProgress({ home: mkdtempSync(join(tmpdir(), 'gateprep-review-')) });
    progress.setSettings({ dailyNewLimit: 0 });
    const library = libraryOf(['caching.md', deck]);
    const ctx = makeContext(library, { name: 'study' }, [], { clock: () => new Date(now), openProgress: () => ({ store: progress, createScheduler }) });
    await ctx.progress.getState().open();
    const app = await renderApp(library, { name: 'study' }, ctx);
    apps.push(app);
    await app.waitFor('Done for today');
    expect(app.frame()).not.toContain('The next card is due');
    expect(app.frame()).toContain('New cards today: 0 of 0 (the daily limit; s changes it)');
  });
});
