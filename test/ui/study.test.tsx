import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/study/scheduler.js';
import { KEY } from './harness.js';
import { renderStudy, studyEnv, unwritableHome } from './studyHelpers.js';

const A1 = 'a#alpha-question-1';

describe('the flashcard screen', () => {
  it('shows the question first, reveals on space, and shows each button with the scheduler interval', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    const q = await app.waitFor('Alpha question 1');
    expect(q).toContain('What is Alpha 1?');
    expect(q).not.toContain('The Alpha answer 1.');
    expect(q).toContain('new 5 · learning 0 · review 0');
    const shown = await app.press(KEY.space);
    expect(shown).toContain('The Alpha answer 1.');
    const expected = createScheduler({ desiredRetention: 0.9 }).outcomes(A1, undefined, env.clock.now);
    for (const o of expected) expect(shown).toMatch(new RegExp(`${o.rating}\\s+${o.label} ${o.interval}`));
    expect(expected.slice(0, 3).map((o) => o.interval)).toEqual(['1m', '6m', '10m']);
    expect(expected[3]!.interval).toMatch(/^\d+d$/); // Easy is fuzzed by FSRS
    app.unmount();
  });

  it('saves a rating before the next card shows, and u undoes it on disk', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    await app.waitFor('Alpha question 1');
    await app.press(KEY.space);
    const next = await app.press('3');
    expect(next).toContain('Alpha question 2');
    expect(next).toContain('new 4 · learning 0 · review 0');
    const disk = env.disk().data;
    expect(disk.reviews).toHaveLength(1);
    expect(disk.reviews[0]!.rating).toBe(3);
    expect(disk.cards[A1]!.state).toBe(1);

    const undone = await app.press('u');
    expect(undone).toContain('Undone, schedule restored: Good on "Alpha question 1"');
    expect(undone).toContain('Alpha question 1');
    expect(undone).toContain('new 5');
    const after = env.disk().data;
    expect(after.reviews).toHaveLength(0);
    expect(after.cards[A1]).toBeUndefined();
    expect(app.frame()).not.toMatch(/u undo/);
    app.unmount();
  });

  it('says why when undo is refused (the card was rated again elsewhere)', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    await app.waitFor('Alpha question 1');
    await app.press(KEY.space);
    await app.press('1');
    // another gateprep rates the same card meanwhile
    const other = env.disk();
    other.review(A1, (s) => createScheduler().rate(A1, s, 3, env.clock.now));
    const refused = await app.press('u');
    expect(refused).toMatch(/Cannot undo Again on "Alpha question 1": the card was rated again since/);
    expect(env.disk().data.reviews).toHaveLength(2);
    app.unmount();
  });

  it('ends with "done for today" and when the next card is due', async () => {
    const env = studyEnv();
    env.disk().setSettings({ dailyNewLimit: 1 });
    const app = await renderStudy(env);
    await app.waitFor('new 1 · learning 0 · review 0');
    await app.press(KEY.space);
    const done = await app.press('4');
    expect(done).toContain('Done for today.');
    expect(done).toMatch(/The next card is due in \d+ hours \(tomorrow at 00:00\)/);
    expect(done).toContain('New cards today: 1 of 1 (the daily limit');
    app.unmount();
  });

  it('cram mode studies any filter now, clearly labelled, brings a card rated Again back later, and changes no schedule', async () => {
    const env = studyEnv();
    const app = await renderStudy(env, { name: 'study', topic: 'Beta', cram: true });
    const first = await app.waitFor('Beta question 1');
    expect(first).toContain('Cram · Beta');
    expect(first).toContain('CRAM · 2 left · schedules unchanged');
    await app.press(KEY.space);
    expect(app.frame()).toContain('(cram: not scheduled)');
    const second = await app.press('1');
    expect(second).toContain('Beta question 2');
    expect(second).toContain('CRAM · 2 left');
    expect(second).toContain('Again: "Beta question 1" comes back after the other cards.');
    await app.press(KEY.space);
    const back = await app.press('3');
    expect(back).toContain('Beta question 1');
    expect(back).toContain('CRAM · 1 left');
    await app.press(KEY.space);
    const end = await app.press('3');
    expect(end).toContain('Cram finished: 2 cards seen.');
    const disk = env.disk().data;
    expect(disk.reviews).toHaveLength(0);
    expect(disk.cards).toEqual({});
    app.unmount();
  });

  it('filters by topic and by deck from the filter chooser', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    await app.waitFor('Alpha question 1');
    const chooser = await app.press('f');
    expect(chooser).toContain('All cards');
    expect(chooser).toMatch(/Topic: Beta\s+0 due · 2 new · 2 cards/);
    expect(chooser).toMatch(/Deck: a\s+0 due · 3 new · 3 cards/);
    await app.press('j');
    await app.press('j');
    const beta = await app.press(KEY.enter);
    expect(beta).toContain('Study · Beta');
    expect(beta).toContain('new 2 · learning 0 · review 0');
    expect(beta).toContain('Beta question 1');
    expect(app.context.app.getState().screen).toEqual({ name: 'study', topic: 'Beta' });
    app.unmount();
  });

  it('marks a leech on its card and lists it', async () => {
    const env = studyEnv();
    const store = env.disk();
    const base = createScheduler().outcomes(A1, undefined, env.clock.now)[2]!.next;
    const lapsed = { ...base, state: 3 as const, lapses: 8, due: env.clock.now.getTime() - 60_000 };
    store.recordReview({ id: 'r1', card: A1, at: env.clock.now.getTime() - 120_000, rating: 1, source: 'study', from: 2, to: 3, prev: base, next: lapsed });
    const app = await renderStudy(env);
    const card = await app.waitFor('Alpha question 1');
    expect(card).toContain('▲ LEECH: lapsed 8 times');
    expect(card).toContain('learning 1');
    const list = await app.press('l');
    expect(list).toContain('gateprep › Leeches');
    expect(list).toMatch(/▲ Alpha question 1\s+Alpha · lapsed 8x/);
    const cleared = await app.press('x');
    expect(cleared).toContain('No leeches.');
    expect(env.disk().data.leeches).toEqual({});
    app.unmount();
  });

  it('changes the daily new limit and desired retention in settings, saved at once', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    await app.waitFor('Alpha question 1');
    const settings = await app.press('s');
    expect(settings).toMatch(/New cards per day\s+‹ 20 ›/);
    await app.press('l');
    expect(app.frame()).toMatch(/‹ 25 ›/);
    await app.press('j');
    await app.press('h');
    expect(app.frame()).toMatch(/Desired retention\s+‹ 89% ›/);
    expect(env.disk().data.settings).toMatchObject({ dailyNewLimit: 25, desiredRetention: 0.89 });
    await app.press(KEY.esc);
    await app.press(KEY.space);
    const expected = createScheduler({ desiredRetention: 0.89 }).outcomes(A1, undefined, env.clock.now);
    expect(app.frame()).toContain(`Easy ${expected[3]!.interval}`);
    app.unmount();
  });

  it('lists in the footer only keys that do something', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    const q = await app.waitFor('Alpha question 1');
    expect(q).not.toContain('1/2/3/4 rate');
    expect(q).not.toContain('u undo');
    const shown = await app.press(KEY.space);
    expect(shown).toContain('1/2/3/4 rate');
    expect(shown).not.toContain('space/enter show answer');
    app.unmount();
  });
});

