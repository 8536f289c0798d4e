/** The Progress screen: tabs that fit 80x24, topics weakest first with a cursor that j/k move and
 * enter studies, the true retention table with its counts, the forecast and the calendar. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addHistory } from '../../bench/history.js';
import { loadOptimizer } from '../../src/study/optimize.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { ROOT } from '../cli/run.js';
import { KEY } from './harness.js';
import { renderStudy, studyEnv } from './studyHelpers.js';

const DAY = 86_400_000;

/** Alpha's three cards studied well, Beta's two never: Beta is the weakest topic. */
function seedAlpha(env: ReturnType<typeof studyEnv>) {
  const store = env.disk();
  const sch = createScheduler();
  const t0 = env.clock.now.getTime() - 20 * DAY;
  for (const id of ['a#alpha-question-1', 'a#alpha-question-2', 'a#alpha-question-3']) {
    let at = t0;
    for (let i = 0; i < 3; i++) {
      const e = store.review(id, (s) => sch.rate(id, s, 3, new Date(at)));
      at = Math.min(e.next.due, env.clock.now.getTime() - 60_000);
    }
  }
  return store;
}

const optimizer = await loadOptimizer();

describe('the Progress screen', { timeout: 60_000 }, () => {
  it('lists topics weakest first with a visible cursor; j moves it and enter studies that topic', async () => {
    const env = studyEnv();
    seedAlpha(env);
    const app = await renderStudy(env, { name: 'progress' });
    await app.waitFor('Due today');
    const topics = await app.press(KEY.tab);
    expect(topics).toMatch(/› Beta\s+0%\s+0\/2\s+no reviews yet/);
    expect(topics).toMatch(/\n {2}Alpha\s+\d+%\s+3\/3/);
    expect(topics.indexOf('Beta')).toBeLessThan(topics.indexOf('Alpha'));
    const moved = await app.press('j');
    expect(moved).toMatch(/› Alpha/);
    expect(moved).toMatch(/\n {2}Beta/);
    expect(moved).toContain('enter study this topic');
    const study = await app.press(KEY.enter);
    expect(study).toContain('Study · Alpha');
    app.unmount();
  });

  it('shows true retention as requested vs measured with counts, never a bare percentage from one review', async () => {
    const env = studyEnv();
    const store = seedAlpha(env);
    // one lapse of a card in review, in the last day
    const id = 'a#alpha-question-1';
    store.review(id, (s) => createScheduler().rate(id, s, 1, new Date(env.clock.now.getTime() - 3600_000)));
    const app = await renderStudy(env, { name: 'progress' });
    const f = await app.waitFor('True retention');
    expect(f).toMatch(/Last day\s+90%\s+too few to measure\s+0 of 1/);
    expect(f).not.toMatch(/Last day\s+90%\s+0%/);
    expect(f).toMatch(/Cards: 2 new · 0 learning · \d review · \d relearning/);
    app.unmount();
  });

  it('shows the 30-day forecast and the six-month calendar, each within 80x24', async () => {
    const env = studyEnv();
    seedAlpha(env);
    const app = await renderStudy(env, { name: 'progress' });
    await app.waitFor('Due today');
    await app.press(KEY.tab);
    const forecast = await app.press(KEY.tab);
    expect(forecast).toMatch(/Due in 30 days: \d+ · today \(with overdue\) \d+/);
    expect(forecast).toMatch(/└─{60}/);
    const calendar = await app.press(KEY.tab);
    expect(calendar).toMatch(/Last 6 months: 9 reviews on \d+ of \d+ days/);
    expect(calendar).toMatch(/^Mon [·░▒▓█ ]+$/m);
    expect(calendar).toContain('reviews a day');
    for (const frame of [forecast, calendar]) {
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(24);
      // the body fits 80 columns; the footer wraps at the window's width (100 here)
      const body = lines.slice(0, lines.findIndex((l) => l.startsWith('tab/⇧tab')));
      expect(body.length).toBeGreaterThan(10);
      expect(Math.max(...body.map((l) => l.length))).toBeLessThanOrEqual(80);
    }
    const practice = await app.press(KEY.tab);
    expect(practice).toContain('Quizzes: none taken yet');
    app.unmount();
  });

  it.skipIf(!optimizer)('o fits FSRS parameters, shows old and new figures, and saves them only on y', async () => {
    const env = studyEnv();
    const ids = (JSON.parse(readFileSync(join(ROOT, 'dist', 'library.json'), 'utf8')) as { decks: Array<{ cards: Array<{ id: string }> }> }).decks.flatMap((d) => d.cards.map((c) => c.id));
    env.disk().update((d) => addHistory(d, ids, 3000, env.clock.now.getTime()));
    const app = await renderStudy(env, { name: 'progress' });
    await app.waitFor('FSRS defaults (o fits yours)');
    await app.press('o');
    // the optimizer runs for seconds: poll the frame until the proposal shows
    for (let i = 0; i < 600 && !app.frame().includes('Use the fitted parameters?'); i++) await new Promise((r) => setTimeout(r, 50));
    const proposal = await app.waitFor('Use the fitted parameters?');
    expect(proposal).toMatch(/log loss \(lower is better\)\s+0\.\d{3}\s+0\.\d{3}/);
    expect(proposal).toMatch(/first stability after Good\s+2\.3d\s+\d/);
    expect(env.disk().data.settings.fsrsParameters).toBeUndefined();
    const saved = await app.press('y');
    expect(saved).toContain('Saved: the scheduler now uses the parameters fitted to your reviews.');
    expect(env.disk().data.settings.fsrsParameters).toHaveLength(21);
    expect(app.context.progress.getState().scheduler?.parameters).toEqual(env.disk().data.settings.fsrsParameters);
    const back = await app.press(KEY.esc);
    expect(back).toContain('FSRS fitted to you');
    app.unmount();
  }, 60_000);

  it('o says when there is not enough history, and changes nothing', async () => {
    const env = studyEnv();
    seedAlpha(env);
    const app = await renderStudy(env, { name: 'progress' });
    await app.waitFor('Due today');
    await app.press('o');
    const f = await app.waitFor('Not enough history yet');
    expect(f).toContain('Keep studying; the defaults serve until then.');
    expect(f).not.toContain('y saves');
    expect(env.disk().data.settings.fsrsParameters).toBeUndefined();
    app.unmount();
  });
});
