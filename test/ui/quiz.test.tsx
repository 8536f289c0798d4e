/** Quiz screens: practice and exam, flagging, the list, time-out (fake clock), results, retake, progress. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressStore } from '../../src/progress/store.js';
import type { Screen } from '../../src/state/appStore.js';
import { LABELS } from '../../src/study/quiz.js';
import { quizStoreOf } from '../../src/ui/screens/quiz/useQuiz.js';
import { KEY, libraryOf, renderWithProgress, type Rendered } from './harness.js';

const card = (n: number, right: string, wrongs: string[], extra = '') => `## ${n}. Caching question ${n}
**Question:**
Which one is right for number ${n}?${extra}
**Answer:** See the explanation.
**Source:** https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
**Choices:**
- [x] ${right}
${wrongs.map((w) => `- [ ] ${w}`).join('\n')}
**Explanation:** Because ${right} is right.
`;
const deck = `---
topic: Caching
---
${[1, 2, 3, 4].map((n) => card(n, `Right ${n}`, [`Wrong ${n}a`, `Wrong ${n}b`, `Wrong ${n}c`])).join('\n')}
## 5. Caching select two
**Question:**
Which two are right? (Select TWO.)
**Answer:** Both.
**Tags:** select-two
**Choices:**
- [x] Right 5a
- [ ] Wrong 5b
- [x] Right 5c
- [ ] Wrong 5d
- [ ] Wrong 5e
**Explanation:** Both right ones.
`;

let now = Date.UTC(2025, 0, 6, 12);
let progress: ProgressStore;
const apps: Rendered[] = [];

async function open(screen: Screen = { name: 'quiz' }): Promise<Rendered> {
  now = Date.UTC(2025, 0, 6, 12);
  const opened = await renderWithProgress(libraryOf(['caching.md', deck]), screen, () => new Date(now));
  progress = opened.progress;
  apps.push(opened.app);
  return opened.app;
}
afterEach(() => {
  for (const a of apps.splice(0)) a.unmount();
});

const quiz = (app: Rendered) => quizStoreOf(app.context).getState();
const current = (app: Rendered) => {
  const s = quiz(app).session!;
  return s.questions[s.current]!;
};
/** The letters of the right (or a wrong) answer to the current question. */
const right = (app: Rendered) => current(app).choices.flatMap((c, i) => (c.correct ? [LABELS[i]!] : []));
const wrong = (app: Rendered) => {
  const q = current(app);
  return q.choices.flatMap((c, i) => (c.correct ? [] : [LABELS[i]!])).slice(0, q.select);
};

/** Setup rows: mode, questions, (time | schedule setting), all topics, Caching, Simulator. */
async function chooseCaching(app: Rendered) {
  // all topics start checked: unchecking the Simulator leaves Caching alone
  for (let i = 0; i < 5; i++) await app.press('j');
  await app.press(KEY.space);
  expect(app.frame()).toMatch(/\[x\] Caching/);
  expect(app.frame()).toMatch(/\[ \] Simulator/);
  await app.press('kkkk'); // back to the count row: 10 -> 5
  await app.press('h');
  expect(app.frame()).toContain('Questions: 5');
}

async function answer(app: Rendered, letters: string[]) {
  for (const l of letters) await app.press(l!);
}

describe('quiz setup', () => {
  it('opens on setup with topics and the simulator, and starts a practice quiz of 5 from one topic', async () => {
    const app = await open();
    expect(app.frame()).toContain('Mode: practice');
    expect(app.frame()).toMatch(/Caching\s+5/);
    expect(app.frame()).toContain('Simulator');
    await chooseCaching(app);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('question 1 of 5');
    expect(app.frame()).toMatch(/a\) /);
  });
});

