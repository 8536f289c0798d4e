/** Interview on DATE from the screens: the date typed on Progress (a past one refused), the count
 * of cards not solid by then, and the session that reviews them early; also from the study settings. */
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/study/scheduler.js';
import { KEY } from './harness.js';
import { renderStudy, studyEnv } from './studyHelpers.js';

const DAY = 86_400_000;
const CTRL_U = '\u0015';

/** Alpha's first card rated Good twice 40 days ago (long overdue: not solid), the second yesterday
 * after four Goods (solid for weeks); the rest new. */
function seed(env: ReturnType<typeof studyEnv>) {
  const store = env.disk();
  const sch = createScheduler();
  const now = env.clock.now.getTime();
  const rate = (id: string, times: number, last: number) => {
    for (let i = 0; i < times; i++) store.review(id, (s) => sch.rate(id, s, 3, new Date(last - (times - 1 - i) * 9 * DAY)));
  };
  rate('a#alpha-question-1', 2, now - 40 * DAY);
  rate('a#alpha-question-2', 4, now - DAY);
  return store;
}

describe('interview on DATE', { timeout: 60_000 }, () => {
  it('refuses a past date, saves a later one and shows how many cards are not solid by then', async () => {
    const env = studyEnv(); // Monday 5 January 2026, 09:00 local
    seed(env);
    const app = await renderStudy(env, { name: 'progress' });
    const start = await app.waitFor('Due today');
    expect(start).toContain('No interview date · d sets one; i then reviews what you would forget by then');
    const field = await app.press('d');
    expect(field).toContain('today is 2026-01-05');
    // the prompt fits 80 columns line by line (it wrapped "reviews them" onto a line of its own)
    expect(field).toContain('When is your interview? Progress counts the cards not solid by that day,\nand the interview session reviews them early.');
    const text = field.split('\n').filter((l) => !/^[┌│└]/.test(l) && !l.startsWith('enter apply'));
    expect(Math.max(...text.map((l) => l.length))).toBeLessThanOrEqual(80);
    await app.press('2026-01-04');
    const refused = await app.press(KEY.enter);
    expect(refused).toContain('2026-01-04 is in the past (today is 2026-01-05): give today or a later day.');
    expect(env.disk().data.settings.interviewDate).toBeNull();
    await app.press(CTRL_U);
    const typed = await app.press('2026-01-23');
    expect(typed).toContain('Friday 23 January 2026, in 18 days');
    const saved = await app.press(KEY.enter);
    // 5 cards: one solid (four Goods yesterday), one overdue, three new
    expect(saved).toContain('Interview on 2026-01-23 (18 days): 4 of 5 cards not solid by then · press i to prepare');
    expect(saved).toContain('Saved: interview on 2026-01-23.');
    expect(env.disk().data.settings.interviewDate).toBe('2026-01-23');
    app.unmount();
  });

  it('i starts the session: the overdue card first, rated as a normal FSRS review at the real time', async () => {
    const env = studyEnv();
    const store = seed(env);
    store.setSettings({ interviewDate: '2026-01-23' });
    const app = await renderStudy(env, { name: 'progress' });
    await app.waitFor('press i to prepare');
    const session = await app.press('i');
    expect(session).toContain('Interview 2026-01-23 · all cards');
    expect(session).toContain('new 3 · learning 0 · review 1');
    expect(session).toContain('What is Alpha 1?');
    await app.press(KEY.space);
    const before = env.disk().data.cards['a#alpha-question-1']!;
    const expected = createScheduler().outcomes('a#alpha-question-1', before, env.clock.now)[2]!.next;
    const next = await app.press('3');
    expect(next).toContain('What is Alpha 3?');
    const disk = env.disk().data;
    expect(disk.cards['a#alpha-question-1']).toEqual(expected);
    expect(disk.reviews.at(-1)).toMatchObject({ card: 'a#alpha-question-1', at: env.clock.now.getTime(), rating: 3, from: 2, source: 'study' });
    // i again: the usual session
    expect(next).toContain('i usual session');
    const usual = await app.press('i');
    expect(usual).toContain('Study · all cards');
    app.unmount();
  });

  it('a card reviewed early says so, with when it was due', async () => {
    const env = studyEnv();
    const store = seed(env);
    store.setSettings({ interviewDate: '2026-09-01' });
    const app = await renderStudy(env, { name: 'study', interview: true });
    const first = await app.waitFor('What is Alpha 1?');
    expect(first).toMatch(/Alpha · review\n/);
    await app.press(KEY.space);
    const second = await app.press('3');
    expect(second).toContain('What is Alpha 2?');
    expect(second).toMatch(/Alpha · review · early: due in [\d.]+(d|mo)\n/);
    app.unmount();
  });

  it('an empty field removes the date', async () => {
    const env = studyEnv();
    const store = seed(env);
    store.setSettings({ interviewDate: '2026-01-23' });
    const app = await renderStudy(env, { name: 'progress' });
    await app.waitFor('Interview on 2026-01-23');
    const field = await app.press('d');
    expect(field).toContain('date 2026-01-23');
    await app.press(CTRL_U);
    const removed = await app.press(KEY.enter);
    expect(removed).toContain('Removed the interview date (2026-01-23).');
    expect(removed).toContain('No interview date · d sets one');
    expect(env.disk().data.settings.interviewDate).toBeNull();
    app.unmount();
  });

  it('the study settings set the date too', async () => {
    const env = studyEnv();
    seed(env);
    const app = await renderStudy(env, { name: 'study' });
    await app.waitFor('What is');
    await app.press('s');
    await app.press('j');
    const row = await app.press('j');
    expect(row).toMatch(/Interview date\s+none \(enter sets one\)/);
    await app.press(KEY.enter);
    await app.press('2026-02-10');
    const done = await app.press(KEY.enter);
    expect(done).toMatch(/Interview date\s+2026-02-10/);
    expect(done).toContain('Saved: interview on 2026-02-10.');
    expect(env.disk().data.settings.interviewDate).toBe('2026-02-10');
    app.unmount();
  });
});

describe('the interview line', () => {
  it('drops "press i to prepare" when the sentence does not fit the window (the footer names i)', async () => {
    const { interviewLine } = await import('../../src/ui/screens/progress/Overview.js');
    const c = { day: '2026-12-20', days: 18, total: 233, notSolid: 233 };
    expect(interviewLine({ ...c, total: 170, notSolid: 42 }, 78)).toBe('Interview on 2026-12-20 (18 days): 42 of 170 cards not solid by then');
    expect(interviewLine(c, 78)).toBe('Interview on 2026-12-20 (18 days): 233 of 233 cards not solid by then');
    expect(interviewLine(c, 98)).toBe('Interview on 2026-12-20 (18 days): 233 of 233 cards not solid by then · press i to prepare');
    expect(interviewLine({ ...c, days: 0, notSolid: 0 }, 98)).toBe('Interview on 2026-12-20 (today): all 233 cards solid by then · d changes the date');
    expect(interviewLine({ ...c, days: -2 }, 98)).toBe('The interview on 2026-12-20 has passed · d sets a new date');
  });
});
