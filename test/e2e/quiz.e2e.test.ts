/** A five-question practice quiz in a real terminal: answered from the keyboard, results, retake missed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from './harness.js';

/** A user deck whose topic sorts first, so the test knows every answer ("Right n"). */
function deckDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateprep-e2e-decks-'));
  const cards = [1, 2, 3, 4, 5].map(
    (n) => `## ${n}. Drill ${n}
**Question:**
Drill question number ${n}?
**Answer:** Right ${n}.
**Source:** https://docs.aws.amazon.com/apigateway/latest/developerguide/welcome.html
**Choices:**
- [ ] Wrong ${n} first
- [x] Right ${n}
- [ ] Wrong ${n} second
- [ ] Wrong ${n} third
**Explanation:** Right ${n} is the one.
`,
  );
  writeFileSync(join(dir, 'aardvark.md'), `---\ntopic: Aardvark drills\n---\n${cards.join('\n')}`);
  return dir;
}

/** The letter on screen in front of "Right n" (or of a wrong choice). */
function letterOf(screen: string, right: boolean): string {
  const m = (right ? /([a-e])\) Right \d/ : /([a-e])\) Wrong \d/).exec(screen);
  if (!m) throw new Error(`no choice found on:\n${screen}`);
  return m[1]!;
}

describe('quiz in a real terminal (80x24)', () => {
  it('a five-question practice quiz from the keyboard, its results, then retake missed', async () => {
    const s = start(['quiz', '--decks', deckDir()]);
    await s.waitFor('Mode: practice');
    await s.press('j');
    await s.press('h');
    await s.waitFor('Questions: 5');
    await s.press('j');
    await s.press('j');
    await s.press('space'); // all topics off, then one on
    await s.waitFor('No topic chosen');
    await s.press('j');
    await s.press('space');
    await s.waitFor('[x] Aardvark drills');
    expect(s.screen()).toContain('[ ] API keys and usage plans');
    await s.press('enter');
    await s.waitFor('question 1 of 5');

    const missed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const screen = await s.waitFor(`question ${i + 1} of 5`);
      const miss = i === 1 || i === 3;
      if (miss) missed.push(/Drill question number (\d)\?/.exec(screen)![1]!);
      await s.press(letterOf(screen, !miss));
      await s.waitFor('check answer');
      await s.press('enter');
      const feedback = await s.waitFor(miss ? '✗ Wrong.' : '✓ Right.');
      expect(feedback).toMatch(/Correct: [a-e]\) Right \d/);
      await s.press('enter');
    }

    const results = await s.waitFor('Score');
    expect(results).toContain('3/5 (60%)');
    expect(results).toContain('Aardvark drills: 3/5');
    expect(results).toContain('2 missed');
    expect(results).toMatch(/✗ +2\. Drill/);

    await s.press('r');
    const retake = await s.waitFor('question 1 of 2');
    expect(retake).toMatch(new RegExp(`Drill question number [${missed.join('')}]\\?`));

    await s.press('q');
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(0);
  });
});