describe('practice mode', () => {
  it('gives feedback after each answer, counts toward the schedule when on, saves results, retakes missed', async () => {
    const app = await open();
    await app.press('j');
    await app.press('j');
    // practice answers count toward the schedule unless the user turns that off
    expect(app.frame()).toContain('[x] Practice answers count');
    expect(progress.data.settings.quizCountsTowardSchedule).toBe(true);
    await app.press('k');
    await app.press('k');
    await chooseCaching(app);
    await app.press(KEY.enter);
    const wrongIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const q = current(app);
      const bad = i === 1 || i === 3;
      await answer(app, bad ? wrong(app) : right(app));
      if (q.select === 2) expect(app.frame()).toContain('Select TWO.');
      const f = await app.press(KEY.enter);
      expect(f).toContain(bad ? '✗ Wrong.' : '✓ Right.');
      expect(f).toContain('Correct:');
      if (bad) wrongIds.push(q.id);
      await app.press(KEY.enter);
    }
    const res = await app.waitFor('Score');
    expect(res).toContain('3/5 (60%)');
    expect(res).toContain('Caching: 3/5');
    expect(progress.data.quizResults).toHaveLength(1);
    expect(progress.data.quizResults[0]).toMatchObject({ total: 5, correct: 3 });
    const reviews = progress.data.reviews.filter((r) => r.source === 'quiz');
    expect(reviews).toHaveLength(5);
    expect(reviews.filter((r) => r.rating === 1).map((r) => r.card).sort()).toEqual(wrongIds.sort());
    expect(reviews.filter((r) => r.rating === 3)).toHaveLength(3);

    await app.press('r');
    expect(app.frame()).toContain('question 1 of 2');
    expect(quiz(app).session!.questions.map((q) => q.id).sort()).toEqual(wrongIds.sort());
  });

  it('select TWO takes exactly two answers', async () => {
    const app = await open();
    quiz(app).setSetup({ topics: ['Caching'], count: 5 });
    await app.press(KEY.enter);
    while (current(app).select !== 2) {
      await answer(app, right(app));
      await app.press(KEY.enter);
      await app.press(KEY.enter);
    }
    const w = current(app).choices.flatMap((c, i) => (c.correct ? [] : [LABELS[i]!]));
    await app.press(w[0]!);
    expect(app.frame()).not.toContain('check answer'); // one of two chosen: enter does nothing yet
    await app.press(w[1]!);
    expect(app.frame()).toContain('check answer');
    await app.press(w[2]!);
    expect(app.frame()).toContain('Choose exactly 2');
  });

  it('does not touch the schedule when the setting is off', async () => {
    const app = await open();
    await app.press('j');
    await app.press('j');
    await app.press(KEY.space); // turn "practice answers count" off
    expect(app.frame()).toContain('[ ] Practice answers count');
    expect(progress.data.settings.quizCountsTowardSchedule).toBe(false);
    quiz(app).setSetup({ topics: ['Caching'], count: 5 });
    await app.press(KEY.enter);
    await answer(app, wrong(app));
    await app.press(KEY.enter);
    expect(app.frame()).toContain('✗ Wrong.');
    expect(progress.data.reviews).toHaveLength(0);
  });
});

