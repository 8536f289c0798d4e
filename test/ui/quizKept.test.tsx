/** Nothing lost on the way out: the quiz setup and an unfinished exam survive a quit. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { EXAM_FILE } from '../../src/study/keptQuiz.js';
import { makeContext } from '../../src/ui/run.js';
import { quizStoreOf } from '../../src/ui/screens/quiz/useQuiz.js';
import { keptNotices } from '../../src/progress/keptNotice.js';
import { KEY, libraryOf, renderApp, type Rendered } from './harness.js';

const card = (n: number) => `## ${n}. Caching question ${n}
**Question:** Which one is right for number ${n}?
**Answer:** See the explanation.
**Choices:**
- [x] Right ${n}
- [ ] Wrong ${n}
**Explanation:** Because.
`;
const lib = () => libraryOf(['caching.md', `---\ntopic: Caching\n---\n${[1, 2, 3, 4, 5, 6].map(card).join('\n')}`]);
let now = Date.UTC(2025, 0, 6, 12);
const apps: Rendered[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.unmount();
});

async function open(home: string): Promise<Rendered> {
  const progress = openProgress({ home });
  const ctx = makeContext(lib(), { name: 'quiz' }, [], { home, clock: () => new Date(now), openProgress: () => ({ store: progress, createScheduler }) });
  await ctx.progress.getState().open();
  const app = await renderApp(lib(), { name: 'quiz' }, ctx);
  apps.push(app);
  return app;
}
const quiz = (app: Rendered) => quizStoreOf(app.context).getState();
const rightLetter = (app: Rendered) => {
  const s = quiz(app).session!;
  return 'ab'[s.questions[s.current]!.choices.findIndex((c) => c.correct)]!;
};

describe('kept between runs', () => {
  it('remembers the quiz setup: mode, count, time and topics', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-keep-'));
    const first = await open(home);
    await first.press(KEY.right); // practice -> exam
    await first.press(`j${KEY.left}`); // 10 -> 5 questions
    await first.press(`j${KEY.right}`); // 90 -> 120 s
    await first.press('jjj '); // uncheck the Simulator
    expect(first.frame()).toMatch(/\[ \] Simulator/);
    first.unmount();
    const second = await open(home);
    const f = second.frame();
    expect(f).toContain('Mode: exam');
    expect(f).toContain('Questions: 5');
    expect(f).toContain('Time per question: 120 s');
    expect(f).toMatch(/\[x\] Caching/);
    expect(f).toMatch(/\[ \] Simulator/);
  });

  it('keeps an unfinished exam on quit and offers it on the next start with the time it had left', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-keep-'));
    now = Date.UTC(2025, 0, 6, 12);
    const first = await open(home);
    quiz(first).setSetup({ mode: 'exam', topics: ['Caching'], count: 5, secondsPerQuestion: 90 });
    await first.press(KEY.enter);
    await first.press(rightLetter(first));
    now += 60_000;
    await first.press('q');
    expect(first.frame()).toContain('An exam with 1 of 5 answered, 6:30 left is kept: the next start offers to resume it.');
    await first.press('y').catch(() => '');
    await first.waitFor(() => first.context.app.getState().quitting);
    expect(existsSync(join(home, EXAM_FILE))).toBe(true);
    expect(keptNotices(home)).toEqual(['An unfinished exam (5 questions, about 7 min left) was kept: open Quiz to resume it.']);
    first.unmount();

    now += 24 * 3600_000; // the next day: the clock stood still meanwhile
    const second = await open(home);
    expect(second.frame()).toContain('was not finished');
    expect(second.frame()).toContain('1 of 5 answered, 6:30 left');
    await second.press('y');
    expect(second.frame()).toContain('6:30 left');
    expect(second.frame()).toContain('question 1 of 5');
    expect(quiz(second).session!.answers[0]!.selected).toHaveLength(1);
    await second.press('s');
    await second.press('y');
    await second.waitFor('Score');
    expect(existsSync(join(home, EXAM_FILE))).toBe(false);
  });

  it('discarding the kept exam removes it and opens the setup', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-keep-'));
    const first = await open(home);
    quiz(first).setSetup({ mode: 'exam', topics: ['Caching'], count: 5 });
    await first.press(KEY.enter);
    quiz(first).keepNow();
    first.unmount();
    const second = await open(home);
    await second.press('n');
    expect(second.frame()).toContain('Set up a quiz');
    expect(existsSync(join(home, EXAM_FILE))).toBe(false);
  });
});
