/** What the footer promises on real screens: the working keys, each once, and nothing else; `?` takes the keys while open. */
import { afterEach, describe, expect, it } from 'vitest';
import { quizStoreOf } from '../../src/ui/screens/quiz/useQuiz.js';
import { KEY, libraryOf, renderWithProgress, type Rendered } from './harness.js';
import { renderStudy, studyEnv } from './studyHelpers.js';

const threeChoice = (n: number) => `## ${n}. Caching three ${n}
**Question:**
Which of three is right for ${n}?
**Answer:** The first.
**Choices:**
- [x] Right ${n}
- [ ] Wrong ${n}a
- [ ] Wrong ${n}b
**Explanation:** The first is right.
`;
const deck = `---\ntopic: Caching\n---\n${[1, 2, 3, 4, 5].map(threeChoice).join('\n')}`;

const apps: Rendered[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.unmount();
});

const footer = (app: Rendered) => app.frame().split('\n').slice(-2).join('  ').trim().split(/\s{2,}/);

async function threeChoiceQuestion(): Promise<Rendered> {
  const { app } = await renderWithProgress(libraryOf(['caching.md', deck]), { name: 'quiz' }, () => new Date(Date.UTC(2025, 0, 6, 12)));
  apps.push(app);
  quizStoreOf(app.context).getState().setSetup({ topics: ['Caching'], count: 5, mode: 'practice' });
  return app.press(KEY.enter).then(() => app);
}

describe('the footer on a three-choice question', () => {
  it('lists a/b/c once, and d and e do nothing', async () => {
    const app = await threeChoiceQuestion();
    expect(app.frame()).toContain('question 1 of 5');
    const hints = footer(app);
    expect(hints.filter((h) => h.endsWith(' choose'))).toEqual(['a/b/c choose']);
    expect(new Set(hints).size).toBe(hints.length);
    for (const k of ['d', 'e']) await app.pressIgnored(k);
    const chosen = await app.press('c');
    expect(chosen).toMatch(/›?\s*c\) /);
    expect(quizStoreOf(app.context).getState().session!.answers[0]!.selected).toEqual([2]);
  });
});

describe('the help overlay', () => {
  it('takes the keys while open: j, enter and a choice letter do not reach the screen under it', async () => {
    const app = await threeChoiceQuestion();
    const help = await app.press('?');
    expect(help).toMatch(/a\/b\/c\s+choose/);
    for (const k of ['a', 'j', KEY.enter, 'n']) await app.pressIgnored(k);
    expect(quizStoreOf(app.context).getState().session!.answers[0]!.selected).toEqual([]);
    const back = await app.press(KEY.esc);
    expect(back).toContain('question 1 of 5');
    expect(back).not.toContain('Keys on');
  });
});

describe('the footer on flashcards', () => {
  it('lists u undo after a rating, and u then undoes it', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    apps.push(app);
    await app.waitFor('Alpha question 1');
    await app.press(KEY.space);
    const rated = await app.press('3');
    expect(footer({ ...app, frame: () => rated })).toContain('u undo');
    const undone = await app.press('u');
    expect(undone).toContain('Undone, schedule restored: Good on "Alpha question 1"');
  });
});