describe('when progress cannot be saved', () => {
  it('the app starts, tells the user, and study says progress cannot be saved', async () => {
    const env = studyEnv();
    const app = await renderStudy(env, { name: 'home' }, unwritableHome());
    await app.context.progress.getState().open();
    const home = await app.waitFor('progress cannot be saved');
    expect(home).toMatch(/Cannot open progress in .*not-a-folder\/home: a part of the path is a file/);
    expect(home).toContain('Library');
    await app.press('j');
    await app.press('j');
    const study = await app.press(KEY.enter);
    expect(study).toContain('Progress cannot be saved, so studying is not available.');
    expect(study).toContain('set GATEPREP_HOME to a writable folder');
    app.unmount();
  });
});

describe('the progress screen', () => {
  it('shows what gateprep stats shows, and leeches, at 80x24', async () => {
    const env = studyEnv();
    const store = env.disk();
    const s = createScheduler();
    for (const id of [A1, 'a#alpha-question-2', 'b#beta-question-1']) store.review(id, (st) => s.rate(id, st, 3, env.clock.now));
    const app = await renderStudy(env, { name: 'progress' });
    const f = await app.waitFor('reviewed today 3');
    expect(f).toContain('Due today 3 · reviewed today 3 · streak 1 day');
    expect(f).toContain('Cards: 2 new · 3 learning · 0 review · 0 relearning');
    expect(f).toContain('Leeches (lapsed 8 times or more): none');
    const topics = await app.press(KEY.tab);
    expect(topics).toMatch(/Alpha\s+\d+%\s+2\/3/);
    // ink-testing-library draws 100 columns; the text itself fits 80 (the footer wraps at the window's width)
    const lines = f.split('\n');
    const body = lines.slice(1, lines.findIndex((l) => l.startsWith('tab/⇧tab')));
    expect(body.length).toBeGreaterThan(10);
    for (const line of body) expect(line.trimEnd().length).toBeLessThanOrEqual(80);
    expect(f.split('\n').length).toBeLessThanOrEqual(24);
    app.unmount();
  });
});

describe('Home figures for a new user', () => {
  it('says there is no streak yet rather than a 0-day streak', async () => {
    const env = studyEnv();
    const app = await renderStudy(env, { name: 'home' });
    await app.context.progress.getState().open();
    const home = await app.waitFor('reviewed today');
    expect(home).toContain('0 reviewed today · no streak yet');
    expect(home).not.toContain('0-day streak');
    app.unmount();
  });
});