describe('exam mode', () => {
  async function startExam(app: Rendered) {
    await app.press(KEY.right); // mode row: practice -> exam
    expect(app.frame()).toContain('Mode: exam');
    quiz(app).setSetup({ topics: ['Caching'], count: 5 });
    await app.press(KEY.enter);
    expect(app.frame()).toContain('⏱ 7:30 left');
  }

  it('no feedback, back and forth, flag, the list, submit asks when unanswered remain', async () => {
    const app = await open();
    await startExam(app);
    await answer(app, right(app));
    expect(app.frame()).toContain('[x]');
    expect(app.frame()).not.toContain('Right.');
    await app.press('f');
    expect(app.frame()).toContain('⚑ 1');
    await app.press('n');
    expect(app.frame()).toContain('question 2 of 5');
    await app.press('p');
    expect(app.frame()).toContain('question 1 of 5');
    await app.press('l');
    expect(app.frame()).toMatch(/1 answered .* 4 unanswered .* 1 flagged/);
    await app.press('j');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('question 2 of 5');
    await app.press('s');
    expect(app.frame()).toContain('4 questions are unanswered. Submit anyway?');
    await app.press('n');
    expect(app.frame()).toContain('question 2 of 5');
    await app.press('s');
    await app.press('y');
    const res = await app.waitFor('Score');
    expect(res).toContain('1/5 (20%)');
    expect(progress.data.quizResults).toHaveLength(1);
    expect(progress.data.reviews).toHaveLength(0); // exams never touch schedules
  });

  it('time running out submits (fake clock, no waiting)', async () => {
    const app = await open();
    await startExam(app);
    await answer(app, right(app));
    now += 60_000;
    quiz(app).tick();
    await app.waitFor('6:30 left');
    now += 5 * 90_000;
    quiz(app).tick();
    const res = await app.waitFor('Score');
    expect(res).toContain('Time is up');
    expect(res).toContain('time 7:30');
    expect(res).toContain('time ran out');
  });

  it('q asks before quitting an exam in progress', async () => {
    const app = await open();
    await startExam(app);
    await answer(app, right(app));
    await app.press('q');
    expect(app.frame()).toContain('Quit gateprep?');
    expect(app.frame()).toContain('An exam with 1 of 5 answered');
    await app.press('n');
    expect(app.frame()).toContain('question 1 of 5');
    // Ctrl-C asks the same way, and a second Ctrl-C quits
    await app.press(KEY['ctrl-c']);
    expect(app.frame()).toContain('An exam with 1 of 5 answered');
    expect(app.context.app.getState().quitting).toBe(false);
    await app.press(KEY['ctrl-c']);
    expect(app.context.app.getState().quitting).toBe(true);
  });

  it('a select-TWO question with one letter chosen is partly answered: in the list, the count, the submit question and the results', async () => {
    const app = await open();
    await startExam(app);
    const two = quiz(app).session!.questions.findIndex((q) => q.select === 2);
    quiz(app).goTo(two);
    await app.waitFor(`question ${two + 1} of 5`);
    await app.press(right(app)[0]!);
    await app.press('l');
    expect(app.frame()).toMatch(/0 answered .* 5 unanswered \(○, 1 partly ◐\)/);
    expect(app.frame()).toContain('partly answered, 1 of 2');
    await app.press('s');
    expect(app.frame()).toContain('5 questions are unanswered (1 partly answered). Submit anyway?');
    await app.press('y');
    const res = await app.waitFor('Score');
    expect(res).toContain('1 partly answered (counted wrong)');
    expect(res).toMatch(/◐ +\d\. Caching select two/);
  });
});

describe('topics in setup', () => {
  it('unchecking All topics checks none, then a topic checked is the only one', async () => {
    const app = await open();
    for (let i = 0; i < 3; i++) await app.press('j');
    await app.press(KEY.space);
    expect(app.frame()).toMatch(/\[ \] All topics/);
    expect(app.frame()).toMatch(/\[ \] Caching/);
    expect(app.frame()).toContain('No topic chosen: check one or more.');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Choose at least one topic.');
    await app.press(`j${KEY.space}`);
    expect(app.frame()).toMatch(/\[x\] Caching/);
    expect(app.frame()).toMatch(/\[ \] Simulator/);
    expect(quiz(app).setup.topics).toEqual(['Caching']);
  });

  it('every topic shows checked under All topics, and with the Simulator unchecked no simulator question appears', async () => {
    const app = await open();
    expect(app.frame()).toMatch(/\[x\] Simulator/);
    for (let i = 0; i < 5; i++) await app.press('j');
    await app.press(KEY.space);
    expect(app.frame()).toMatch(/\[ \] Simulator/);
    quiz(app).setSetup({ count: 50 });
    await app.press(KEY.enter);
    await app.waitFor('question 1 of 5');
    expect(quiz(app).session!.questions.map((q) => q.topic)).toEqual(['Caching', 'Caching', 'Caching', 'Caching', 'Caching']);
  });
});

