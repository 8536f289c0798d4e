/** Study defects from the review: the card on screen stays on space when a learning card comes due,
 * the header counts the cards shown, ? before the answer explains 1-4, a new leech is announced,
 * and two buttons with one label say why. */
import { describe, expect, it } from 'vitest';
import { sameIntervals } from '../../src/study/interval.js';
import { createScheduler, type Outcome } from '../../src/study/scheduler.js';
import { KEY } from './harness.js';
import { renderStudy, studyEnv } from './studyHelpers.js';

const MIN = 60_000;

describe('the study screen', () => {
  it('keeps the card on screen when space is pressed after a learning card came due', async () => {
    const env = studyEnv();
    const app = await renderStudy(env, { name: 'study', topic: 'Alpha' });
    await app.waitFor('Alpha question 1');
    await app.press(KEY.space);
    const next = await app.press('1'); // Again: due again in 1 minute
    expect(next).toContain('Alpha question 2');
    expect(next).toContain('new 2 · learning 0 · review 0');
    env.clock.now = new Date(env.clock.now.getTime() + 2 * MIN);
    const shown = await app.press(KEY.space);
    expect(shown).toContain('The Alpha answer 2.');
    expect(shown).not.toContain('What is Alpha 1?');
    // the header agrees with the card shown: the learning card waits behind it
    expect(shown).toContain('new 2 · learning 1 · review 0');
    const after = await app.press('3');
    expect(after).toContain('Alpha question 1');
    app.unmount();
  });

  it('explains 1-4 on ? before the answer shows', async () => {
    const env = studyEnv();
    const app = await renderStudy(env);
    await app.waitFor('Alpha question 1');
    const help = await app.press('?');
    expect(help).toContain('Once the answer shows, rate how well you recalled it:');
    expect(help).toContain('1 Again  you forgot: the card comes back in minutes (a lapse)');
    expect(help).toContain('4 Easy   it was effortless: a longer wait');
    app.unmount();
  });

  it('says so the moment a card becomes a leech', async () => {
    const env = studyEnv();
    const store = env.disk();
    const id = 'a#alpha-question-1';
    store.update((d) => {
      d.cards[id] = { due: env.clock.now.getTime() - MIN, stability: 2, difficulty: 8, elapsedDays: 3, scheduledDays: 3, learningSteps: 0, reps: 20, lapses: 7, state: 2, lastReview: env.clock.now.getTime() - 3 * 86_400_000 };
    });
    const app = await renderStudy(env, { name: 'study', topic: 'Alpha' });
    await app.waitFor('Alpha question 1');
    await app.press(KEY.space);
    const after = await app.press('1');
    expect(after).toContain('▲ "Alpha question 1" is now a leech: forgotten 8 times. Rewrite it or look it up; l lists leeches.');
    app.unmount();
  });
});

describe('sameIntervals', () => {
  const at = Date.UTC(2026, 0, 5);
  const o = (rating: 1 | 2 | 3 | 4, label: string, interval: string, due: number): Outcome => ({ rating, label, interval, next: { ...createScheduler().rate('d#a', undefined, 3, new Date(at)).next, due } });
  it('says why two buttons show the same wait, and nothing when all differ', () => {
    expect(sameIntervals([o(1, 'Again', '1m', at + MIN), o(2, 'Hard', '1d', at + 86_400_000), o(3, 'Good', '1d', at + 86_400_000 + 5 * 3_600_000), o(4, 'Easy', '3d', at + 3 * 86_400_000)])).toBe(
      'Hard and Good both show 1d: they differ by 5h, less than the label rounds to.',
    );
    expect(sameIntervals([o(1, 'Again', '1m', at + MIN), o(2, 'Hard', '10m', at + 10 * MIN), o(3, 'Good', '10m', at + 10 * MIN), o(4, 'Easy', '3d', at + 3 * 86_400_000)])).toBe(
      "Hard and Good both wait 10m (the same learning step); the rating still changes the card's stability and difficulty.",
    );
    expect(sameIntervals([o(1, 'Again', '1m', at + MIN), o(2, 'Hard', '6m', at + 6 * MIN), o(3, 'Good', '10m', at + 10 * MIN), o(4, 'Easy', '3d', at + 3 * 86_400_000)])).toBeNull();
  });
});
