import { describe, expect, it } from 'vitest';
import { start, tempHome } from './harness.js';

describe('flashcards in a real terminal (80x24)', () => {
  it('reviews three cards, quits, and after a restart sees them reviewed', async () => {
    const home = tempHome();
    const env = { GATEPREP_HOME: home };

    const first = start(['study'], { env });
    await first.waitFor('new 20 · learning 0 · review 0');
    for (let i = 0; i < 3; i++) {
      await first.press('space');
      await first.waitFor(/1\s+Again \d+m\s+2\s+Hard/);
      await first.press('4');
      await first.waitFor(`new ${19 - i} · learning 0 · review 0`);
    }
    first.write('q');
    expect((await first.exited).exitCode).toBe(0);

    const second = start(['progress'], { env });
    const progress = await second.waitFor(/reviewed today 3 · streak 1 day/);
    expect(progress).toMatch(/Cards: \d+ new · 0 learning · 3 review · 0 relearning/);
    await second.press('esc');
    await second.waitFor(/Progress\s+3 reviewed today · 1-day streak/);
    expect(second.screen()).toMatch(/Flashcards\s+0 due now · 17 new today/);
    second.write('q');
    expect((await second.exited).exitCode).toBe(0);
  });
});