describe('results', () => {
  it('review every question, and open a generated one in the simulator', async () => {
    const app = await open();
    quiz(app).setSetup({ topics: ['Simulator'], count: 2 });
    await app.press(KEY.enter);
    for (let i = 0; i < 2; i++) {
      await answer(app, wrong(app));
      await app.press(KEY.enter);
      await app.press(KEY.enter);
    }
    const res = await app.waitFor('Score');
    expect(res).toContain('0/2 (0%)');
    expect(res).toContain('Simulator: 0/2');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Your answer:');
    expect(app.frame()).toContain('o open in simulator');
    await new Promise((r) => setImmediate(r)); // the review's key handler attaches after its first frame
    await app.press('j');
    expect(app.frame()).toContain('↓ 27 more lines');
    await app.press('o').catch(() => undefined); // the simulator screen may draw the same first frame later
    const screen = app.context.app.getState().screen;
    expect(screen.name).toBe('sim');
    expect(screen.name === 'sim' && JSON.parse(screen.scenarioJson!).requests.length).toBeGreaterThan(0);
    // the simulator opens on the question's own scenario, not the starter API
    const sim = await app.waitFor('gateprep › Simulator');
    expect(sim).toContain('generated');
  });
});

/** The bytes for a footer hint's key (for a pair or group, the first / forward one). */
function keyOf(hint: string): string {
  const keys = hint.split(' ')[0]!;
  const named: Record<string, string> = {
    '↑↓/kj': 'j', '←→/hl': 'l', 'n/p': 'n', 'n/esc': 'n', enter: KEY.enter, esc: KEY.esc, space: ' ', '?': '?', q: 'q',
  };
  return named[keys] ?? keys.split('/')[0]!;
}

const states: Array<[string, (app: Rendered) => Promise<void>]> = [
  ['setup', async () => {}],
  ['setup, count row', async (app) => void (await app.press('j'))],
  ['practice question, answer chosen', async (app) => {
    quiz(app).setSetup({ topics: ['Caching'], count: 5 });
    await app.press(KEY.enter);
    await answer(app, right(app));
  }],
  ['practice feedback', async (app) => {
    quiz(app).setSetup({ topics: ['Caching'], count: 5 });
    await app.press(KEY.enter);
    await answer(app, right(app));
    await app.press(KEY.enter);
  }],
  ['exam question 2', async (app) => {
    quiz(app).setSetup({ topics: ['Caching'], count: 5, mode: 'exam' });
    await app.press(KEY.enter);
    await app.press('n');
  }],
  ['exam list', async (app) => {
    quiz(app).setSetup({ topics: ['Caching'], count: 5, mode: 'exam' });
    await app.press(KEY.enter);
    await app.press('l');
  }],
  ['results', async (app) => {
    quiz(app).setSetup({ topics: ['Caching'], count: 5, mode: 'exam' });
    await app.press(KEY.enter);
    await app.press('s');
    await app.press('y');
  }],
];

describe('every key the quiz footers list does something', () => {
  for (const [name, prepare] of states) {
    it(`on ${name}`, async () => {
      const probe = await open();
      await prepare(probe);
      await new Promise((r) => setImmediate(r));
      const hints = probe.frame().split('\n').slice(-2).join('  ').trim().split(/\s{2,}/).filter((h) => / /.test(h));
      expect(hints.length).toBeGreaterThan(2);
      for (const hint of hints) {
        const app = await open();
        await prepare(app);
        await new Promise((r) => setImmediate(r));
        const frameBefore = app.frame();
        const before = [frameBefore, JSON.stringify(quiz(app).session), JSON.stringify(quiz(app).setup)].join();
        await app.press(keyOf(hint)).catch(() => undefined);
        // a choice letter that is already chosen changes nothing: another letter of the group must
        if (hint.startsWith('a/b') && app.frame() === frameBefore) await app.press('b').catch(() => undefined);
        const after = [app.frame(), JSON.stringify(quiz(app).session), JSON.stringify(quiz(app).setup)].join();
        expect(after !== before || app.context.app.getState().quitting, `"${hint}" on ${name} did nothing`).toBe(true);
      }
    });
  }
});
